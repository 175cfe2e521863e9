package com.ascent.plugins.selection;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.objectives.Capability;
import com.ascent.plugin.api.roster.MatchingCriteria;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.RosterMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * Warns HR when the Capabilities criterion counts but no guide of the kind has anything under
 * "Can help develop": every pair would then score 0 on it. Offers to fill those entries from the
 * guides' skills in the people directory, matched to the capability library ({@link SkillMatch}).
 */
final class CapabilityNotice extends Div {

    private final StepContext context;
    private final Translator messages;
    private final Runnable onFilled;
    private final Paragraph warning = new Paragraph();
    private final Paragraph rule = new Paragraph();
    private final Button fill = new Button();
    private List<RosterMember> guides = List.of();
    private PairKind kind = PairKind.MENTORING;

    CapabilityNotice(StepContext context, String idPrefix, Runnable onFilled) {
        this.context = context;
        this.messages = context.messages();
        this.onFilled = onFilled;
        setId(idPrefix + "-capability-notice");
        warning.setId(idPrefix + "-capability-warning");
        warning.getStyle().set("color", "var(--lumo-error-text-color)");
        rule.addClassName("ascent-muted");
        fill.setId(idPrefix + "-fill-capabilities");
        fill.setText(messages.get("capabilities.fill"));
        fill.addThemeVariants(ButtonVariant.LUMO_SMALL);
        fill.addClickListener(e -> fill());
        fill.setVisible(context.canEdit());
        add(warning, rule, fill);
        setVisible(false);
    }

    /** Shows the warning when guides of {@code kind} exist, none can help develop anything, and the criterion counts. */
    void show(PairKind kind, List<RosterMember> members, MatchingCriteria criteria) {
        this.kind = kind;
        guides = members.stream().filter(m -> m.role().guides(kind)).toList();
        int weight = criteria.weights().capabilities();
        boolean blind = weight > 0 && !guides.isEmpty() && guides.stream().allMatch(g -> g.capabilities().isEmpty());
        setVisible(blind);
        if (blind) {
            warning.setText(messages.get("capabilities.none", kind.name(),
                    Math.round(100.0 * weight / criteria.weights().total())));
            rule.setText(messages.get("capabilities.rule", kind.name()));
        }
    }

    /** Gives every employee guide without entries the library capabilities their directory skills name. */
    private void fill() {
        List<String> library = context.strategy().capabilities().stream().map(Capability::name).toList();
        int filled = 0;
        try {
            for (RosterMember guide : guides) {
                if (guide.person() == null || !guide.capabilities().isEmpty()) {
                    continue;
                }
                List<String> capabilities = SkillMatch.capabilities(guide.person().skills(), library);
                if (!capabilities.isEmpty()) {
                    context.roster().updateMember(guide.id(), guide.version(), MemberDraft.employee(guide.person().id(),
                            guide.role(), guide.capacity(), guide.languages(), guide.availability(), capabilities));
                    filled++;
                }
            }
            context.changes().saved();
            Feedback.success(messages.get("capabilities.filled", filled, guides.size(), kind.name()));
        } catch (InvalidInputException | ConcurrentEditException e) {
            Feedback.error(e.getMessage());
        }
        onFilled.run();
    }
}
