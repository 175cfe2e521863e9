package com.ascent.plugins.objectives;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.objectives.Alignment;
import com.ascent.plugin.api.objectives.Capability;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.objectives.ObjectiveDraft;
import com.ascent.plugin.api.objectives.Priority;
import com.ascent.plugin.api.objectives.StrategyStatement;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Adds or edits an objective: the capability of the library it develops (or none, for a custom
 * objective), its title, description and priority, and which strategy statements it serves and how.
 */
class ObjectiveDialog extends EditDialog {

    private final @Nullable Objective objective;
    private final ComboBox<Capability> capability = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Select<Priority> priority = new Select<>();
    private final List<AlignmentRow> alignments = new ArrayList<>();

    ObjectiveDialog(StepContext context, @Nullable Objective objective, List<StrategyStatement> statements,
                    List<Capability> capabilities, Runnable onSaved) {
        super(context, context.messages().get(objective == null ? "objective.add" : "objective.edit"), "objective",
                onSaved);
        title.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        description.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        this.objective = objective;
        Translator messages = context.messages();
        capability.setLabel(messages.get("objective.capability"));
        capability.setPlaceholder(messages.get("objective.capability.placeholder"));
        capability.setHelperText(messages.get("objective.capability.helper"));
        capability.setItems(capabilities);
        capability.setItemLabelGenerator(Capability::name);
        capability.setClearButtonVisible(true);
        capability.setId("objective-capability");
        title.setLabel(messages.get("objective.title"));
        title.setPlaceholder(messages.get("objective.title.placeholder"));
        title.setId("objective-title");
        title.setMaxLength(150);
        description.setLabel(messages.get("objective.description"));
        description.setId("objective-description");
        priority.setLabel(messages.get("objective.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> messages.get("priority." + p.name()));
        priority.setValue(Priority.HIGH);
        priority.setId("objective-priority");
        if (objective != null) {
            capabilities.stream().filter(c -> c.id().equals(objective.capabilityId())).findFirst()
                    .ifPresent(capability::setValue);
            title.setValue(objective.title());
            description.setValue(objective.description());
            priority.setValue(objective.priority());
        }
        capability.addValueChangeListener(e -> suggestFrom(e.getOldValue(), e.getValue()));
        errors.bind("title", title).bind("capabilityId", capability);
        trackChanges(capability, title, description, priority);

        FormLayout form = new FormLayout(capability, title, description, priority);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        VerticalLayout content = new VerticalLayout(form, alignmentSection(statements));
        content.setPadding(false);
        content.setWidth("36rem");
        add(content);
    }

    /** Picking a capability fills title and description, unless the user wrote their own. */
    private void suggestFrom(@Nullable Capability previous, @Nullable Capability picked) {
        if (picked == null) {
            return;
        }
        if (title.isEmpty() || previous != null && title.getValue().equals(previous.name())) {
            title.setValue(picked.name());
        }
        if (description.isEmpty() || previous != null && description.getValue().equals(previous.description())) {
            description.setValue(picked.description());
        }
    }

    private VerticalLayout alignmentSection(List<StrategyStatement> statements) {
        Translator messages = context.messages();
        VerticalLayout section = new VerticalLayout(new H3(messages.get("objective.alignment")));
        section.setPadding(false);
        section.setSpacing(false);
        if (statements.isEmpty()) {
            section.add(new Paragraph(messages.get("objective.alignment.none")));
            return section;
        }
        section.add(new Paragraph(messages.get("objective.alignment.help")));
        Map<UUID, String> current = objective == null ? Map.of() : objective.alignments().stream()
                .collect(Collectors.toMap(Alignment::statementId, Alignment::how));
        Map<StrategyStatement.Kind, List<StrategyStatement>> byKind = statements.stream()
                .collect(Collectors.groupingBy(StrategyStatement::kind));
        for (StrategyStatement.Kind kind : StrategyStatement.Kind.values()) {
            List<StrategyStatement> ofKind = byKind.getOrDefault(kind, List.of());
            for (int i = 0; i < ofKind.size(); i++) {
                AlignmentRow row = new AlignmentRow(ofKind.get(i), StrategySection.slug(kind) + "-" + (i + 1),
                        current.get(ofKind.get(i).id()));
                alignments.add(row);
                Div indented = new Div(row.how);
                // The sentence gets the dialog's width: a shrunken wrapper made the field too narrow to read.
                indented.setWidthFull();
                indented.getStyle().set("box-sizing", "border-box").set("padding-inline-start", "var(--lumo-space-l)");
                section.add(row.checkbox, indented);
            }
        }
        return section;
    }

    @Override
    protected void store() {
        ObjectiveDraft draft = new ObjectiveDraft(title.getValue(), description.getValue(),
                capability.getOptionalValue().map(Capability::id).orElse(null), priority.getValue(),
                alignments.stream().map(AlignmentRow::alignment).filter(Objects::nonNull).toList());
        if (objective == null) {
            context.objectives().add(draft);
        } else {
            context.objectives().update(objective.id(), objective.version(), draft);
        }
    }

    /** One statement: ticked when the objective serves it, with a sentence saying how. */
    private final class AlignmentRow {

        private final StrategyStatement statement;
        private final Checkbox checkbox;
        private final TextField how = new TextField();

        AlignmentRow(StrategyStatement statement, String idSuffix, @Nullable String currentHow) {
            how.setMaxLength(TextLimits.NAME_MAX_LENGTH);
            this.statement = statement;
            Translator messages = context.messages();
            checkbox = new Checkbox(statement.text());
            checkbox.setId("align-" + idSuffix);
            how.setLabel(messages.get("objective.alignment.how"));
            how.setPlaceholder(messages.get("objective.alignment.how.placeholder"));
            how.setId("align-how-" + idSuffix);
            how.setWidthFull();
            checkbox.setValue(currentHow != null);
            how.setValue(currentHow == null ? "" : currentHow);
            how.setVisible(checkbox.getValue());
            checkbox.addValueChangeListener(e -> how.setVisible(e.getValue()));
            errors.bind("alignments." + statement.id(), how);
            trackChanges(checkbox, how);
        }

        @Nullable Alignment alignment() {
            return checkbox.getValue() ? new Alignment(statement.id(), how.getValue()) : null;
        }
    }
}
