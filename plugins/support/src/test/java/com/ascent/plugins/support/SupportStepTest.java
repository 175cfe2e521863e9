package com.ascent.plugins.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.plugin.PluginRuntime;
import com.ascent.app.plugin.StepHandle;
import com.ascent.app.security.Role;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.support.Assignment;
import com.ascent.plugin.api.support.AssignmentStatus;
import com.ascent.plugin.api.support.Resource;
import com.ascent.plugin.api.support.ResourceType;
import com.ascent.plugin.api.support.Suggestion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Ongoing support step for HR, in English with the figures and dates of the (mock) browser,
 * the US way: loaded by PF4J from this module, on a real step context and database.
 */
class SupportStepTest extends SupportStepTestBase {

    @Autowired
    PluginRuntime runtime;

    @Test
    void thePluginIsStartedWithItsOwnClassLoaderAndFillsTheSupportSlot() {
        assertThat(plugins()).filteredOn(p -> p.id().equals("ascent-step-support")).singleElement()
                .satisfies(p -> {
                    assertThat(p.state()).isEqualTo("STARTED");
                    assertThat(p.steps()).containsExactly(STEP);
                });
        StepHandle step = runtime.step(STEP).orElseThrow();
        assertThat(step.placement()).isEqualTo(StepPlacement.fills(StepSlot.SUPPORT));
        assertThat(step.step().getClass().getClassLoader()).isInstanceOf(org.pf4j.PluginClassLoader.class);
    }

    @Test
    void theStepNamesEveryHipoStillWithoutSupport() {
        assertThat(status(STEP).missing()).containsExactly(
                "Ana Finance has no resource yet. Assign one, or record why Ana Finance needs no additional support.",
                "Sam Sales has no resource yet. Assign one, or record why Sam Sales needs no additional support.");

        open();

        assertThat($(Paragraph.class).id("support-coverage").getText())
                .isEqualTo("Still without support: Ana Finance, Sam Sales.");
        assertThat($(Button.class).id("assign").isVisible()).isTrue();
    }

    @Test
    void aCostPerParticipantWrittenTheGermanOrPolishWayIsRefusedWithAnExampleNeverReinterpreted() {
        aCostWrittenTheOtherWayIsRefusedWithAnExample("1500,50", "Enter an amount like 1,500.50.", "1,500.50");
    }

    @Test
    void aResourceIsAddedInTheCatalogueAndANegativeCostIsRefusedAtTheField() {
        open();
        selectTab("tab-catalogue");

        test($(Button.class).id("add-resource")).click();
        test($(TextField.class).id("resource-title")).setValue("Strategic sales leadership");
        test($(Select.class).id("resource-type")).selectItem("Online course");
        test($(TextField.class).id("resource-cost")).setValue("-5");
        test($(Button.class).id("save-resource")).click();

        TextField cost = $(TextField.class).id("resource-cost");
        assertThat(cost.isInvalid()).isTrue();
        assertThat(cost.getErrorMessage()).isEqualTo("A cost cannot be negative.");
        assertThat(support.catalogue()).isEmpty();

        test(cost).setValue("1,200");
        test($(Button.class).id("save-resource")).click();

        assertThat(support.catalogue()).extracting(Resource::title, Resource::type)
                .containsExactly(Tuple.tuple("Strategic sales leadership", ResourceType.ONLINE_COURSE));
        assertThat(test(catalogueGrid()).size()).isEqualTo(support.catalogue().size());
        assertThat(test(catalogueGrid()).getCellText(rowOf(catalogueGrid(), support.catalogue().getFirst()), 4))
                .isEqualTo("1,200 EUR");
    }

    @Test
    void anEndDateBeforeTheStartIsRefusedAtTheEndDate() {
        open();
        selectTab("tab-catalogue");

        test($(Button.class).id("add-resource")).click();
        test($(TextField.class).id("resource-title")).setValue("Quarterly sales conference");
        test($(DatePicker.class).id("resource-starts-on")).setValue(LocalDate.of(2027, 4, 14));
        test($(DatePicker.class).id("resource-ends-on")).setValue(LocalDate.of(2027, 4, 13));
        test($(Button.class).id("save-resource")).click();

        DatePicker endsOn = $(DatePicker.class).id("resource-ends-on");
        assertThat(endsOn.isInvalid()).isTrue();
        assertThat(endsOn.getErrorMessage()).isEqualTo("The end date cannot be before the start date.");
        assertThat(support.catalogue()).isEmpty();
    }

