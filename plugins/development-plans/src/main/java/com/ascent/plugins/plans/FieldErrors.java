package com.ascent.plugins.plans;

import com.ascent.plugin.api.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.HashMap;
import java.util.Map;

/** Shows the host's message at the field it names, or as a notification when no field matches. */
final class FieldErrors {

    private final Map<String, HasValidation> fields = new HashMap<>();

    FieldErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    void show(InvalidInputException e) {
        HasValidation field = fields.get(e.field());
        if (field == null) {
            notifyError(e.getMessage());
            return;
        }
        field.setErrorMessage(e.getMessage());
        field.setInvalid(true);
    }

    static void notifyError(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
