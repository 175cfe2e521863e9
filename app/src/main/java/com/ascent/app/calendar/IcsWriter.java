package com.ascent.app.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Writes iCalendar files (RFC 5545): UTC times, escaped text, lines folded at 75 octets. */
final class IcsWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private IcsWriter() {
    }

    record IcsAttendee(String name, String email) {
    }

    /** When an event takes place: at a time, or on whole days (a conference, a webinar day). */
    sealed interface When permits Timed, AllDay {
    }

    record Timed(Instant start, Instant end) implements When {
    }

    /** From {@code first} to {@code last}, both included. */
    record AllDay(LocalDate first, LocalDate last) implements When {
    }

    record IcsEvent(String uid, String summary, String description, @Nullable String location, When when,
                    boolean cancelled, List<IcsAttendee> attendees) {
    }

    static String write(String calendarName, List<IcsEvent> events, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Ascent//Program calendar//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(calendarName));
        for (IcsEvent event : events) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + event.uid() + "@ascent");
            line(ics, "DTSTAMP:" + UTC.format(stamp.truncatedTo(ChronoUnit.SECONDS)));
            switch (event.when()) {
                case Timed timed -> {
                    line(ics, "DTSTART:" + UTC.format(timed.start()));
                    line(ics, "DTEND:" + UTC.format(timed.end()));
                }
                // An all-day event ends on the day after its last day (RFC 5545, 3.6.1).
                case AllDay days -> {
                    line(ics, "DTSTART;VALUE=DATE:" + DATE.format(days.first()));
                    line(ics, "DTEND;VALUE=DATE:" + DATE.format(days.last().plusDays(1)));
                }
            }
            line(ics, "SUMMARY:" + text(event.summary()));
            if (!event.description().isBlank()) {
                line(ics, "DESCRIPTION:" + text(event.description()));
            }
            if (event.location() != null && !event.location().isBlank()) {
                line(ics, "LOCATION:" + text(event.location()));
            }
            line(ics, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
            for (IcsAttendee attendee : event.attendees()) {
                if (!attendee.email().isBlank()) {
                    line(ics, "ATTENDEE;CN=\"" + attendee.name().replace("\"", "'") + "\":mailto:" + attendee.email());
                }
            }
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Content lines longer than 75 octets are folded: CRLF and a space, never inside a character. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