    @Test
    void aConferenceHeldEveryQuarterIsOneResourceWithFurtherDatesRefusedAtTheFieldWhenWrong() {
        open();
        selectTab("tab-catalogue");

        test($(Button.class).id("add-resource")).click();
        test($(TextField.class).id("resource-title")).setValue("Quarterly sales conference");
        test($(Select.class).id("resource-type")).selectItem("Conference");
        test($(DatePicker.class).id("resource-starts-on")).setValue(LocalDate.of(2027, 3, 15));
        test($(DatePicker.class).id("resource-ends-on")).setValue(LocalDate.of(2027, 3, 16));
        TextArea furtherDates = $(TextArea.class).id("resource-repeats-on");
        test(furtherDates).setValue("2027-06-14\n14.09.2027");
        test($(Button.class).id("save-resource")).click();

        assertThat(furtherDates.isInvalid()).isTrue();
        assertThat(furtherDates.getErrorMessage()).isEqualTo("“14.09.2027”: Enter a date like 12/31/2027.");
        assertThat(support.catalogue()).isEmpty();

        test(furtherDates).setValue("2027-03-16");
        test($(Button.class).id("save-resource")).click();
        assertThat(furtherDates.getErrorMessage()).startsWith("Each further date must come after the time before");
        assertThat(support.catalogue()).isEmpty();

        test(furtherDates).setValue("2027-06-14\n2027-12-06\n2027-09-13\n");
        test($(Button.class).id("save-resource")).click();

        Resource conference = support.catalogue().getFirst();
        assertThat(support.catalogue()).singleElement().satisfies(r -> assertThat(r.occurrences()).hasSize(4));
        assertThat(test(catalogueGrid()).getCellText(rowOf(catalogueGrid(), conference), 2))
                .isEqualTo("Mar 15, 2027 – Mar 16, 2027, then 3 more times");
    }

