package com.ascent.app.organizationdata;

import com.ascent.app.calendar.ProgramCalendarService;
import com.ascent.app.measurement.FeedbackRoundService;
import com.ascent.app.measurement.ProgramMeasurementService;
import com.ascent.app.measurement.RaterChoice;
import com.ascent.app.objectives.ObjectivesService;
import com.ascent.app.objectives.StrategyLibraryService;
import com.ascent.app.plans.DevelopmentPlansService;
import com.ascent.app.resources.ResourceService;
import com.ascent.app.support.TestPairs;
import com.ascent.app.support.TestPairs.Cohort;
import com.ascent.plugin.api.calendar.Cadence;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.Charter;
import com.ascent.plugin.api.calendar.EventKind;
import com.ascent.plugin.api.calendar.EventOutcome;
import com.ascent.plugin.api.calendar.EventStatus;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.MeetingAgendas;
import com.ascent.plugin.api.measurement.BenefitDraft;
import com.ascent.plugin.api.measurement.CostCategory;
import com.ascent.plugin.api.measurement.CostDraft;
import com.ascent.plugin.api.measurement.Feedback;
import com.ascent.plugin.api.measurement.FeedbackDraft;
import com.ascent.plugin.api.measurement.FeedbackPhase;
import com.ascent.plugin.api.measurement.KirkpatrickLevel;
import com.ascent.plugin.api.measurement.MeasurementSettings;
import com.ascent.plugin.api.measurement.Metric;
import com.ascent.plugin.api.measurement.MetricDraft;
import com.ascent.plugin.api.measurement.ObservationDraft;
import com.ascent.plugin.api.measurement.Phase;
import com.ascent.plugin.api.measurement.RaterRole;
import com.ascent.plugin.api.objectives.Alignment;
import com.ascent.plugin.api.objectives.CapabilityDraft;
import com.ascent.plugin.api.objectives.IndicatorDraft;
import com.ascent.plugin.api.objectives.MeasurementSource;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.objectives.ObjectiveDraft;
import com.ascent.plugin.api.objectives.Priority;
import com.ascent.plugin.api.objectives.StrategyStatement;
import com.ascent.plugin.api.plans.ActivityDraft;
import com.ascent.plugin.api.plans.ActivityKind;
import com.ascent.plugin.api.plans.ActivityStatus;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.GapDraft;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A program with data of all six steps, made through the host's services as the steps would make
 * it: strategy, a capability, an objective with a success indicator (1); the cohort of
 * {@link TestPairs} (2); a monthly calendar with sessions held (3); Ana's signed development plan
 * with a gap, a goal with progress and an activity, an exception for Ben (4); a course assigned
 * and tracked, no support for Ben (5); a metric with values, feedback, costs, a benefit and the
 * measurement settings (6). The signed-in user must administer {@code organizationId}.
 */
@Component
public class FullProgram {

    static final LocalDate START = LocalDate.of(2027, 1, 11);

    private final TestPairs pairs;
    private final StrategyLibraryService strategy;
    private final ObjectivesService objectives;
    private final ProgramCalendarService calendar;
    private final DevelopmentPlansService plans;
    private final ResourceService resources;
    private final ProgramMeasurementService measurement;
    private final FeedbackRoundService feedbackRounds;

    FullProgram(TestPairs pairs, StrategyLibraryService strategy, ObjectivesService objectives,
                ProgramCalendarService calendar, DevelopmentPlansService plans, ResourceService resources,
                ProgramMeasurementService measurement, FeedbackRoundService feedbackRounds) {
        this.pairs = pairs;
        this.strategy = strategy;
        this.objectives = objectives;
        this.calendar = calendar;
        this.plans = plans;
        this.resources = resources;
        this.measurement = measurement;
        this.feedbackRounds = feedbackRounds;
    }

