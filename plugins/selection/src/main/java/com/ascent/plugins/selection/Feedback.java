package com.ascent.plugins.selection;

import com.ascent.plugin.api.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.HashMap;
import java.util.Map;

/** Messages for the user: notifications, and a refused value shown at the field it concerns. */
final class Feedback {

    private static final int ERROR_MILLIS = 8000;
    private static final int SUCCESS_MILLIS = 4000;

    private final Map<String, HasValidation> fields = new HashMap<>();

    /** Shows refusals of {@code field} (a record component name of the API) at {@code component}. */
    Feedback field(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    /** Shows the refusal at its field, or as a notification when no field of this form matches. */
    void show(InvalidInputException e) {
        HasValidation component = fields.get(e.field());
        if (component == null) {
            error(e.getMessage());
            return;
        }
        component.setErrorMessage(e.getMessage());
        component.setInvalid(true);
    }

    /** Clears the errors shown at fields. */
    void clear() {
        fields.values().forEach(component -> component.setInvalid(false));
    }

    static void error(String message) {
        Notification.show(message, ERROR_MILLIS, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void success(String message) {
        Notification.show(message, SUCCESS_MILLIS, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
