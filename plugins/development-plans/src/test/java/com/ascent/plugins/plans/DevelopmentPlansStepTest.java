package com.ascent.plugins.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.security.Role;
import com.ascent.app.program.ProgramDraft;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepStatus;
import com.ascent.plugin.api.calendar.Attendee;
import com.ascent.plugin.api.calendar.Cadence;
import com.ascent.plugin.api.calendar.Charter;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.MeetingAgendas;
import com.ascent.plugin.api.calendar.Milestone;
import com.ascent.plugin.api.objectives.ObjectiveDraft;
import com.ascent.plugin.api.objectives.Priority;
import com.ascent.plugin.api.plans.ActivityKind;
import com.ascent.plugin.api.plans.ActivityTemplateDraft;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.DevelopmentPlanService;
import com.ascent.plugin.api.plans.GapDraft;
import com.ascent.plugin.api.plans.GoalDraft;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairProposal;
import com.ascent.plugin.api.roster.RosterRole;
import com.ascent.plugin.api.roster.RosterService;
import com.ascent.plugin.testkit.StepPluginTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Development plans step as HR uses it: the plugin loaded by PF4J inside the real host, its
 * view on a real step context, real services and PostgreSQL. The wizard's stepper, which shows
 * this step's status, is the host's and tested there.
 */
class DevelopmentPlansStepTest extends StepPluginTest {

    static final String STEP = "development-plans";
    /** The program starts on this day; it ends twelve months later. */
    static final LocalDate START = LocalDate.of(2027, 1, 11);

    /** The language of the texts, English unless a test chooses another. */
    Locale language = Locale.ENGLISH;

    @Override
    protected Locale locale() {
        return language;
    }

    /**
     * What a program ready for development plans has, built through the host's services: an HR
     * HiPo whose manager is in the directory, a Finance HiPo, a confirmed mentor, two objectives
     * and the capability "Leading large-scale change".
     */
    record Setup(UUID hrHipo, UUID financeHipo, UUID mentor, UUID changeCapability, UUID changeObjective,
                 UUID strategyObjective) {
    }

    /** The test's program, running twelve months from {@link #START}, ready for plans. */
    Setup programReadyForPlans() {
        programRuns(START, ProgramDraft.lastDay(START, 12));
        StepContext context = context(STEP);
        UUID manager = person("Helena Head", "HR", 11);
        UUID hanna = person("Hanna Hipo", "HR", 6, manager);
        UUID piotr = person("Piotr Pawlak", "Finance", 6);
        UUID marek = person("Marek Mentor", "Finance", 12);
        RosterService roster = context.roster();
        UUID hrHipo = roster.addMember(MemberDraft.hipo(hanna)).id();
        UUID financeHipo = roster.addMember(MemberDraft.hipo(piotr)).id();
        UUID mentor = roster.addMember(MemberDraft.employee(marek, RosterRole.MENTOR, 2, List.of("English"),
                Availability.HIGH, List.of())).id();
        roster.confirm(List.of(roster.addPair(new PairProposal(hrHipo, mentor, PairKind.MENTORING, null, List.of()))));
        UUID capability = context.strategy().addCapability("Leading large-scale change",
                "Leads people through changes that reach across the organization", List.of()).id();
        UUID changeObjective = context.objectives().add(new ObjectiveDraft("Lead change across functions", "",
                capability, Priority.HIGH, List.of())).id();
        UUID strategyObjective = context.objectives().add(new ObjectiveDraft("Think strategically", "", null,
                Priority.MEDIUM, List.of())).id();
        return new Setup(hrHipo, financeHipo, mentor, capability, changeObjective, strategyObjective);
    }

    /** Saves the program's framework, as the Framework step does, running from {@code start} to {@code end}. */
    private void framework(LocalDate start, LocalDate end) {
        context(STEP).calendar().saveFramework(0, new FrameworkDraft(start, end, ZoneId.of("Europe/Warsaw"),
                LocalTime.of(10, 0), 60, Cadence.months(1), null, 0, 1, Set.of(Attendee.HIPO, Attendee.MENTOR),
                Set.of(Milestone.KICK_OFF, Milestone.CLOSING), List.of(), Charter.empty(), MeetingAgendas.empty()));
    }

