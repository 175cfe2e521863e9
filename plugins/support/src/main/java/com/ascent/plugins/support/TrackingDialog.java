package com.ascent.plugins.support;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.format.ValueFields;
import com.ascent.plugin.api.support.Assignment;
import com.ascent.plugin.api.support.AssignmentStatus;
import com.ascent.plugin.api.support.Tracking;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Records how an assignment is going: status, completion date, usefulness and actual cost. */
class TrackingDialog extends Dialog {

    private final StepContext context;
    private final Assignment assignment;
    private final Runnable onSaved;
    private final Select<AssignmentStatus> status = new Select<>();
    private final DatePicker completedOn;
    private final IntegerField rating = new IntegerField();
    private final TextField actualCost;
    private final Map<String, HasValidation> fields;

    TrackingDialog(StepContext context, Assignment assignment, String hipoName, Runnable onSaved) {
        this.context = context;
        this.assignment = assignment;
        this.onSaved = onSaved;
        Translator messages = context.messages();
        completedOn = ValueFields.date(context.formats(), messages.get("tracking.completedOn"));
        actualCost = ValueFields.money(context.formats(), messages.get("tracking.actualCost"));
        fields = Map.of("status", status, "completedOn", completedOn, "rating", rating, "actualCost", actualCost,
                "resourceId", status);
        setHeaderTitle(messages.get("tracking.title", assignment.resourceTitle(), hipoName));
        status.setId("tracking-status");
        status.setLabel(messages.get("assignment.status"));
        status.setItems(AssignmentStatus.values());
        status.setItemLabelGenerator(s -> messages.get("status." + s.name()));
        completedOn.setId("tracking-completed-on");
        completedOn.setHelperText(messages.get("tracking.completedOn.help"));
        rating.setId("tracking-rating");
        rating.setLabel(messages.get("tracking.rating"));
        rating.setHelperText(messages.get("tracking.rating.help"));
        actualCost.setId("tracking-actual-cost");
        actualCost.setHelperText(messages.get("tracking.actualCost.help",
                context.formats().money(assignment.plannedCost())));
        Tracking current = assignment.tracking();
        status.setValue(current.status());
        completedOn.setValue(current.completedOn());
        rating.setValue(current.rating());
        ValueFields.show(actualCost, current.actualCost());
        FormLayout form = new FormLayout(status, completedOn, rating, actualCost);
        form.setWidth("30rem");
        add(form);
        Button save = new Button(messages.get("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-tracking");
        Button remove = new Button(messages.get("tracking.remove"), e -> remove());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setId("remove-assignment");
        Button cancel = new Button(messages.get("common.cancel"), e -> close());
        getFooter().add(remove, cancel, save);
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        Optional<BigDecimal> actual = ValueFields.read(actualCost);
        if (actualCost.isInvalid()) {
            return;
        }
        try {
            context.support().track(assignment.id(), assignment.version(), new Tracking(status.getValue(),
                    completedOn.getValue(), rating.getValue(), actual.orElse(null)));
            close();
            context.changes().saved();
            onSaved.run();
        } catch (InvalidInputException e) {
            HasValidation field = fields.getOrDefault(e.field(), status);
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        } catch (ConcurrentEditException e) {
            close();
            SupportView.showError(e.getMessage());
            onSaved.run();
        }
    }

    private void remove() {
        try {
            context.support().removeAssignment(assignment.id(), assignment.version());
            context.changes().saved();
        } catch (ConcurrentEditException e) {
            SupportView.showError(e.getMessage());
        }
        close();
        onSaved.run();
    }
}
