package com.ascent.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static com.ascent.app.db.Tables.CALENDAR_FEED;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.people.PersonDraft;
import com.ascent.app.people.PersonEntry;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.app.support.TestPairs;
import com.ascent.app.support.TestPairs.Cohort;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.CalendarFeed;
import com.ascent.plugin.api.calendar.EventKind;
import com.ascent.plugin.api.calendar.EventStatus;
import com.ascent.plugin.api.calendar.MeetingDraft;
import com.ascent.plugin.api.calendar.SchedulingProblem;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 16, the calendar people keep: live feeds a calendar application polls without signing in
 * (same UID, higher SEQUENCE after a change, CANCELLED when cancelled, gone when revoked), one-off
 * meetings and changes of one occurrence with a reason, and people who work in zones of their own.
 */
@IntegrationTest
class CalendarFeedsAndChangesTest {

    static final ZoneId WARSAW = ProgramCalendarServiceTest.WARSAW;
    static final LocalDate START = ProgramCalendarServiceTest.START;

    @Autowired
    ProgramCalendarService calendar;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestPairs pairs;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    AscentI18NProvider i18n;
    @Autowired
    WebApplicationContext web;
    @Autowired
    DSLContext dsl;

    Account hr;
    Cohort cohort;
    MockMvc http;

