package com.ascent.app.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.jspecify.annotations.Nullable;

/**
 * Writes iCalendar files (RFC 5545): times in the program's zone with its VTIMEZONE (from ical4j's
 * time-zone database, so that every calendar application shows the same instant, also across a
 * daylight-saving change), escaped text, lines folded at 75 octets. Each event keeps its UID, and
 * its SEQUENCE rises with every change, so a subscribed calendar moves the event rather than adding
 * another one.
 */
final class IcsWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final TimeZoneRegistry REGISTRY = TimeZoneRegistryFactory.getInstance().createRegistry();

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

    /** {@code sequence}: how many times the event changed since it was first sent (RFC 5545, 3.8.7.4). */
    record IcsEvent(String uid, String summary, String description, @Nullable String location, When when,
                    boolean cancelled, List<IcsAttendee> attendees, int sequence) {

        IcsEvent(String uid, String summary, String description, @Nullable String location, When when,
                 boolean cancelled, List<IcsAttendee> attendees) {
            this(uid, summary, description, location, when, cancelled, attendees, 0);
        }
    }

    /** A calendar with its times in UTC. */
    static String write(String calendarName, List<IcsEvent> events, Instant stamp) {
        return write(calendarName, ZoneOffset.UTC, events, stamp);
    }

    /** A calendar with its times in {@code zone}, described by a VTIMEZONE (UTC times when it is UTC). */
    static String write(String calendarName, ZoneId zone, List<IcsEvent> events, Instant stamp) {
        @Nullable VTimeZone timeZone = timeZone(zone);
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Ascent//Program calendar//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(calendarName));
        if (timeZone != null) {
            line(ics, "X-WR-TIMEZONE:" + zone.getId());
            timeZone.toString().lines().forEach(content -> line(ics, content));
        }
        for (IcsEvent event : events) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + event.uid() + "@ascent");
            line(ics, "DTSTAMP:" + UTC.format(stamp.truncatedTo(ChronoUnit.SECONDS)));
            line(ics, "SEQUENCE:" + event.sequence());
            switch (event.when()) {
                case Timed timed when timeZone != null -> {
                    String tzid = ";TZID=" + zone.getId() + ":";
                    line(ics, "DTSTART" + tzid + LOCAL.format(timed.start().atZone(zone)));
                    line(ics, "DTEND" + tzid + LOCAL.format(timed.end().atZone(zone)));
                }
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
                String address = calendarAddress(attendee.email());
                if (!address.isEmpty()) {
                    line(ics, "ATTENDEE;CN=" + parameter(attendee.name()) + ":mailto:" + address);
                }
            }
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** The zone's VTIMEZONE from ical4j's database; null for UTC or a zone it does not know (UTC times then). */
    private static @Nullable VTimeZone timeZone(ZoneId zone) {
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return null;
        }
        TimeZone known = REGISTRY.getTimeZone(zone.getId());
        return known == null ? null : known.getVTimeZone();
    }

    /**
     * TEXT values escape backslash, semicolon, comma and every line break (RFC 5545, 3.3.11); other
     * control characters are not allowed in TEXT and are dropped, so no value can start a line of its own.
     */
    static String text(String value) {
        String lineBreaks = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder escaped = new StringBuilder(lineBreaks.length());
        lineBreaks.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\t' -> escaped.append('\t');
                default -> {
                    if (!Character.isISOControl(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /**
     * A parameter value (a CN) quoted: a quoted value may hold any character but control characters
     * and the double quote (RFC 5545, 3.1, QSAFE-CHAR), so those become spaces and apostrophes.
     */
    private static String parameter(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        value.replace("\r\n", "\n").codePoints().forEach(c -> {
            if (c == '"') {
                quoted.append('\'');
            } else if (Character.isISOControl(c)) {
                quoted.append(' ');
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }

    /** An e-mail as the address of a mailto URI: no control characters or spaces, which no address holds. */
    private static String calendarAddress(String email) {
        StringBuilder address = new StringBuilder(email.length());
        email.codePoints().filter(c -> !Character.isISOControl(c) && !Character.isWhitespace(c))
                .forEach(address::appendCodePoint);
        return address.toString();
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
