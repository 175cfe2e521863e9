package com.ascent.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.calendar.CalendarGenerator.IdleCadence;
import com.ascent.app.calendar.CalendarGenerator.IdleReason;
import com.ascent.app.calendar.CalendarGenerator.PairToPlan;
import com.ascent.app.calendar.CalendarGenerator.PlannedEvent;
import com.ascent.app.calendar.CalendarGenerator.Scheduling;
import com.ascent.app.calendar.CalendarGenerator.Series;
import com.ascent.app.calendar.CalendarGenerator.Slot;
import com.ascent.app.calendar.MeetingScheduler.Booking;
import com.ascent.app.calendar.MeetingScheduler.Placement;
import com.ascent.app.calendar.MeetingScheduler.Priority;
import com.ascent.app.calendar.MeetingScheduler.Reason;
import com.ascent.app.calendar.MeetingScheduler.Request;
import com.ascent.app.calendar.MeetingScheduler.Rules;
import com.ascent.app.organization.WorkingWeek;
import com.ascent.plugin.api.calendar.Attendee;
import com.ascent.plugin.api.calendar.Cadence;
import com.ascent.plugin.api.calendar.Charter;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.MeetingAgendas;
import com.ascent.plugin.api.calendar.Milestone;
import com.ascent.plugin.api.roster.PairKind;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The findings of issue 16, one by one: a mentor with two HiPos booked twice at 10:00, a progress
 * review at the same minute as the pair's session, coaching that produced nothing without a word.
 */
class MeetingSchedulerTest {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    static final LocalDate START = LocalDate.of(2027, 1, 11);

    /** The program of the issue: 9 months, 6 HiPos, 4 mentors of whom two guide two HiPos each. */
    final Roster roster = new Roster();
    final UUID kenji = roster.guide("Kenji Tanaka");
    final UUID lea = roster.guide("Lea Roth");
    final UUID omar = roster.guide("Omar Said");
    final UUID nina = roster.guide("Nina Berg");
    final UUID ana = roster.mentoring("Ana", kenji);
    final UUID ben = roster.mentoring("Ben", kenji);
    final UUID cleo = roster.mentoring("Cleo", lea);
    final UUID dan = roster.mentoring("Dan", lea);
    final UUID eva = roster.mentoring("Eva", omar);
    final UUID finn = roster.mentoring("Finn", nina);

    @Test
    void aMentorWithTwoHiposIsNeverBookedTwiceAndMeetsThemOnDifferentDaysOfTheWeek() {
        List<PlannedEvent> events = roster.plan(nineMonths(Cadence.weeks(2), null), List.of());

        assertThat(overlaps(events, roster)).isEmpty();
        assertThat(events).allMatch(e -> e.problem() == null);
        List<PlannedEvent> kenjis = events.stream().filter(e -> roster.people(e.slot()).contains("Kenji Tanaka"))
                .filter(e -> e.slot().series() == Series.MENTORING).toList();
        Map<Integer, List<LocalDate>> bySequence = kenjis.stream().collect(Collectors.groupingBy(e -> e.slot().sequence(),
                Collectors.mapping(e -> day(e.startsAt()), Collectors.toList())));
        // Every second week Kenji meets Ana and Ben: on two days of that week, not twice at 10:00
        assertThat(bySequence.values()).allSatisfy(days -> assertThat(days).hasSize(2).doesNotHaveDuplicates());
        assertThat(kenjis).allMatch(e -> e.startsAt().atZone(WARSAW).toLocalTime().equals(LocalTime.of(10, 0)));
    }

