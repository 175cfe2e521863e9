package com.ascent.app.measurement;

import com.ascent.app.calendar.ProgramCalendarService;
import com.ascent.app.plans.DevelopmentPlansService;
import com.ascent.app.resources.ResourceService;
import com.ascent.app.support.TestPairs;
import com.ascent.app.support.TestPairs.Cohort;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.Cadence;
import com.ascent.plugin.api.calendar.Charter;
import com.ascent.plugin.api.calendar.EventKind;
import com.ascent.plugin.api.calendar.EventOutcome;
import com.ascent.plugin.api.calendar.EventStatus;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.MeetingAgendas;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.Goal;
import com.ascent.plugin.api.plans.GoalDraft;
import com.ascent.plugin.api.support.Assignment;
import com.ascent.plugin.api.support.AssignmentStatus;
import com.ascent.plugin.api.support.ResourceDraft;
import com.ascent.plugin.api.support.ResourceType;
import com.ascent.plugin.api.support.Tracking;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A program that has run, built through the host's own services as steps 2 to 5 would: the cohort
 * of {@link TestPairs}, a monthly mentoring calendar with some sessions held and one cancelled,
 * development plans with goals at various progress, and resources assigned with planned and actual
 * costs. The signed-in user must be HR of {@code organizationId}.
 */
@Component
class ProgramRun {

    static final LocalDate START = LocalDate.of(2027, 1, 11);

    private final TestPairs pairs;
    private final ProgramCalendarService calendar;
    private final DevelopmentPlansService plans;
    private final ResourceService resources;

    ProgramRun(TestPairs pairs, ProgramCalendarService calendar, DevelopmentPlansService plans,
               ResourceService resources) {
        this.pairs = pairs;
        this.calendar = calendar;
        this.plans = plans;
        this.resources = resources;
    }

    /** The cohort and how many mentoring and coaching sessions its calendar plans. */
    record Run(Cohort cohort, int sessionsPlanned) {

        UUID programId() {
            return cohort.programId();
        }
    }

    /** The program with its calendar only: no session held yet. */
    Run withCalendar(UUID organizationId) {
        Cohort cohort = pairs.programWithPairs(organizationId, START);
        calendar.saveFramework(cohort.programId(), 0, new FrameworkDraft(START, START.plusMonths(6).minusDays(1),
                ZoneId.of("Europe/Lisbon"), LocalTime.of(10, 0), 60, Cadence.months(1), null, 0, 3, Set.of(),
                Set.of(), List.of(), Charter.empty(), MeetingAgendas.empty()));
        calendar.generate(cohort.programId(), Locale.ENGLISH);
        return new Run(cohort, sessions(cohort.programId()).size());
    }

    /** Marks the first {@code held} sessions held and the one after them cancelled. */
    void holdSessions(Run run, int held) {
        List<CalendarEvent> sessions = sessions(run.programId());
        for (int i = 0; i <= held; i++) {
            CalendarEvent session = sessions.get(i);
            calendar.recordOutcome(run.programId(), session.id(), session.version(),
                    new EventOutcome(i < held ? EventStatus.HELD : EventStatus.CANCELLED, null, ""));
        }
    }

    /** Ana's plan with goals at 100 % and 40 %, Ben's with one at 100 %: 2 of 3 achieved, 80 % on average. */
    void progressOnGoals(Run run) {
        goal(run, plans.open(run.programId(), run.cohort().ana().id()), "Lead the budget review", 100);
        goal(run, plans.plan(run.programId(), run.cohort().ana().id()).orElseThrow(), "Present to the board", 40);
        goal(run, plans.open(run.programId(), run.cohort().ben().id()), "Run a cross-functional launch", 100);
    }

    /**
     * A course for both HiPos at 1,200 each, of which Ana's was actually paid at 1,000; a conference
     * for Ben at 800 that he dropped without cost. The ROI counts 1,000 + 1,200 = 2,200.
     */
    void assignResources(Run run) {
        UUID course = resources.addResource(resource(ResourceType.ONLINE_COURSE, "Strategic finance for leaders", "1200")).id();
        UUID conference = resources.addResource(resource(ResourceType.CONFERENCE, "Leadership summit", "800")).id();
        List<Assignment> enrolled = resources.assignAll(run.programId(), course,
                List.of(run.cohort().ana().id(), run.cohort().ben().id()), AssignmentStatus.ENROLLED);
        Assignment anas = enrolled.getFirst();
        resources.track(run.programId(), anas.id(), anas.version(),
                new Tracking(AssignmentStatus.COMPLETED, START.plusMonths(2), 5, new BigDecimal("1000")));
        Assignment bens = resources.assign(run.programId(), conference, run.cohort().ben().id(), null,
                AssignmentStatus.ENROLLED);
        resources.track(run.programId(), bens.id(), bens.version(),
                new Tracking(AssignmentStatus.DROPPED, null, null, null));
    }

    private void goal(Run run, DevelopmentPlan plan, String outcome, int progress) {
        Goal goal = plans.addGoal(run.programId(), plan.id(), new GoalDraft(outcome, "Done as agreed", "Done",
                START.plusMonths(5), List.of()));
        plans.recordProgress(run.programId(), goal.id(), goal.version(), progress, "");
    }

    private List<CalendarEvent> sessions(UUID programId) {
        return calendar.events(programId).stream().filter(e -> e.kind() == EventKind.SESSION).toList();
    }

    private static ResourceDraft resource(ResourceType type, String title, String cost) {
        return new ResourceDraft(type, title, "Business school", null, "English", "Online", null, null, null, null,
                null, new BigDecimal(cost), List.of());
    }
}
