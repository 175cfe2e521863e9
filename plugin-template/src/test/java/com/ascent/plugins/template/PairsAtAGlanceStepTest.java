package com.ascent.plugins.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepStatus;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairProposal;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.ascent.plugin.api.roster.RosterService;
import com.ascent.plugin.testkit.StepPluginTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The template step inside the real host, on a real database: loaded by PF4J from this module's
 * classes, called with a real step context, its data written through the real roster service.
 */
class PairsAtAGlanceStepTest extends StepPluginTest {

    static final String STEP = PairsAtAGlanceStep.ID;

    @Test
    void thePluginIsStartedAndOffersItsStep() {
        assertThat(plugins()).filteredOn(p -> p.id().equals("ascent-plugin-template")).singleElement()
                .satisfies(plugin -> {
                    assertThat(plugin.state()).isEqualTo("STARTED");
                    assertThat(plugin.steps()).containsExactly(STEP);
                });
    }

    @Test
    void switchedOnItAppearsRightAfterCoachesAndMentors() {
        assertThat(wizardSteps()).doesNotContain(STEP);

        switchOn(STEP);

        List<String> steps = wizardSteps();
        assertThat(steps.get(steps.indexOf("selection") + 1)).isEqualTo(STEP);
    }

    @Test
    void withoutHiposTheStepAsksForThemAndTheViewSaysWhereToAddThem() {
        assertThat(status(STEP)).isEqualTo(StepStatus.incomplete(List.of("Add the program's HiPos in Coaches & mentors.")));

        show(STEP);

        assertThat($(Paragraph.class).id("glance-empty").getText()).startsWith("No HiPos yet.");
        assertThat($(Grid.class).exists()).isFalse();
    }

    @Test
    void aHipoIsMissingUntilTheirPairIsConfirmed() {
        RosterService roster = context(STEP).roster();
        RosterMember ana = roster.addMember(MemberDraft.hipo(person("Ana Silva", "Finance", 9)));
        RosterMember kenji = roster.addMember(MemberDraft.employee(person("Kenji Watanabe", "Marketing", 14),
                RosterRole.MENTOR, 2, List.of("English"), Availability.MEDIUM, List.of()));
        Pair proposed = roster.addPair(new PairProposal(ana.id(), kenji.id(), PairKind.MENTORING, null, List.of()));

        assertThat(status(STEP).missing()).as("a proposed pair is not the program's pair yet")
                .containsExactly("Ana Silva has no confirmed mentor or coach yet.");

        roster.confirm(List.of(proposed));

        assertThat(status(STEP)).isEqualTo(StepStatus.done());
        show(STEP);
        assertThat($(Span.class).id("glance-summary").getText()).isEqualTo("1 of 1 HiPo has a confirmed mentor or coach.");
        var pairs = test($(Grid.class).id("glance-pairs"));
        assertThat(pairs.size()).isEqualTo(1);
        assertThat(List.of(pairs.getCellText(0, 0), pairs.getCellText(0, 1), pairs.getCellText(0, 2)))
                .containsExactly("Ana Silva", "Kenji Watanabe", "Not confirmed yet");
    }

    @Test
    void aRecordedReasonToGoWithoutAGuideCompletesTheStep() {
        StepContext context = context(STEP);
        RosterMember priya = context.roster().addMember(MemberDraft.hipo(person("Priya Raman", "Sales", 8)));
        RosterMember sofia = context.roster().addMember(MemberDraft.hipo(person("Sofia Rossi", "HR", 10)));

        context.roster().recordWaiver(priya.id(), PairKind.MENTORING, "Already mentored by the CEO");

        assertThat(status(STEP).missing()).containsExactly("Sofia Rossi has no confirmed mentor or coach yet.");
        show(STEP);
        assertThat($(Span.class).id("glance-summary").getText()).isEqualTo("1 of 2 HiPos has a confirmed mentor or coach.");
        var pairs = test($(Grid.class).id("glance-pairs"));
        assertThat(pairs.getCellText(0, 0)).isEqualTo("Priya Raman");
        assertThat(pairs.getCellText(0, 1)).isEqualTo("Goes without one: Already mentored by the CEO");
    }
}