    @Test
    void aCatalogueFileIsImportedOrRefusedLineByLine() {
        open();
        selectTab("tab-catalogue");

        test($(Upload.class).id("import-resources")).upload("catalogue.csv", "text/csv", """
                type,title,cost_per_participant
                WEBINAR,Coaching basics,0
                SEMINAR,Unknown kind,10
                """.getBytes(StandardCharsets.UTF_8));

        assertThat($(VerticalLayout.class).id("import-problems").getElement().getTextRecursively())
                .contains("Nothing was imported", "Line 3, type: Unknown type.");
        assertThat(support.catalogue()).isEmpty();

        test($(Upload.class).id("import-resources")).upload("catalogue.csv", "text/csv", """
                type,title,cost_per_participant
                WEBINAR,Coaching basics,0
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(support.catalogue()).extracting(Resource::title).containsExactly("Coaching basics");
        assertThat(catalogueGrid().getListDataView().getItems()).as("the grid shows it at once")
                .extracting(Resource::id).contains(support.catalogue().getFirst().id());
    }

    @Test
    void bothHiposAreEnrolledAtOnceAndTheBudgetAddsUp() {
        Resource conference = support.addResource(conference("Quarterly sales conference Q2", 5, "350"));
        open();

        assignInView(conference.title(), "Sam Sales", "Ana Finance");

        assertThat(support.assignments()).extracting(Assignment::hipoMemberId)
                .containsExactlyInAnyOrder(sam.id(), ana.id());
        assertThat($(Paragraph.class).id("support-coverage").getText())
                .isEqualTo("Every HiPo has support planned or a recorded decision.");
        assertThat(changes().savedCount()).as("the shell's save indicator is told").isPositive();
        selectTab("tab-budget");
        assertThat($(Span.class).id("budget-planned").getText()).isEqualTo("Planned cost: 700 EUR");
        assertThat($(Span.class).id("budget-actual").getText()).isEqualTo("Actual cost so far: 0 EUR");
    }

    @Test
    void anOverCapacityEnrolmentIsRefusedAtTheResource() {
        Resource workshop = support.addResource(conference("Negotiation workshop", 1, "200"));
        open();

        assignInView(workshop.title(), "Sam Sales", "Ana Finance");

        @SuppressWarnings("unchecked")
        ComboBox<Resource> resource = $(ComboBox.class).id("assign-resource");
        assertThat(resource.isInvalid()).isTrue();
        assertThat(resource.getErrorMessage()).startsWith("Not enough free places");
        assertThat(support.assignments()).isEmpty();
    }

    @Test
    void completingAnAssignmentNeedsADateAndThenIsTracked() {
        Resource course = support.addResource(conference("Strategic sales leadership", 10, "1200"));
        Assignment assignment = support.assign(course.id(), sam.id(), null, AssignmentStatus.ENROLLED);
        open();

        @SuppressWarnings("unchecked")
        Grid<Assignment> grid = $(Grid.class).id("assignment-grid");
        Button track = (Button) test(grid).getCellComponent(0, "track");
        assertThat(track.getId()).contains("track-" + assignment.id());
        test(track).click();
        test($(Select.class).id("tracking-status")).selectItem("Completed");
        test($(IntegerField.class).id("tracking-rating")).setValue(5);
        test($(Button.class).id("save-tracking")).click();

        DatePicker completedOn = $(DatePicker.class).id("tracking-completed-on");
        assertThat(completedOn.isInvalid()).isTrue();
        assertThat(completedOn.getErrorMessage()).isEqualTo("Enter the date the HiPo completed it.");

        test(completedOn).setValue(LocalDate.of(2027, 6, 1));
        test($(TextField.class).id("tracking-actual-cost")).setValue("1,100");
        test($(Button.class).id("save-tracking")).click();

        Assignment tracked = support.assignments().getFirst();
        assertThat(tracked.status()).isEqualTo(AssignmentStatus.COMPLETED);
        assertThat(tracked.rating()).isEqualTo(5);
        selectTab("tab-budget");
        assertThat($(Span.class).id("budget-actual").getText()).isEqualTo("Actual cost so far: 1,100 EUR");
    }

    @Test
    void suggestionsProposeAResourceThatFitsTheHiposNeeds() {
        Resource course = support.addResource(withCapabilities(conference("Strategic sales leadership", 10, "1200"),
                List.of("Strategic selling")));
        open();

        @SuppressWarnings("unchecked")
        Grid<Suggestion> grid = $(Grid.class).id("suggestion-grid");
        List<Suggestion> rows = grid.getListDataView().getItems().toList();
        int samsRow = IntStream.range(0, rows.size()).filter(row -> rows.get(row).hipoMemberId().equals(sam.id())
                && rows.get(row).resource().id().equals(course.id())).findFirst().orElseThrow();
        test((Button) test(grid).getCellComponent(samsRow, "propose")).click();

        assertThat(support.assignments())
                .extracting(Assignment::hipoMemberId, Assignment::resourceId, Assignment::status)
                .containsExactly(Tuple.tuple(sam.id(), course.id(), AssignmentStatus.PROPOSED));
    }

    @Test
    void eachSuggestionSaysWhyItFitsInEnglish() {
        eachSuggestionSaysWhyItFitsWithTheNamesFilledIn("Develops the HiPo's needs: Strategic selling",
                "Serves the program's objectives: Coaching others",
                "Develops the HiPo's needs (Strategic selling) and serves the program's objectives (Coaching others)");
    }

    @Test
    void aNoSupportDecisionNeedsAReasonAndCountsAsCovered() {
        open();

        test($(Select.class).id("decision-hipo")).selectItem("Ana Finance");
        test($(Button.class).id("record-decision")).click();
        TextField reason = $(TextField.class).id("decision-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why this HiPo needs no additional support.");

        test(reason).setValue("Already in the finance academy");
        test($(Button.class).id("record-decision")).click();

        assertThat(support.decisions()).hasSize(1);
        assertThat($(Paragraph.class).id("support-coverage").getText()).contains("Sam Sales").doesNotContain("Ana");
        assertThat(status(STEP).missing()).singleElement().asString().startsWith("Sam Sales has no resource yet.");
    }

    @Test
    void viewersSeeTheBudgetButNoEditing() {
        signInAs(Role.VIEWER);
        open();

        assertThat($(Button.class).all()).noneMatch(b -> b.getId().equals(Optional.of("assign")) && b.isVisible()
                && b.getParent().map(p -> p.isVisible()).orElse(false));
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().equals(Optional.of("record-decision")));
        selectTab("tab-budget");
        assertThat($(Span.class).id("budget-planned").getText()).isEqualTo("Planned cost: 0 EUR");
    }
}
