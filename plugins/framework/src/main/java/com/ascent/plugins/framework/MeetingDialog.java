package com.ascent.plugins.framework;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.MeetingDraft;
import com.ascent.plugin.api.calendar.ProgramFramework;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.roster.Pair;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;

/** HR adds a one-off meeting for a pair, at a time the scheduling rules allow (outside the series). */
class MeetingDialog extends Dialog {

    private final StepContext context;
    private final Pair pair;
    private final EventTimes times;
    private final Runnable added;
    private final TextField title = new TextField();
    private final DateTimePicker startsAt = new DateTimePicker();
    private final IntegerField minutes = new IntegerField();
    private final TextField reason = new TextField();

    MeetingDialog(StepContext context, Pair pair, String pairName, EventTimes times, Runnable added) {
        this.context = context;
        this.pair = pair;
        this.times = times;
        this.added = added;
        Translator messages = context.messages();
        setId("meeting-dialog");
        setHeaderTitle(messages.get("meeting.heading", pairName));
        title.setId("meeting-title");
        title.setLabel(messages.get("meeting.title"));
        title.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);
        startsAt.setId("meeting-starts");
        startsAt.setLabel(messages.get("meeting.starts"));
        startsAt.setLocale(context.formats().locale());
        startsAt.setHelperText(messages.get("event.moveHint"));
        minutes.setId("meeting-minutes");
        minutes.setLabel(messages.get("meeting.minutes"));
        minutes.setMin(15);
        minutes.setMax(480);
        minutes.setStepButtonsVisible(true);
        minutes.setValue(context.calendar().framework().map(ProgramFramework::structure)
                .map(FrameworkDraft::sessionMinutes).orElse(60));
        reason.setId("meeting-reason");
        reason.setLabel(messages.get("meeting.reason"));
        reason.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        FormLayout form = new FormLayout(title, startsAt, minutes, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(messages.get("meeting.save"), e -> save());
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(messages.get("event.close"), e -> close()), save);
    }

    private void save() {
        title.setInvalid(false);
        startsAt.setInvalid(false);
        minutes.setInvalid(false);
        if (startsAt.getValue() == null || minutes.getValue() == null) {
            HasValidation missing = startsAt.getValue() == null ? startsAt : minutes;
            missing.setErrorMessage(context.messages().get("meeting.required"));
            missing.setInvalid(true);
            return;
        }
        Instant start = startsAt.getValue().atZone(times.zone()).toInstant();
        try {
            context.calendar().addMeeting(new MeetingDraft(pair.id(), title.getValue(), start, minutes.getValue(),
                    reason.getValue()));
            context.changes().saved();
            added.run();
            close();
        } catch (InvalidInputException e) {
            HasValidation field = switch (e.field()) {
                case "title" -> title;
                case "minutes" -> minutes;
                default -> startsAt;
            };
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        } catch (ConcurrentEditException e) {
            FrameworkView.showError(e.getMessage());
        }
    }
}