    public Cohort create(UUID organizationId) {
        Cohort cohort = pairs.programWithPairs(organizationId, START);
        UUID program = cohort.programId();

        StrategyStatement priority = strategy.addStatement(StrategyStatement.Kind.BUSINESS_PRIORITY, "Grow in new markets");
        UUID capability = strategy.addCapability(new CapabilityDraft("Leading change", "Across functions",
                List.of("Explains why"))).id();
        Objective objective = objectives.add(program, new ObjectiveDraft("Lead change across functions", "",
                capability, Priority.HIGH, List.of(new Alignment(priority.id(), "New markets need new ways"))));
        objectives.addIndicator(program, objective.id(), new IndicatorDraft("Win rate", "%",
                MeasurementSource.BUSINESS_KPI, new BigDecimal("20"), new BigDecimal("30"), "quarterly"));

        calendar.saveFramework(program, 0, new FrameworkDraft(START, START.plusMonths(6).minusDays(1),
                ZoneId.of("Europe/Lisbon"), LocalTime.of(10, 0), 60, Cadence.months(1), null, 0, 3, Set.of(),
                Set.of(), List.of(), Charter.empty(), MeetingAgendas.empty()));
        calendar.generate(program, Locale.ENGLISH);
        CalendarEvent first = calendar.events(program).stream().filter(e -> e.kind() == EventKind.SESSION)
                .findFirst().orElseThrow();
        calendar.recordOutcome(program, first.id(), first.version(), new EventOutcome(EventStatus.HELD, null, ""));

        DevelopmentPlan plan = plans.open(program, cohort.ana().id());
        plans.addGap(program, plan.id(), new GapDraft(capability, 2, 4, "360 feedback"));
        Goal goal = plans.addGoal(program, plan.id(), new GoalDraft("Lead the budget review", "Done as agreed", "Done",
                START.plusMonths(5), List.of(objective.id())));
        plans.recordProgress(program, goal.id(), goal.version(), 40, "Half way");
        plans.addActivity(program, plan.id(), new ActivityDraft(goal.id(), ActivityKind.STRETCH_ASSIGNMENT,
                "Run the Q2 budget", START.plusMonths(1), START.plusMonths(3), "Ana", ActivityStatus.PLANNED));
        DevelopmentPlan current = plans.plan(program, cohort.ana().id()).orElseThrow();
        plans.signOff(program, current.id(), current.version());
        plans.recordException(program, cohort.ben().id(), "Joins in the second half");

        UUID course = resources.addResource(new ResourceDraft(ResourceType.ONLINE_COURSE, "Strategic finance",
                "Business school", null, "English", "Online", null, null, null, null, null, new BigDecimal("1200"),
                List.of())).id();
        Assignment assigned = resources.assign(program, course, cohort.ana().id(), null, AssignmentStatus.ENROLLED);
        resources.track(program, assigned.id(), assigned.version(),
                new Tracking(AssignmentStatus.COMPLETED, START.plusMonths(2), 5, new BigDecimal("1000")));
        resources.decideNoSupport(program, cohort.ben().id(), "Has all he needs");

        Metric metric = measurement.addMetrics(program, List.of(new MetricDraft(null, "Performance rating", "1-5",
                MeasurementSource.PERFORMANCE_RATING, KirkpatrickLevel.BEHAVIOUR, START,
                List.of(START.plusMonths(11))))).getFirst();
        UUID ana = cohort.ana().person().id();
        measurement.recordObservation(program, new ObservationDraft(metric.id(), ana, START, Phase.BASELINE,
                new BigDecimal("3"), false));
        measurement.recordObservation(program, new ObservationDraft(metric.id(), ana, START.plusMonths(11),
                Phase.FOLLOW_UP, new BigDecimal("4"), false));
        measurement.recordFeedback(program, new FeedbackDraft(cohort.ana().id(), RaterRole.MENTOR,
                START.plusMonths(11), Map.of(Feedback.OVERALL, 5), "Takes the lead"));
        measurement.saveSettings(program, new MeasurementSettings(0, "EUR", new BigDecimal("50"), 3));
        measurement.addCost(program, new CostDraft(CostCategory.COACH_FEES, "Two coaches", null, new BigDecimal("5000")));
        measurement.addBenefit(program, new BenefitDraft(metric.id(), "Retained HiPo", new BigDecimal("64200"),
                new BigDecimal("50"), new BigDecimal("80")));
        feedbackRounds.send(program, FeedbackPhase.AFTER, new RaterChoice(Set.of(RaterRole.MENTOR), Map.of()));
        return cohort;
    }
}
