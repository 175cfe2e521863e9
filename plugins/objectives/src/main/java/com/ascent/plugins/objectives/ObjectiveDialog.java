package com.ascent.plugins.objectives;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.objectives.ObjectiveDraft;
import com.ascent.plugin.api.objectives.Priority;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Adds or edits an objective. */
class ObjectiveDialog extends Dialog {

    private final StepContext context;
    private final @Nullable Objective objective;
    private final Runnable onSaved;
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Select<Priority> priority = new Select<>();

    ObjectiveDialog(StepContext context, @Nullable Objective objective, Runnable onSaved) {
        this.context = context;
        this.objective = objective;
        this.onSaved = onSaved;
        Translator messages = context.messages();
        setHeaderTitle(messages.get(objective == null ? "objective.add" : "objective.edit"));
        title.setLabel(messages.get("objective.title"));
        title.setPlaceholder(messages.get("objective.title.placeholder"));
        title.setId("objective-title");
        description.setLabel(messages.get("objective.description"));
        priority.setLabel(messages.get("objective.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> messages.get("priority." + p.name()));
        priority.setValue(Priority.HIGH);
        if (objective != null) {
            title.setValue(objective.title());
            description.setValue(objective.description());
            priority.setValue(objective.priority());
        }
        title.addValueChangeListener(e -> context.changes().unsaved());
        description.addValueChangeListener(e -> context.changes().unsaved());
        FormLayout form = new FormLayout(title, description, priority);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("30rem");
        add(form);
        Button save = new Button(messages.get("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-objective");
        Button cancel = new Button(messages.get("common.cancel"), e -> {
            close();
            context.changes().saved();
        });
        getFooter().add(cancel, save);
    }

    private void save() {
        title.setInvalid(false);
        ObjectiveDraft draft = new ObjectiveDraft(title.getValue(), description.getValue(),
                objective == null ? null : objective.capabilityId(), priority.getValue(),
                objective == null ? List.of() : objective.alignments());
        try {
            if (objective == null) {
                context.objectives().add(draft);
            } else {
                context.objectives().update(objective.id(), objective.version(), draft);
            }
            close();
            context.changes().saved();
            onSaved.run();
        } catch (InvalidInputException e) {
            title.setErrorMessage(e.getMessage());
            title.setInvalid(true);
        } catch (ConcurrentEditException e) {
            ObjectivesView.showError(e.getMessage());
        }
    }
}
