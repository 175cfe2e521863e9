package com.ascent.plugins.template;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairingWaiver;
import com.ascent.plugin.api.roster.RosterMember;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Every HiPo with their confirmed mentor and coach, read from the program's roster. */
final class PairsAtAGlanceView extends VerticalLayout {

    private final Translator messages;
    private final Map<UUID, String> names;
    private final List<Pair> pairs;
    private final List<PairingWaiver> waivers;

    PairsAtAGlanceView(StepContext context) {
        this.messages = context.messages();
        var roster = context.roster();
        List<RosterMember> members = roster.members();
        this.names = members.stream().collect(Collectors.toMap(RosterMember::id, RosterMember::displayName));
        this.pairs = roster.confirmedPairs();
        this.waivers = roster.waivers();
        setId("pairs-at-a-glance");
        setPadding(false);

        List<RosterMember> hipos = PairsAtAGlanceRules.hipos(members);
        if (hipos.isEmpty()) {
            Paragraph empty = new Paragraph(messages.get("glance.empty"));
            empty.setId("glance-empty");
            add(empty);
            return;
        }
        Set<UUID> covered = PairsAtAGlanceRules.covered(pairs, waivers);
        Span summary = new Span(messages.get("glance.summary",
                hipos.stream().filter(h -> covered.contains(h.id())).count(), hipos.size()));
        summary.setId("glance-summary");

        Grid<RosterMember> grid = new Grid<>();
        grid.setId("glance-pairs");
        grid.addColumn(RosterMember::displayName).setHeader(messages.get("glance.hipo"));
        grid.addColumn(guideOf(PairKind.MENTORING)).setHeader(messages.get("glance.mentor"));
        grid.addColumn(guideOf(PairKind.COACHING)).setHeader(messages.get("glance.coach"));
        grid.setAllRowsVisible(true);
        grid.setItems(hipos);
        add(summary, grid);
    }

    /** The HiPo's confirmed guide of {@code kind}, HR's reason for going without, or "not confirmed yet". */
    private ValueProvider<RosterMember, String> guideOf(PairKind kind) {
        return hipo -> pairs.stream()
                .filter(p -> p.hipoMemberId().equals(hipo.id()) && p.kind() == kind)
                .map(p -> names.getOrDefault(p.guideMemberId(), ""))
                .findFirst()
                .or(() -> waivers.stream().filter(w -> w.hipoMemberId().equals(hipo.id()) && w.kind() == kind)
                        .map(w -> messages.get("glance.waived", w.reason())).findFirst())
                .orElse(messages.get("glance.none"));
    }
}
