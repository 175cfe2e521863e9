package com.ascent.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.organization.OrganizationSettings;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.organization.WorkingWeek;
import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.people.PersonDraft;
import com.ascent.app.people.PersonEntry;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.resources.ResourceService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.app.support.TestPairs;
import com.ascent.app.support.TestPeople;
import com.ascent.app.support.TestPeople.Spec;
import com.ascent.app.support.TestPairs.Cohort;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.calendar.ActionItem;
import com.ascent.plugin.api.calendar.ActionItemDraft;
import com.ascent.plugin.api.calendar.ActionStatus;
import com.ascent.plugin.api.calendar.Attendee;
import com.ascent.plugin.api.calendar.Cadence;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.Charter;
import com.ascent.plugin.api.calendar.EventKind;
import com.ascent.plugin.api.calendar.EventOutcome;
import com.ascent.plugin.api.calendar.EventStatus;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.GenerationSummary;
import com.ascent.plugin.api.calendar.MeetingAgendas;
import com.ascent.plugin.api.calendar.Milestone;
import com.ascent.plugin.api.calendar.ProgramFramework;
import com.ascent.plugin.api.calendar.ResourceDate;
import com.ascent.plugin.api.calendar.StalledPair;
import com.ascent.plugin.api.support.AssignmentStatus;
import com.ascent.plugin.api.support.Resource;
import com.ascent.plugin.api.support.ResourceDraft;
import com.ascent.plugin.api.support.ResourceType;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The canonical framework and calendar: stored, generated, followed, exported, and kept apart per organization. */
@IntegrationTest
class ProgramCalendarServiceTest {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    static final LocalDate START = LocalDate.of(2027, 1, 11);

    @Autowired
    ProgramCalendarService calendar;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestPairs pairs;
    @Autowired
    TestPeople people;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    ProgramService programs;
    @Autowired
    ResourceService resources;
    @Autowired
    OrganizationSettingsService organizationSettings;
    @Autowired
    AscentI18NProvider i18n;

    Account hr;
    Cohort cohort;

