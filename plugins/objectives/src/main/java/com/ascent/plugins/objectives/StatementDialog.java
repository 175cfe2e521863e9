package com.ascent.plugins.objectives;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.objectives.StrategyStatement;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

/** Adds or rewords one statement of the organization's leadership strategy or business priorities. */
class StatementDialog extends EditDialog {

    private final StrategyStatement.Kind kind;
    private final @Nullable StrategyStatement statement;
    private final TextArea text = new TextArea();

    StatementDialog(StepContext context, StrategyStatement.Kind kind, @Nullable StrategyStatement statement,
                    Runnable onSaved) {
        super(context, context.messages().get(statement == null ? "strategy.add." + kind.name() : "strategy.edit"),
                "statement", onSaved);
        text.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        this.kind = kind;
        this.statement = statement;
        Translator messages = context.messages();
        text.setLabel(messages.get("strategy.text"));
        text.setPlaceholder(messages.get("strategy.text.placeholder." + kind.name()));
        text.setId("statement-text");
        text.setWidth("32rem");
        text.setMaxLength(500);
        if (statement != null) {
            text.setValue(statement.text());
        }
        errors.bind("text", text);
        trackChanges(text);
        add(text);
    }

    @Override
    protected void store() {
        if (statement == null) {
            context.strategy().addStatement(kind, text.getValue());
        } else {
            context.strategy().updateStatement(statement.id(), statement.version(), text.getValue());
        }
    }
}
