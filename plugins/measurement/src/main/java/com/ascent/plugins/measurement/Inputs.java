package com.ascent.plugins.measurement;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.Translator;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reading numbers typed by the user, formatting them, and showing refusals at their field. */
final class Inputs {

    private Inputs() {
    }

    /** The number in {@code field}, or empty with a message at the field when it is not one. */
    static Optional<BigDecimal> number(TextField field, Translator messages) {
        String text = field.getValue().trim().replace(',', '.');
        try {
            BigDecimal value = new BigDecimal(text);
            field.setInvalid(false);
            return Optional.of(value);
        } catch (NumberFormatException e) {
            field.setErrorMessage(messages.get(text.isEmpty() ? "error.numberRequired" : "error.notANumber"));
            field.setInvalid(true);
            return Optional.empty();
        }
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

    /** A number for display in the user's locale, at most two decimals; a dash when unknown. */
    static String format(@Nullable BigDecimal value, Translator messages) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
