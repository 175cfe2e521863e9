package com.ascent.app.mail.ui;

import com.ascent.app.mail.ReminderService;
import com.ascent.app.mail.ReminderService.OptOut;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * The page of a reminder's opt-out link, for anyone holding the link (no account needed): it says
 * which reminders to which address it stops and stops them on a click (opening the link alone, as
 * mail scanners do, changes nothing). An altered or incomplete link gets a clear page and stores nothing.
 */
@Route(value = "reminders/opt-out", autoLayout = false)
@AnonymousAllowed
public class ReminderOptOutView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ReminderService reminders;

    public ReminderOptOutView(ReminderService reminders) {
        this.reminders = reminders;
        setAlignItems(Alignment.CENTER);
        // Outside the main layout: the page is its own main landmark.
        getElement().setAttribute("role", "main");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1(getTranslation("mail.optOut.title")));
        Optional<OptOut> optOut = reminders.optOutOf(token);
        if (optOut.isEmpty()) {
            add(message("mail.optOut.invalid"));
            return;
        }
        String kind = getTranslation("mail.reminder.kind." + optOut.get().kind().name());
        String email = optOut.get().email();
        if (optOut.get().done()) {
            add(message("mail.optOut.already", kind, email));
            return;
        }
        Paragraph explanation = new Paragraph(getTranslation("mail.optOut.explanation"));
        explanation.addClassName("ascent-muted");
        Button confirm = new Button(getTranslation("mail.optOut.confirm"));
        confirm.setId("opt-out-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            removeAll();
            add(new H1(getTranslation("mail.optOut.title")));
            add(message(reminders.optOut(token) ? "mail.optOut.done" : "mail.optOut.invalid", kind, email));
        });
        add(new Paragraph(getTranslation("mail.optOut.question", kind, email)), explanation, confirm);
    }

    private Paragraph message(String key, Object... arguments) {
        Paragraph message = new Paragraph(getTranslation(key, arguments));
        message.setId("opt-out-message");
        return message;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.optOut.title") + " · " + getTranslation("app.name");
    }
}
