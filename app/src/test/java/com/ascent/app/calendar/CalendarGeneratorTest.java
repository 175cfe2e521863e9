package com.ascent.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.calendar.CalendarGenerator.PairToPlan;
import com.ascent.app.calendar.CalendarGenerator.PlannedEvent;
import com.ascent.app.calendar.CalendarGenerator.Regeneration;
import com.ascent.app.calendar.CalendarGenerator.Scheduling;
import com.ascent.app.calendar.CalendarGenerator.Series;
import com.ascent.app.calendar.CalendarGenerator.Slot;
import com.ascent.app.calendar.CalendarGenerator.StoredEvent;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The calendar rules, date by date. */
class CalendarGeneratorTest {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    final UUID hipo = UUID.randomUUID();
    final UUID mentoringPair = UUID.randomUUID();
    final UUID coachingPair = UUID.randomUUID();

    @Test
    void monthlySessionsOnTheThirtyFirstFallOnTheLastWorkingDayOfShorterMonthsAndComeBack() {
        FrameworkDraft framework = framework(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 9, 30),
                Cadence.months(1), null, 0, 3, List.of());

        assertThat(days(framework, Series.MENTORING)).containsExactly(
                LocalDate.of(2027, 2, 26),  // 28 Feb is a Sunday: the working day before, still in February
                LocalDate.of(2027, 3, 31),  // back on the 31st (counted from the start, not from February)
                LocalDate.of(2027, 4, 29),  // the quarterly review takes the 30th: the day before
                LocalDate.of(2027, 5, 31),
                LocalDate.of(2027, 6, 30),
                LocalDate.of(2027, 7, 29),  // 31 July is a Saturday, 2 August leaves July, the review takes the 30th
                LocalDate.of(2027, 8, 31),
                LocalDate.of(2027, 9, 29)); // the closing event takes the program's last day
    }

    @Test
    void weekendsAndListedHolidaysGetNoMeeting() {
        LocalDate holiday = LocalDate.of(2027, 3, 31);
        FrameworkDraft framework = framework(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 9, 30),
                Cadence.months(1), Cadence.weeks(1), 0, 3, List.of(holiday, LocalDate.of(2027, 2, 15)));

        List<PlannedEvent> events = plan(framework);

        assertThat(events).extracting(e -> e.startsAt().atZone(WARSAW).toLocalDate())
                .allMatch(day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)
                .doesNotContain(holiday, LocalDate.of(2027, 2, 15));
        assertThat(days(framework, Series.MENTORING)).contains(LocalDate.of(2027, 3, 30));
        // weekly coaching from Sunday 31 January: the nearest working day, Monday; when Monday 15 February is a
        // holiday, Friday 12 and Tuesday 16 are as near, and the earlier is taken
        assertThat(days(framework, Series.COACHING)).startsWith(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 12),
                LocalDate.of(2027, 2, 22));
    }

    @Test
    void coachingEveryTwoWeeksForTheFirstSixMonthsAndMonthlyMentoringForTwelve() {
        LocalDate start = LocalDate.of(2027, 1, 11);
        FrameworkDraft framework = framework(start, start.plusMonths(12).minusDays(1), Cadence.months(1),
                Cadence.weeks(2), 6, 3, List.of());

        List<LocalDate> coaching = days(framework, Series.COACHING);
        assertThat(coaching).hasSize(12).first().isEqualTo(LocalDate.of(2027, 1, 25));
        assertThat(coaching.getLast()).isEqualTo(LocalDate.of(2027, 6, 28)).isBefore(start.plusMonths(6));
        assertThat(days(framework, Series.MENTORING)).hasSize(11)
                .first().isEqualTo(LocalDate.of(2027, 2, 11));
    }

    @Test
    void quarterlyReviewsArePerHipoWithTheMentoringPairAndMilestonesAreProgramWide() {
        LocalDate start = LocalDate.of(2027, 1, 11);
        FrameworkDraft framework = framework(start, start.plusMonths(12).minusDays(1), Cadence.months(1),
                Cadence.weeks(2), 6, 3, List.of());

        List<PlannedEvent> events = plan(framework);

        assertThat(events).filteredOn(e -> e.slot().series() == Series.REVIEW)
                .allMatch(e -> mentoringPair.equals(e.slot().pairId()))
                .extracting(e -> e.startsAt().atZone(WARSAW).toLocalDate())
                // 11 July is a Sunday, and the mid-point gathering takes Monday 12: Friday 9 is as near as Tuesday 13
                .containsExactly(LocalDate.of(2027, 4, 12), LocalDate.of(2027, 7, 9), LocalDate.of(2027, 10, 11));
        assertThat(events).filteredOn(e -> e.slot().pairId() == null)
                .extracting(e -> e.slot().series(), e -> e.startsAt().atZone(WARSAW).toLocalDate())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Series.KICK_OFF, LocalDate.of(2027, 1, 11)),
                        org.assertj.core.groups.Tuple.tuple(Series.MID_POINT, LocalDate.of(2027, 7, 12)),
                        org.assertj.core.groups.Tuple.tuple(Series.CLOSING, LocalDate.of(2028, 1, 10)));
        assertThat(events).filteredOn(e -> e.slot().series() == Series.REVIEW)
                .allMatch(e -> e.agenda().equals(List.of("Goals")));
    }

    @Test
    void meetingsKeepTheirWallClockTimeAcrossDaylightSavingChanges() {
        FrameworkDraft framework = framework(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 11, 30),
                Cadence.months(1), null, 0, 3, List.of());

        List<PlannedEvent> sessions = plan(framework).stream()
                .filter(e -> e.slot().series() == Series.MENTORING).toList();

        assertThat(sessions).allMatch(e -> e.startsAt().atZone(WARSAW).toLocalTime().equals(LocalTime.of(10, 0)))
                .allMatch(e -> e.endsAt().equals(e.startsAt().plusSeconds(90 * 60)));
        // 1 April 2027 is summer time (UTC+2); 1 November is winter time again (UTC+1)
        assertThat(sessions.getFirst().startsAt()).isEqualTo(Instant.parse("2027-04-01T08:00:00Z"));
        assertThat(sessions).extracting(PlannedEvent::startsAt).contains(Instant.parse("2027-11-01T09:00:00Z"));
        FrameworkDraft inNewYork = new FrameworkDraft(framework.startDate(), framework.endDate(),
                ZoneId.of("America/New_York"), LocalTime.of(10, 0), 90, framework.mentoring(), null, 0, 3, Set.of(),
                Set.of(), List.of(), Charter.empty(), MeetingAgendas.empty());
        assertThat(plan(inNewYork).getFirst().startsAt())
                .isEqualTo(Instant.parse("2027-04-01T14:00:00Z"));
    }

    @Test
    void generatingAgainKeepsTouchedEventsOnceAndReplacesUntouchedOnes() {
        LocalDate start = LocalDate.of(2027, 1, 11);
        FrameworkDraft framework = framework(start, start.plusMonths(12).minusDays(1), Cadence.months(1),
                Cadence.weeks(2), 6, 3, List.of());
        UUID held = UUID.randomUUID();
        UUID untouched = UUID.randomUUID();
        List<StoredEvent> stored = List.of(
                new StoredEvent(held, new Slot(mentoringPair, Series.MENTORING, 1), true),
                new StoredEvent(untouched, new Slot(mentoringPair, Series.MENTORING, 2), false));

        Regeneration again = CalendarGenerator.regenerate(framework, pairs(), stored, Map.of(), scheduling());

        assertThat(again.toRemove()).containsExactly(untouched);
        assertThat(again.kept()).isEqualTo(1);
        assertThat(again.toCreate()).extracting(PlannedEvent::slot)
                .doesNotContain(new Slot(mentoringPair, Series.MENTORING, 1))
                .contains(new Slot(mentoringPair, Series.MENTORING, 2));
        assertThat(again.toCreate()).hasSize(plan(framework).size() - 1);
    }

    /** The people of a slot: the HiPo and the guide of a session's pair; the HiPo and the mentor at a review; everyone at a milestone. */
    private Scheduling scheduling() {
        return new Scheduling(WorkingWeek.DEFAULT, slot -> {
            if (slot.pairId() == null) {
                return List.of("hipo", "mentor", "coach");
            }
            if (slot.series() == Series.REVIEW) {
                return List.of("hipo", "mentor");
            }
            return List.of("hipo", mentoringPair.equals(slot.pairId()) ? "mentor" : "coach");
        });
    }

    private List<PlannedEvent> plan(FrameworkDraft framework) {
        return CalendarGenerator.plan(framework, pairs(), scheduling(), List.of());
    }

    private List<PairToPlan> pairs() {
        return List.of(new PairToPlan(coachingPair, hipo, PairKind.COACHING),
                new PairToPlan(mentoringPair, hipo, PairKind.MENTORING));
    }

    private List<LocalDate> days(FrameworkDraft framework, Series series) {
        return plan(framework).stream().filter(e -> e.slot().series() == series)
                .map(e -> e.startsAt().atZone(WARSAW).toLocalDate()).toList();
    }

    static FrameworkDraft framework(LocalDate start, LocalDate end, @Nullable Cadence mentoring,
                                    @Nullable Cadence coaching, int coachingMonths, int reviewEvery,
                                    List<LocalDate> holidays) {
        return new FrameworkDraft(start, end, WARSAW, LocalTime.of(10, 0), 90, mentoring, coaching, coachingMonths,
                reviewEvery, Set.of(Attendee.HIPO, Attendee.MENTOR), Set.of(Milestone.values()), holidays,
                Charter.empty(), new MeetingAgendas(List.of("Check-in"), List.of("Focus"), List.of("Goals"),
                List.of("Welcome")));
    }
}
