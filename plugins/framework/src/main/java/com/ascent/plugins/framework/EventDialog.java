package com.ascent.plugins.framework;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.calendar.ActionItem;
import com.ascent.plugin.api.calendar.ActionItemDraft;
import com.ascent.plugin.api.calendar.ActionStatus;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.EventOutcome;
import com.ascent.plugin.api.calendar.EventStatus;
import com.ascent.plugin.api.format.ValueFields;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** One meeting: its agenda, what became of it, notes, and the action items agreed there. */
class EventDialog extends Dialog {

    private final StepContext context;
    private final Translator messages;
    private final Runnable changed;
    private CalendarEvent event;
    private final Select<EventStatus> status = new Select<>();
    private final DateTimePicker movedTo = new DateTimePicker();
    private final TextArea notes = new TextArea();
    private final TextField reason = new TextField();
    private final UnorderedList items = new UnorderedList();
    private final TextField description = new TextField();
    private final TextField owner = new TextField();
    private final DatePicker due;
    private final EventTimes times;

    EventDialog(StepContext context, CalendarEvent event, EventTimes times, Runnable changed) {
        notes.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        description.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        owner.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        this.context = context;
        this.messages = context.messages();
        this.event = event;
        this.times = times;
        this.due = ValueFields.date(context.formats(), messages.get("action.due"));
        this.changed = changed;
        setId("event-dialog");
        setHeaderTitle(event.title());
        setWidth("40em");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new Paragraph(times.show(event.startsAt())));
        if (!event.scheduled()) {
            Paragraph problem = new Paragraph(SchedulingProblems.describe(messages, event));
            problem.setId("event-problem");
            problem.getStyle().set("color", "var(--lumo-error-text-color)");
            body.add(problem);
        }
        if (!event.agenda().isEmpty()) {
            UnorderedList agenda = new UnorderedList();
            event.agenda().forEach(item -> agenda.add(new ListItem(item)));
            body.add(new H3(messages.get("event.agenda")), agenda);
        }
        status.setId("event-status");
        status.setLabel(messages.get("event.status"));
        status.setItems(EventStatus.values());
        status.setItemLabelGenerator(s -> messages.get("status." + s.name()));
        status.setValue(event.status());
        movedTo.setId("event-moved-to");
        movedTo.setLabel(messages.get("event.movedTo"));
        movedTo.setLocale(context.formats().locale());
        movedTo.setVisible(event.status() == EventStatus.MOVED);
        movedTo.setHelperText(messages.get("event.moveHint"));
        // Moving starts from the meeting's current time, so that only what changes needs choosing.
        movedTo.setValue(event.startsAt().atZone(times.zone()).toLocalDateTime());
        reason.setId("event-change-reason");
        reason.setLabel(messages.get("event.changeReason"));
        reason.setHelperText(messages.get("event.changeReasonHint"));
        reason.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        reason.setWidthFull();
        reason.setVisible(changes(event.status()));
        status.addValueChangeListener(e -> {
            movedTo.setVisible(e.getValue() == EventStatus.MOVED);
            reason.setVisible(changes(e.getValue()));
        });
        String earlierReason = context.calendar().changeReason(event.id());
        if (!earlierReason.isBlank()) {
            Paragraph why = new Paragraph(messages.get("event.changedBecause", earlierReason));
            why.setId("event-changed-because");
            body.add(why);
        }
        notes.setId("event-notes");
        notes.setLabel(messages.get("event.notes"));
        notes.setValue(event.notes());
        notes.setWidthFull();
        description.setId("action-description");
        description.setLabel(messages.get("action.description"));
        owner.setId("action-owner");
        owner.setLabel(messages.get("action.owner"));
        due.setId("action-due");
        Button add = new Button(messages.get("action.add"), e -> addItem());
        add.setId("action-add");
        HorizontalLayout newItem = new HorizontalLayout(description, owner, due, add);
        newItem.setAlignItems(FlexComponent.Alignment.BASELINE);
        newItem.setWrap(true);
        newItem.setVisible(context.canEdit());
        body.add(new HorizontalLayout(status, movedTo), reason, notes, new H3(messages.get("action.heading")), items, newItem);
        add(body);
        Button save = new Button(messages.get("event.save"), e -> save());
        save.setId("event-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(context.canEdit());
        Button close = new Button(messages.get("event.close"), e -> close());
        close.setId("event-close");
        getFooter().add(close, save);
        status.setReadOnly(!context.canEdit());
        notes.setReadOnly(!context.canEdit());
        showItems();
    }

    private void save() {
        movedTo.setInvalid(false);
        var when = movedTo.getValue() == null ? null : movedTo.getValue().atZone(times.zone()).toInstant();
        try {
            boolean changedWithReason = changes(status.getValue()) && !reason.getValue().isBlank();
            if (changedWithReason) {
                // One occurrence moved or cancelled with its reason; the rest of the series stays.
                event = context.calendar().changeOccurrence(event.id(), event.version(),
                        status.getValue() == EventStatus.MOVED ? when : null, reason.getValue());
            }
            if (!changedWithReason || !notes.getValue().strip().equals(event.notes())) {
                event = context.calendar().recordOutcome(event.id(), event.version(),
                        new EventOutcome(status.getValue(), when, notes.getValue()));
            }
            context.changes().saved();
            changed.run();
            close();
        } catch (InvalidInputException e) {
            HasValidation field = "movedTo".equals(e.field()) ? movedTo : notes;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        } catch (ConcurrentEditException e) {
            FrameworkView.showError(e.getMessage());
        }
    }

    /** A move or a cancellation: what people are told the reason of. */
    private static boolean changes(EventStatus status) {
        return status == EventStatus.MOVED || status == EventStatus.CANCELLED;
    }

    private void addItem() {
        description.setInvalid(false);
        owner.setInvalid(false);
        try {
            context.calendar().addActionItem(event.id(), new ActionItemDraft(description.getValue(), owner.getValue(),
                    due.getValue(), ActionStatus.OPEN));
            description.clear();
            owner.clear();
            due.clear();
            showItems();
            changed.run();
        } catch (InvalidInputException e) {
            HasValidation field = "owner".equals(e.field()) ? owner : description;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        } catch (ConcurrentEditException e) {
            FrameworkView.showError(e.getMessage());
        }
    }

    private void showItems() {
        items.removeAll();
        context.calendar().actionItems().stream().filter(item -> item.eventId().equals(event.id()))
                .forEach(item -> items.add(new ListItem(describe(item))));
        if (items.getChildren().findAny().isEmpty()) {
            items.add(new ListItem(messages.get("action.none")));
        }
    }

    private String describe(ActionItem item) {
        return messages.get("action.line", item.description(), item.owner(),
                item.due() == null ? messages.get("action.noDue") : times.formats().date(item.due()),
                messages.get("actionStatus." + item.status().name()));
    }
}
