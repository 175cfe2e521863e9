package com.ascent.plugins.measurement;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.format.ValueFields;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Reading numbers typed by the user and showing refusals at their field. */
final class Inputs {

    private Inputs() {
    }

    /**
     * The number in {@code field} (made by {@link ValueFields}), or empty with a message at the field
     * when it is blank or not written as the user writes numbers.
     */
    static Optional<BigDecimal> number(TextField field, Translator messages) {
        Optional<BigDecimal> value = ValueFields.read(field);
        if (value.isEmpty() && !field.isInvalid()) {
            field.setErrorMessage(messages.get("error.numberRequired"));
            field.setInvalid(true);
        }
        return value;
    }

    /** Runs a save; a refusal is shown at the field it names, or as a notification. */
    static boolean save(Runnable save, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            save.run();
            return true;
        } catch (InvalidInputException e) {
            HasValidation field = fields.get(e.field());
            if (field != null) {
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
            } else {
                Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        } catch (ConcurrentEditException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return false;
    }
}
