package com.ascent.app.program.ui;

import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.format.ValueFields;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Creates a program: name, description, its period (start date and a length in months, or an end
 * date) and the HR owner. The period is known from the start, so that the later steps propose dates
 * inside it.
 */
class ProgramDialog extends Dialog {

    /** The length proposed first, as the twelve-month structure template. */
    private static final int DEFAULT_MONTHS = 12;

    private final ProgramService programs;
    private final Consumer<Program> onCreated;
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final DatePicker startDate;
    private final IntegerField months = new IntegerField();
    private final DatePicker endDate;
    private final TextField owner = new TextField();

    ProgramDialog(ProgramService programs, Formats formats, Consumer<Program> onCreated) {
        this.programs = programs;
        this.startDate = ValueFields.date(formats, getTranslation("programs.startDate"));
        this.endDate = ValueFields.date(formats, getTranslation("programs.endDate"));
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("programs.create"));
        name.setLabel(getTranslation("programs.name"));
        name.setPlaceholder(getTranslation("programs.name.placeholder"));
        description.setLabel(getTranslation("programs.description"));
        owner.setLabel(getTranslation("programs.owner"));
        name.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        description.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        owner.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        months.setLabel(getTranslation("programs.months"));
        months.setMin(1);
        months.setMax(ProgramDraft.MAX_MONTHS);
        months.setStepButtonsVisible(true);
        months.setValue(DEFAULT_MONTHS);
        endDate.setHelperText(getTranslation("programs.endDate.help", ProgramDraft.MAX_MONTHS));
        // The end follows the start and the length; an end chosen by hand leaves the length empty
        // unless it is a whole number of months.
        startDate.addValueChangeListener(e -> proposeEnd());
        months.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                proposeEnd();
            }
        });
        endDate.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                months.setValue(wholeMonths());
            }
        });
        FormLayout form = new FormLayout(name, description, startDate, months, endDate, owner);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("28rem");
        add(form);
        Button save = new Button(getTranslation("programs.create.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void proposeEnd() {
        LocalDate start = startDate.getValue();
        Integer length = months.getValue();
        if (start != null && length != null && length >= 1 && length <= ProgramDraft.MAX_MONTHS) {
            endDate.setValue(ProgramDraft.lastDay(start, length));
        }
    }

    private @Nullable Integer wholeMonths() {
        LocalDate start = startDate.getValue();
        LocalDate end = endDate.getValue();
        if (start == null || end == null || end.isBefore(start)) {
            return null;
        }
        long whole = ChronoUnit.MONTHS.between(start, end.plusDays(1));
        return whole >= 1 && ProgramDraft.lastDay(start, (int) whole).equals(end) ? (int) whole : null;
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("name", name, "description", description, "startDate", startDate,
                "endDate", endDate, "ownerName", owner);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            Program created = programs.create(new ProgramDraft(name.getValue(), description.getValue(),
                    startDate.getValue(), owner.getValue(), endDate.getValue()));
            close();
            onCreated.accept(created);
        } catch (InvalidInputException e) {
            HasValidation field = fields.get(e.field());
            field.setErrorMessage(getTranslation(e.getMessage(), ProgramDraft.MAX_MONTHS));
            field.setInvalid(true);
        }
    }
}
