package com.ascent.app.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.objectives.ObjectivesService;
import com.ascent.app.objectives.StrategyLibraryService;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.plans.PlanFixture.Program;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.objectives.CapabilityDraft;
import com.ascent.plugin.api.plans.Activity;
import com.ascent.plugin.api.plans.ActivityDraft;
import com.ascent.plugin.api.plans.ActivityKind;
import com.ascent.plugin.api.plans.ActivityStatus;
import com.ascent.plugin.api.plans.ActivityTemplate;
import com.ascent.plugin.api.plans.ActivityTemplateDraft;
import com.ascent.plugin.api.plans.Coverage;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.Gap;
import com.ascent.plugin.api.plans.GapDraft;
import com.ascent.plugin.api.plans.Goal;
import com.ascent.plugin.api.plans.GoalDraft;
import com.ascent.plugin.api.plans.LearningMode;
import com.ascent.plugin.api.plans.PlanException;
import com.ascent.plugin.api.plans.PlanReadiness;
import com.ascent.plugin.api.plans.ProgramPeriod;
import com.ascent.plugin.api.plans.ProgressEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The canonical development plans: what is stored, what is refused, and that organizations stay apart. */
@com.ascent.app.support.IntegrationTest
class DevelopmentPlansServiceTest {

    static final LocalDate MAY = LocalDate.of(2027, 5, 31);

    @Autowired
    DevelopmentPlansService plans;
    @Autowired
    PlanFixture fixture;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ObjectivesService objectives;
    @Autowired
    ProgramRosterService roster;
    @Autowired
    StrategyLibraryService strategy;
    @Autowired
    OrganizationSettingsService organizationSettings;

    Program program;
    DevelopmentPlan plan;

