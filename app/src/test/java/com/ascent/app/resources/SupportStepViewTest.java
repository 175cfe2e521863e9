package com.ascent.app.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.objectives.ObjectivesService;
import com.ascent.app.objectives.StrategyLibraryService;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.security.UserPreferences;
import com.ascent.app.security.UserPreferencesService;
import com.ascent.app.support.BrowserlessViewTest;
import com.ascent.app.support.TestPeople.Spec;
import com.ascent.app.support.TestPeople;
import com.ascent.app.wizard.ui.WizardView;
import com.ascent.plugin.api.objectives.CapabilityDraft;
import com.ascent.plugin.api.objectives.ObjectiveDraft;
import com.ascent.plugin.api.objectives.Priority;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.ascent.plugin.api.support.Assignment;
import com.ascent.plugin.api.support.AssignmentStatus;
import com.ascent.plugin.api.support.Resource;
import com.ascent.plugin.api.support.ResourceDraft;
import com.ascent.plugin.api.support.ResourceType;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The Ongoing support step as the real plugin renders it inside the wizard, for an HR user. */
class SupportStepViewTest extends BrowserlessViewTest {

    @Autowired
    ProgramService programs;
    @Autowired
    ProgramRosterService roster;
    @Autowired
    ResourceService resources;
    @Autowired
    TestPeople people;
    @Autowired
    UserPreferencesService preferences;
    @Autowired
    ObjectivesService objectives;
    @Autowired
    StrategyLibraryService strategy;

    Account hr;
    UUID program;
    RosterMember sam;
    RosterMember ana;

    @BeforeEach
    void programWithTwoHipos() {
        hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        program = programs.create(new ProgramDraft("Sales leaders " + UUID.randomUUID(), "", LocalDate.of(2027, 1, 11),
                "Maria Nowak")).id();
        UUID samPerson = people.add(hr.organizationId(), Spec.of("Sam Sales", "Sales", 5));
        UUID anaPerson = people.add(hr.organizationId(), Spec.of("Ana Finance", "Finance", 5));
        sam = roster.addMember(program, MemberDraft.employee(samPerson, RosterRole.HIPO, 0, List.of("English"),
                Availability.MEDIUM, List.of("Strategic selling")));
        ana = roster.addMember(program, MemberDraft.hipo(anaPerson));
    }

    @Test
    void theStepNamesEveryHipoStillWithoutSupport() {
        open();

        assertThat($(Paragraph.class).id("support-coverage").getText()).contains("Sam Sales", "Ana Finance");
        assertThat(textsOfView()).contains("5. Ongoing support2 things missing");
        assertThat($(Button.class).id("assign").isVisible()).isTrue();
    }

    /**
     * The language and format of the screen, 1,500.50 written the way another locale writes it, the
     * refusal with this locale's example, and 1,500.50 as this locale writes it.
     */
    static Stream<Arguments> costsWrittenTheOtherWay() {
        return Stream.of(Arguments.of(Locale.US, "1500,50", "Enter an amount like 1,500.50.", "1,500.50"),
                Arguments.of(Locale.forLanguageTag("pl-PL"), "1.500,50", "Wpisz kwotę, np. 1\u00A0500,50.", "1500,50"));
    }

    /** Issue 13: "1500,50" typed as the cost per participant in an English screen was stored as 150050. */
    @ParameterizedTest
    @MethodSource("costsWrittenTheOtherWay")
    void aCostPerParticipantWrittenTheOtherLocalesWayIsRefusedWithAnExampleNeverReinterpreted(Locale locale,
            String otherWay, String refusal, String ownWay) {
        preferences.save(new UserPreferences(null, locale));
        UI.getCurrent().setLocale(locale);
        open();
        selectTab("tab-catalogue");
        test($(Button.class).id("add-resource")).click();
        test($(TextField.class).id("resource-title")).setValue("Negotiation masterclass");
        TextField cost = $(TextField.class).id("resource-cost");
        test(cost).setValue(otherWay);
        test($(Button.class).id("save-resource")).click();

        assertThat(cost.isInvalid()).isTrue();
        assertThat(cost.getErrorMessage()).isEqualTo(refusal);
        assertThat(resources.catalogue()).isEmpty();

        test(cost).setValue(ownWay);
        test($(Button.class).id("save-resource")).click();
        assertThat(resources.catalogue()).singleElement().extracting(Resource::costPerParticipant)
                .satisfies(amount -> assertThat(amount).isEqualByComparingTo("1500.50"));
    }

