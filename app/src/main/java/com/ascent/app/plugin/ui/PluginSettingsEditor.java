package com.ascent.app.plugin.ui;

import com.ascent.app.plugin.PluginSettingsService;
import com.ascent.app.plugin.PluginSettingsService.StepSettings;
import com.ascent.app.ui.Notifications;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.format.UnreadableValueException;
import com.ascent.plugin.api.settings.PluginSetting;
import com.ascent.plugin.api.settings.PluginSettings;
import com.ascent.plugin.api.settings.SettingType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The settings of one step for the active organization: a field per setting, by its type (a number
 * typed in the administrator's format), and a save that stores them all or, naming the field at
 * fault, none.
 */
class PluginSettingsEditor extends VerticalLayout {

    private final PluginSettingsService service;
    private final Formats formats;
    private final StepSettings settings;
    /** Each setting's current value in its stored form; throws when the field holds no such value. */
    private final Map<String, Supplier<List<String>>> values = new LinkedHashMap<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    PluginSettingsEditor(PluginSettingsService service, Formats formats, StepSettings settings) {
        this.service = service;
        this.formats = formats;
        this.settings = settings;
        setPadding(false);
        String stepId = settings.step().stepId();
        setId("settings-" + stepId);
        add(new H3(settings.title()));
        PluginSettings current = settings.values();
        if (current == null) {
            add(new Paragraph(getTranslation("settings.failed", settings.title())));
            return;
        }
        FormLayout form = new FormLayout();
        for (PluginSetting setting : current.declared()) {
            form.add(field(setting, current.values(setting.key()), settings.messages()));
        }
        Button save = new Button(getTranslation("settings.save"), e -> save());
        save.setId("settings-save-" + stepId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, save);
    }

    private Component field(PluginSetting setting, List<String> value, Translator messages) {
        String label = messages.get("setting." + setting.key());
        String id = "setting-" + settings.step().stepId() + "-" + setting.key();
        String defaultText = defaultText(setting, messages);
        Component field = switch (setting.type()) {
            case TEXT -> {
                TextField text = new TextField(label, value.getFirst(), "");
                text.setMaxLength(PluginSetting.MAX_VALUE_LENGTH);
                values.put(setting.key(), () -> List.of(text.getValue().strip()));
                fields.put(setting.key(), text);
                yield text;
            }
            case NUMBER -> {
                TextField number = new TextField(label, formats.number(new BigDecimal(value.getFirst())), "");
                values.put(setting.key(), () -> List.of(number(number.getValue())));
                fields.put(setting.key(), number);
                yield number;
            }
            case CHOICE -> {
                Select<String> choice = new Select<>();
                choice.setLabel(label);
                choice.setItems(setting.choices());
                choice.setItemLabelGenerator(c -> messages.get("setting." + setting.key() + "." + c));
                choice.setValue(value.getFirst());
                values.put(setting.key(), () -> List.of(Objects.requireNonNullElse(choice.getValue(), "")));
                fields.put(setting.key(), choice);
                yield choice;
            }
            case LIST -> {
                TextArea list = new TextArea(label, String.join("\n", value), "");
                values.put(setting.key(), () -> Arrays.stream(list.getValue().split("\\R"))
                        .map(String::strip).filter(line -> !line.isEmpty()).toList());
                fields.put(setting.key(), list);
                yield list;
            }
        };
        field.setId(id);
        if (field instanceof TextField || field instanceof TextArea || field instanceof Select<?>) {
            String help = setting.type() == SettingType.LIST ? getTranslation("settings.listHelp") + " " : "";
            String own = messages.get("setting." + setting.key() + ".help");
            help += own.startsWith("!") ? "" : own + " ";
            field.getElement().setProperty("helperText", help + getTranslation("settings.default", defaultText));
        }
        return field;
    }

    private String defaultText(PluginSetting setting, Translator messages) {
        return switch (setting.type()) {
            case NUMBER -> formats.number(new BigDecimal(setting.defaultValue().getFirst()));
            case CHOICE -> messages.get("setting." + setting.key() + "." + setting.defaultValue().getFirst());
            default -> String.join(", ", setting.defaultValue());
        };
    }

    /** A number as the administrator typed it, in its plain stored form. */
    private String number(String typed) {
        try {
            BigDecimal number = formats.parseNumber(typed);
            if (number == null) {
                throw new IllegalArgumentException("empty");
            }
            return number.stripTrailingZeros().toPlainString();
        } catch (UnreadableValueException | IllegalArgumentException e) {
            throw new InvalidInputException("", "settings.invalid.number");
        }
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        Map<String, List<String>> typed = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<List<String>>> value : values.entrySet()) {
            try {
                typed.put(value.getKey(), value.getValue().get());
            } catch (InvalidInputException e) {
                refuse(value.getKey());
                return;
            }
        }
        try {
            service.save(settings.step(), typed);
            Notifications.success(getTranslation("settings.saved", settings.title()));
        } catch (InvalidInputException e) {
            refuse(e.field());
        }
    }

    private void refuse(String key) {
        HasValidation field = fields.get(key);
        PluginSetting setting = Objects.requireNonNull(settings.values()).declared().stream()
                .filter(s -> s.key().equals(key)).findFirst().orElseThrow();
        field.setErrorMessage(switch (setting.type()) {
            case NUMBER -> getTranslation("settings.invalid.number", formats.number(new BigDecimal("1500.5")));
            case CHOICE -> getTranslation("settings.invalid.choice");
            case TEXT -> getTranslation("settings.invalid.text", PluginSetting.MAX_VALUE_LENGTH);
            case LIST -> getTranslation("settings.invalid.list", PluginSetting.MAX_VALUE_LENGTH);
        });
        field.setInvalid(true);
    }
}
