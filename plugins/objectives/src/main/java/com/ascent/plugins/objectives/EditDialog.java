package com.ascent.plugins.objectives;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * A dialog that edits one record: Save stores it through the host and closes, or shows the
 * host's refusal at the field it names and stores nothing; a concurrent change by someone else
 * closes the dialog and reloads the step.
 */
abstract class EditDialog extends Dialog {

    protected final StepContext context;
    protected final FieldErrors errors = new FieldErrors();
    private final Runnable onSaved;

    /** {@code idPrefix} names the buttons: {@code save-<idPrefix>} and {@code cancel-<idPrefix>}. */
    EditDialog(StepContext context, String title, String idPrefix, Runnable onSaved) {
        super(title);
        this.context = context;
        this.onSaved = onSaved;
        Button save = new Button(context.messages().get("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-" + idPrefix);
        Button cancel = new Button(context.messages().get("common.cancel"), e -> {
            close();
            context.changes().saved();
        });
        cancel.setId("cancel-" + idPrefix);
        getFooter().add(cancel, save);
    }

    /** Stores the dialog's values through the host; throws what the host throws. */
    protected abstract void store();

    /** Checks what only the browser's input can get wrong; false after marking the field. */
    protected boolean inputComplete() {
        return true;
    }

    /** Tells the wizard shell that edits in {@code fields} are not stored yet. */
    protected final void trackChanges(HasValue<?, ?>... fields) {
        for (HasValue<?, ?> field : fields) {
            field.addValueChangeListener(e -> context.changes().unsaved());
        }
    }

    private void save() {
        errors.clear();
        if (!inputComplete()) {
            return;
        }
        try {
            store();
            close();
            onSaved.run();
        } catch (InvalidInputException refusal) {
            errors.show(refusal);
        } catch (ConcurrentEditException refusal) {
            Feedback.error(refusal.getMessage());
            close();
            onSaved.run();
        }
    }
}
