package com.ascent.plugins.objectives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.ascent.app.security.Role;
import com.ascent.app.program.ProgramService;
import com.ascent.plugin.api.measurement.KirkpatrickLevel;
import com.ascent.plugin.api.measurement.MetricDraft;
import com.ascent.plugin.api.objectives.Alignment;
import com.ascent.plugin.api.objectives.Capability;
import com.ascent.plugin.api.objectives.IndicatorDraft;
import com.ascent.plugin.api.objectives.MeasurementSource;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.objectives.ObjectiveDraft;
import com.ascent.plugin.api.objectives.ObjectiveService;
import com.ascent.plugin.api.objectives.Priority;
import com.ascent.plugin.api.objectives.StrategyService;
import com.ascent.plugin.api.objectives.StrategyStatement;
import com.ascent.plugin.api.objectives.SuccessIndicator;
import com.ascent.plugin.testkit.StepPluginTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Objectives step as an HR manager uses it: the plugin loaded by PF4J inside the real host,
 * its view on a real step context (so components are found by their ids and Vaadin types, never
 * by the plugin's classes), the real services and database. The stepper and the review page,
 * which show this step's status, are the host's and tested there (WizardViewTest).
 */
class ObjectivesStepTest extends StepPluginTest {

    static final String STEP = "objectives";
    static final String NO_OBJECTIVE = "Add at least one objective, or start from a template.";
    static final Pattern MISSING_TRANSLATION = Pattern.compile("![\\w.-]+!");
    static final String COMPLETE = "Complete: every objective serves your strategy and has a success indicator with a target.";

    @Autowired
    ProgramService programs;

    @Test
    void anEmptyProgramShowsWhereToStart() {
        show(STEP);

        assertThat(missing()).containsExactly(NO_OBJECTIVE);
        assertThat(status(STEP).missing()).containsExactly(NO_OBJECTIVE);
        assertThat(test($(Details.class).id("strategy-context")).isOpen()).as("empty strategy shown open").isTrue();
        assertThat(test($(Details.class).id("capability-library")).isOpen()).isTrue();
        assertThat(text("objectives-status")).doesNotContain(COMPLETE);
        assertThat($(Button.class).id("load-starter-library").isVisible()).isTrue();
        assertThat($(Paragraph.class).withId("running-note").exists()).as("a draft has no history yet").isFalse();
        assertEveryTextIsTranslated();
    }

    @Test
    void theStrategyContextIsMaintainedInTheStep() {
        show(STEP);
        click("add-statement-leadership");
        fillArea("statement-text", "   ");
        click("save-statement");
        assertThat(errorAt($(TextArea.class).id("statement-text"))).isEqualTo("Enter the statement.");
        assertThat(strategy().statements()).isEmpty();

        fillArea("statement-text", "Leaders who can run cross-functional teams across regions");
        click("save-statement");
        click("add-statement-business");
        fillArea("statement-text", "Grow recurring revenue in new markets");
        click("save-statement");
        assertThat(text("statement-leadership-1")).contains("Leaders who can run cross-functional teams across regions");
        assertThat(text("statement-business-1")).contains("Grow recurring revenue in new markets");

        click("edit-statement-business-1");
        fillArea("statement-text", "Grow recurring revenue in Asia");
        click("save-statement");
        click("add-statement-business");
        fillArea("statement-text", "grow recurring revenue in ASIA");
        click("save-statement");
        assertThat(errorAt($(TextArea.class).id("statement-text"))).isEqualTo("This statement is already in your strategy context.");
        click("cancel-statement");

        click("remove-statement-leadership-1");
        click("confirm-remove");

        assertThat(strategy().statements()).extracting(StrategyStatement::kind, StrategyStatement::text)
                .containsExactly(tuple(StrategyStatement.Kind.BUSINESS_PRIORITY, "Grow recurring revenue in Asia"));
        assertThat(text("statement-business-1")).contains("Grow recurring revenue in Asia");
        assertThat($(Button.class).withId("remove-statement-leadership-1").exists()).isFalse();
    }

    @Test
    void theStarterLibraryLoadsInAscentsWordsAndIsEditedAndExtended() {
        show(STEP);
        click("load-starter-library");

        assertThat(strategy().capabilities()).extracting(Capability::name).containsExactly("Business acumen",
                "Change leadership", "Communication", "Cross-functional leadership", "Decision-making",
                "Developing others", "Emotional intelligence", "Stakeholder influence", "Strategic thinking");
        assertThat(strategy().capabilities()).allSatisfy(c -> {
            assertThat(c.description()).isNotBlank();
            assertThat(c.behaviours()).hasSize(3);
        });
        assertThat(text("capability-9")).contains("Strategic thinking", "Explains how the team’s work connects");
        assertThat($(Button.class).withId("load-starter-library").exists()).as("offered to an empty library only").isFalse();

        click("add-capability");
        fill("capability-name", "communication");
        click("save-capability");
        assertThat(errorAt($(TextField.class).id("capability-name"))).isEqualTo("The library already has a capability with this name.");
        fill("capability-name", "Customer focus");
        fillArea("capability-description", "Puts the customer’s needs at the centre of decisions.");
        fillArea("capability-behaviours", "Visits customers every quarter\n\nBrings customer data to decisions");
        click("save-capability");

        click("edit-capability-1");
        fillArea("capability-description", "Knows how the company makes money in each region.");
        click("save-capability");
        click("remove-capability-2");
        click("confirm-remove");

        Map<String, Capability> library = strategy().capabilities().stream()
                .collect(Collectors.toMap(Capability::name, c -> c));
        assertThat(library).hasSize(9).doesNotContainKey("Change leadership");
        assertThat(library.get("Customer focus").behaviours())
                .containsExactly("Visits customers every quarter", "Brings customer data to decisions");
        assertThat(library.get("Business acumen").description()).isEqualTo("Knows how the company makes money in each region.");
    }

    @Test
    void futureLeadersOfCrossFunctionalTeamsGetAlignedObjectivesWithTargets() {
        StrategyStatement leaders = strategy().addStatement(StrategyStatement.Kind.LEADERSHIP_STRATEGY,
                "Leaders who can run cross-functional teams");
        StrategyStatement customers = strategy().addStatement(StrategyStatement.Kind.BUSINESS_PRIORITY,
                "Win customers across engineering, marketing and customer success");
        Capability strategicThinking = strategy().addCapability("Strategic thinking",
                "Sees where the business is heading.", List.of("Connects the team’s work to strategy"));
        show(STEP);

        click("add-objective");
        test(comboBox("objective-capability")).selectItem("Strategic thinking");
        assertThat($(TextField.class).id("objective-title").getValue()).as("picked from the library").isEqualTo("Strategic thinking");
        assertThat($(TextArea.class).id("objective-description").getValue()).isEqualTo("Sees where the business is heading.");
        test($(Checkbox.class).id("align-leadership-1")).click();
        fill("align-how-leadership-1", "Leaders who see the whole business make better calls across functions");
        assertEveryTextIsTranslated();
        click("save-objective");

        assertThat(text("objective-1")).contains("Strategic thinking", "High priority", "Develops: Strategic thinking",
                "Serves “Leaders who can run cross-functional teams”: Leaders who see the whole business make better calls across functions");
        assertThat(missing()).containsExactly("Objective “Strategic thinking” has no success indicator yet.");

        click("add-indicator-1");
        fill("indicator-name", "360 score on strategic thinking");
        fill("indicator-unit", "points (1-5)");
        test(select("indicator-source")).selectItem("360 feedback");
        enterNumber("indicator-baseline", "3.1");
        enterNumber("indicator-target", "4");
        fill("indicator-measured-when", "at the start and after 12 months");
        assertEveryTextIsTranslated();
        click("save-indicator");
        assertThat(text("objectives-status")).contains(COMPLETE);

        click("add-objective");
        fill("objective-title", "Stakeholder communication");
        fillArea("objective-description", "Engage stakeholders from engineering, marketing and customer success.");
        test(select("objective-priority")).selectItem("Medium priority");
        test($(Checkbox.class).id("align-business-1")).click();
        fill("align-how-business-1", "Customers are won when every function pulls in the same direction");
        click("save-objective");
        assertThat(missing()).containsExactly("Objective “Stakeholder communication” has no success indicator yet.");
        click("add-indicator-2");
        fill("indicator-name", "Engagement item “my leader explains the why”");
        fill("indicator-unit", "% agree");
        test(select("indicator-source")).selectItem("survey item");
        enterNumber("indicator-baseline", "62");
        enterNumber("indicator-target", "75");
        click("save-indicator");

        assertThat(text("objectives-status")).contains(COMPLETE);
        assertThat(status(STEP).missing()).isEmpty();
        assertEveryTextIsTranslated();
        assertThat(text("indicator-2-1")).contains("Engagement item “my leader explains the why”", "from 62 to 75 % agree",
                "survey item");
        List<Objective> stored = objectives().list();
        assertThat(stored).extracting(Objective::title, Objective::capabilityId, Objective::priority).containsExactly(
                tuple("Strategic thinking", strategicThinking.id(), Priority.HIGH),
                tuple("Stakeholder communication", null, Priority.MEDIUM));
        assertThat(stored.get(1).alignments()).containsExactly(new Alignment(customers.id(),
                "Customers are won when every function pulls in the same direction"));
        assertThat(stored.get(0).alignments()).extracting(Alignment::statementId).containsExactly(leaders.id());
        assertThat(stored.get(0).indicators()).singleElement().satisfies(indicator -> {
            assertThat(indicator.source()).isEqualTo(MeasurementSource.FEEDBACK_360);
            assertThat(indicator.baseline()).isEqualByComparingTo("3.1");
            assertThat(indicator.target()).isEqualByComparingTo("4");
            assertThat(indicator.measuredWhen()).isEqualTo("at the start and after 12 months");
        });
    }

    @Test
    void badObjectivesAreShownAtTheFieldAndNothingIsStored() {
        strategy().addStatement(StrategyStatement.Kind.LEADERSHIP_STRATEGY, "Leaders who coach");
        objectives().add(new ObjectiveDraft("Strategic thinking", "", null, Priority.HIGH, List.of()));
        show(STEP);
        click("add-objective");

        click("save-objective");
        assertThat(errorAt($(TextField.class).id("objective-title"))).isEqualTo("Give the objective a title.");

        fill("objective-title", "strategic thinking ");
        click("save-objective");
        assertThat(errorAt($(TextField.class).id("objective-title")))
                .isEqualTo("The program already has an objective with this title. Choose another title or edit the existing objective.");

        fill("objective-title", "Developing others");
        test($(Checkbox.class).id("align-leadership-1")).click();
        click("save-objective");
        assertThat(errorAt($(TextField.class).id("objective-title"))).isNull();
        assertThat(errorAt($(TextField.class).id("align-how-leadership-1")))
                .isEqualTo("Say in a sentence how the objective serves this statement.");

        assertThat($(Dialog.class).all()).as("the dialog stays open with the user's input").hasSize(1);
        assertThat(objectives().list()).extracting(Objective::title).containsExactly("Strategic thinking");
        assertThat(changes().unsavedCount()).as("the wizard is told of the edits not stored").isPositive();
        assertThat(changes().savedCount()).isZero();
    }

    @Test
    void badIndicatorsAreShownAtTheFieldAndNothingIsStored() {
        Objective objective = objectives().add(new ObjectiveDraft("Strategic thinking", "", null,
                Priority.HIGH, List.of()));
        objectives().addIndicator(objective.id(), new IndicatorDraft("360 score", "points (1-5)",
                MeasurementSource.FEEDBACK_360, null, new BigDecimal("4"), ""));
        show(STEP);
        click("add-indicator-1");

        fill("indicator-unit", "points (1-5)");
        click("save-indicator");
        assertThat(errorAt($(TextField.class).id("indicator-name"))).isEqualTo("Give the indicator a name.");

        fill("indicator-name", "360 SCORE");
        click("save-indicator");
        assertThat(errorAt($(TextField.class).id("indicator-name"))).isEqualTo("This objective already has an indicator with this name.");

        fill("indicator-name", "Manager rating");
        enterNumber("indicator-target", "4,5,0");
        click("save-indicator");
        assertThat(errorAt($(TextField.class).id("indicator-target"))).isEqualTo("Enter a number like 1,500.5.");
        assertThat(errorAt($(TextField.class).id("indicator-name"))).isNull();

        enterNumber("indicator-target", "7");
        click("save-indicator");
        assertThat(errorAt($(TextField.class).id("indicator-target")))
                .isEqualTo("This value lies outside the scale the unit names (for example 1 to 5 for “points (1-5)”).");

        fill("indicator-unit", "");
        click("save-indicator");
        assertThat(errorAt($(TextField.class).id("indicator-unit"))).isEqualTo("Say in which unit the indicator is measured.");

        assertThat(objectives().list().getFirst().indicators()).extracting(SuccessIndicator::name)
                .containsExactly("360 score");
    }

    @Test
    void objectivesAndIndicatorsAreEditedAndRemoved() {
        Objective objective = objectives().add(new ObjectiveDraft("Strategic thinking", "", null,
                Priority.HIGH, List.of()));
        objectives().addIndicator(objective.id(), new IndicatorDraft("360 score", "points (1-5)",
                MeasurementSource.FEEDBACK_360, null, new BigDecimal("4"), ""));
        objectives().addIndicator(objective.id(), new IndicatorDraft("Promotions", "% of participants",
                MeasurementSource.PROMOTION_RATE, null, null, ""));
        show(STEP);
        assertThat(text("indicator-1-2")).contains("Promotions", "no target yet");

        click("edit-objective-1");
        fill("objective-title", "Strategic thinking across functions");
        test(select("objective-priority")).selectItem("Low priority");
        click("save-objective");
        click("edit-indicator-1-2");
        enterNumber("indicator-target", "30");
        click("save-indicator");
        assertThat(text("objective-1")).contains("Strategic thinking across functions", "Low priority");
        assertThat(text("indicator-1-2")).contains("target 30 % of participants");

        click("remove-indicator-1-1");
        click("cancel-remove");
        assertThat(objectives().list().getFirst().indicators()).hasSize(2);
        click("remove-indicator-1-1");
        click("confirm-remove");
        Objective stored = objectives().list().getFirst();
        assertThat(stored.title()).isEqualTo("Strategic thinking across functions");
        assertThat(stored.priority()).isEqualTo(Priority.LOW);
        assertThat(stored.indicators()).extracting(SuccessIndicator::name, SuccessIndicator::target)
                .containsExactly(tuple("Promotions", new BigDecimal("30")));

        click("remove-objective-1");
        click("confirm-remove");
        assertThat(objectives().list()).isEmpty();
        assertThat(missing()).containsExactly(NO_OBJECTIVE);
    }

    @Test
    void aTemplateStartsTheObjectivesAndAddsTheCapabilitiesItNeeds() {
        show(STEP);
        click("start-from-template");
        assertEveryTextIsTranslated();
        click("use-template-future-general-managers");
        assertEveryTextIsTranslated();

        List<Objective> added = objectives().list();
        assertThat(added).extracting(Objective::title).containsExactly("Lead cross-functional teams to shared results",
                "Think and decide for the whole business", "Engage stakeholders across the organization");
        Map<UUID, String> library = strategy().capabilities().stream().collect(Collectors.toMap(Capability::id, Capability::name));
        assertThat(added).extracting(o -> library.get(o.capabilityId()))
                .containsExactly("Cross-functional leadership", "Strategic thinking", "Stakeholder influence");
        assertThat(library).hasSize(3);
        assertThat(added).allSatisfy(o -> assertThat(o.indicators()).isNotEmpty()
                .allSatisfy(i -> assertThat(i.target()).isNotNull()));
        assertThat(added.get(2).indicators()).extracting(SuccessIndicator::name, SuccessIndicator::unit,
                SuccessIndicator::source).containsExactly(
                tuple("Stakeholder survey: “keeps me well informed”", "% agree", MeasurementSource.SURVEY_ITEM),
                tuple("Participants promoted into general-management roles", "% of participants",
                        MeasurementSource.PROMOTION_RATE));
        assertThat(missing()).containsExactly(
                "Objective “Lead cross-functional teams to shared results” is not aligned with your leadership strategy or business priorities yet.",
                "Objective “Think and decide for the whole business” is not aligned with your leadership strategy or business priorities yet.",
                "Objective “Engage stakeholders across the organization” is not aligned with your leadership strategy or business priorities yet.");

        click("start-from-template");
        click("use-template-future-general-managers");
        assertThat(text("template-error")).isEqualTo("The program already has the objectives “Lead cross-functional teams "
                + "to shared results”, “Think and decide for the whole business”, “Engage stakeholders across the "
                + "organization”. Rename or remove them first, or pick another template.");
        assertThat(objectives().list()).hasSize(3);
        click("cancel-template");

        assertThat($(Button.class).id("load-starter-library").getText())
                .isEqualTo("Add the rest of Ascent’s starter library (6 capabilities)");
        click("load-starter-library");
        assertThat(strategy().capabilities()).hasSize(9);
    }

    @Test
    void aTemplateUsesTheCapabilitiesAlreadyInTheLibrary() {
        show(STEP);
        click("load-starter-library");
        click("start-from-template");
        click("use-template-change-leaders");

        Map<UUID, String> library = strategy().capabilities().stream().collect(Collectors.toMap(Capability::id, Capability::name));
        assertThat(library).as("no capability added twice").hasSize(9);
        assertThat(objectives().list()).extracting(Objective::title, o -> library.get(o.capabilityId()))
                .containsExactly(tuple("Lead change that takes hold", "Change leadership"),
                        tuple("Bring people along", "Communication"),
                        tuple("Decide well under uncertainty", "Decision-making"));
        assertThat(text("objective-3")).contains("Decide well under uncertainty", "Medium priority",
                "360 score on decision-making", "target 3.8 points (1-5)", "Participants still with the organization");
    }

    @Test
    void everyMissingPieceIsNamedWithItsObjective() {
        StrategyStatement leaders = strategy().addStatement(StrategyStatement.Kind.LEADERSHIP_STRATEGY, "Leaders who coach");
        List<Alignment> aligned = List.of(new Alignment(leaders.id(), "Coaching leaders grow the next ones"));
        Objective complete = objectives().add(new ObjectiveDraft("Developing others", "", null,
                Priority.HIGH, aligned));
        objectives().addIndicator(complete.id(), indicator("Team survey", "80"));
        objectives().add(new ObjectiveDraft("Emotional intelligence", "", null, Priority.HIGH, List.of()));
        Objective withoutTarget = objectives().add(new ObjectiveDraft("Decision-making", "", null,
                Priority.LOW, aligned));
        objectives().addIndicator(withoutTarget.id(), indicator("360 score", null));
        show(STEP);

        List<String> expected = List.of(
                "Objective “Emotional intelligence” is not aligned with your leadership strategy or business priorities yet.",
                "Objective “Emotional intelligence” has no success indicator yet.",
                "Objective “Decision-making” has success indicators, but none of them has a target yet.");
        assertThat(missing()).containsExactlyElementsOf(expected);
        assertThat(status(STEP).missing()).as("the step's status names the same gaps").containsExactlyElementsOf(expected);
        assertThat(text("objective-2")).contains("Not aligned with your strategy yet.",
                "No success indicator yet. How will you recognise that the objective is reached?");
    }

    @Test
    void measuredIndicatorsOfARunningProgramStayAndTheStepSaysWhy() {
        Objective objective = objectives().add(new ObjectiveDraft("Strategic thinking", "", null,
                Priority.HIGH, List.of()));
        SuccessIndicator indicator = objectives().addIndicator(objective.id(), indicator("360 score", "4"));
        context(STEP).measurement().addMetrics(List.of(new MetricDraft(indicator.id(), indicator.name(),
                indicator.unit(), indicator.source(), KirkpatrickLevel.BEHAVIOUR, null, List.of())));
        programs.launch(program());
        show(STEP);
        assertThat(text("running-note")).startsWith("This program is running.");

        click("remove-indicator-1-1");
        click("confirm-remove");
        assertThat(notifications()).contains("Measurement already records values for this indicator, so it stays: "
                + "removing it would cut the program’s history loose. Change its name or target instead.");
        click("remove-objective-1");
        click("confirm-remove");
        assertThat(notifications()).contains("Measurement already records values for an indicator of this objective, "
                + "so the objective stays: removing it would cut the program’s history loose. Reword it or change its "
                + "targets instead.");

        click("edit-indicator-1-1");
        fill("indicator-unit", "points (1-10)");
        click("save-indicator");
        assertThat(errorAt($(TextField.class).id("indicator-unit"))).startsWith("Measurement already records values in this unit");

        assertThat(objectives().list()).singleElement()
                .satisfies(o -> assertThat(o.indicators()).extracting(SuccessIndicator::id).containsExactly(indicator.id()));
        assertThat(text("indicator-1-1")).contains("360 score");
    }

    @Test
    void aChangeSomeoneElseSavedFirstIsNotOverwritten() {
        Objective objective = objectives().add(new ObjectiveDraft("Strategic thinking", "", null,
                Priority.HIGH, List.of()));
        show(STEP);
        click("edit-objective-1");
        fill("objective-title", "My wording");
        objectives().update(objective.id(), objective.version(),
                new ObjectiveDraft("Their wording", "", null, Priority.HIGH, List.of()));
        click("save-objective");

        assertThat(notifications()).contains(
                "Someone else changed this in the meantime. Nothing was overwritten; reload to see their changes.");
        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(text("objective-1")).contains("Their wording");
        assertThat(objectives().list()).extracting(Objective::title).containsExactly("Their wording");
    }

    @Test
    void viewersSeeTheObjectivesButNothingToChange() {
        Objective objective = objectives().add(new ObjectiveDraft("Strategic thinking", "", null,
                Priority.HIGH, List.of()));
        objectives().addIndicator(objective.id(), indicator("360 score", "4"));
        strategy().addStatement(StrategyStatement.Kind.LEADERSHIP_STRATEGY, "Leaders who coach");
        signInAs(Role.VIEWER);
        show(STEP);

        assertThat(text("objective-1")).contains("Strategic thinking", "360 score");
        assertThat($(Button.class).withId("add-objective").exists()).as("no visible add button").isFalse();
        assertThat($(Button.class).withId("edit-objective-1").exists()).isFalse();
        assertThat($(Button.class).withId("remove-indicator-1-1").exists()).isFalse();
        assertThat($(Button.class).withId("edit-statement-leadership-1").exists()).isFalse();
        assertThat($(Button.class).withId("load-starter-library").exists()).isFalse();
    }

    /** No text on screen is a missing translation, shown by the plugin's translator as "!key!". */
    private void assertEveryTextIsTranslated() {
        List<String> texts = new ArrayList<>();
        for (Component component : $(Component.class).all()) {
            Element element = component.getElement();
            element.getChildren().filter(Element::isTextNode).forEach(text -> texts.add(text.getText()));
            for (String property : List.of("label", "placeholder", "helperText", "errorMessage", "headerTitle")) {
                if (element.hasProperty(property)) {
                    texts.add(String.valueOf(element.getProperty(property)));
                }
            }
        }
        assertThat(texts).isNotEmpty().noneMatch(text -> MISSING_TRANSLATION.matcher(text).find());
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private void fill(String id, String value) {
        test($(TextField.class).id(id)).setValue(value);
    }

    private void fillArea(String id, String value) {
        test($(TextArea.class).id(id)).setValue(value);
    }

    /**
     * Types into a number field as the browser reports it: the field's text, which need not be a
     * number, synchronised from the client (the way Flow applies a user's input).
     */
    private void enterNumber(String id, String typed) {
        test($(TextField.class).id(id)).setValue(typed);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> comboBox(String id) {
        return $(ComboBox.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private Select<Object> select(String id) {
        return $(Select.class).id(id);
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    private static @Nullable String errorAt(HasValidation field) {
        return field.isInvalid() ? field.getErrorMessage() : null;
    }

    /** The status shown in the step, one entry per gap. */
    private List<String> missing() {
        Div status = $(Div.class).id("objectives-status");
        return $(ListItem.class).from(status).all().stream().map(ListItem::getText).toList();
    }

    private List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    private static IndicatorDraft indicator(String name, @Nullable String target) {
        return new IndicatorDraft(name, "%", MeasurementSource.FEEDBACK_360, null,
                target == null ? null : new BigDecimal(target), "");
    }

    private ObjectiveService objectives() {
        return context(STEP).objectives();
    }

    private StrategyService strategy() {
        return context(STEP).strategy();
    }
}
