package com.ascent.plugins.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.objectives.ObjectiveDraft;
import com.ascent.plugin.api.objectives.Priority;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.ascent.plugin.api.support.Resource;
import com.ascent.plugin.api.support.ResourceDraft;
import com.ascent.plugin.api.support.ResourceType;
import com.ascent.plugin.api.support.Suggestion;
import com.ascent.plugin.api.support.SupportService;
import com.ascent.plugin.testkit.StepPluginTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;

/**
 * The Ongoing support step on the kit's program with two HiPos, Sam (who needs strategic selling)
 * and Ana; the subclasses are users who write and read in different ways.
 */
abstract class SupportStepTestBase extends StepPluginTest {

    static final String STEP = "support";

    SupportService support;
    RosterMember sam;
    RosterMember ana;

    @BeforeEach
    final void programWithTwoHipos() {
        StepContext context = context(STEP);
        support = context.support();
        sam = context.roster().addMember(MemberDraft.employee(person("Sam Sales", "Sales", 5), RosterRole.HIPO, 0,
                List.of("English"), Availability.MEDIUM, List.of("Strategic selling")));
        ana = context.roster().addMember(MemberDraft.hipo(person("Ana Finance", "Finance", 5)));
    }

    /**
     * Issue 13: "1500,50" typed as the cost per participant in an English screen was stored as
     * 150050. A cost written the way another locale writes it is refused with this user's example,
     * never reinterpreted; written their own way, it is 1,500.50.
     */
    final void aCostWrittenTheOtherWayIsRefusedWithAnExample(String otherWay, String refusal, String ownWay) {
        open();
        selectTab("tab-catalogue");
        test($(Button.class).id("add-resource")).click();
        test($(TextField.class).id("resource-title")).setValue("Negotiation masterclass");
        TextField cost = $(TextField.class).id("resource-cost");
        test(cost).setValue(otherWay);
        test($(Button.class).id("save-resource")).click();

        assertThat(cost.isInvalid()).isTrue();
        assertThat(cost.getErrorMessage()).isEqualTo(refusal);
        assertThat(support.catalogue()).isEmpty();

        test(cost).setValue(ownWay);
        test($(Button.class).id("save-resource")).click();
        assertThat(support.catalogue()).singleElement().extracting(Resource::costPerParticipant)
                .satisfies(amount -> assertThat(amount).isEqualByComparingTo("1500.50"));
    }

    /** Why a resource fits, in the user's language: the HiPo's needs, the program's objectives, or both. */
    final void eachSuggestionSaysWhyItFitsWithTheNamesFilledIn(String forHipo, String forObjectives, String forBoth) {
        StepContext context = context(STEP);
        UUID coaching = context.strategy().addCapability("Coaching others", "", List.of()).id();
        context.objectives().add(new ObjectiveDraft("Leaders who coach", "", coaching, Priority.HIGH, List.of()));
        support.addResource(withCapabilities(conference("Strategic sales leadership", 10, "1200"),
                List.of("Strategic selling", "Coaching others")));
        support.addResource(withCapabilities(conference("Selling summit", 10, "900"), List.of("Strategic selling")));
        open();

        @SuppressWarnings("unchecked")
        Grid<Suggestion> grid = $(Grid.class).id("suggestion-grid");
        List<String> reasons = IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getCellText(row, 2))
                .toList();
        assertThat(reasons).containsExactlyInAnyOrder(forBoth, forHipo, forObjectives);
    }

    final void open() {
        show(STEP);
    }

    @SuppressWarnings("unchecked")
    final void assignInView(String resourceTitle, String... hipos) {
        ComboBox<Resource> resource = $(ComboBox.class).id("assign-resource");
        resource.setValue(resource.getListDataView().getItems().filter(r -> r.title().equals(resourceTitle))
                .findFirst().orElseThrow());
        test((MultiSelectComboBox<RosterMember>) $(MultiSelectComboBox.class).id("assign-hipos")).selectItem(hipos);
        test($(Button.class).id("assign")).click();
    }

    final void selectTab(String tabId) {
        TabSheet tabs = $(TabSheet.class).id("support-tabs");
        for (int i = 0; ; i++) {
            if (tabs.getTabAt(i).getId().equals(Optional.of(tabId))) {
                test(tabs).select(i);
                return;
            }
        }
    }

    /** The catalogue's grid, which lists the organization's resources. */
    @SuppressWarnings("unchecked")
    final Grid<Resource> catalogueGrid() {
        return $(Grid.class).id("resource-grid");
    }

    /** The row of {@code resource} in a grid of resources. */
    static int rowOf(Grid<Resource> grid, Resource resource) {
        List<Resource> rows = grid.getListDataView().getItems().toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(resource.id())) {
                return i;
            }
        }
        throw new AssertionError(resource.title() + " is not in the grid");
    }

    static ResourceDraft conference(String title, int capacity, String cost) {
        return new ResourceDraft(ResourceType.CONFERENCE, title, "Internal", null, "English", "in person", null,
                LocalDate.of(2027, 4, 14), LocalDate.of(2027, 4, 15), "Warsaw", capacity, new BigDecimal(cost),
                List.of());
    }

    static ResourceDraft withCapabilities(ResourceDraft d, List<String> capabilities) {
        return new ResourceDraft(d.type(), d.title(), d.provider(), d.link(), d.language(), d.format(), d.duration(),
                d.startsOn(), d.endsOn(), d.repeatsOn(), d.location(), d.capacity(), d.costPerParticipant(),
                capabilities);
    }
}