    private DevelopmentPlanService plans() {
        return context(STEP).plans();
    }

    @Test
    void hrBuildsAPlanForAnHrHipoWithAWorkshopASmallChangeProjectAndLearningFromASeniorLeader() {
        Setup program = programReadyForPlans();
        openStep();

        @SuppressWarnings("unchecked")
        Grid<Object> hipos = $(Grid.class).id("plans-hipos");
        assertThat(test(hipos).size()).isEqualTo(2);
        test((Button) test(hipos).getCellComponent(0, 5)).click();

        assertThat(textOf("plan-guides")).contains("Mentor: Marek Mentor");
        addGap();
        assertThat(test(grid("plan-gaps")).getCellText(0, 0)).isEqualTo("Leading large-scale change");

        TextField outcome = $(TextField.class).id("goal-outcome");
        test(outcome).setValue("Move two HR teams to the shared-service model");
        test($(TextField.class).id("goal-target")).setValue("2 of 2 teams");
        $(DatePicker.class).id("goal-due").setValue(LocalDate.of(2027, 9, 30));
        test(multiSelect("goal-objectives")).selectItem("Lead change across functions");
        test($(Button.class).id("add-goal")).click();
        TextField measure = $(TextField.class).id("goal-measure");
        assertThat(measure.isInvalid()).as("a goal without a measure is refused at the measure").isTrue();
        assertThat(measure.getErrorMessage()).startsWith("Say how progress is measured");
        assertThat(test(grid("plan-goals")).size()).isZero();

        test(measure).setValue("Teams working in the new model");
        test($(Button.class).id("add-goal")).click();
        assertThat(measure.isInvalid()).isFalse();
        assertThat(test(grid("plan-goals")).getCellText(0, 3)).isEqualTo("Lead change across functions");

        for (String suggestion : List.of("use-suggestion-workshop-0", "use-suggestion-small-change-project-0",
                "use-suggestion-shadowing-senior-leader-0")) {
            test($(Button.class).id(suggestion)).click();
            test($(Button.class).id("add-activity")).click();
        }

        Grid<?> activities = grid("plan-activities");
        assertThat(test(activities).size()).isEqualTo(3);
        DevelopmentPlan stored = plans().plan(program.hrHipo()).orElseThrow();
        assertThat(stored.activities()).extracting(a -> a.kind()).containsExactlyInAnyOrder(ActivityKind.WORKSHOP,
                ActivityKind.SMALL_CHANGE_PROJECT, ActivityKind.SHADOWING_SENIOR_LEADER);
        assertThat(stored.activities()).allSatisfy(a -> assertThat(a.owner()).isEqualTo("Hanna Hipo"));

        test($(Button.class).id("sign-off")).click();
        assertThat(textOf("plan-sign-off-state")).startsWith("Signed off by Helena Head");
        assertThat(plans().plan(program.hrHipo()).orElseThrow().signedOff()).isTrue();

        test($(Button.class).id("back-to-list")).click();
        assertThat(test(grid("plans-hipos")).getCellText(0, 4)).isEqualTo("Signed off by the manager");
    }

    @Test
    void aGoalWithoutDueDateOrDueAfterTheProgramAndATargetBelowTheCurrentLevelGetAMessageAtTheField() {
        Setup program = programReadyForPlans();
        openPlanOfHanna(program);

        ComboBox<?> capability = $(ComboBox.class).id("gap-capability");
        test(capability).selectItem("Leading large-scale change");
        IntegerField target = $(IntegerField.class).id("gap-target");
        $(IntegerField.class).id("gap-current").setValue(3);
        target.setValue(2);
        test($(Button.class).id("add-gap")).click();
        assertThat(target.isInvalid()).isTrue();
        assertThat(target.getErrorMessage()).startsWith("The target level cannot be below the current level");

        test($(TextField.class).id("goal-outcome")).setValue("Lead a change");
        test($(TextField.class).id("goal-measure")).setValue("Teams");
        test($(TextField.class).id("goal-target")).setValue("2");
        DatePicker due = $(DatePicker.class).id("goal-due");
        test($(Button.class).id("add-goal")).click();
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).startsWith("Choose a due date");

