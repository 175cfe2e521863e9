package com.ascent.plugins.objectives;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.objectives.Alignment;
import com.ascent.plugin.api.objectives.Capability;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.objectives.StrategyStatement;
import com.ascent.plugin.api.objectives.SuccessIndicator;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One objective as a card: what it develops, the strategy it serves, its success indicators, and
 * (for editors) the buttons to change them. Element ids carry the objective's position
 * ({@code objective-2}) and the indicator's ({@code indicator-2-1}).
 */
class ObjectiveCard extends Div {

    private final StepContext context;
    private final Translator messages;
    private final Objective objective;
    private final int number;
    private final Runnable onChange;

    ObjectiveCard(StepContext context, Objective objective, int number, List<StrategyStatement> statements,
                  List<Capability> capabilities, Runnable onChange) {
        this.context = context;
        this.messages = context.messages();
        this.objective = objective;
        this.number = number;
        this.onChange = onChange;
        setId("objective-" + number);
        addClassName("objective-card");
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                .set("width", "100%").set("box-sizing", "border-box");

        Span priority = new Span(messages.get("priority." + objective.priority().name()));
        priority.getElement().getThemeList().add("badge");
        HorizontalLayout heading = new HorizontalLayout(new H4(objective.title()), priority);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(heading);
        capabilities.stream().filter(c -> c.id().equals(objective.capabilityId())).findFirst()
                .ifPresent(c -> add(Sections.muted(new Paragraph(messages.get("objective.develops", c.name())))));
        if (!objective.description().isBlank()) {
            add(new Paragraph(objective.description()));
        }
        add(alignments(statements));
        add(indicators());
        if (context.canEdit()) {
            add(new HorizontalLayout(
                    Sections.button(messages.get("objective.edit"), "edit-objective-" + number,
                            () -> new ObjectiveDialog(context, objective, statements, capabilities, onChange).open()),
                    Sections.button(messages.get("indicator.add"), "add-indicator-" + number,
                            () -> new IndicatorDialog(context, objective.id(), null, onChange).open()),
                    Sections.removeButton(messages.get("common.remove"), "remove-objective-" + number,
                            () -> Feedback.confirmRemoval(messages, messages.get("objective.remove.title"),
                                    messages.get("objective.remove.text", objective.title()),
                                    () -> context.objectives().remove(objective.id(), objective.version()),
                                    onChange))));
        }
    }

    private Div alignments(List<StrategyStatement> statements) {
        Div block = new Div();
        if (objective.alignments().isEmpty()) {
            Paragraph none = new Paragraph(messages.get("objective.notAligned"));
            none.getStyle().set("color", "var(--lumo-error-text-color)");
            block.add(none);
            return block;
        }
        Map<UUID, String> texts = statements.stream()
                .collect(Collectors.toMap(StrategyStatement::id, StrategyStatement::text));
        for (Alignment alignment : objective.alignments()) {
            block.add(new Paragraph(messages.get("objective.serves",
                    texts.getOrDefault(alignment.statementId(), ""), alignment.how())));
        }
        return block;
    }

    private Div indicators() {
        Div block = new Div();
        if (objective.indicators().isEmpty()) {
            block.add(Sections.muted(new Paragraph(messages.get("indicator.empty"))));
            return block;
        }
        UnorderedList list = new UnorderedList();
        for (int i = 0; i < objective.indicators().size(); i++) {
            list.add(indicator(objective.indicators().get(i), number + "-" + (i + 1)));
        }
        block.add(list);
        return block;
    }

    private ListItem indicator(SuccessIndicator indicator, String idSuffix) {
        Span name = new Span(indicator.name());
        name.getStyle().set("font-weight", "600");
        HorizontalLayout what = new HorizontalLayout(name, new Span(values(indicator)));
        what.setAlignItems(FlexComponent.Alignment.BASELINE);
        what.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout how = new HorizontalLayout(
                Sections.muted(new Span(messages.get("source." + indicator.source().name()))));
        if (!indicator.measuredWhen().isBlank()) {
            how.add(Sections.muted(new Span(indicator.measuredWhen())));
        }
        how.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (context.canEdit()) {
            how.add(Sections.button(messages.get("common.edit"), "edit-indicator-" + idSuffix,
                    () -> new IndicatorDialog(context, objective.id(), indicator, onChange).open()));
            how.add(Sections.removeButton(messages.get("common.remove"), "remove-indicator-" + idSuffix,
                    () -> Feedback.confirmRemoval(messages, messages.get("indicator.remove.title"),
                            messages.get("indicator.remove.text", indicator.name()),
                            () -> context.objectives().removeIndicator(indicator.id(), indicator.version()),
                            onChange)));
        }
        ListItem item = new ListItem(what, how);
        item.setId("indicator-" + idSuffix);
        return item;
    }

    /** "from 3.1 to 4 points (1-5)", "target 75 % agree" or "no target yet". */
    private String values(SuccessIndicator indicator) {
        BigDecimal baseline = indicator.baseline();
        BigDecimal target = indicator.target();
        if (target == null) {
            return baseline == null ? messages.get("indicator.values.none")
                    : messages.get("indicator.values.baselineOnly", context.formats().number(baseline), indicator.unit());
        }
        return baseline == null ? messages.get("indicator.values.targetOnly", context.formats().number(target), indicator.unit())
                : messages.get("indicator.values.both", context.formats().number(baseline),
                context.formats().number(target), indicator.unit());
    }
}