    /** The same entry means 1,500.50 to someone who writes figures the Polish way, and dates are theirs too. */
    @Test
    void aPolishFormatLocaleReadsCommaDecimalsAndShowsItsDatesAndTheCurrency() {
        preferences.save(new UserPreferences(null, Locale.forLanguageTag("pl-PL")));
        open();
        selectTab("tab-catalogue");
        test($(Button.class).id("add-resource")).click();
        test($(TextField.class).id("resource-title")).setValue("Negotiation masterclass");
        DatePicker startsOn = $(DatePicker.class).id("resource-starts-on");
        assertThat(startsOn.getI18n().getDateFormats()).containsExactly("d.MM.yyyy", "yyyy-MM-dd");
        assertThat(startsOn.getI18n().getBadInputErrorMessage()).isEqualTo("Enter a date like 31.12.2027.");
        test(startsOn).setValue(LocalDate.of(2027, 1, 4));
        TextArea further = $(TextArea.class).id("resource-repeats-on");
        test(further).setValue("04.04.2027\n2027-07-04");
        TextField cost = $(TextField.class).id("resource-cost");
        test(cost).setValue("29 500,50");
        test($(Button.class).id("save-resource")).click();

        Resource saved = resources.catalogue().getFirst();
        assertThat(saved.costPerParticipant()).isEqualByComparingTo("29500.50");
        assertThat(saved.repeatsOn()).containsExactly(LocalDate.of(2027, 4, 4), LocalDate.of(2027, 7, 4));
        @SuppressWarnings("unchecked")
        Grid<Resource> grid = $(Grid.class).id("resource-grid");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("29\u00A0500,50 EUR");
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
        assertThat(resources.catalogue()).isEmpty();

        test(cost).setValue("1,200");
        test($(Button.class).id("save-resource")).click();

        assertThat(resources.catalogue()).extracting(Resource::title, Resource::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Strategic sales leadership",
                        ResourceType.ONLINE_COURSE));
        @SuppressWarnings("unchecked")
        Grid<Resource> grid = $(Grid.class).id("resource-grid");
        assertThat(test(grid).size()).isEqualTo(1);
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
        assertThat(resources.catalogue()).isEmpty();
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
        assertThat(resources.catalogue()).isEmpty();

        test(furtherDates).setValue("2027-03-16");
        test($(Button.class).id("save-resource")).click();
        assertThat(furtherDates.getErrorMessage()).startsWith("Each further date must come after the time before");
        assertThat(resources.catalogue()).isEmpty();

        test(furtherDates).setValue("2027-06-14\n2027-12-06\n2027-09-13\n");
        test($(Button.class).id("save-resource")).click();

        assertThat(resources.catalogue()).singleElement().satisfies(r -> assertThat(r.occurrences()).hasSize(4));
        @SuppressWarnings("unchecked")
        Grid<Resource> grid = $(Grid.class).id("resource-grid");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Mar 15, 2027 – Mar 16, 2027, then 3 more times");
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
        assertThat(resources.catalogue()).isEmpty();