    @BeforeEach
    void programWithAPlan() {
        program = fixture.create();
        plan = plans.open(program.id(), program.hrHipo());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void openingAPlanTwiceGivesTheSamePlanAndOnlyHipoGetPlans() {
        assertThat(plans.open(program.id(), program.hrHipo()).id()).isEqualTo(plan.id());
        assertThat(plan.goals()).isEmpty();
        refused(() -> plans.open(program.id(), program.mentor()), "hipoMemberId", "plans.error.notAHipo");
        assertThat(plans.plans(program.id())).extracting(DevelopmentPlan::hipoMemberId).containsExactly(program.hrHipo());
    }

    @Test
    void aGoalIsStoredWithItsLinksToObjectives() {
        Goal goal = plans.addGoal(program.id(), plan.id(), new GoalDraft(" Lead the HR shared-service move ",
                "Teams moved", "2 of 2 teams", MAY, List.of(program.changeObjective(), program.changeObjective())));

        assertThat(goal.outcome()).isEqualTo("Lead the HR shared-service move");
        assertThat(goal.objectiveIds()).containsExactly(program.changeObjective());
        assertThat(goal.progress()).isZero();

        Goal relinked = plans.updateGoal(program.id(), goal.id(), goal.version(), new GoalDraft(goal.outcome(),
                goal.measure(), goal.target(), MAY, List.of(program.changeObjective(), program.strategyObjective())));
        assertThat(plans.plan(program.id(), program.hrHipo()).orElseThrow().goals()).singleElement()
                .satisfies(g -> assertThat(g.objectiveIds())
                        .containsExactlyInAnyOrder(program.changeObjective(), program.strategyObjective()));
        assertThat(relinked.version()).isEqualTo(goal.version() + 1);
    }

    @Test
    void aGoalWithoutMeasureOrDueDateOrBeyondTheProgramIsRefusedAtItsField() {
        refused(() -> plans.addGoal(program.id(), plan.id(), new GoalDraft("Lead a change", " ", "2 teams", MAY,
                List.of())), "measure", "plans.error.measureRequired");
        refused(() -> plans.addGoal(program.id(), plan.id(), new GoalDraft("Lead a change", "Teams", "2 teams", null,
                List.of())), "dueDate", "plans.error.dueDateRequired");
        LocalDate lastDay = plans.period(program.id()).ends();
        assertThat(lastDay).isEqualTo(LocalDate.of(2028, 1, 10));
        refused(() -> plans.addGoal(program.id(), plan.id(), new GoalDraft("Lead a change", "Teams", "2 teams",
                lastDay.plusDays(1), List.of())), "dueDate", "plans.error.dueAfterProgramEnd");
        refused(() -> plans.addGoal(program.id(), plan.id(), new GoalDraft("Lead a change", "Teams", "2 teams",
                MAY, List.of(UUID.randomUUID()))), "objectiveIds", "plans.error.objectiveNotFound");

        assertThat(plans.addGoal(program.id(), plan.id(), new GoalDraft("Lead a change", "Teams", "2 teams", lastDay,
                List.of())).dueDate()).isEqualTo(lastDay);
        assertThat(plans.plan(program.id(), program.hrHipo()).orElseThrow().goals()).hasSize(1);
    }

    @Test
    void untilTheFrameworkIsSetThePeriodIsTheOneChosenWhenTheProgramWasCreated() {
        assertThat(plans.period(program.id()))
                .isEqualTo(new ProgramPeriod(PlanFixture.START, LocalDate.of(2028, 1, 10), false));
        assertThat(DevelopmentPlansService.period(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 12, 31), Optional.empty()))
                .isEqualTo(new ProgramPeriod(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 12, 31), false));
    }

    @Test
    void onceTheFrameworkIsSetGoalsAndActivitiesMustFallWithinItsDates() {
        LocalDate kickOff = LocalDate.of(2027, 2, 1);
        LocalDate closing = LocalDate.of(2027, 6, 30);
        fixture.framework(program, kickOff, closing);

        assertThat(plans.period(program.id())).isEqualTo(new ProgramPeriod(kickOff, closing, false));
        refused(() -> plans.addGoal(program.id(), plan.id(), new GoalDraft("Lead a change", "Teams", "2 teams",
                closing.plusDays(1), List.of())), "dueDate", "plans.error.dueAfterProgramEnd");
        refused(() -> plans.addGoal(program.id(), plan.id(), new GoalDraft("Lead a change", "Teams", "2 teams",
                kickOff.minusDays(1), List.of())), "dueDate", "plans.error.dueBeforeProgramStart");
        refused(() -> plans.addActivity(program.id(), plan.id(), new ActivityDraft(null, ActivityKind.WORKSHOP,
                "Change workshop", closing, closing.plusDays(1), "HR", ActivityStatus.PLANNED)), "endsOn",
                "plans.error.activityAfterProgramEnd");
        assertThat(plans.plan(program.id(), program.hrHipo()).orElseThrow().goals()).isEmpty();

        Goal goal = plans.addGoal(program.id(), plan.id(), new GoalDraft("Lead a change", "Teams", "2 teams", closing,
                List.of()));
        assertThat(goal.dueDate()).isEqualTo(closing);
        refused(() -> plans.updateGoal(program.id(), goal.id(), goal.version(), new GoalDraft("Lead a change",
                "Teams", "2 teams", closing.plusDays(1), List.of())), "dueDate",
                "plans.error.dueAfterProgramEnd");
    }

    @Test
    void aGapsTargetLevelCannotBeBelowItsCurrentLevel() {
        refused(() -> plans.addGap(program.id(), plan.id(), new GapDraft(program.changeCapability(), 3, 2, "360")),
                "targetLevel", "plans.error.targetBelowCurrent");
        refused(() -> plans.addGap(program.id(), plan.id(), new GapDraft(program.changeCapability(), 0, 2, "360")),
                "currentLevel", "plans.error.levelRange");
        refused(() -> plans.addGap(program.id(), plan.id(), new GapDraft(UUID.randomUUID(), 2, 4, "360")),
                "capabilityId", "plans.error.capabilityNotFound");

        Gap gap = plans.addGap(program.id(), plan.id(), new GapDraft(program.changeCapability(), 2, 4,
                " 360 feedback: peers rate change leadership 2 of 5 "));
        assertThat(gap.capabilityName()).isEqualTo("Leading large-scale change");
        assertThat(gap.evidence()).isEqualTo("360 feedback: peers rate change leadership 2 of 5");
        refused(() -> plans.addGap(program.id(), plan.id(), new GapDraft(program.changeCapability(), 1, 3, "")),
                "capabilityId", "plans.error.gapDuplicate");
        refused(() -> plans.updateGap(program.id(), gap.id(), gap.version(), new GapDraft(program.changeCapability(), 4,
                3, "")), "targetLevel", "plans.error.targetBelowCurrent");
        assertThat(plans.plan(program.id(), program.hrHipo()).orElseThrow().gaps()).containsExactly(gap);
    }

    @Test
    void suggestionsForAGapComeFromTheOrganizationsEditableLibrary() {
        Gap gap = plans.addGap(program.id(), plan.id(), new GapDraft(program.changeCapability(), 2, 4, ""));

        List<ActivityTemplate> suggested = plans.suggestions(program.id(), gap.id());

        assertThat(suggested).extracting(ActivityTemplate::kind)
                .contains(ActivityKind.WORKSHOP, ActivityKind.SMALL_CHANGE_PROJECT, ActivityKind.SHADOWING_SENIOR_LEADER);
        assertThat(suggested).extracting(t -> t.kind().mode()).contains(LearningMode.values());
        assertThat(suggested).noneMatch(t -> t.kind() == ActivityKind.COURSE && !t.capabilities().isEmpty());
        assertThat(plans.templates()).hasSizeGreaterThan(suggested.size());

        ActivityTemplate own = plans.addTemplate(new ActivityTemplateDraft(ActivityKind.STRETCH_ASSIGNMENT,
                "Run the works council consultation", "", List.of(" leading large-scale change ")));
        assertThat(plans.suggestions(program.id(), gap.id())).contains(own);
        ActivityTemplate workshop = suggested.stream().filter(t -> t.kind() == ActivityKind.WORKSHOP).findFirst()
                .orElseThrow();
        plans.removeTemplate(workshop.id(), workshop.version());
        assertThat(plans.suggestions(program.id(), gap.id())).doesNotContain(workshop);
        refused(() -> plans.updateTemplate(own.id(), own.version(), new ActivityTemplateDraft(ActivityKind.COURSE, " ",
                "", List.of())), "title", "plans.error.templateTitleRequired");
    }

    /** The language the organization writes in (its format locale) and a starter template's title in it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en-GB | Workshop: leading people through change",
            "pl-PL | Warsztat: prowadzenie ludzi przez zmianę"})
    void theStarterLibraryIsWrittenInTheLanguageOfTheOrganizationWhenItIsFirstUsed(String format, String workshop) {
        accounts.signIn(accounts.newColleague(program.hr(), Role.ADMIN));
        organizationSettings.save(organizationSettings.current().withFormatLocale(Locale.forLanguageTag(format)));
        accounts.signIn(program.hr());

        assertThat(plans.templates()).extracting(ActivityTemplate::title).contains(workshop);
    }

    @Test
    void aGapInTheStarterLibrarysChangeLeadershipIsSuggestedTheChangeActivities() {
        UUID changeLeadership = strategy.addCapability(new CapabilityDraft("Change leadership", "", List.of())).id();
        Gap gap = plans.addGap(program.id(), plan.id(), new GapDraft(changeLeadership, 2, 4, ""));

        assertThat(plans.suggestions(program.id(), gap.id())).filteredOn(t -> !t.capabilities().isEmpty())
                .extracting(ActivityTemplate::kind)
                .contains(ActivityKind.WORKSHOP, ActivityKind.SMALL_CHANGE_PROJECT, ActivityKind.SHADOWING_SENIOR_LEADER);
    }

    @Test
    void activitiesAreCheckedAndStatusChangesAndProgressAreKeptAsHistory() {
        Goal goal = plans.addGoal(program.id(), plan.id(), new GoalDraft("Lead a change", "Teams", "2 teams", MAY,
                List.of(program.changeObjective())));
        refused(() -> plans.addActivity(program.id(), plan.id(), new ActivityDraft(goal.id(), ActivityKind.WORKSHOP,
                "Change workshop", MAY, MAY.minusDays(1), "HR", ActivityStatus.PLANNED)), "endsOn",
                "plans.error.endsBeforeStarts");
        refused(() -> plans.addActivity(program.id(), plan.id(), new ActivityDraft(null, ActivityKind.WORKSHOP,
                "Change workshop", MAY, LocalDate.of(2028, 3, 1), "HR", ActivityStatus.PLANNED)), "endsOn",
                "plans.error.activityAfterProgramEnd");
        refused(() -> plans.addActivity(program.id(), plan.id(), new ActivityDraft(null, ActivityKind.WORKSHOP,
                "Change workshop", null, null, " ", ActivityStatus.PLANNED)), "owner", "plans.error.ownerRequired");

        Activity workshop = plans.addActivity(program.id(), plan.id(), new ActivityDraft(goal.id(),
                ActivityKind.WORKSHOP, "Change workshop", MAY, MAY, "HR", ActivityStatus.PLANNED));
        Activity started = plans.updateActivity(program.id(), workshop.id(), workshop.version(),
                new ActivityDraft(goal.id(), ActivityKind.WORKSHOP, "Change workshop", MAY, MAY, "HR",
                        ActivityStatus.DONE));
        plans.updateActivity(program.id(), started.id(), started.version(), new ActivityDraft(goal.id(),
                ActivityKind.WORKSHOP, "Change workshop (2 days)", MAY, MAY, "HR", ActivityStatus.DONE));
        Goal halfway = plans.recordProgress(program.id(), goal.id(), goal.version(), 50, "First team moved");
        refused(() -> plans.recordProgress(program.id(), goal.id(), halfway.version(), 101, ""), "progress",
                "plans.error.progressRange");

        List<ProgressEntry> history = plans.history(program.id(), plan.id());
        assertThat(history).hasSize(2);
        assertThat(history).anySatisfy(e -> {
            assertThat(e.activityId()).isEqualTo(workshop.id());
            assertThat(e.status()).isEqualTo(ActivityStatus.DONE);
            assertThat(e.recordedBy()).isEqualTo("Test hr");
        });
        assertThat(history).anySatisfy(e -> {
            assertThat(e.goalId()).isEqualTo(goal.id());
            assertThat(e.progress()).isEqualTo(50);
            assertThat(e.note()).isEqualTo("First team moved");
        });
        assertThat(halfway.progress()).isEqualTo(50);

        plans.removeGoal(program.id(), goal.id(), halfway.version());
        assertThat(plans.history(program.id(), plan.id())).anySatisfy(e -> {
            assertThat(e.goalId()).isNull();
            assertThat(e.subject()).isEqualTo("Lead a change");
        });
        assertThat(plans.plan(program.id(), program.hrHipo()).orElseThrow().activities()).singleElement()
                .satisfies(a -> assertThat(a.goalId()).isNull());
    }

    @Test
    void coverageShowsObjectivesPerHipoAndWarnsAboutUnlinkedGoalsAndUncoveredObjectives() {
        plans.addGoal(program.id(), plan.id(), new GoalDraft("Lead a change", "Teams", "2 teams", MAY,
                List.of(program.changeObjective())));
        DevelopmentPlan finance = plans.open(program.id(), program.financeHipo());
        Goal unlinked = plans.addGoal(program.id(), finance.id(), new GoalDraft("Close the books faster", "Days",
                "5 days", MAY, List.of()));

        Coverage coverage = plans.coverage(program.id());

        assertThat(coverage.hipos()).containsExactlyInAnyOrder(
                new Coverage.HipoCoverage(program.hrHipo(), java.util.Set.of(program.changeObjective())),
                new Coverage.HipoCoverage(program.financeHipo(), java.util.Set.of()));
        assertThat(coverage.objectivesWithoutGoals()).containsExactly(program.strategyObjective());
        assertThat(coverage.goalsWithoutObjective()).containsExactly(
                new Coverage.UnlinkedGoal(program.financeHipo(), unlinked.id(), "Close the books faster"));
    }

    @Test
    void aHipoIsReadyWithALinkedGoalAndAnActivityOrARecordedException() {
        assertThat(plans.readiness(program.id())).extracting(PlanReadiness::hipoName, PlanReadiness::ready)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hanna Hipo", false),
                        org.assertj.core.groups.Tuple.tuple("Piotr Pawlak", false));

        plans.addGoal(program.id(), plan.id(), new GoalDraft("Lead a change", "Teams", "2 teams", MAY, List.of()));
        plans.addActivity(program.id(), plan.id(), new ActivityDraft(null, ActivityKind.WORKSHOP, "Change workshop",
                null, null, "HR", ActivityStatus.PLANNED));
        PlanReadiness unlinked = plans.readiness(program.id()).getFirst();
        assertThat(unlinked.hasActivity()).isTrue();
        assertThat(unlinked.hasLinkedGoal()).as("a goal linked to no objective does not count").isFalse();

        plans.addGoal(program.id(), plan.id(), new GoalDraft("Run the consultation", "Sessions", "4", MAY,
                List.of(program.changeObjective())));
        refused(() -> plans.recordException(program.id(), program.financeHipo(), " "), "reason",
                "plans.error.reasonRequired");
        plans.recordException(program.id(), program.financeHipo(), "On parental leave until the autumn cohort");

        assertThat(plans.readiness(program.id())).allMatch(PlanReadiness::ready);
        assertThat(plans.readiness(program.id()).get(1).hasPlan()).isFalse();
    }

    @Test
    void theManagerSignsOffACompletePlanOnly() {
        refused(() -> plans.signOff(program.id(), plan.id(), plan.version()), "signOff",
                "plans.error.signOffIncomplete");
        plans.addGoal(program.id(), plan.id(), new GoalDraft("Lead a change", "Teams", "2 teams", MAY, List.of()));
        plans.addActivity(program.id(), plan.id(), new ActivityDraft(null, ActivityKind.WORKSHOP, "Change workshop",
                null, null, "HR", ActivityStatus.PLANNED));

        DevelopmentPlan signed = plans.signOff(program.id(), plan.id(), plan.version());

        assertThat(signed.signOff()).isNotNull();
        assertThat(signed.signOff().managerName()).isEqualTo("Helena Head");
        assertThat(signed.signOff().recordedBy()).isEqualTo("Test hr");
        assertThat(plans.withdrawSignOff(program.id(), plan.id(), signed.version()).signedOff()).isFalse();
    }

    @Test
    void aStaleVersionIsRefusedAndTwoConcurrentEditsDoNotBothWin() throws Exception {
        DevelopmentPlan changed = plans.updateStrengths(program.id(), plan.id(), plan.version(), "Trusted by her team");
        assertThatThrownBy(() -> plans.updateStrengths(program.id(), plan.id(), plan.version(), "Other"))
                .isInstanceOf(ConcurrentEditException.class).hasMessage("plans.error.concurrentEdit");

        Goal goal = plans.addGoal(program.id(), plan.id(), new GoalDraft("Lead a change", "Teams", "2 teams", MAY,
                List.of()));
        CountDownLatch start = new CountDownLatch(1);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> runs = new ArrayList<>();
        for (int progress : new int[]{30, 60}) {
            runs.add(pool.submit(() -> {
                accounts.signIn(program.hr());
                try {
                    start.await();
                    plans.recordProgress(program.id(), goal.id(), goal.version(), progress, "");
                } catch (ConcurrentEditException e) {
                    failures.add(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    accounts.signOut();
                }
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();

        assertThat(failures).hasSize(1);
        assertThat(plans.history(program.id(), plan.id())).hasSize(1);
        assertThat(changed.strengths()).isEqualTo("Trusted by her team");
    }

    @Test
    void gapsActivitiesAndExceptionsAreChangedAndRemovedOnlyAtTheVersionTheUserRead() {
        Gap gap = plans.addGap(program.id(), plan.id(), new GapDraft(program.changeCapability(), 2, 4, "360"));
        Gap raised = plans.updateGap(program.id(), gap.id(), gap.version(), new GapDraft(program.changeCapability(), 2,
                5, "360 and manager"));
        assertThat(raised.targetLevel()).isEqualTo(5);
        stale(() -> plans.updateGap(program.id(), gap.id(), gap.version(), new GapDraft(program.changeCapability(), 1,
                2, "")));
        stale(() -> plans.removeGap(program.id(), gap.id(), gap.version()));
        plans.removeGap(program.id(), gap.id(), raised.version());

        Activity workshop = plans.addActivity(program.id(), plan.id(), new ActivityDraft(null, ActivityKind.WORKSHOP,
                "Change workshop", null, null, "HR", ActivityStatus.PLANNED));
        plans.updateActivity(program.id(), workshop.id(), workshop.version(), new ActivityDraft(null,
                ActivityKind.WORKSHOP, "Change workshop", null, null, "HR", ActivityStatus.IN_PROGRESS));
        stale(() -> plans.removeActivity(program.id(), workshop.id(), workshop.version()));

        PlanException leave = plans.recordException(program.id(), program.financeHipo(), "On parental leave");
        PlanException longer = plans.recordException(program.id(), program.financeHipo(), "On leave until June");
        stale(() -> plans.removeException(program.id(), leave.id(), leave.version()));
        plans.removeException(program.id(), longer.id(), longer.version());

        DevelopmentPlan stored = plans.plan(program.id(), program.hrHipo()).orElseThrow();
        assertThat(stored.gaps()).isEmpty();
        assertThat(stored.activities()).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(ActivityStatus.IN_PROGRESS));
        assertThat(plans.exceptions(program.id())).isEmpty();
    }

    @Test
    void anotherOrganizationSeesNoPlansAndCannotWriteThem() {
        plans.addGoal(program.id(), plan.id(), new GoalDraft("Lead a change", "Teams", "2 teams", MAY, List.of()));
        Program other = fixture.create();

        assertThatThrownBy(() -> plans.plans(program.id())).isInstanceOf(ConcurrentEditException.class)
                .hasMessage("plans.error.programGone");
        assertThatThrownBy(() -> plans.addGoal(other.id(), plan.id(), new GoalDraft("Sneak in", "x", "y", MAY,
                List.of()))).isInstanceOf(ConcurrentEditException.class).hasMessage("plans.error.gone");
        assertThat(plans.plans(other.id())).isEmpty();
    }

    @Test
    void viewersReadButDoNotWrite() {
        accounts.signIn(accounts.newColleague(program.hr(), Role.VIEWER));
        assertThat(plans.plans(program.id())).hasSize(1);
        assertThatThrownBy(() -> plans.updateStrengths(program.id(), plan.id(), plan.version(), "x"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private static void stale(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(ConcurrentEditException.class).hasMessage("plans.error.concurrentEdit");
    }

    private static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(key);
        });
    }
}
