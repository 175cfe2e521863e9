package com.ascent.app.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.organization.OrganizationSettings;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.plans.PlanFixture.Program;
import com.ascent.app.security.Role;
import com.ascent.app.support.BrowserlessViewTest;
import com.ascent.app.program.ProgramService;
import com.ascent.app.wizard.StepOutcome;
import com.ascent.app.wizard.WizardService;
import com.ascent.app.wizard.ui.WizardView;
import com.ascent.plugin.api.plans.ActivityKind;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.GapDraft;
import com.ascent.plugin.api.plans.GoalDraft;
import com.vaadin.flow.component.UI;
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
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The Development plans step of the real plugin inside the real wizard, as HR uses it. */
class DevelopmentPlansViewTest extends BrowserlessViewTest {

    @Autowired
    PlanFixture fixture;
    @Autowired
    DevelopmentPlansService plans;
    @Autowired
    WizardService wizard;
    @Autowired
    ProgramService programs;
    @Autowired
    OrganizationSettingsService organizationSettings;

    @Test
    void hrBuildsAPlanForAnHrHipoWithAWorkshopASmallChangeProjectAndLearningFromASeniorLeader() {
        Program program = fixture.create();
        openStep(program);

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
        DevelopmentPlan stored = plans.plan(program.id(), program.hrHipo()).orElseThrow();
        assertThat(stored.activities()).extracting(a -> a.kind()).containsExactlyInAnyOrder(ActivityKind.WORKSHOP,
                ActivityKind.SMALL_CHANGE_PROJECT, ActivityKind.SHADOWING_SENIOR_LEADER);
        assertThat(stored.activities()).allSatisfy(a -> assertThat(a.owner()).isEqualTo("Hanna Hipo"));

        test($(Button.class).id("sign-off")).click();
        assertThat(textOf("plan-sign-off-state")).startsWith("Signed off by Helena Head");
        assertThat(plans.plan(program.id(), program.hrHipo()).orElseThrow().signedOff()).isTrue();

        test($(Button.class).id("back-to-list")).click();
        assertThat(test(grid("plans-hipos")).getCellText(0, 4)).isEqualTo("Signed off by the manager");
    }

    @Test
    void aGoalWithoutDueDateOrDueAfterTheProgramAndATargetBelowTheCurrentLevelGetAMessageAtTheField() {
        Program program = fixture.create();
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
        assertThat(plans.plan(program.id(), program.hrHipo()).orElseThrow().goals()).isEmpty();
    }

    @Test
    void withoutAFrameworkThePlanFollowsThePeriodGivenWhenTheProgramWasCreated() {
        Program program = fixture.create(); // twelve months from Jan 11, 2027, as the New program dialog proposes
        openPlanOfHanna(program);

        assertThat(textOf("plan-period")).isEqualTo("The program runs from Jan 11, 2027 to Jan 10, 2028: "
                + "goals and activities are due within these dates.");
        assertThat($(DatePicker.class).id("goal-due").getMax()).isEqualTo(LocalDate.of(2028, 1, 10));
    }

    @Test
    void onceTheFrameworkIsSetTheGoalsDueDateFollowsItsEnd() {
        Program program = fixture.create();
        fixture.framework(program, PlanFixture.START, LocalDate.of(2027, 6, 30));
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
        assertThat(plans.plan(program.id(), program.hrHipo()).orElseThrow().goals()).isEmpty();
    }

    @Test
    void theCoverageWarnsAboutObjectivesNobodyWorksOnAndGoalsWithoutObjective() {
        Program program = fixture.create();
        DevelopmentPlan plan = plans.open(program.id(), program.hrHipo());
        plans.addGoal(program.id(), plan.id(), new GoalDraft("Lead a change", "Teams", "2", LocalDate.of(2027, 6, 1),
                List.of(program.changeObjective())));
        DevelopmentPlan finance = plans.open(program.id(), program.financeHipo());
        plans.addGoal(program.id(), finance.id(), new GoalDraft("Close the books faster", "Days", "5",
                LocalDate.of(2027, 6, 1), List.of()));
        openStep(program);

        assertThat(test(grid("coverage-grid")).getCellText(0, 1)).isEqualTo("Hanna Hipo");
        assertThat(test(grid("coverage-grid")).getCellText(1, 1)).as("an objective nobody works on").isEqualTo("None yet");
        assertThat(textOf("coverage-uncovered-0")).contains("Think strategically");
        assertThat(textOf("coverage-unlinked-0")).contains("Close the books faster", "Piotr Pawlak");
        assertThat(getCurrentView().getElement().getTextRecursively())
                .as("Hanna lacks an activity; Piotr a linked goal and an activity")
                .contains("4. Development plans3 things missing");
        StepOutcome status = wizard.review(programs.find(program.id()).orElseThrow(), Locale.ENGLISH).stream()
                .filter(r -> r.stepId().equals("development-plans")).findFirst().orElseThrow().outcome();
        assertThat(status).isEqualTo(new StepOutcome.Incomplete(List.of(
                "Hanna Hipo's plan needs at least one development activity.",
                "Piotr Pawlak's plan needs a SMART goal linked to a program objective.",
                "Piotr Pawlak's plan needs at least one development activity.")));
    }

