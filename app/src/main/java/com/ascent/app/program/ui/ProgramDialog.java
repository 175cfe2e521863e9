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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;

/** Creates a program: name, description, start date and the HR owner. */
class ProgramDialog extends Dialog {

    private final ProgramService programs;
    private final Consumer<Program> onCreated;
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final DatePicker startDate;
    private final TextField owner = new TextField();

    ProgramDialog(ProgramService programs, Formats formats, Consumer<Program> onCreated) {
        this.programs = programs;
        this.startDate = ValueFields.date(formats, getTranslation("programs.startDate"));
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("programs.create"));
        name.setLabel(getTranslation("programs.name"));
        name.setPlaceholder(getTranslation("programs.name.placeholder"));
        description.setLabel(getTranslation("programs.description"));
        owner.setLabel(getTranslation("programs.owner"));
        name.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        description.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        owner.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        FormLayout form = new FormLayout(name, description, startDate, owner);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("28rem");
        add(form);
        Button save = new Button(getTranslation("programs.create.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("name", name, "description", description, "startDate", startDate,
                "ownerName", owner);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            Program created = programs.create(new ProgramDraft(name.getValue(), description.getValue(),
                    startDate.getValue(), owner.getValue()));
            close();
            onCreated.accept(created);
        } catch (InvalidInputException e) {
            HasValidation field = fields.get(e.field());
            field.setErrorMessage(getTranslation(e.getMessage()));
            field.setInvalid(true);
        }
    }
}