        due.setValue(LocalDate.of(2028, 2, 1));
        test($(Button.class).id("add-goal")).click();
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).startsWith("The due date is after the program ends");
        assertThat(plans().plan(program.hrHipo()).orElseThrow().goals()).isEmpty();
    }

    @Test
    void withoutAFrameworkThePlanFollowsThePeriodGivenWhenTheProgramWasCreated() {
        Setup program = programReadyForPlans(); // twelve months from Jan 11, 2027, as the New program dialog proposes
        openPlanOfHanna(program);

        assertThat(textOf("plan-period")).isEqualTo("The program runs from Jan 11, 2027 to Jan 10, 2028: "
                + "goals and activities are due within these dates.");
        assertThat($(DatePicker.class).id("goal-due").getMax()).isEqualTo(LocalDate.of(2028, 1, 10));
    }

    @Test
    void onceTheFrameworkIsSetTheGoalsDueDateFollowsItsEnd() {
        Setup program = programReadyForPlans();
        framework(START, LocalDate.of(2027, 6, 30));
        openPlanOfHanna(program);

        assertThat(textOf("plan-period")).isEqualTo("The program runs from Jan 11, 2027 to Jun 30, 2027: "
                + "goals and activities are due within these dates.");
        DatePicker due = $(DatePicker.class).id("goal-due");
        assertThat(due.getMax()).isEqualTo(LocalDate.of(2027, 6, 30));
        test($(TextField.class).id("goal-outcome")).setValue("Lead a change");
        test($(TextField.class).id("goal-measure")).setValue("Teams");
        test($(TextField.class).id("goal-target")).setValue("2");
        due.setValue(LocalDate.of(2027, 9, 30));
        test($(Button.class).id("add-goal")).click();
        assertThat(due.getErrorMessage()).as("within the assumed twelve months, but after the framework's end")
                .startsWith("The due date is after the program ends");
        assertThat(plans().plan(program.hrHipo()).orElseThrow().goals()).isEmpty();
    }

    @Test
    void theCoverageWarnsAboutObjectivesNobodyWorksOnAndGoalsWithoutObjective() {
        Setup program = programReadyForPlans();
        DevelopmentPlan plan = plans().open(program.hrHipo());
        plans().addGoal(plan.id(), new GoalDraft("Lead a change", "Teams", "2", LocalDate.of(2027, 6, 1),
                List.of(program.changeObjective())));
        DevelopmentPlan finance = plans().open(program.financeHipo());
        plans().addGoal(finance.id(), new GoalDraft("Close the books faster", "Days", "5",
                LocalDate.of(2027, 6, 1), List.of()));
        openStep();

        assertThat(test(grid("coverage-grid")).getCellText(0, 1)).isEqualTo("Hanna Hipo");
        assertThat(test(grid("coverage-grid")).getCellText(1, 1)).as("an objective nobody works on").isEqualTo("None yet");
        assertThat(textOf("coverage-uncovered-0")).contains("Think strategically");
        assertThat(textOf("coverage-unlinked-0")).contains("Close the books faster", "Piotr Pawlak");
        assertThat(status(STEP)).as("Hanna lacks an activity; Piotr a linked goal and an activity")
                .isEqualTo(StepStatus.incomplete(List.of(
                "Hanna Hipo's plan needs at least one development activity.",
                "Piotr Pawlak's plan needs a SMART goal linked to a program objective.",
                "Piotr Pawlak's plan needs at least one development activity.")));
    }

    @Test
    void suggestionsFollowTheGapAndTheLibraryCanBeExtended() {
        Setup program = programReadyForPlans();
        DevelopmentPlan plan = plans().open(program.hrHipo());
        plans().addGap(plan.id(), new GapDraft(program.changeCapability(), 2, 4, "360"));
        openStep();

        test($(Button.class).id("open-library")).click();
        test($(TextField.class).id("template-title")).setValue("Chair the works council consultation");
        test($(TextField.class).id("template-capabilities")).setValue("Leading large-scale change");
        test($(Button.class).id("save-template")).click();
        test($(Button.class).id("close-library")).click();
        openFirstPlan();

        Select<?> gap = $(Select.class).id("suggestion-gap");
        assertThat(gap.getValue()).isNotNull();
        assertThat($(Span.class).all()).extracting(Span::getText)
                .contains("Stretch assignment: Chair the works council consultation");
        test($(Button.class).id("use-suggestion-workshop-0")).click();
        assertThat($(TextField.class).id("activity-title").getValue()).isEqualTo("Workshop: leading people through change");
    }

    /**
     * The language of the screen, an own workshop whose title begins with its kind, as the starter
     * templates' titles do, and an own template named without its kind, with its suggestion. (The
     * starter templates are written in the organization's language when its library is first used:
     * the host's, tested in DevelopmentPlansServiceTest.)
     */
    static Stream<Arguments> suggestionLabels() {
        return Stream.of(Arguments.of(Locale.ENGLISH, "Workshop: listening to the works council",
                        "Chair the works council consultation", "Stretch assignment: Chair the works council consultation"),
                Arguments.of(Locale.forLanguageTag("pl-PL"), "Warsztat: słuchanie rady pracowników",
                        "Poprowadź konsultacje z radą pracowników",
                        "Zadanie rozwojowe poza strefą komfortu: Poprowadź konsultacje z radą pracowników"));
    }

    @ParameterizedTest
    @MethodSource("suggestionLabels")
    void aSuggestionNamesItsKindOnceEvenWhenItsTitleAlreadyDoes(Locale locale, String workshopTitle, String ownTitle,
                                                              String ownSuggestion) {
        Setup program = programReadyForPlans();
        DevelopmentPlan plan = plans().open(program.hrHipo());
        plans().addGap(plan.id(), new GapDraft(program.changeCapability(), 2, 4, "360"));
        plans().addTemplate(new ActivityTemplateDraft(ActivityKind.WORKSHOP, workshopTitle, "",
                List.of("Leading large-scale change")));
        language = locale;
        openStep();
        test($(Button.class).id("open-library")).click();
        test($(TextField.class).id("template-title")).setValue(ownTitle);
        test($(TextField.class).id("template-capabilities")).setValue("Leading large-scale change");
        test($(Button.class).id("save-template")).click();
        test($(Button.class).id("close-library")).click();

        openFirstPlan();

        assertThat($(Span.class).all()).extracting(Span::getText).contains(workshopTitle, ownSuggestion);
    }

    @Test
    void viewersSeePlansWithoutAnyWayToChangeThem() {
        Setup program = programReadyForPlans();
        plans().open(program.hrHipo());
        signInAs(Role.VIEWER);
        openStep();

        openFirstPlan();

        assertThat($(Button.class).all()).filteredOn(Button::isVisible).extracting(b -> b.getId().orElse(""))
                .doesNotContain("add-goal", "add-gap", "add-activity", "sign-off", "save-strengths")
                .contains("back-to-list");
    }

    private void openStep() {
        show(STEP);
    }

    /** Opens Hanna's (the HR HiPo's) plan from the step's list, as HR does. */
    private void openPlanOfHanna(Setup program) {
        plans().open(program.hrHipo());
        openStep();
        openFirstPlan();
    }

    private void openFirstPlan() {
        test((Button) test(grid("plans-hipos")).getCellComponent(0, 5)).click();
    }

    private void addGap() {
        ComboBox<?> capability = $(ComboBox.class).id("gap-capability");
        test(capability).selectItem("Leading large-scale change");
        $(IntegerField.class).id("gap-current").setValue(2);
        $(IntegerField.class).id("gap-target").setValue(4);
        test($(TextField.class).id("gap-evidence")).setValue("360 feedback: peers rate 2 of 5");
        test($(Button.class).id("add-gap")).click();
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> grid(String id) {
        return $(Grid.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<Object> multiSelect(String id) {
        return $(MultiSelectComboBox.class).id(id);
    }

    private String textOf(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }
}