    @Test
    void suggestionsFollowTheGapAndTheLibraryCanBeExtended() {
        Program program = fixture.create();
        DevelopmentPlan plan = plans.open(program.id(), program.hrHipo());
        plans.addGap(program.id(), plan.id(), new GapDraft(program.changeCapability(), 2, 4, "360"));
        openStep(program);

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
     * The language of the screen and the organization's format locale (which gives the language its
     * starter templates are written in), a starter template's suggestion, the title of an own
     * template named without its kind, and its suggestion.
     */
    static Stream<Arguments> suggestionLabels() {
        return Stream.of(Arguments.of(Locale.ENGLISH, Locale.UK, "Workshop: leading people through change",
                        "Chair the works council consultation", "Stretch assignment: Chair the works council consultation"),
                Arguments.of(Locale.forLanguageTag("pl-PL"), Locale.forLanguageTag("pl-PL"),
                        "Warsztat: prowadzenie ludzi przez zmianę", "Poprowadź konsultacje z radą pracowników",
                        "Zadanie rozwojowe poza strefą komfortu: Poprowadź konsultacje z radą pracowników"));
    }

    @ParameterizedTest
    @MethodSource("suggestionLabels")
    void aSuggestionNamesItsKindOnceEvenWhenItsTitleAlreadyDoes(Locale locale, Locale organizationFormat,
                                                              String starterSuggestion, String ownTitle,
                                                              String ownSuggestion) {
        Program program = fixture.create();
        accounts.signIn(accounts.newColleague(program.hr(), Role.ADMIN));
        OrganizationSettings settings = organizationSettings.current();
        organizationSettings.save(settings.withFormatLocale(organizationFormat));
        accounts.signIn(program.hr());
        DevelopmentPlan plan = plans.open(program.id(), program.hrHipo());
        plans.addGap(program.id(), plan.id(), new GapDraft(program.changeCapability(), 2, 4, "360"));
        UI.getCurrent().setLocale(locale);
        openStep(program);
        test($(Button.class).id("open-library")).click();
        test($(TextField.class).id("template-title")).setValue(ownTitle);
        test($(TextField.class).id("template-capabilities")).setValue("Leading large-scale change");
        test($(Button.class).id("save-template")).click();
        test($(Button.class).id("close-library")).click();

        openFirstPlan();

        assertThat($(Span.class).all()).extracting(Span::getText).contains(starterSuggestion, ownSuggestion);
    }

    @Test
    void viewersSeePlansWithoutAnyWayToChangeThem() {
        Program program = fixture.create();
        plans.open(program.id(), program.hrHipo());
        accounts.signIn(accounts.newColleague(program.hr(), Role.VIEWER));
        openStep(program);

        openFirstPlan();

        assertThat($(Button.class).all()).filteredOn(Button::isVisible).extracting(b -> b.getId().orElse(""))
                .doesNotContain("add-goal", "add-gap", "add-activity", "sign-off", "save-strengths")
                .contains("back-to-list");
    }

    private void openStep(Program program) {
        navigate("programs/" + program.id() + "/steps/development-plans", WizardView.class);
    }

    /** Opens Hanna's (the HR HiPo's) plan from the step's list, as HR does. */
    private void openPlanOfHanna(Program program) {
        plans.open(program.id(), program.hrHipo());
        openStep(program);
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
        return $(com.vaadin.flow.component.Component.class).id(id).getElement().getTextRecursively();
    }
}
