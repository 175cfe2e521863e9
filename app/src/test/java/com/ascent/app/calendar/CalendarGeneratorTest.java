package com.ascent.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.calendar.CalendarGenerator.PairToPlan;
import com.ascent.app.calendar.CalendarGenerator.PlannedEvent;
import com.ascent.app.calendar.CalendarGenerator.Regeneration;
import com.ascent.app.calendar.CalendarGenerator.Series;
import com.ascent.app.calendar.CalendarGenerator.Slot;
import com.ascent.app.calendar.CalendarGenerator.StoredEvent;
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
                LocalDate.of(2027, 4, 30),
                LocalDate.of(2027, 5, 31),
                LocalDate.of(2027, 6, 30),
                LocalDate.of(2027, 7, 30),  // 31 July is a Saturday and 2 August leaves July
                LocalDate.of(2027, 8, 31),
                LocalDate.of(2027, 9, 30));
    }

    @Test
    void weekendsAndListedHolidaysGetNoMeeting() {
        LocalDate holiday = LocalDate.of(2027, 3, 31);
        FrameworkDraft framework = framework(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 9, 30),
                Cadence.months(1), Cadence.weeks(1), 0, 3, List.of(holiday, LocalDate.of(2027, 2, 15)));

        List<PlannedEvent> events = CalendarGenerator.plan(framework, pairs());

        assertThat(events).extracting(e -> e.startsAt().atZone(WARSAW).toLocalDate())
                .allMatch(day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)
                .doesNotContain(holiday, LocalDate.of(2027, 2, 15));
        assertThat(days(framework, Series.MENTORING)).contains(LocalDate.of(2027, 3, 30));
        // weekly coaching from Sunday 31 January: Mondays, and Tuesday when Monday is a holiday
        assertThat(days(framework, Series.COACHING)).startsWith(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 16),
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

        List<PlannedEvent> events = CalendarGenerator.plan(framework, pairs());

        assertThat(events).filteredOn(e -> e.slot().series() == Series.REVIEW)
                .allMatch(e -> mentoringPair.equals(e.slot().pairId()))
                .extracting(e -> e.startsAt().atZone(WARSAW).toLocalDate())
                .containsExactly(LocalDate.of(2027, 4, 12), LocalDate.of(2027, 7, 12), LocalDate.of(2027, 10, 11));
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

        List<PlannedEvent> sessions = CalendarGenerator.plan(framework, pairs()).stream()
                .filter(e -> e.slot().series() == Series.MENTORING).toList();

        assertThat(sessions).allMatch(e -> e.startsAt().atZone(WARSAW).toLocalTime().equals(LocalTime.of(10, 0)))
                .allMatch(e -> e.endsAt().equals(e.startsAt().plusSeconds(90 * 60)));
        // 1 April 2027 is summer time (UTC+2); 1 November is winter time again (UTC+1)
        assertThat(sessions.getFirst().startsAt()).isEqualTo(Instant.parse("2027-04-01T08:00:00Z"));
        assertThat(sessions).extracting(PlannedEvent::startsAt).contains(Instant.parse("2027-11-01T09:00:00Z"));
        FrameworkDraft inNewYork = new FrameworkDraft(framework.startDate(), framework.endDate(),
                ZoneId.of("America/New_York"), LocalTime.of(10, 0), 90, framework.mentoring(), null, 0, 3, Set.of(),
                Set.of(), List.of(), Charter.empty(), MeetingAgendas.empty());
        assertThat(CalendarGenerator.plan(inNewYork, pairs()).getFirst().startsAt())
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

        Regeneration again = CalendarGenerator.regenerate(framework, pairs(), stored);

        assertThat(again.toRemove()).containsExactly(untouched);
        assertThat(again.kept()).isEqualTo(1);
        assertThat(again.toCreate()).extracting(PlannedEvent::slot)
                .doesNotContain(new Slot(mentoringPair, Series.MENTORING, 1))
                .contains(new Slot(mentoringPair, Series.MENTORING, 2));
        assertThat(again.toCreate()).hasSize(CalendarGenerator.plan(framework, pairs()).size() - 1);
    }

    private List<PairToPlan> pairs() {
        return List.of(new PairToPlan(coachingPair, hipo, PairKind.COACHING),
                new PairToPlan(mentoringPair, hipo, PairKind.MENTORING));
    }

    private List<LocalDate> days(FrameworkDraft framework, Series series) {
        return CalendarGenerator.plan(framework, pairs()).stream().filter(e -> e.slot().series() == series)
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