        test($(Upload.class).id("import-resources")).upload("catalogue.csv", "text/csv", """
                type,title,cost_per_participant
                WEBINAR,Coaching basics,0
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(resources.catalogue()).extracting(Resource::title).containsExactly("Coaching basics");
        @SuppressWarnings("unchecked")
        Grid<Resource> grid = $(Grid.class).id("resource-grid");
        assertThat(test(grid).size()).isEqualTo(1);
    }

    @Test
    void bothHiposAreEnrolledAtOnceAndTheBudgetAddsUp() {
        Resource conference = resources.addResource(conference("Quarterly sales conference Q2", 5, "350"));
        open();

        assignInView(conference.title(), "Sam Sales", "Ana Finance");

        assertThat(resources.assignments(program)).extracting(Assignment::hipoMemberId)
                .containsExactlyInAnyOrder(sam.id(), ana.id());
        assertThat($(Paragraph.class).id("support-coverage").getText())
                .isEqualTo("Every HiPo has support planned or a recorded decision.");
        selectTab("tab-budget");
        assertThat($(Span.class).id("budget-planned").getText()).isEqualTo("Planned cost: 700 EUR");
        assertThat($(Span.class).id("budget-actual").getText()).isEqualTo("Actual cost so far: 0 EUR");
    }

    @Test
    void anOverCapacityEnrolmentIsRefusedAtTheResource() {
        Resource workshop = resources.addResource(conference("Negotiation workshop", 1, "200"));
        open();

        assignInView(workshop.title(), "Sam Sales", "Ana Finance");

        @SuppressWarnings("unchecked")
        ComboBox<Resource> resource = $(ComboBox.class).id("assign-resource");
        assertThat(resource.isInvalid()).isTrue();
        assertThat(resource.getErrorMessage()).startsWith("Not enough free places");
        assertThat(resources.assignments(program)).isEmpty();
    }

    @Test
    void completingAnAssignmentNeedsADateAndThenIsTracked() {
        Resource course = resources.addResource(conference("Strategic sales leadership", 10, "1200"));
        Assignment assignment = resources.assign(program, course.id(), sam.id(), null, AssignmentStatus.ENROLLED);
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

        Assignment tracked = resources.assignments(program).getFirst();
        assertThat(tracked.status()).isEqualTo(AssignmentStatus.COMPLETED);
        assertThat(tracked.rating()).isEqualTo(5);
        selectTab("tab-budget");
        assertThat($(Span.class).id("budget-actual").getText()).isEqualTo("Actual cost so far: 1,100 EUR");
    }

    @Test
    void suggestionsProposeAResourceThatFitsTheHiposNeeds() {
        resources.addResource(withCapabilities(conference("Strategic sales leadership", 10, "1200"),
                List.of("Strategic selling")));
        open();

        @SuppressWarnings("unchecked")
        Grid<com.ascent.plugin.api.support.Suggestion> grid = $(Grid.class).id("suggestion-grid");
        int samsRow = 0;
        while (!test(grid).getRow(samsRow).hipoMemberId().equals(sam.id())) {
            samsRow++;
        }
        test((Button) test(grid).getCellComponent(samsRow, "propose")).click();

        assertThat(resources.assignments(program)).extracting(Assignment::hipoMemberId, Assignment::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(sam.id(), AssignmentStatus.PROPOSED));
    }

    /** The language of the screen and why a resource fits: the HiPo's needs, the objectives, or both. */
    static Stream<Arguments> suggestionReasons() {
        return Stream.of(Arguments.of(Locale.ENGLISH, "Develops the HiPo's needs: Strategic selling",
                "Serves the program's objectives: Coaching others",
                "Develops the HiPo's needs (Strategic selling) and serves the program's objectives (Coaching others)"),
                Arguments.of(Locale.forLanguageTag("pl-PL"), "Odpowiada na potrzeby rozwojowe HiPo: Strategic selling",
                        "Służy celom programu: Coaching others",
                        "Odpowiada na potrzeby rozwojowe HiPo (Strategic selling) i służy celom programu (Coaching others)"));
    }

    @ParameterizedTest
    @MethodSource("suggestionReasons")
    void eachSuggestionSaysWhyItFitsWithTheNamesFilledIn(Locale locale, String forHipo, String forObjectives,
                                                         String forBoth) {
        UUID coaching = strategy.addCapability(new CapabilityDraft("Coaching others", "", List.of())).id();
        objectives.add(program, new ObjectiveDraft("Leaders who coach", "", coaching, Priority.HIGH, List.of()));
        resources.addResource(withCapabilities(conference("Strategic sales leadership", 10, "1200"),
                List.of("Strategic selling", "Coaching others")));
        resources.addResource(withCapabilities(conference("Selling summit", 10, "900"),
                List.of("Strategic selling")));
        UI.getCurrent().setLocale(locale);
        open();

        @SuppressWarnings("unchecked")
        Grid<com.ascent.plugin.api.support.Suggestion> grid = $(Grid.class).id("suggestion-grid");
        List<String> reasons = IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getCellText(row, 2))
                .toList();
        assertThat(reasons).containsExactlyInAnyOrder(forBoth, forHipo, forObjectives);
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

        assertThat(resources.decisions(program)).hasSize(1);
        assertThat($(Paragraph.class).id("support-coverage").getText()).contains("Sam Sales").doesNotContain("Ana");
    }

    @Test
    void viewersSeeTheBudgetButNoEditing() {
        accounts.signIn(accounts.newColleague(hr, Role.VIEWER));
        open();

        assertThat($(Button.class).all()).noneMatch(b -> b.getId().equals(Optional.of("assign")) && b.isVisible()
                && b.getParent().map(p -> p.isVisible()).orElse(false));
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().equals(Optional.of("record-decision")));
        selectTab("tab-budget");
        assertThat($(Span.class).id("budget-planned").getText()).isEqualTo("Planned cost: 0 EUR");
    }

    private void open() {
        navigate("programs/" + program + "/steps/support", WizardView.class);
    }

    @SuppressWarnings("unchecked")
    private void assignInView(String resourceTitle, String... hipos) {
        ComboBox<Resource> resource = $(ComboBox.class).id("assign-resource");
        resource.setValue(resource.getListDataView().getItems().filter(r -> r.title().equals(resourceTitle))
                .findFirst().orElseThrow());
        test((MultiSelectComboBox<RosterMember>) $(MultiSelectComboBox.class).id("assign-hipos")).selectItem(hipos);
        test($(Button.class).id("assign")).click();
    }

    private void selectTab(String tabId) {
        TabSheet tabs = $(TabSheet.class).id("support-tabs");
        for (int i = 0; ; i++) {
            if (tabs.getTabAt(i).getId().equals(Optional.of(tabId))) {
                test(tabs).select(i);
                return;
            }
        }
    }

    private String textsOfView() {
        return getCurrentView().getElement().getTextRecursively();
    }

    private static ResourceDraft conference(String title, int capacity, String cost) {
        return new ResourceDraft(ResourceType.CONFERENCE, title, "Internal", null, "English", "in person", null,
                LocalDate.of(2027, 4, 14), LocalDate.of(2027, 4, 15), "Warsaw", capacity, new BigDecimal(cost),
                List.of());
    }

    private static ResourceDraft withCapabilities(ResourceDraft d, List<String> capabilities) {
        return ResourceServiceTest.withCapabilities(d, capabilities);
    }
}
