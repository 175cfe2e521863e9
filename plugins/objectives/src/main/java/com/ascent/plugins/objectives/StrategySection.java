package com.ascent.plugins.objectives;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.objectives.StrategyStatement;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;

/**
 * The organization's strategy context: leadership strategy and business priorities, shared by
 * all programs, maintained here because this is where objectives are aligned with them.
 */
class StrategySection extends Details {

    private final StepContext context;
    private final Runnable onChange;
    private final Span summary = new Span();

    StrategySection(StepContext context, Runnable onChange) {
        this.context = context;
        this.onChange = onChange;
        setId("strategy-context");
        setWidthFull();
        setSummary(Sections.summary(context.messages().get("strategy.title"), summary));
    }

    /** The statement kind as it appears in element ids, e.g. {@code add-statement-leadership}. */
    static String slug(StrategyStatement.Kind kind) {
        return switch (kind) {
            case LEADERSHIP_STRATEGY -> "leadership";
            case BUSINESS_PRIORITY -> "business";
        };
    }

    void show(List<StrategyStatement> statements) {
        Translator messages = context.messages();
        long leadership = statements.stream().filter(s -> s.kind() == StrategyStatement.Kind.LEADERSHIP_STRATEGY).count();
        summary.setText(messages.get("strategy.summary", leadership, statements.size() - leadership));
        removeAll();
        add(Sections.muted(new Paragraph(messages.get("strategy.intro"))));
        for (StrategyStatement.Kind kind : StrategyStatement.Kind.values()) {
            add(kindBlock(kind, statements.stream().filter(s -> s.kind() == kind).toList()));
        }
    }

    private Div kindBlock(StrategyStatement.Kind kind, List<StrategyStatement> statements) {
        Translator messages = context.messages();
        Div block = new Div(new H3(messages.get("strategy." + kind.name())));
        if (statements.isEmpty()) {
            block.add(Sections.muted(new Paragraph(messages.get("strategy.empty." + kind.name()))));
        }
        for (int i = 0; i < statements.size(); i++) {
            block.add(row(statements.get(i), slug(kind) + "-" + (i + 1)));
        }
        if (context.canEdit()) {
            block.add(Sections.button(messages.get("strategy.add." + kind.name()), "add-statement-" + slug(kind),
                    () -> new StatementDialog(context, kind, null, onChange).open()));
        }
        return block;
    }

    private HorizontalLayout row(StrategyStatement statement, String idSuffix) {
        Translator messages = context.messages();
        Span text = new Span(statement.text());
        HorizontalLayout row = new HorizontalLayout(text);
        row.setId("statement-" + idSuffix);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setWidthFull();
        row.expand(text);
        if (context.canEdit()) {
            row.add(Sections.button(messages.get("common.edit"), "edit-statement-" + idSuffix,
                    () -> new StatementDialog(context, statement.kind(), statement, onChange).open()));
            row.add(Sections.removeButton(messages.get("common.remove"), "remove-statement-" + idSuffix,
                    () -> Feedback.confirmRemoval(messages, messages.get("strategy.remove.title"),
                            messages.get("strategy.remove.text", statement.text()),
                            () -> context.strategy().removeStatement(statement.id(), statement.version()), onChange)));
        }
        return row;
    }
}
