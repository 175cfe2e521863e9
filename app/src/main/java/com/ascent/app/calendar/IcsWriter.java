package com.ascent.app.calendar;

import com.ascent.plugin.api.calendar.EventStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Writes iCalendar files (RFC 5545): UTC times, escaped text, lines folded at 75 octets. */
final class IcsWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IcsWriter() {
    }

    record IcsAttendee(String name, String email) {
    }

    record IcsEvent(UUID id, String summary, String description, Instant start, Instant end, EventStatus status,
                    List<IcsAttendee> attendees) {
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
            line(ics, "UID:" + event.id() + "@ascent");
            line(ics, "DTSTAMP:" + UTC.format(stamp.truncatedTo(ChronoUnit.SECONDS)));
            line(ics, "DTSTART:" + UTC.format(event.start()));
            line(ics, "DTEND:" + UTC.format(event.end()));
            line(ics, "SUMMARY:" + text(event.summary()));
            if (!event.description().isBlank()) {
                line(ics, "DESCRIPTION:" + text(event.description()));
            }
            line(ics, "STATUS:" + (event.status() == EventStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
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
