package com.ascent.plugins.framework;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.calendar.Attendee;
import com.ascent.plugin.api.calendar.Cadence;
import com.ascent.plugin.api.calendar.CadenceUnit;
import com.ascent.plugin.api.calendar.Charter;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.GenerationSummary;
import com.ascent.plugin.api.calendar.MeetingAgendas;
import com.ascent.plugin.api.calendar.Milestone;
import com.ascent.plugin.api.calendar.ProgramFramework;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.format.ValueFields;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The program's structure, charter and meeting templates in one form: start from a template,
 * edit, save, and generate the calendar. Refusals are shown at the field they concern.
 */
class StructureForm extends VerticalLayout {

    private final StepContext context;
    private final Translator messages;
    private final Runnable calendarChanged;
    private long version;

    private final Select<FrameworkTemplate> template = new Select<>();
    private final DatePicker start;
    private final DatePicker end;
    private final Paragraph duration = new Paragraph();
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final TimePicker sessionStart;
    private final IntegerField sessionMinutes = new IntegerField();
    private final IntegerField mentoringEvery = new IntegerField();
    private final Select<CadenceUnit> mentoringUnit = new Select<>();
    private final IntegerField coachingEvery = new IntegerField();
    private final Select<CadenceUnit> coachingUnit = new Select<>();
    private final IntegerField coachingMonths = new IntegerField();
    private final IntegerField reviewEvery = new IntegerField();
    private final CheckboxGroup<Attendee> reviewAttendees = new CheckboxGroup<>();
    private final CheckboxGroup<Milestone> milestones = new CheckboxGroup<>();
    private final TextArea holidays;
    private final Map<String, TextArea> charter = new java.util.LinkedHashMap<>();
    private final Map<String, TextArea> agendas = new java.util.LinkedHashMap<>();

    StructureForm(StepContext context, Runnable calendarChanged) {
        this.context = context;
        this.messages = context.messages();
        this.calendarChanged = calendarChanged;
        Formats formats = context.formats();
        this.start = ValueFields.date(formats, messages.get("structure.start"));
        this.end = ValueFields.date(formats, messages.get("structure.end"));
        this.sessionStart = ValueFields.time(formats, messages.get("structure.sessionStart"));
        this.holidays = ValueFields.dates(formats, messages.get("structure.holidays"));
        setPadding(false);
        add(templatePicker(), new H3(messages.get("structure.heading")), structureFields(),
                new H3(messages.get("charter.heading")), new Paragraph(messages.get("charter.hint")), charterFields(),
                new H3(messages.get("agenda.heading")), new Paragraph(messages.get("agenda.hint")), agendaFields(),
                actions());
        Optional<ProgramFramework> saved = context.calendar().framework();
        if (saved.isPresent()) {
            version = saved.get().version();
            show(saved.get().structure());
        } else {
            // A new structure covers the program's period, as chosen when the program was created.
            show(FrameworkTemplate.TWELVE_MONTHS.draft(context.program().startDate(), context.program().endDate(),
                    formats.zone(), messages));
        }
        setReadOnly(!context.canEdit());
        watchChanges();
    }

    private HorizontalLayout templatePicker() {
        template.setId("framework-template");
        template.setLabel(messages.get("template.label"));
        template.setItems(FrameworkTemplate.values());
        template.setItemLabelGenerator(t -> t.label(messages));
        template.setWidthFull();
        Button apply = new Button(messages.get("template.apply"), e -> applyTemplate());
        apply.setId("apply-template");
        apply.setVisible(context.canEdit());
        HorizontalLayout row = new HorizontalLayout(template, apply);
        row.setWidthFull();
        row.setFlexGrow(1, template);
        row.setAlignItems(Alignment.BASELINE);
        row.setVisible(context.canEdit());
        return row;
    }

