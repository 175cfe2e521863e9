package com.ascent.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.calendar.IcsWriter.IcsAttendee;
import com.ascent.app.calendar.IcsWriter.IcsEvent;
import com.ascent.app.calendar.IcsWriter.Timed;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import org.junit.jupiter.api.Test;

/** What people typed stays text in the calendar file: it can never add a line, a property or an event. */
class IcsWriterTest {

    private static final String INJECTED = "ATTENDEE;CN=Mallory:mailto:mallory@evil.example";
    private static final Instant NINE = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    void aNameWithLineBreaksAddsNoAttendeeAndStaysTheName() throws Exception {
        String hostileName = "Eve Example\r\n" + INJECTED + "\nEND:VEVENT\rBEGIN:VEVENT";
        String hostileText = "Agenda; goals, \\ notes\r\n" + INJECTED + "\r\nEND:VEVENT\u0000\u0007";
        IcsEvent event = new IcsEvent("a1", hostileText, hostileText, hostileText,
                new Timed(NINE, NINE.plusSeconds(3600)), false,
                List.of(new IcsAttendee(hostileName + " \"the boss\"", "eve@example.com"),
                        new IcsAttendee("Bob", "bob@example.com\r\n" + INJECTED)));

        String ics = IcsWriter.write("Calendar of " + hostileName, List.of(event), NINE);

        assertThat(ics.lines()).noneMatch(line -> line.startsWith("ATTENDEE;CN=Mallory"))
                .filteredOn(line -> line.equals("BEGIN:VEVENT")).hasSize(1);
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        assertThat(parsed.validate().hasErrors()).as("RFC 5545 validation").isFalse();
        List<VEvent> events = parsed.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        VEvent exported = events.getFirst();
        List<Attendee> attendees = exported.getProperties("ATTENDEE");
        assertThat(attendees).extracting(a -> a.getCalAddress().toString())
                .containsExactly("mailto:eve@example.com", "mailto:bob@example.comATTENDEE;CN=Mallory:mailto:mallory@evil.example");
        assertThat(attendees.getFirst().<Parameter>getParameter("CN").orElseThrow().getValue())
                .isEqualTo("Eve Example " + INJECTED + " END:VEVENT BEGIN:VEVENT 'the boss'");
        String withoutControls = "Agenda; goals, \\ notes\n" + INJECTED + "\nEND:VEVENT";
        assertThat(exported.getSummary().getValue()).isEqualTo(withoutControls);
        assertThat(exported.getDescription().getValue()).isEqualTo(withoutControls);
        assertThat(exported.getLocation().getValue()).isEqualTo(withoutControls);
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsNeverInsideACharacter() throws Exception {
        String longName = "Zażółć gęślą jaźń ".repeat(10).strip();
        IcsEvent event = new IcsEvent("a2", longName, "", null, new Timed(NINE, NINE.plusSeconds(3600)), false,
                List.of(new IcsAttendee(longName, "zofia@example.com")));

        String ics = IcsWriter.write("Plan", List.of(event), NINE);

        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        VEvent exported = new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents(Component.VEVENT)
                .getFirst();
        assertThat(exported.getSummary().getValue()).isEqualTo(longName);
        assertThat(exported.<Attendee>getProperties("ATTENDEE").getFirst().<Parameter>getParameter("CN").orElseThrow()
                .getValue()).isEqualTo(longName);
    }
}