    @Test
    void aProgressReviewNeverStartsAtTheMinuteOfThePairsSession() {
        // Monthly mentoring and quarterly reviews both count from the start: every third session is due on the review's day
        List<PlannedEvent> events = roster.plan(nineMonths(Cadence.months(1), null), List.of());

        List<PlannedEvent> ofAna = events.stream().filter(e -> roster.people(e.slot()).contains("Ana")).toList();
        PlannedEvent review = ofAna.stream().filter(e -> e.slot().series() == Series.REVIEW).findFirst().orElseThrow();
        PlannedEvent session = ofAna.stream().filter(e -> e.slot().series() == Series.MENTORING)
                .filter(e -> e.slot().sequence() == 3).findFirst().orElseThrow();
        assertThat(day(review.startsAt())).isEqualTo(LocalDate.of(2027, 4, 12));
        assertThat(MeetingScheduler.overlaps(review.startsAt(), review.endsAt(), session.startsAt(), session.endsAt()))
                .isFalse();
        assertThat(day(session.startsAt())).isNotEqualTo(day(review.startsAt()));
        assertThat(overlaps(events, roster)).isEmpty();
    }

    @Test
    void aCadenceWithoutPairsOfItsKindSaysSoAndOneThatEndsTooSoonSaysThat() {
        FrameworkDraft noCoaches = nineMonths(Cadence.months(1), Cadence.weeks(2));

        assertThat(CalendarGenerator.idleCadences(noCoaches, roster.pairs())).containsExactly(
                new IdleCadence(PairKind.COACHING, Cadence.weeks(2), IdleReason.NO_PAIRS, false));
        assertThat(roster.plan(noCoaches, List.of())).noneMatch(e -> e.slot().series() == Series.COACHING);

        Roster coached = new Roster();
        coached.pair("Ana", coached.guide("Claire Coach"), PairKind.COACHING);
        FrameworkDraft shortCoaching = withCoachingMonths(nineMonths(null, Cadence.months(2)), 1);
        assertThat(CalendarGenerator.idleCadences(shortCoaching, coached.pairs())).containsExactly(
                new IdleCadence(PairKind.COACHING, Cadence.months(2), IdleReason.AFTER_END, true));
        assertThat(CalendarGenerator.idleCadences(nineMonths(Cadence.months(12), null), roster.pairs()))
                .extracting(IdleCadence::reason, IdleCadence::coachingPeriod)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(IdleReason.AFTER_END, false));
        assertThat(CalendarGenerator.idleCadences(nineMonths(Cadence.weeks(2), null), roster.pairs())).isEmpty();
    }

    @Test
    void whenAMentorHasNoFreeHourLeftTheSessionIsFlaggedNamingThemInsteadOfOverlapping() {
        Roster busy = new Roster();
        UUID mentor = busy.guide("Kenji Tanaka");
        for (int i = 1; i <= 7; i++) {
            busy.mentoring("HiPo " + i, mentor);
        }
        // One working hour a day, five days a week, weekly hour-long sessions with seven HiPos: two find no time
        WorkingWeek oneHour = new WorkingWeek(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(10, 0));
        // Four weekly sessions, each free to move from Friday to Thursday around its Monday (no review yet)
        FrameworkDraft weekly = new FrameworkDraft(START, START.plusMonths(1), WARSAW, LocalTime.of(9, 0),
                60, Cadence.weeks(1), null, 0, 2, Set.of(), Set.of(), List.of(), Charter.empty(), MeetingAgendas.empty());

        List<PlannedEvent> events = CalendarGenerator.plan(weekly, busy.pairs(), busy.scheduling(oneHour), List.of());

        assertThat(overlaps(events, busy)).isEmpty();
        Map<Integer, List<PlannedEvent>> byWeek = events.stream().filter(e -> e.slot().series() == Series.MENTORING)
                .collect(Collectors.groupingBy(e -> e.slot().sequence()));
        assertThat(byWeek.values()).allSatisfy(week -> {
            assertThat(week).filteredOn(e -> e.problem() == null).hasSize(5);
            assertThat(week).filteredOn(e -> e.problem() != null).hasSize(2).allSatisfy(e -> {
                assertThat(e.problem().reason()).isEqualTo(Reason.NO_FREE_TIME);
                assertThat(busy.name(e.problem().person())).isEqualTo("Kenji Tanaka");
            });
        });
    }

    @Test
    void aMeetingLongerThanTheWorkingDayOrWithoutAWorkingDayInItsWindowIsFlaggedWithThatReason() {
        WorkingWeek mornings = new WorkingWeek(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(12, 0));
        Rules rules = new Rules(WARSAW, START, START.plusMonths(3), mornings, Set.of(LocalDate.of(2027, 1, 18)));
        Request<String> tooLong = new Request<>("workshop", Priority.SESSION, List.of("a", "b"), 240, START,
                LocalTime.of(9, 0), START, START.plusDays(6));
        // 18 January is the only Monday between the 15th and the 21st, and a holiday
        Request<String> holidayWeek = new Request<>("session", Priority.SESSION, List.of("a", "b"), 60,
                LocalDate.of(2027, 1, 18), LocalTime.of(9, 0), LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 21));
        Request<String> fits = new Request<>("next", Priority.SESSION, List.of("a", "b"), 60,
                LocalDate.of(2027, 1, 25), LocalTime.of(9, 0), LocalDate.of(2027, 1, 22), LocalDate.of(2027, 1, 28));

        List<Placement<String>> placed = MeetingScheduler.schedule(rules, List.of(), List.of(tooLong, holidayWeek, fits));

        assertThat(placed).extracting(p -> p.problem() == null ? null : p.problem().reason())
                .containsExactly(Reason.LONGER_THAN_WORKING_DAY, Reason.NO_WORKING_DAY, null);
        assertThat(placed.get(2).start()).isEqualTo(ZonedDateTime.of(LocalDate.of(2027, 1, 25), LocalTime.of(9, 0), WARSAW)
                .toInstant());
    }

    @Test
    void keptEventsBlockTheirPeoplesTimeAndAMeetingMayBeginTheMinuteAnotherEnds() {
        Rules rules = new Rules(WARSAW, START, START.plusMonths(1), WorkingWeek.DEFAULT, Set.of());
        Instant tenOClock = ZonedDateTime.of(START, LocalTime.of(10, 0), WARSAW).toInstant();
        Booking held = new Booking(tenOClock, tenOClock.plusSeconds(3600), List.of("kenji", "ana"));
        Request<String> benAtTen = new Request<>("ben", Priority.SESSION, List.of("kenji", "ben"), 60, START,
                LocalTime.of(10, 0), START, START);

        Placement<String> placed = MeetingScheduler.schedule(rules, List.of(held), List.of(benAtTen)).getFirst();

        // Only the 11th is allowed, and Kenji is busy from 10:00 to 11:00: 09:30 and 10:30 overlap, 09:00 ends as it begins
        assertThat(placed.start()).isEqualTo(tenOClock.minusSeconds(3600));
        assertThat(MeetingScheduler.firstClash(List.of(held), List.of("ben", "kenji"), tenOClock.plusSeconds(1800),
                tenOClock.plusSeconds(5400))).contains(new MeetingScheduler.Clash("kenji", 0));
        assertThat(MeetingScheduler.firstClash(List.of(held), List.of("kenji"), tenOClock.plusSeconds(3600),
                tenOClock.plusSeconds(7200))).isEmpty();
    }

    @Test
    void startsAreTriedFromTheWantedTimeOutwardsInsideWorkingHours() {
        assertThat(MeetingScheduler.times(WorkingWeek.DEFAULT, LocalTime.of(10, 0), 90)).containsExactly(
                LocalTime.of(10, 0), LocalTime.of(9, 30), LocalTime.of(10, 30), LocalTime.of(9, 0), LocalTime.of(11, 0),
                LocalTime.of(11, 30), LocalTime.of(12, 0), LocalTime.of(12, 30), LocalTime.of(13, 0),
                LocalTime.of(13, 30), LocalTime.of(14, 0), LocalTime.of(14, 30), LocalTime.of(15, 0),
                LocalTime.of(15, 30));
        // A wanted time before the working day begins is moved into it
        assertThat(MeetingScheduler.times(WorkingWeek.DEFAULT, LocalTime.of(7, 0), 480)).containsExactly(LocalTime.of(9, 0));
        assertThat(MeetingScheduler.times(WorkingWeek.DEFAULT, LocalTime.of(10, 0), 481)).isEmpty();
    }

    @Test
    void aPairAcrossZonesMeetsInsideBothWorkingDaysAndWhereTheyNeverMeetTheSessionIsFlagged() {
        ZoneId newYork = ZoneId.of("America/New_York");
        Rules rules = new Rules(WARSAW, START, START.plusMonths(1), WorkingWeek.DEFAULT, Set.of(),
                Map.of("mentor-ny", newYork, "mentor-auckland", ZoneId.of("Pacific/Auckland")));
        // 10:00 in Warsaw is 04:00 in New York: the two working days overlap 15:00-17:00 Warsaw, 09:00-11:00 New York
        Request<String> acrossTheAtlantic = new Request<>("ny", Priority.SESSION, List.of("ana", "mentor-ny"), 60, START,
                LocalTime.of(10, 0), START, START.plusDays(3));
        // 09:00-17:00 in Auckland is 21:00-05:00 in Warsaw (in January): no working hour in common
        Request<String> acrossTheWorld = new Request<>("auckland", Priority.SESSION, List.of("ben", "mentor-auckland"),
                60, START, LocalTime.of(10, 0), START, START.plusDays(3));

        List<Placement<String>> placed = MeetingScheduler.schedule(rules, List.of(),
                List.of(acrossTheAtlantic, acrossTheWorld));

        Instant start = placed.getFirst().start();
        assertThat(start).isNotNull();
        assertThat(start.atZone(WARSAW).toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(16, 0));
        assertThat(start.atZone(newYork).toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(16, 0));
        assertThat(start.atZone(WARSAW).toLocalTime()).as("nearest the wanted 10:00 Warsaw").isEqualTo(LocalTime.of(15, 0));
        assertThat(placed.get(1).problem()).isEqualTo(new MeetingScheduler.Problem(Reason.NO_SHARED_WORKING_HOURS, null));
        assertThat(rules.firstNotWorking(List.of("ana", "mentor-ny"), start, start.plusSeconds(3600))).isEmpty();
        Instant warsawMorning = ZonedDateTime.of(START, LocalTime.of(10, 0), WARSAW).toInstant();
        assertThat(rules.firstNotWorking(List.of("ana", "mentor-ny"), warsawMorning, warsawMorning.plusSeconds(3600)))
                .contains("mentor-ny");
    }

    @Test
    void acrossZonesStartsAreTriedOverTheWholeDayFromTheWantedTime() {
        assertThat(MeetingScheduler.wholeDayTimes(LocalTime.of(10, 0), 60)).hasSize(47)
                .startsWith(LocalTime.of(10, 0), LocalTime.of(9, 30), LocalTime.of(10, 30))
                .contains(LocalTime.MIDNIGHT, LocalTime.of(23, 0)).doesNotContain(LocalTime.of(23, 30));
    }

    @Test
    void theSameProgramGivesTheSameCalendar() {
        FrameworkDraft framework = nineMonths(Cadence.weeks(2), null);

        assertThat(roster.plan(framework, List.of())).isEqualTo(roster.plan(framework, List.of()));
    }

    // --- helpers ---------------------------------------------------------------------------------

    static FrameworkDraft nineMonths(@Nullable Cadence mentoring, @Nullable Cadence coaching) {
        return new FrameworkDraft(START, START.plusMonths(9).minusDays(1), WARSAW, LocalTime.of(10, 0), 60, mentoring,
                coaching, 0, 3, Set.of(Attendee.HIPO, Attendee.MENTOR, Attendee.HR), Set.of(Milestone.values()),
                List.of(LocalDate.of(2027, 5, 3)), Charter.empty(), MeetingAgendas.empty());
    }

    static FrameworkDraft withCoachingMonths(FrameworkDraft d, int months) {
        return new FrameworkDraft(d.startDate(), d.endDate(), d.timeZone(), d.sessionStart(), d.sessionMinutes(),
                d.mentoring(), d.coaching(), months, d.reviewEveryMonths(), d.reviewAttendees(), d.milestones(),
                d.holidays(), d.charter(), d.agendas());
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(WARSAW).toLocalDate();
    }

    /** Pairs of events that share a person and overlap in time (events without a time block nobody). */
    static List<String> overlaps(List<PlannedEvent> events, Roster roster) {
        List<PlannedEvent> timed = events.stream().filter(e -> e.problem() == null).toList();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < timed.size(); i++) {
            for (int j = i + 1; j < timed.size(); j++) {
                PlannedEvent a = timed.get(i);
                PlannedEvent b = timed.get(j);
                if (MeetingScheduler.overlaps(a.startsAt(), a.endsAt(), b.startsAt(), b.endsAt())) {
                    List<String> shared = new ArrayList<>(roster.people(a.slot()));
                    shared.retainAll(roster.people(b.slot()));
                    if (!shared.isEmpty()) {
                        found.add(shared + ": " + a.slot() + " / " + b.slot());
                    }
                }
            }
        }
        return found;
    }

    /** A roster by name: people are their names; HR attends reviews and milestones. */
    static final class Roster {

        private final Map<UUID, String> names = new HashMap<>();
        private final List<PairToPlan> pairs = new ArrayList<>();
        private final Map<UUID, UUID> guideOfPair = new HashMap<>();

        UUID guide(String name) {
            UUID id = UUID.nameUUIDFromBytes(name.getBytes());
            names.put(id, name);
            return id;
        }

        UUID mentoring(String hipo, UUID guide) {
            return pair(hipo, guide, PairKind.MENTORING);
        }

        UUID pair(String hipo, UUID guide, PairKind kind) {
            UUID hipoId = guide(hipo);
            UUID pairId = UUID.nameUUIDFromBytes((hipo + guide + kind).getBytes());
            pairs.add(new PairToPlan(pairId, hipoId, kind));
            guideOfPair.put(pairId, guide);
            return hipoId;
        }

        List<PairToPlan> pairs() {
            return List.copyOf(pairs);
        }

        String name(@Nullable String key) {
            return key == null ? "" : key;
        }

        /** Who attends: the pair at a session; the HiPo, their guides and HR at a review; everyone at a milestone. */
        List<String> people(Slot slot) {
            if (slot.pairId() == null) {
                List<String> everyone = new ArrayList<>(names.values().stream().sorted().toList());
                everyone.add("HR");
                return everyone;
            }
            PairToPlan pair = pairs.stream().filter(p -> p.pairId().equals(slot.pairId())).findFirst().orElseThrow();
            List<String> people = new ArrayList<>(List.of(names.get(pair.hipoMemberId())));
            if (slot.series() == Series.REVIEW) {
                pairs.stream().filter(p -> p.hipoMemberId().equals(pair.hipoMemberId()))
                        .forEach(p -> people.add(names.get(guideOfPair.get(p.pairId()))));
                people.add("HR");
            } else {
                people.add(names.get(guideOfPair.get(pair.pairId())));
            }
            return people;
        }

        Scheduling scheduling(WorkingWeek week) {
            Function<Slot, List<String>> attendees = this::people;
            return new Scheduling(week, attendees);
        }

        List<PlannedEvent> plan(FrameworkDraft framework, List<Booking> fixed) {
            return CalendarGenerator.plan(framework, pairs(), scheduling(WorkingWeek.DEFAULT), fixed);
        }
    }
}