    private void applyTemplate() {
        FrameworkTemplate chosen = template.getValue();
        if (chosen == null) {
            template.setInvalid(true);
            template.setErrorMessage(messages.get("template.choose"));
            return;
        }
        LocalDate from = context.program().within(Optional.ofNullable(start.getValue()).orElse(context.program().startDate()));
        ZoneId zone = Optional.ofNullable(timeZone.getValue()).map(ZoneId::of).orElse(context.formats().zone());
        show(chosen.draft(from, context.program().endDate(), zone, messages));
        context.changes().unsaved();
    }

    private FormLayout structureFields() {
        start.setId("framework-start");
        end.setId("framework-end");
        end.setHelperText(messages.get("structure.endHelp"));
        duration.setId("framework-duration");
        timeZone.setId("framework-time-zone");
        timeZone.setLabel(messages.get("structure.timeZone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        sessionStart.setId("framework-session-time");
        sessionMinutes.setId("framework-session-minutes");
        sessionMinutes.setLabel(messages.get("structure.sessionMinutes"));
        cadence(mentoringEvery, mentoringUnit, "mentoring");
        cadence(coachingEvery, coachingUnit, "coaching");
        coachingMonths.setId("coaching-months");
        coachingMonths.setLabel(messages.get("structure.coachingMonths"));
        coachingMonths.setHelperText(messages.get("structure.coachingMonthsHelp"));
        reviewEvery.setId("review-every");
        reviewEvery.setLabel(messages.get("structure.reviewEvery"));
        reviewEvery.setHelperText(messages.get("structure.reviewEveryHelp"));
        reviewAttendees.setId("review-attendees");
        reviewAttendees.setLabel(messages.get("structure.reviewAttendees"));
        reviewAttendees.setItems(Attendee.values());
        reviewAttendees.setItemLabelGenerator(a -> messages.get("attendee." + a.name()));
        milestones.setId("milestones");
        milestones.setLabel(messages.get("structure.milestones"));
        milestones.setItems(Milestone.values());
        milestones.setItemLabelGenerator(m -> messages.get("milestone." + m.name()));
        holidays.setId("holidays");
        holidays.setHelperText(messages.get("structure.holidaysHelp"));
        start.addValueChangeListener(e -> showDuration());
        end.addValueChangeListener(e -> showDuration());
        HorizontalLayout mentoringCadence = cadenceRow(mentoringEvery, mentoringUnit);
        HorizontalLayout coachingCadence = cadenceRow(coachingEvery, coachingUnit);
        // A cadence (every n weeks or months) needs two columns; its companion field fills the third.
        FormLayout form = new FormLayout(start, end, duration, timeZone, sessionStart, sessionMinutes,
                mentoringCadence, reviewEvery, coachingCadence, coachingMonths, reviewAttendees, milestones, holidays);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.setColspan(mentoringCadence, 2);
        form.setColspan(coachingCadence, 2);
        form.setColspan(holidays, 3);
        return form;
    }

    private static HorizontalLayout cadenceRow(IntegerField every, Select<CadenceUnit> unit) {
        HorizontalLayout row = new HorizontalLayout(every, unit);
        row.setWidthFull();
        row.setAlignItems(Alignment.BASELINE);
        every.setWidth("14em");
        unit.setWidth("10em");
        return row;
    }

    private void cadence(IntegerField every, Select<CadenceUnit> unit, String kind) {
        every.setId(kind + "-every");
        every.setLabel(messages.get("structure." + kind + "Every"));
        every.setHelperText(messages.get("structure.cadenceHelp"));
        unit.setId(kind + "-unit");
        unit.setLabel(messages.get("structure.unit"));
        unit.setItems(CadenceUnit.values());
        unit.setItemLabelGenerator(u -> messages.get("unit." + u.name()));
    }

    private void showDuration() {
        if (start.getValue() != null && end.getValue() != null && !end.getValue().isBefore(start.getValue())) {
            long months = ChronoUnit.MONTHS.between(start.getValue(), end.getValue().plusDays(1));
            duration.setText(messages.get("structure.duration", months));
        } else {
            duration.setText("");
        }
    }

    private FormLayout charterFields() {
        FormLayout form = new FormLayout();
        for (String role : List.of("hipo", "mentor", "coach", "manager", "hr", "confidentiality", "preparation")) {
            TextArea area = new TextArea(messages.get("charter." + role));
            area.setId("charter-" + role);
            area.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
            charter.put(role, area);
            form.add(area);
        }
        return form;
    }

    private FormLayout agendaFields() {
        FormLayout form = new FormLayout();
        for (String kind : List.of("mentoring", "coaching", "review", "milestone")) {
            TextArea area = new TextArea(messages.get("agenda." + kind));
            area.setId("agenda-" + kind);
            area.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
            area.setHelperText(messages.get("agenda.onePerLine"));
            agendas.put(kind, area);
            form.add(area);
        }
        return form;
    }

    private HorizontalLayout actions() {
        Button save = new Button(messages.get("structure.save"), e -> save());
        save.setId("save-structure");
        Button generate = new Button(messages.get("structure.generate"), e -> {
            if (save()) {
                generate();
            }
        });
        generate.setId("generate-calendar");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(save, generate);
        row.setVisible(context.canEdit());
        return row;
    }

    private void show(FrameworkDraft draft) {
        start.setValue(draft.startDate());
        end.setValue(draft.endDate());
        timeZone.setValue(draft.timeZone().getId());
        sessionStart.setValue(draft.sessionStart());
        sessionMinutes.setValue(draft.sessionMinutes());
        showCadence(draft.mentoring(), mentoringEvery, mentoringUnit);
        showCadence(draft.coaching(), coachingEvery, coachingUnit);
        coachingMonths.setValue(draft.coachingMonths());
        reviewEvery.setValue(draft.reviewEveryMonths());
        reviewAttendees.setValue(draft.reviewAttendees());
        milestones.setValue(draft.milestones());
        ValueFields.showDates(holidays, draft.holidays());
        Charter c = draft.charter();
        List<String> texts = List.of(c.hipo(), c.mentor(), c.coach(), c.manager(), c.hr(), c.confidentiality(),
                c.preparation());
        List<TextArea> areas = new ArrayList<>(charter.values());
        for (int i = 0; i < areas.size(); i++) {
            areas.get(i).setValue(texts.get(i));
        }
        MeetingAgendas a = draft.agendas();
        agendas.get("mentoring").setValue(String.join("\n", a.mentoring()));
        agendas.get("coaching").setValue(String.join("\n", a.coaching()));
        agendas.get("review").setValue(String.join("\n", a.review()));
        agendas.get("milestone").setValue(String.join("\n", a.milestone()));
        clearErrors();
    }

    private static void showCadence(@Nullable Cadence cadence, IntegerField every, Select<CadenceUnit> unit) {
        every.setValue(cadence == null ? null : cadence.every());
        unit.setValue(cadence == null ? CadenceUnit.MONTHS : cadence.unit());
    }

    /** The form's structure, or empty after marking the fields that are missing or unreadable. */
    private Optional<FrameworkDraft> read() {
        clearErrors();
        boolean complete = required(start) & required(end) & required(timeZone) & required(sessionStart)
                & required(sessionMinutes) & required(reviewEvery);
        Optional<List<LocalDate>> holidayDates = ValueFields.readDates(holidays);
        if (!complete || holidayDates.isEmpty()) {
            return Optional.empty();
        }
        List<String> c = charter.values().stream().map(TextArea::getValue).toList();
        return Optional.of(new FrameworkDraft(start.getValue(), end.getValue(), ZoneId.of(timeZone.getValue()),
                sessionStart.getValue(), sessionMinutes.getValue(), cadence(mentoringEvery, mentoringUnit),
                cadence(coachingEvery, coachingUnit), Optional.ofNullable(coachingMonths.getValue()).orElse(0),
                reviewEvery.getValue(), reviewAttendees.getValue(), milestones.getValue(), holidayDates.get(),
                new Charter(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6)),
                new MeetingAgendas(lines(agendas.get("mentoring")), lines(agendas.get("coaching")),
                        lines(agendas.get("review")), lines(agendas.get("milestone")))));
    }

    private static @Nullable Cadence cadence(IntegerField every, Select<CadenceUnit> unit) {
        return every.getValue() == null ? null
                : new Cadence(every.getValue(), Optional.ofNullable(unit.getValue()).orElse(CadenceUnit.MONTHS));
    }

    private static List<String> lines(TextArea area) {
        return Arrays.stream(area.getValue().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private <C extends HasValue<?, ?> & HasValidation> boolean required(C field) {
        if (field.isEmpty()) {
            fieldError(field, messages.get("error.required"));
            return false;
        }
        return true;
    }

    /** Saves the form; true when saved. */
    private boolean save() {
        Optional<FrameworkDraft> draft = read();
        if (draft.isEmpty()) {
            return false;
        }
        try {
            version = context.calendar().saveFramework(version, draft.get()).version();
            context.changes().saved();
            return true;
        } catch (InvalidInputException e) {
            fieldError(fieldNamed(e.field()), e.getMessage());
        } catch (ConcurrentEditException e) {
            FrameworkView.showError(e.getMessage());
        }
        return false;
    }

    private void generate() {
        try {
            GenerationSummary summary = context.calendar().generate();
            context.changes().saved();
            // What did not come out as the structure says is told with the summary, in one message.
            List<String> lines = new ArrayList<>();
            lines.add(messages.get("structure.generated", summary.created(), summary.kept(), summary.removed()));
            if (summary.unscheduled() > 0) {
                lines.add(messages.get("structure.unscheduled", summary.unscheduled()));
            }
            lines.addAll(context.calendar().idleCadences());
            boolean complete = lines.size() == 1;
            Notification notification = Notification.show(String.join(" ", lines), complete ? 5000 : 15000,
                    Notification.Position.BOTTOM_START);
            notification.setId("generation-summary");
            notification.addThemeVariants(complete ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
            calendarChanged.run();
        } catch (InvalidInputException | ConcurrentEditException e) {
            FrameworkView.showError(e.getMessage());
        }
    }

    private HasValidation fieldNamed(String field) {
        return switch (field) {
            case "startDate" -> start;
            case "mentoringCadence" -> mentoringEvery;
            case "coachingCadence" -> coachingEvery;
            case "coachingMonths" -> coachingMonths;
            case "reviewEveryMonths" -> reviewEvery;
            case "sessionMinutes" -> sessionMinutes;
            case "holidays" -> holidays;
            default -> end;
        };
    }

    private static void fieldError(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(template, start, end, timeZone, sessionStart, sessionMinutes,
                mentoringEvery, coachingEvery, coachingMonths, reviewEvery, holidays)) {
            field.setInvalid(false);
        }
    }

    private void setReadOnly(boolean readOnly) {
        List.<HasValue<?, ?>>of(start, end, timeZone, sessionStart, sessionMinutes, mentoringEvery, mentoringUnit,
                coachingEvery, coachingUnit, coachingMonths, reviewEvery, reviewAttendees, milestones, holidays)
                .forEach(f -> f.setReadOnly(readOnly));
        charter.values().forEach(f -> f.setReadOnly(readOnly));
        agendas.values().forEach(f -> f.setReadOnly(readOnly));
    }

    private void watchChanges() {
        List.<HasValue<?, ?>>of(start, end, timeZone, sessionStart, sessionMinutes, mentoringEvery, mentoringUnit,
                coachingEvery, coachingUnit, coachingMonths, reviewEvery, reviewAttendees, milestones, holidays)
                .forEach(f -> f.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        context.changes().unsaved();
                    }
                }));
    }
}
