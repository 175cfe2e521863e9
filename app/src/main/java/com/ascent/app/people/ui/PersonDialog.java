package com.ascent.app.people.ui;

import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.people.PersonDraft;
import com.ascent.app.people.PersonEntry;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.format.ValueFields;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.Person;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Adds a person or edits one: the directory checks the values and names the field at fault;
 * a save over someone else's newer change is refused and said so.
 */
class PersonDialog extends Dialog {

    private final PeopleDirectory directory;
    private final @Nullable PersonEntry editing;
    private final Consumer<PersonEntry> onSaved;

    final TextField employeeId = new TextField();
    final TextField fullName = new TextField();
    final TextField email = new TextField();
    final ComboBox<String> function = new ComboBox<>();
    final TextField title = new TextField();
    final IntegerField level = new IntegerField();
    final ComboBox<Person> manager = new ComboBox<>();
    final ComboBox<String> location = new ComboBox<>();
    final ComboBox<String> timeZone = new ComboBox<>();
    final DatePicker hireDate;
    final Select<Integer> performance = new Select<>();
    final Select<Integer> potential = new Select<>();
    final TextField skills = new TextField();
    final Paragraph staleWarning = new Paragraph();
    final Button save = new Button();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    PersonDialog(PeopleDirectory directory, Formats formats, @Nullable PersonEntry editing, Consumer<PersonEntry> onSaved) {
        this.hireDate = ValueFields.follow(new DatePicker(), formats);
        this.directory = directory;
        this.editing = editing;
        this.onSaved = onSaved;
        setHeaderTitle(editing == null ? getTranslation("people.dialog.add")
                : getTranslation("people.dialog.edit", editing.person().fullName()));
        var options = directory.filterOptions();

        label(employeeId, "employeeId", "people.field.EMPLOYEE_ID", true);
        label(fullName, "fullName", "people.field.FULL_NAME", true);
        label(email, "email", "people.field.EMAIL", true);
        label(function, "function", "people.field.FUNCTION", true);
        function.setHelperText(getTranslation("people.dialog.function.helper"));
        freeText(function, options.functions());
        label(title, "title", "people.field.TITLE", true);
        label(level, "level", "people.field.LEVEL", true);
        level.setMin(1);
        level.setMax(20);
        level.setStepButtonsVisible(true);
        level.setHelperText(getTranslation("people.dialog.level.helper"));
        label(manager, "managerId", "people.field.MANAGER", false);
        manager.setPlaceholder(getTranslation("people.dialog.manager.placeholder"));
        manager.setClearButtonVisible(true);
        manager.setItemLabelGenerator(p -> p.fullName() + " · " + p.title() + " (" + p.employeeId() + ")");
        manager.setItems(query -> directory.find(lookup(query.getFilter().orElse("")), query.getOffset(),
                query.getLimit()).stream(), query -> directory.count(lookup(query.getFilter().orElse(""))));
        label(location, "location", "people.field.LOCATION", true);
        freeText(location, options.locations());
        // Empty: the organization's zone, shown as the placeholder, so a person follows it when it changes.
        label(timeZone, "timeZone", "people.timeZone", false);
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setPlaceholder(formats.zone().getId());
        timeZone.setHelperText(getTranslation("people.timeZone.help"));
        timeZone.setClearButtonVisible(true);
        label(hireDate, "hireDate", "people.field.HIRE_DATE", false);
        ratingSelect(performance, "performance", "people.field.PERFORMANCE");
        ratingSelect(potential, "potential", "people.field.POTENTIAL");
        label(skills, "skills", "people.field.SKILLS", false);
        skills.setHelperText(getTranslation("people.dialog.skills.helper"));
        for (TextField name : List.of(employeeId, fullName, email, title)) {
            name.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        }
        skills.setMaxLength(TextLimits.TEXT_MAX_LENGTH);

        staleWarning.setVisible(false);
        staleWarning.getStyle().set("color", "var(--lumo-error-text-color)");
        FormLayout form = new FormLayout(employeeId, fullName, email, function, title, level, manager, location,
                timeZone, hireDate, performance, potential, skills);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(skills, 2);
        form.setMaxWidth("44rem");
        add(staleWarning, form);

        save.setText(getTranslation("common.save"));
        save.addClickListener(e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        if (editing != null) {
            show(editing);
        }
    }

    private <C extends HasValidation> void label(C field, String component, String labelKey, boolean required) {
        fields.put(component, field);
        if (field instanceof HasLabel labelled) {
            labelled.setLabel(getTranslation(labelKey));
        }
        if (field instanceof HasValue<?, ?> value) {
            value.setRequiredIndicatorVisible(required);
        }
        field.setManualValidation(true);
    }

    private void ratingSelect(Select<Integer> rating, String component, String labelKey) {
        label(rating, component, labelKey, false);
        rating.setItems(1, 2, 3);
        rating.setEmptySelectionAllowed(true);
        rating.setEmptySelectionCaption(getTranslation("people.rating.none"));
        rating.setItemLabelGenerator(r -> r == null ? getTranslation("people.rating.none")
                : getTranslation("people.rating." + r));
        rating.setHelperText(getTranslation("people.dialog.rating.helper"));
    }

    /** A choice of the values already in use, or a new one typed in. */
    private static void freeText(ComboBox<String> box, List<String> known) {
        List<String> choices = new ArrayList<>(known);
        box.setItems(choices);
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(e -> {
            String typed = e.getDetail().strip();
            if (!typed.isEmpty() && !choices.contains(typed)) {
                choices.add(typed);
                box.setItems(choices);
            }
            box.setValue(typed.isEmpty() ? null : typed);
        });
    }

    private static PeopleQuery lookup(String text) {
        return new PeopleQuery(text, null, null, null);
    }

    private void show(PersonEntry entry) {
        Person person = entry.person();
        employeeId.setValue(person.employeeId());
        fullName.setValue(person.fullName());
        email.setValue(person.email());
        selectFreeText(function, person.function());
        title.setValue(person.title());
        level.setValue(person.level());
        if (person.managerId() != null) {
            directory.get(person.managerId()).ifPresent(manager::setValue);
        }
        selectFreeText(location, person.location());
        timeZone.setValue(person.timeZone() == null ? null : person.timeZone().getId());
        hireDate.setValue(person.hireDate());
        performance.setValue(person.performance());
        potential.setValue(person.potential());
        skills.setValue(String.join(", ", person.skills()));
    }

    private static void selectFreeText(ComboBox<String> box, String value) {
        if (box.getListDataView().getItems().noneMatch(value::equals)) {
            List<String> choices = new ArrayList<>(box.getListDataView().getItems().toList());
            choices.add(value);
            box.setItems(choices);
        }
        box.setValue(value);
    }

    private PersonDraft draft() {
        Person chosenManager = manager.getValue();
        UUID managerId = chosenManager == null ? null : chosenManager.id();
        return new PersonDraft(employeeId.getValue(), fullName.getValue(), email.getValue(),
                function.getValue() == null ? "" : function.getValue(), title.getValue(), level.getValue(), managerId,
                location.getValue() == null ? "" : location.getValue(), hireDate.getValue(), performance.getValue(),
                potential.getValue(), List.of(skills.getValue()), timeZone.getValue());
    }

    void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            PersonEntry saved = editing == null ? directory.create(draft())
                    : directory.update(editing.person().id(), editing.version(), draft());
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException e) {
            HasValidation field = fields.get(e.field());
            if (field == null) {
                throw e;
            }
            field.setErrorMessage(getTranslation(e.getMessage()));
            field.setInvalid(true);
            if (field instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        } catch (ConcurrentEditException e) {
            staleWarning.setText(getTranslation(e.getMessage()));
            staleWarning.setVisible(true);
            save.setEnabled(false);
        }
    }
}
