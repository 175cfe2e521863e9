package com.ascent.app.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.EventKind;
import com.ascent.plugin.api.calendar.EventStatus;
import com.ascent.plugin.api.measurement.GoalAttainment;
import com.ascent.plugin.api.measurement.Participation;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.Goal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Participation and goal attainment against worked examples. */
class ProgramProgressTest {

    @Test
    void sessionsHeldAreCountedAgainstEverySessionPlannedAndOtherEventsDoNotCount() {
        List<CalendarEvent> events = List.of(session(EventStatus.HELD), session(EventStatus.HELD),
                session(EventStatus.HELD), session(EventStatus.CANCELLED), session(EventStatus.MOVED),
                session(EventStatus.PLANNED), event(EventKind.REVIEW, EventStatus.HELD),
                event(EventKind.MILESTONE, EventStatus.HELD));

        Participation participation = ProgramProgress.participation(events);

        assertThat(participation.planned()).isEqualTo(6);
        assertThat(participation.held()).isEqualTo(3);
        assertThat(participation.cancelled()).isEqualTo(1);
        assertThat(participation.open()).as("planned and moved sessions are still to hold").isEqualTo(2);
        assertThat(participation.heldPercent()).isEqualByComparingTo("50");
    }

    @Test
    void twoOfThreeSessionsHeldRoundToSixtySevenPercent() {
        assertThat(ProgramProgress.participation(List.of(session(EventStatus.HELD), session(EventStatus.HELD),
                session(EventStatus.PLANNED))).heldPercent()).isEqualByComparingTo("67");
    }

    @Test
    void aCalendarWithoutSessionsHasNoShareYet() {
        Participation participation = ProgramProgress.participation(List.of(event(EventKind.MILESTONE, EventStatus.PLANNED)));

        assertThat(participation.planned()).isZero();
        assertThat(participation.heldPercent()).isNull();
    }

    @Test
    void goalsAtFullProgressAreAchievedAndTheAverageCoversEveryGoal() {
        GoalAttainment attainment = ProgramProgress.goalAttainment(List.of(plan(100, 40), plan(100), plan()));

        assertThat(attainment.plans()).isEqualTo(3);
        assertThat(attainment.goals()).isEqualTo(3);
        assertThat(attainment.achieved()).isEqualTo(2);
        assertThat(attainment.achievedPercent()).isEqualByComparingTo("67");
        assertThat(attainment.averageProgress()).isEqualByComparingTo("80");
    }

    @Test
    void plansWithoutGoalsHaveNoAttainmentYet() {
        GoalAttainment attainment = ProgramProgress.goalAttainment(List.of(plan()));

        assertThat(attainment.goals()).isZero();
        assertThat(attainment.achievedPercent()).isNull();
        assertThat(attainment.averageProgress()).isNull();
    }

    private static CalendarEvent session(EventStatus status) {
        return event(EventKind.SESSION, status);
    }

    private static CalendarEvent event(EventKind kind, EventStatus status) {
        Instant start = Instant.parse("2027-02-01T09:00:00Z");
        return new CalendarEvent(UUID.randomUUID(), 1, null, null, kind, "Event", start, start.plusSeconds(3600), status,
                List.of(), "", true);
    }

    private static DevelopmentPlan plan(int... progress) {
        List<Goal> goals = Arrays.stream(progress).mapToObj(p -> new Goal(UUID.randomUUID(), 1, "Outcome", "Measure",
                "Target", LocalDate.of(2027, 6, 30), p, List.of())).toList();
        return new DevelopmentPlan(UUID.randomUUID(), 1, UUID.randomUUID(), "", List.of(), goals, List.of(), null);
    }
}
