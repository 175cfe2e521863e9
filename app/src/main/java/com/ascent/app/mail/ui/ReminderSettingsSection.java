package com.ascent.app.mail.ui;

import com.ascent.app.mail.ReminderKind;
import com.ascent.app.mail.ReminderService;
import com.ascent.app.mail.ReminderSettings;
import com.ascent.app.ui.Notifications;
import com.ascent.plugin.api.ConcurrentEditException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The reminder rules of the organization, on the organization settings page: each can be switched
 * off, with its days. Saved on its own (it is a separate record from the organization's settings).
 */
public class ReminderSettingsSection extends VerticalLayout {

    private final ReminderService reminders;
    private final Map<ReminderKind, Checkbox> rules = new EnumMap<>(ReminderKind.class);
    private final IntegerField sessionSoonDays = days("reminders-session-soon-days", "mail.settings.sessionSoonDays", 1, 30);
    private final IntegerField feedbackFirstDays = days("reminders-feedback-first-days", "mail.settings.feedbackFirstDays", 1, 60);
    private final IntegerField feedbackSecondDays = days("reminders-feedback-second-days", "mail.settings.feedbackSecondDays", 1, 90);
    private final IntegerField pairStalledWeeks = days("reminders-pair-stalled-weeks", "mail.settings.pairStalledWeeks", 1, 52);
    private ReminderSettings settings;

    public ReminderSettingsSection(ReminderService reminders) {
        this.reminders = reminders;
        this.settings = reminders.settings();
        setPadding(false);
        setId("reminder-settings");
        Paragraph intro = new Paragraph(getTranslation("mail.settings.intro"));
        intro.addClassName("ascent-muted");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("32rem");
        for (ReminderKind kind : ReminderKind.values()) {
            Checkbox on = new Checkbox(getTranslation("mail.settings." + kind.name()));
            on.setId("reminders-" + kind.name().toLowerCase().replace('_', '-'));
            rules.put(kind, on);
            form.add(on);
            switch (kind) {
                case SESSION_SOON -> form.add(sessionSoonDays);
                case FEEDBACK_AWAITED -> form.add(feedbackFirstDays, feedbackSecondDays);
                case PAIR_STALLED -> form.add(pairStalledWeeks);
                case ACTION_ITEM_OVERDUE -> { }
            }
        }
        Button save = new Button(getTranslation("mail.settings.save"), e -> save());
        save.setId("save-reminders");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("mail.settings.title")), intro, form, save);
        show();
    }

    private IntegerField days(String id, String label, int min, int max) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setId(id);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        return field;
    }

    private void show() {
        rules.forEach((kind, on) -> on.setValue(settings.isOn(kind)));
        sessionSoonDays.setValue(settings.sessionSoonDays());
        feedbackFirstDays.setValue(settings.feedbackFirstDays());
        feedbackSecondDays.setValue(settings.feedbackSecondDays());
        pairStalledWeeks.setValue(settings.pairStalledWeeks());
    }

    private void save() {
        boolean valid = true;
        for (IntegerField field : new IntegerField[] {sessionSoonDays, feedbackFirstDays, feedbackSecondDays, pairStalledWeeks}) {
            field.setInvalid(field.isInvalid() || field.getValue() == null);
            valid &= !field.isInvalid();
        }
        if (valid && feedbackSecondDays.getValue() <= feedbackFirstDays.getValue()) {
            feedbackSecondDays.setErrorMessage(getTranslation("mail.settings.error.order"));
            feedbackSecondDays.setInvalid(true);
            valid = false;
        }
        if (!valid) {
            return;
        }
        Set<ReminderKind> on = EnumSet.noneOf(ReminderKind.class);
        rules.forEach((kind, box) -> {
            if (box.getValue()) {
                on.add(kind);
            }
        });
        try {
            settings = reminders.save(new ReminderSettings(on, sessionSoonDays.getValue(), feedbackFirstDays.getValue(),
                    feedbackSecondDays.getValue(), pairStalledWeeks.getValue(), settings.version()));
            Notifications.success(getTranslation("mail.settings.saved"));
        } catch (ConcurrentEditException e) {
            Notifications.error(getTranslation(e.getMessage()));
            settings = reminders.settings();
        }
        show();
    }
}
