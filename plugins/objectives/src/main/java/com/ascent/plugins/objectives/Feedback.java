package com.ascent.plugins.objectives;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InUseException;
import com.ascent.plugin.api.Translator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Notifications and the confirmation before a removal. */
final class Feedback {

    private Feedback() {
    }

    static void error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void success(String message) {
        Notification notification = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * Asks before removing; a removal the host refuses (someone changed it, or later steps rely
     * on it) is explained in a notification. {@code after} runs either way, to show what is stored.
     */
    static void confirmRemoval(Translator messages, String title, String text, Runnable removal, Runnable after) {
        Dialog dialog = new Dialog(title);
        dialog.add(new Paragraph(text));
        Button cancel = new Button(messages.get("common.cancel"), e -> dialog.close());
        cancel.setId("cancel-remove");
        Button confirm = new Button(messages.get("confirm.remove"), e -> {
            dialog.close();
            try {
                removal.run();
            } catch (InUseException | ConcurrentEditException refusal) {
                error(refusal.getMessage());
            }
            after.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-remove");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