    @BeforeEach
    void programWithConfirmedPairs() {
        hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        cohort = pairs.programWithPairs(hr.organizationId(), START);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void badStructuresAreRefusedAtTheFieldAndNothingIsSaved() {
        refused(() -> save(twelveMonths().withDates(START, START.minusDays(1))), "endDate", "calendar.error.endBeforeStart");
        refused(() -> save(twelveMonths().withDates(START, START.plusMonths(36).plusDays(1))), "endDate",
                "calendar.error.tooLong");
        refused(() -> save(withMentoring(twelveMonths(), Cadence.months(0))), "mentoringCadence",
                "calendar.error.cadenceTooLow");
        assertThat(calendar.framework(cohort.programId())).isEmpty();

        ProgramFramework longest = save(twelveMonths().withDates(START, START.plusMonths(36)));
        assertThat(longest.structure().endDate()).isEqualTo(LocalDate.of(2030, 1, 11));
    }

    @Test
    void theStructureIsStoredAsGivenAndAStaleVersionIsRefused() {
        ProgramFramework saved = save(twelveMonths());
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.structure()).isEqualTo(twelveMonths());

        ProgramFramework changed = calendar.saveFramework(cohort.programId(), 1,
                twelveMonths().withCharter(new Charter("Come prepared", "", "", "", "", "Stays in the room", "")));
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.structure().charter().hipo()).isEqualTo("Come prepared");
        assertThatThrownBy(() -> calendar.saveFramework(cohort.programId(), 1, twelveMonths()))
                .isInstanceOf(ConcurrentEditException.class).hasMessage("calendar.error.concurrentEdit");
    }

    @Test
    void everyConfirmedPairGetsItsSessionsAndEveryHipoItsQuarterlyReviews() {
        assertThat(calendar.pairsWithoutCalendar(cohort.programId())).hasSize(3);
        save(twelveMonths());

        GenerationSummary summary = calendar.generate(cohort.programId(), Locale.ENGLISH);

        List<CalendarEvent> events = calendar.events(cohort.programId());
        assertThat(summary.created()).isEqualTo(events.size());
        assertThat(sessionsOf(events, cohort.anaWithMia().id())).hasSize(11);
        assertThat(sessionsOf(events, cohort.anaWithClaire().id())).hasSize(12);
        assertThat(sessionsOf(events, cohort.benWithFelix().id())).hasSize(11);
        assertThat(events).filteredOn(e -> e.kind() == EventKind.REVIEW)
                .extracting(CalendarEvent::pairId)
                .containsOnly(cohort.anaWithMia().id(), cohort.benWithFelix().id()).hasSize(6);
        assertThat(events).filteredOn(e -> e.kind() == EventKind.MILESTONE).hasSize(3)
                .allMatch(e -> e.pairId() == null);
        assertThat(events).extracting(CalendarEvent::startsAt).isSorted();
        assertThat(sessionsOf(events, cohort.anaWithMia().id()).getFirst().title())
                .isEqualTo("Mentoring session 1 · Ana Finance with Mia Marketing");
        assertThat(sessionsOf(events, cohort.anaWithMia().id()).getFirst().agenda()).containsExactly("Check-in", "Topic");
        assertThat(calendar.pairsWithoutCalendar(cohort.programId())).isEmpty();
    }

    @Test
    void generatingAgainKeepsHeldSessionsAndTheirNotesAndActionItems() {
        save(twelveMonths());
        calendar.generate(cohort.programId(), Locale.ENGLISH);
        CalendarEvent first = sessionsOf(calendar.events(cohort.programId()), cohort.anaWithMia().id()).getFirst();
        CalendarEvent held = calendar.recordOutcome(cohort.programId(), first.id(), first.version(),
                new EventOutcome(EventStatus.HELD, null, "Talked about the budget cycle"));
        ActionItem item = calendar.addActionItem(cohort.programId(), held.id(),
                new ActionItemDraft("Shadow the CFO", "Ana Finance", LocalDate.of(2027, 3, 1), ActionStatus.OPEN));
        int before = calendar.events(cohort.programId()).size();

        GenerationSummary again = calendar.generate(cohort.programId(), Locale.ENGLISH);

        List<CalendarEvent> events = calendar.events(cohort.programId());
        assertThat(again.kept()).isEqualTo(1);
        assertThat(again.removed()).isEqualTo(before - 1);
        assertThat(events).hasSize(before);
        assertThat(events).filteredOn(e -> e.id().equals(held.id())).singleElement()
                .satisfies(e -> assertThat(e.notes()).isEqualTo("Talked about the budget cycle"));
        assertThat(sessionsOf(events, cohort.anaWithMia().id())).hasSize(11);
        assertThat(calendar.actionItems(cohort.programId())).containsExactly(item);
    }

    @Test
    void aMovedSessionKeepsItsLengthAndNeedsItsNewDate() {
        save(twelveMonths());
        calendar.generate(cohort.programId(), Locale.ENGLISH);
        CalendarEvent session = sessionsOf(calendar.events(cohort.programId()), cohort.benWithFelix().id()).getFirst();

        refused(() -> calendar.recordOutcome(cohort.programId(), session.id(), session.version(),
                new EventOutcome(EventStatus.MOVED, null, "")), "movedTo", "calendar.error.moveNeedsDate");
        Instant newStart = Instant.parse("2027-02-15T13:00:00Z");
        CalendarEvent moved = calendar.recordOutcome(cohort.programId(), session.id(), session.version(),
                new EventOutcome(EventStatus.MOVED, newStart, "Mentor travelling"));

        assertThat(moved.startsAt()).isEqualTo(newStart);
        assertThat(moved.endsAt()).isEqualTo(newStart.plusSeconds(3600));
        assertThat(moved.status()).isEqualTo(EventStatus.MOVED);
        assertThatThrownBy(() -> calendar.recordOutcome(cohort.programId(), session.id(), session.version(),
                new EventOutcome(EventStatus.HELD, null, ""))).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void theGeneratedCalendarBooksNobodyTwiceAndKeepsToWorkingDaysAndHours() {
        people.add(hr.organizationId(), Spec.of("Maria Nowak", "HR", 12)); // the program's owner: HR at every review
        save(twelveMonths());
        calendar.generate(cohort.programId(), Locale.ENGLISH);
        List<CalendarEvent> events = calendar.events(cohort.programId());

        assertThat(events).allMatch(CalendarEvent::scheduled).allSatisfy(e -> {
            var start = e.startsAt().atZone(WARSAW);
            assertThat(start.getDayOfWeek().getValue()).as("a weekday: %s", e.title()).isLessThanOrEqualTo(5);
            assertThat(start.toLocalDate()).isNotEqualTo(LocalDate.of(2027, 5, 3));
            assertThat(start.toLocalTime()).isAfterOrEqualTo(LocalTime.of(9, 0));
            assertThat(e.endsAt().atZone(WARSAW).toLocalTime()).isBeforeOrEqualTo(LocalTime.of(17, 0));
        });
        // Ana meets Mia and Claire and has her reviews; HR attends every review; everyone the milestones
        for (Set<UUID> pairsOfSomeone : List.of(Set.of(cohort.anaWithMia().id(), cohort.anaWithClaire().id()),
                Set.of(cohort.benWithFelix().id()))) {
            assertThat(overlapping(events.stream()
                    .filter(e -> e.pairId() == null || pairsOfSomeone.contains(e.pairId())).toList())).isEmpty();
        }
        assertThat(overlapping(events.stream().filter(e -> e.kind() != EventKind.SESSION).toList())).isEmpty();
    }

    @Test
    void theOrganizationsWorkingWeekIsWhereMeetingsGo() {
        Account admin = accounts.newColleague(hr, Role.ADMIN);
        accounts.signIn(admin);
        OrganizationSettings settings = organizationSettings.current();
        assertThat(settings.workingWeek()).isEqualTo(WorkingWeek.DEFAULT);
        organizationSettings.save(settings.withWorkingWeek(new WorkingWeek(
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(13, 0), LocalTime.of(16, 30))));
        accounts.signIn(hr);
        save(twelveMonths());

        calendar.generate(cohort.programId(), Locale.ENGLISH);

        assertThat(calendar.events(cohort.programId())).filteredOn(CalendarEvent::scheduled).isNotEmpty().allSatisfy(e -> {
            var start = e.startsAt().atZone(WARSAW);
            assertThat(start.getDayOfWeek()).isIn(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
            assertThat(start.toLocalTime()).isAfterOrEqualTo(LocalTime.of(13, 0));
            assertThat(e.endsAt().atZone(WARSAW).toLocalTime()).isBeforeOrEqualTo(LocalTime.of(16, 30));
        });
    }

    @Test
    void aMoveOntoAnotherMeetingOfOneOfItsPeopleOrOutsideWorkingTimeIsRefusedSayingWhy() {
        save(twelveMonths());
        calendar.generate(cohort.programId(), Locale.ENGLISH);
        List<CalendarEvent> events = calendar.events(cohort.programId());
        CalendarEvent withMia = sessionsOf(events, cohort.anaWithMia().id()).getFirst();
        CalendarEvent withClaire = sessionsOf(events, cohort.anaWithClaire().id()).getFirst();
        CalendarEvent benWithFelix = sessionsOf(events, cohort.benWithFelix().id()).getFirst();

        assertThatThrownBy(() -> move(withClaire, withMia.startsAt().plusSeconds(1800)))
                .isInstanceOfSatisfying(MoveRefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo("movedTo");
                    assertThat(i18n.getTranslation(e.getMessage(), Locale.ENGLISH, e.arguments().toArray()))
                            .isEqualTo("Ana Finance already has a session with Mia Marketing at that time.");
                    assertThat(i18n.getTranslation(e.getMessage(), Locale.of("pl"), e.arguments().toArray()))
                            .isEqualTo("Ten termin jest zajęty: Ana Finance ma już wtedy sesję (druga osoba: Mia Marketing).");
                });
        Instant saturday = ZonedDateTime.of(LocalDate.of(2027, 2, 13), LocalTime.of(10, 0), WARSAW).toInstant();
        assertThatThrownBy(() -> move(withClaire, saturday)).hasMessage("calendar.move.notWorkingDay");
        Instant evening = ZonedDateTime.of(LocalDate.of(2027, 2, 15), LocalTime.of(16, 30), WARSAW).toInstant();
        assertThatThrownBy(() -> move(withClaire, evening)).isInstanceOfSatisfying(MoveRefusedException.class,
                e -> assertThat(e.arguments()).containsExactly("09:00", "17:00"));
        assertThatThrownBy(() -> move(withClaire, START.minusDays(3).atTime(10, 0).atZone(WARSAW).toInstant()))
                .hasMessage("calendar.move.outsideProgram");
        assertThat(calendar.events(cohort.programId())).contains(withClaire);

        // Ben and Felix share nobody with Ana's session: onto its time is fine
        CalendarEvent moved = move(benWithFelix, withMia.startsAt());
        assertThat(moved.startsAt()).isEqualTo(withMia.startsAt());
        assertThat(moved.status()).isEqualTo(EventStatus.MOVED);
    }

    @Test
    void aCadenceWithoutPairsOfItsKindSaysWhyItScheduledNothing() {
        UUID withoutPairs = programs.create(new ProgramDraft("No pairs yet " + UUID.randomUUID(), "", START,
                "Maria Nowak")).id();
        calendar.saveFramework(withoutPairs, 0, twelveMonths());

        assertThat(calendar.idleCadences(withoutPairs, Locale.ENGLISH)).containsExactly(
                "Mentoring every month: no mentor is paired in this program, so no mentoring sessions were scheduled.",
                "Coaching every 2 weeks: no coach is paired in this program, so no coaching sessions were scheduled.");
        assertThat(calendar.idleCadences(withoutPairs, Locale.of("pl")).getLast()).isEqualTo(
                "Coaching co 2 tygodnie: w tym programie nie ma pary z coachem, więc nie zaplanowano żadnych sesji"
                        + " coachingowych.");
        save(twelveMonths());
        assertThat(calendar.idleCadences(cohort.programId(), Locale.ENGLISH)).isEmpty();
    }

    private CalendarEvent move(CalendarEvent event, Instant to) {
        return calendar.recordOutcome(cohort.programId(), event.id(), event.version(),
                new EventOutcome(EventStatus.MOVED, to, ""));
    }

    /** Pairs of these events that overlap in time. */
    private static List<String> overlapping(List<CalendarEvent> events) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            for (int j = i + 1; j < events.size(); j++) {
                CalendarEvent a = events.get(i);
                CalendarEvent b = events.get(j);
                if (a.startsAt().isBefore(b.endsAt()) && b.startsAt().isBefore(a.endsAt())) {
                    found.add(a.title() + " / " + b.title());
                }
            }
        }
        return found;
    }

    @Test
    void overdueActionItemsAndStalledPairsAreFound() {
        save(twelveMonths());
        calendar.generate(cohort.programId(), Locale.ENGLISH);
        CalendarEvent anaSession = sessionsOf(calendar.events(cohort.programId()), cohort.anaWithMia().id()).getFirst();
        calendar.recordOutcome(cohort.programId(), anaSession.id(), anaSession.version(),
                new EventOutcome(EventStatus.HELD, null, ""));
        ActionItem late = calendar.addActionItem(cohort.programId(), anaSession.id(),
                new ActionItemDraft("Draft the PDP", "Ana Finance", LocalDate.of(2027, 2, 20), ActionStatus.OPEN));
        calendar.addActionItem(cohort.programId(), anaSession.id(),
                new ActionItemDraft("Book a shadowing day", "Mia Marketing", LocalDate.of(2027, 4, 1), ActionStatus.OPEN));
        refused(() -> calendar.addActionItem(cohort.programId(), anaSession.id(),
                new ActionItemDraft(" ", "Ana", null, ActionStatus.OPEN)), "description",
                "calendar.error.actionDescriptionRequired");

        LocalDate today = LocalDate.of(2027, 3, 1);
        assertThat(calendar.overdueActionItems(cohort.programId(), today)).containsExactly(late);
        List<StalledPair> stalled = calendar.stalledPairs(cohort.programId(), today);
        // Ana met Mia on 11 February; Claire (every 2 weeks) and Ben with Felix never met since 11 January
        assertThat(stalled).extracting(StalledPair::pairId)
                .containsExactlyInAnyOrder(cohort.anaWithClaire().id(), cohort.benWithFelix().id());
        assertThat(stalled).filteredOn(s -> s.pairId().equals(cohort.benWithFelix().id())).singleElement()
                .satisfies(s -> {
                    assertThat(s.lastHeld()).isNull();
                    assertThat(s.daysWithout()).isEqualTo(49);
                    assertThat(s.allowedDays()).isEqualTo(31);
                });

        ActionItem done = calendar.updateActionItem(cohort.programId(), late.id(), late.version(),
                new ActionItemDraft(late.description(), late.owner(), late.due(), ActionStatus.DONE));
        assertThat(done.version()).isEqualTo(late.version() + 1);
        assertThat(calendar.overdueActionItems(cohort.programId(), today)).isEmpty();
    }

    @Test
    void theIcsExportOfAPairIsValidAndHoldsOneEventPerSessionWithItsPeople() throws Exception {
        save(twelveMonths());
        calendar.generate(cohort.programId(), Locale.ENGLISH);
        List<CalendarEvent> ofPair = calendar.eventsOfPair(cohort.programId(), cohort.anaWithMia().id());

        String ics = calendar.icsForPair(cohort.programId(), cohort.anaWithMia().id(), Locale.ENGLISH);
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        var validation = parsed.validate();
        assertThat(validation.hasErrors()).as("RFC 5545 validation: %s", validation.getEntries()).isFalse();

        List<VEvent> events = parsed.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        assertThat(events).hasSize(ofPair.size());
        CalendarEvent first = sessionsOf(ofPair, cohort.anaWithMia().id()).getFirst();
        VEvent exported = events.stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals(first.id() + "@ascent")).findFirst().orElseThrow();
        assertThat(instant(exported.getDateTimeStart().getDate())).isEqualTo(first.startsAt());
        assertThat(instant(exported.getDateTimeEnd().getDate())).isEqualTo(first.endsAt());
        assertThat(exported.getSummary().getValue()).isEqualTo(first.title());
        assertThat(exported.<net.fortuna.ical4j.model.property.Attendee>getProperties("ATTENDEE")).extracting(a -> a.getCalAddress().toString())
                .containsExactlyInAnyOrder("mailto:ana.finance@example.com", "mailto:mia.marketing@example.com");

        String ofClaire = calendar.icsForMember(cohort.programId(), cohort.claire().id(), Locale.ENGLISH);
        List<VEvent> claireEvents = new CalendarBuilder().build(new StringReader(ofClaire))
                .getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        assertThat(claireEvents).hasSize(12 + 3);
    }

    @Test
    void aProgressReviewInvitesThePeopleTheStructureNamesWithTheirEmails() throws Exception {
        UUID director = people.add(hr.organizationId(), Spec.of("Olga Director", "Finance", 14));
        people.add(hr.organizationId(), Spec.of("Maria Nowak", "HR", 12));
        PersonEntry ana = directory.entry(cohort.ana().personId()).orElseThrow();
        PersonDraft managed = PersonDraft.of(ana);
        directory.update(ana.person().id(), ana.version(), new PersonDraft(managed.employeeId(), managed.fullName(),
                managed.email(), managed.function(), managed.title(), managed.level(), director, managed.location(),
                managed.hireDate(), managed.performance(), managed.potential(), managed.skills()));
        save(withReviewAttendees(twelveMonths(), Set.of(Attendee.values())));
        calendar.generate(cohort.programId(), Locale.ENGLISH);
        List<CalendarEvent> ofPair = calendar.eventsOfPair(cohort.programId(), cohort.anaWithMia().id());
        CalendarEvent review = ofPair.stream().filter(e -> e.kind() == EventKind.REVIEW).findFirst().orElseThrow();
        CalendarEvent session = sessionsOf(ofPair, cohort.anaWithMia().id()).getFirst();

        Calendar pairFile = parse(calendar.icsForPair(cohort.programId(), cohort.anaWithMia().id(), Locale.ENGLISH));

        VEvent exportedReview = exported(pairFile, review.id());
        assertThat(instant(exportedReview.getDateTimeStart().getDate())).isEqualTo(review.startsAt());
        assertThat(instant(exportedReview.getDateTimeEnd().getDate())).isEqualTo(review.endsAt());
        assertThat(attendees(exportedReview)).containsExactlyInAnyOrder("mailto:ana.finance@example.com",
                "mailto:mia.marketing@example.com", "mailto:claire@coaching.example",
                "mailto:olga.director@example.com", "mailto:maria.nowak@example.com");
        assertThat(attendees(exported(pairFile, session.id())))
                .containsExactlyInAnyOrder("mailto:ana.finance@example.com", "mailto:mia.marketing@example.com");

        // The coach attends Ana's reviews, so they are in Claire's own calendar too.
        Calendar claireFile = parse(calendar.icsForMember(cohort.programId(), cohort.claire().id(), Locale.ENGLISH));
        assertThat(claireFile.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT)).hasSize(12 + 3 + 3);
        assertThat(attendees(exported(claireFile, review.id()))).contains("mailto:olga.director@example.com");

        // The owner is an Ascent user of the organization: their account's e-mail is used.
        Program program = programs.find(cohort.programId()).orElseThrow();
        programs.update(program.id(), program.version(), new ProgramDraft(program.name(), program.description(),
                program.startDate(), "Test hr"));
        assertThat(attendees(exported(parse(calendar.icsForPair(cohort.programId(), cohort.anaWithMia().id(),
                Locale.ENGLISH)), review.id()))).contains("mailto:" + hr.email())
                .doesNotContain("mailto:maria.nowak@example.com");
    }

    @Test
    void aHiposOwnCalendarHoldsEveryDateOfTheResourcesTheyAreBookedOn() throws Exception {
        save(twelveMonths());
        calendar.generate(cohort.programId(), Locale.ENGLISH);
        Resource conferences = resources.addResource(new ResourceDraft(ResourceType.CONFERENCE,
                "Quarterly sales conference", "Internal", null, "English", "in person", null, LocalDate.of(2027, 3, 15),
                LocalDate.of(2027, 3, 16), List.of(LocalDate.of(2027, 9, 13), LocalDate.of(2027, 6, 14)), "Lisbon", 40,
                new BigDecimal("900"), List.of()));
        resources.assign(cohort.programId(), conferences.id(), cohort.ben().id(), null, AssignmentStatus.ENROLLED);
        resources.assign(cohort.programId(), conferences.id(), cohort.ana().id(), null, AssignmentStatus.DROPPED);

        assertThat(calendar.resourceDates(cohort.programId()))
                .extracting(ResourceDate::startsOn, ResourceDate::endsOn, ResourceDate::occurrence,
                        ResourceDate::hipoMemberIds)
                .containsExactly(tuple(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 16), 1, List.of(cohort.ben().id())),
                        tuple(LocalDate.of(2027, 6, 14), LocalDate.of(2027, 6, 15), 2, List.of(cohort.ben().id())),
                        tuple(LocalDate.of(2027, 9, 13), LocalDate.of(2027, 9, 14), 3, List.of(cohort.ben().id())));

        String ics = calendar.icsForMember(cohort.programId(), cohort.ben().id(), Locale.ENGLISH);
        Calendar benFile = parse(ics);
        List<VEvent> conferenceDays = benFile.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT)
                .stream().filter(e -> e.getSummary().getValue().startsWith("Quarterly sales conference")).toList();
        assertThat(conferenceDays).hasSize(3);
        VEvent june = conferenceDays.stream().filter(e -> e.getSummary().getValue().endsWith("(2 of 3)"))
                .findFirst().orElseThrow();
        assertThat(LocalDate.from(june.getDateTimeStart().getDate())).isEqualTo(LocalDate.of(2027, 6, 14));
        assertThat(LocalDate.from(june.getDateTimeEnd().getDate())).isEqualTo(LocalDate.of(2027, 6, 16));
        assertThat(june.getLocation().getValue()).isEqualTo("Lisbon");
        assertThat(attendees(june)).containsExactly("mailto:ben.sales@example.com");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20270614");

        String felix = calendar.icsForMember(cohort.programId(), cohort.felix().id(), Locale.ENGLISH);
        assertThat(felix).doesNotContain("Quarterly sales conference");
        String ana = calendar.icsForMember(cohort.programId(), cohort.ana().id(), Locale.ENGLISH);
        assertThat(ana).doesNotContain("Quarterly sales conference");
    }

    @Test
    void anotherOrganizationNeitherSeesNorChangesTheCalendar() {
        save(twelveMonths());
        calendar.generate(cohort.programId(), Locale.ENGLISH);
        CalendarEvent event = calendar.events(cohort.programId()).getFirst();

        accounts.signIn(accounts.newOrganization(Role.HR));

        assertThatThrownBy(() -> calendar.events(cohort.programId())).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> calendar.framework(cohort.programId())).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> calendar.recordOutcome(cohort.programId(), event.id(), event.version(),
                new EventOutcome(EventStatus.CANCELLED, null, ""))).isInstanceOf(ConcurrentEditException.class);

        accounts.signIn(hr);
        assertThat(calendar.events(cohort.programId())).allMatch(e -> e.status() == EventStatus.PLANNED);
    }

    @Test
    void viewersReadTheCalendarButCannotChangeIt() {
        save(twelveMonths());
        accounts.signIn(accounts.newColleague(hr, Role.VIEWER));

        assertThat(calendar.framework(cohort.programId())).isPresent();
        assertThatThrownBy(() -> calendar.generate(cohort.programId(), Locale.ENGLISH))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void twoPeopleGeneratingAtOnceLeaveOneCalendar() throws Exception {
        save(twelveMonths());
        Account colleague = accounts.newColleague(hr, Role.HR);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<GenerationSummary>> runs = new ArrayList<>();
            for (Account user : List.of(hr, colleague)) {
                runs.add(threads.submit(() -> {
                    accounts.signIn(user);
                    start.await();
                    try {
                        return calendar.generate(cohort.programId(), Locale.ENGLISH);
                    } finally {
                        accounts.signOut();
                    }
                }));
            }
            start.countDown();
            for (Future<GenerationSummary> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdown();
        }
        List<CalendarEvent> events = calendar.events(cohort.programId());
        assertThat(sessionsOf(events, cohort.anaWithMia().id())).hasSize(11);
        assertThat(events).filteredOn(e -> e.kind() == EventKind.MILESTONE).hasSize(3);
    }

    private ProgramFramework save(FrameworkDraft draft) {
        return calendar.saveFramework(cohort.programId(), 0, draft);
    }

    static FrameworkDraft twelveMonths() {
        return new FrameworkDraft(START, START.plusMonths(12).minusDays(1), WARSAW, LocalTime.of(10, 0), 60,
                Cadence.months(1), Cadence.weeks(2), 6, 3, Set.of(Attendee.HIPO, Attendee.MENTOR, Attendee.HR),
                Set.of(Milestone.values()), List.of(LocalDate.of(2027, 5, 3)), Charter.empty(),
                new MeetingAgendas(List.of("Check-in", "Topic"), List.of("Focus"), List.of("Goals"), List.of("Welcome")));
    }

    private static FrameworkDraft withMentoring(FrameworkDraft d, Cadence mentoring) {
        return new FrameworkDraft(d.startDate(), d.endDate(), d.timeZone(), d.sessionStart(), d.sessionMinutes(),
                mentoring, d.coaching(), d.coachingMonths(), d.reviewEveryMonths(), d.reviewAttendees(), d.milestones(),
                d.holidays(), d.charter(), d.agendas());
    }

    private static FrameworkDraft withReviewAttendees(FrameworkDraft d, Set<Attendee> attendees) {
        return new FrameworkDraft(d.startDate(), d.endDate(), d.timeZone(), d.sessionStart(), d.sessionMinutes(),
                d.mentoring(), d.coaching(), d.coachingMonths(), d.reviewEveryMonths(), attendees, d.milestones(),
                d.holidays(), d.charter(), d.agendas());
    }

    /** Parses and validates an exported file as a calendar application would. */
    private static Calendar parse(String ics) throws Exception {
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        var validation = parsed.validate();
        assertThat(validation.hasErrors()).as("RFC 5545 validation: %s", validation.getEntries()).isFalse();
        return parsed;
    }

    private static VEvent exported(Calendar file, UUID eventId) {
        return file.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT).stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals(eventId + "@ascent")).findFirst().orElseThrow();
    }

    private static List<String> attendees(VEvent event) {
        return event.<net.fortuna.ical4j.model.property.Attendee>getProperties("ATTENDEE").stream()
                .map(a -> a.getCalAddress().toString()).toList();
    }

    private static List<CalendarEvent> sessionsOf(List<CalendarEvent> events, java.util.UUID pairId) {
        return events.stream().filter(e -> e.kind() == EventKind.SESSION && pairId.equals(e.pairId())).toList();
    }

    private static Instant instant(Temporal temporal) {
        return Instant.from(temporal);
    }

    private static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(key);
        });
    }
}