    @BeforeEach
    void generatedCalendar() {
        hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        cohort = pairs.programWithPairs(hr.organizationId(), START);
        calendar.saveFramework(cohort.programId(), 0, ProgramCalendarServiceTest.twelveMonths());
        calendar.generate(cohort.programId(), Locale.ENGLISH);
        http = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aFeedFetchedTwiceAroundARescheduleShowsTheSameUidWithAHigherSequence() throws Exception {
        CalendarFeed feed = feeds.create(cohort.programId(), cohort.ana().id());
        CalendarEvent withClaire = sessionsOf(cohort.anaWithClaire().id()).getFirst();
        // The address of the request that created it (a test request here): 256 random bits, URL-safe
        assertThat(feed.url()).matches("http://localhost/calendar-feeds/[A-Za-z0-9_-]{43}\\.ics");

        accounts.signOut();
        Calendar before = fetch(feed);
        VEvent first = event(before, withClaire.id());
        assertThat(first.getSequence().getSequenceNo()).isZero();
        assertThat(before.<VTimeZone>getComponents(Component.VTIMEZONE)).singleElement()
                .satisfies(zone -> assertThat(zone.<Property>getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Warsaw"));
        assertThat(first.getDateTimeStart().<Parameter>getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Warsaw");

        accounts.signIn(hr);
        Instant friday = ZonedDateTime.of(LocalDate.of(2027, 1, 29), LocalTime.of(14, 0), WARSAW).toInstant();
        calendar.changeOccurrence(cohort.programId(), withClaire.id(), withClaire.version(), friday, "Coach travelling");
        accounts.signOut();

        VEvent moved = event(fetch(feed), withClaire.id());
        assertThat(moved.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(Instant.from(moved.getDateTimeStart().getDate())).isEqualTo(friday);
        assertThat(moved.getDescription().getValue()).startsWith("Changed: Coach travelling");
    }

    @Test
    void aCancelledOccurrenceIsSentAsCancelledAndTheRestOfItsSeriesStays() throws Exception {
        CalendarFeed feed = feeds.create(cohort.programId(), null);
        List<CalendarEvent> series = sessionsOf(cohort.benWithFelix().id());
        CalendarEvent second = series.get(1);

        CalendarEvent cancelled = calendar.changeOccurrence(cohort.programId(), second.id(), second.version(), null,
                "Felix on leave");

        assertThat(cancelled.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(calendar.changeReason(cohort.programId(), second.id())).isEqualTo("Felix on leave");
        assertThat(sessionsOf(cohort.benWithFelix().id())).hasSameSizeAs(series)
                .filteredOn(e -> e.status() == EventStatus.CANCELLED).extracting(CalendarEvent::id)
                .containsExactly(second.id());
        accounts.signOut();
        Calendar program = fetch(feed);
        assertThat(program.<VEvent>getComponents(Component.VEVENT)).hasSizeGreaterThanOrEqualTo(series.size());
        VEvent sent = event(program, second.id());
        assertThat(sent.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(sent.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(sent.getDescription().getValue()).startsWith("Cancelled: Felix on leave");
    }

    @Test
    void aRevokedOrUnknownFeedAnswersNothingAndNoTokenIsStored() throws Exception {
        CalendarFeed feed = feeds.create(cohort.programId(), cohort.ben().id());
        assertThat(feeds.feeds(cohort.programId())).extracting(CalendarFeed::id, CalendarFeed::url)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(feed.id(), null));

        assertThatThrownBy(() -> dsl.select(CALENDAR_FEED.TOKEN_HASH).from(CALENDAR_FEED).fetch())
                .as("the application's role cannot read a token's hash back").rootCause()
                .hasMessageContaining("permission denied for table calendar_feed");
        feeds.revoke(cohort.programId(), feed.id());

        assertThat(feeds.feeds(cohort.programId())).isEmpty();
        accounts.signOut();
        assertThat(response(path(feed)).getStatus()).isEqualTo(404);
        assertThat(response("/calendar-feeds/" + "A".repeat(43) + ".ics").getStatus()).isEqualTo(404);
    }

    @Test
    void aOneOffMeetingFollowsTheRulesOfAMoveAndGeneratingAgainLeavesIt() {
        CalendarEvent withMia = sessionsOf(cohort.anaWithMia().id()).getFirst();
        Instant free = ZonedDateTime.of(LocalDate.of(2027, 2, 24), LocalTime.of(15, 0), WARSAW).toInstant();

        assertThatThrownBy(() -> calendar.addMeeting(cohort.programId(), new MeetingDraft(cohort.anaWithClaire().id(),
                "Extra coaching", withMia.startsAt(), 60, "")))
                .isInstanceOfSatisfying(MoveRefusedException.class, e -> assertThat(
                        i18n.getTranslation(e.getMessage(), Locale.ENGLISH, e.arguments().toArray()))
                        .startsWith("Ana Finance already has a session with Mia Marketing"));
        CalendarEvent added = calendar.addMeeting(cohort.programId(), new MeetingDraft(cohort.anaWithClaire().id(),
                "Extra coaching", free, 90, "Before the board presentation"));

        assertThat(added.generated()).isFalse();
        assertThat(added.kind()).isEqualTo(EventKind.SESSION);
        assertThat(added.endsAt()).isEqualTo(free.plusSeconds(90 * 60));
        assertThat(calendar.changeReason(cohort.programId(), added.id())).isEqualTo("Before the board presentation");
        calendar.generate(cohort.programId(), Locale.ENGLISH);
        assertThat(calendar.events(cohort.programId())).contains(added)
                .filteredOn(e -> !e.id().equals(added.id()) && e.scheduled())
                .noneMatch(e -> e.pairId() != null && (e.pairId().equals(cohort.anaWithClaire().id())
                        || e.pairId().equals(cohort.anaWithMia().id()))
                        && e.startsAt().isBefore(added.endsAt()) && added.startsAt().isBefore(e.endsAt()));
    }

    @Test
    void aMentorInAnotherZoneMeetsInsideBothWorkingDaysAndOneWithNoSharedHoursIsFlagged() {
        ZoneId newYork = ZoneId.of("America/New_York");
        inZone(cohort.mia().person().id(), newYork);
        inZone(cohort.felix().person().id(), ZoneId.of("Pacific/Auckland"));

        calendar.generate(cohort.programId(), Locale.ENGLISH);

        assertThat(sessionsOf(cohort.anaWithMia().id())).isNotEmpty().allSatisfy(e -> {
            assertThat(e.scheduled()).isTrue();
            for (ZoneId zone : List.of(WARSAW, newYork)) {
                assertThat(e.startsAt().atZone(zone).toLocalTime()).as("%s in %s", e.title(), zone)
                        .isAfterOrEqualTo(LocalTime.of(9, 0));
                assertThat(e.endsAt().atZone(zone).toLocalTime()).as("%s in %s", e.title(), zone)
                        .isBeforeOrEqualTo(LocalTime.of(17, 0));
            }
        });
        assertThat(sessionsOf(cohort.benWithFelix().id())).isNotEmpty().allSatisfy(e -> assertThat(
                e.schedulingProblem()).isNotNull().extracting(SchedulingProblem::reason)
                .isEqualTo(SchedulingProblem.Reason.NO_SHARED_WORKING_HOURS));
        // A move of Ana's session to a Warsaw morning is refused: it is night in New York
        CalendarEvent withMia = sessionsOf(cohort.anaWithMia().id()).getFirst();
        Instant warsawMorning = ZonedDateTime.of(LocalDate.of(2027, 2, 2), LocalTime.of(10, 0), WARSAW).toInstant();
        assertThatThrownBy(() -> calendar.changeOccurrence(cohort.programId(), withMia.id(), withMia.version(),
                warsawMorning, "Earlier")).isInstanceOfSatisfying(MoveRefusedException.class, e -> assertThat(
                i18n.getTranslation(e.getMessage(), Locale.ENGLISH, e.arguments().toArray())).isEqualTo(
                "Nobody can meet then in their own working hours: Mia Marketing works in America/New_York, where it is 04:00."));
    }

    private void inZone(UUID personId, ZoneId zone) {
        PersonEntry entry = directory.entry(personId).orElseThrow();
        PersonDraft draft = PersonDraft.of(entry);
        directory.update(personId, entry.version(), new PersonDraft(draft.employeeId(), draft.fullName(), draft.email(),
                draft.function(), draft.title(), draft.level(), draft.managerId(), draft.location(), draft.hireDate(),
                draft.performance(), draft.potential(), draft.skills(), zone.getId()));
        assertThat(directory.get(personId).orElseThrow().timeZone()).isEqualTo(zone);
    }

    private List<CalendarEvent> sessionsOf(UUID pairId) {
        return calendar.events(cohort.programId()).stream()
                .filter(e -> e.kind() == EventKind.SESSION && pairId.equals(e.pairId())).toList();
    }

    /** Fetches a feed as a calendar application does (signed in nowhere) and parses and validates it. */
    private Calendar fetch(CalendarFeed feed) throws Exception {
        MockHttpServletResponse response = response(path(feed));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        Calendar parsed = new CalendarBuilder().build(new StringReader(response.getContentAsString()));
        assertThat(parsed.validate().hasErrors()).as("RFC 5545 validation: %s", parsed.validate().getEntries()).isFalse();
        return parsed;
    }

    private static String path(CalendarFeed feed) {
        return java.net.URI.create(feed.url()).getPath();
    }

    private MockHttpServletResponse response(String path) throws Exception {
        return http.perform(get(path)).andReturn().getResponse();
    }

    private static VEvent event(Calendar file, UUID eventId) {
        return file.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals(eventId + "@ascent")).findFirst().orElseThrow();
    }
}
