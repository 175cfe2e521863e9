package com.ascent.plugins.support;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.format.ValueFields;
import com.ascent.plugin.api.objectives.Capability;
import com.ascent.plugin.api.support.Resource;
import com.ascent.plugin.api.support.ResourceDraft;
import com.ascent.plugin.api.support.ResourceType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Adds a resource to the catalogue or edits one. */
class ResourceDialog extends Dialog {

    private final StepContext context;
    private final @Nullable Resource resource;
    private final Runnable onSaved;
    private final Select<ResourceType> type = new Select<>();
    private final TextField title = new TextField();
    private final TextField provider = new TextField();
    private final TextField link = new TextField();
    private final TextField language = new TextField();
    private final TextField format = new TextField();
    private final TextField duration = new TextField();
    private final DatePicker startsOn;
    private final DatePicker endsOn;
    private final TextArea repeatsOn;
    private final TextField location = new TextField();
    private final IntegerField capacity = new IntegerField();
    private final TextField cost;
    private final MultiSelectComboBox<String> capabilities = new MultiSelectComboBox<>();
    private final Map<String, HasValidation> fields;

    ResourceDialog(StepContext context, @Nullable Resource resource, Runnable onSaved) {
        title.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        provider.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        link.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        language.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        format.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        duration.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        location.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        this.context = context;
        this.resource = resource;
        this.onSaved = onSaved;
        Translator messages = context.messages();
        Formats formats = context.formats();
        startsOn = ValueFields.date(formats, "");
        endsOn = ValueFields.date(formats, "");
        repeatsOn = ValueFields.dates(formats, "");
        cost = ValueFields.money(formats, "");
        setHeaderTitle(messages.get(resource == null ? "resource.add" : "resource.edit"));
        type.setItems(ResourceType.values());
        type.setItemLabelGenerator(t -> messages.get("type." + t.name()));
        type.setValue(ResourceType.COURSE);
        label(type, "resource.type", "resource-type");
        label(title, "resource.title", "resource-title");
        title.setPlaceholder(messages.get("resource.title.placeholder"));
        label(provider, "resource.provider", "resource-provider");
        label(link, "resource.link", "resource-link");
        label(language, "resource.language", "resource-language");
        label(format, "resource.format", "resource-format");
        format.setPlaceholder(messages.get("resource.format.placeholder"));
        label(duration, "resource.duration", "resource-duration");
        duration.setPlaceholder(messages.get("resource.duration.placeholder"));
        label(startsOn, "resource.startsOn", "resource-starts-on");
        label(endsOn, "resource.endsOn", "resource-ends-on");
        label(repeatsOn, "resource.repeatsOn", "resource-repeats-on");
        repeatsOn.setHelperText(messages.get("resource.repeatsOn.help"));
        label(location, "resource.location", "resource-location");
        label(capacity, "resource.capacity", "resource-capacity");
        capacity.setHelperText(messages.get("resource.capacity.help"));
        label(cost, "resource.cost", "resource-cost");
        label(capabilities, "resource.capabilities", "resource-capabilities");
        capabilities.setHelperText(messages.get("resource.capabilities.help"));
        capabilities.setAllowCustomValue(true);
        Set<String> known = new LinkedHashSet<>(context.strategy().capabilities().stream().map(Capability::name).toList());
        capabilities.setItems(new ArrayList<>(known));
        capabilities.addCustomValueSetListener(e -> {
            known.add(e.getDetail().strip());
            capabilities.setItems(new ArrayList<>(known));
            Set<String> chosen = new LinkedHashSet<>(capabilities.getValue());
            chosen.add(e.getDetail().strip());
            capabilities.setValue(chosen);
        });
        if (resource != null) {
            type.setValue(resource.type());
            title.setValue(resource.title());
            provider.setValue(resource.provider());
            link.setValue(orEmpty(resource.link()));
            language.setValue(orEmpty(resource.language()));
            format.setValue(orEmpty(resource.format()));
            duration.setValue(orEmpty(resource.duration()));
            startsOn.setValue(resource.startsOn());
            endsOn.setValue(resource.endsOn());
            ValueFields.showDates(repeatsOn, resource.repeatsOn());
            location.setValue(orEmpty(resource.location()));
            capacity.setValue(resource.capacity());
            ValueFields.show(cost, resource.costPerParticipant());
            known.addAll(resource.capabilities());
            capabilities.setItems(new ArrayList<>(known));
            capabilities.setValue(new LinkedHashSet<>(resource.capabilities()));
        }
        fields = Map.of("type", type, "title", title, "link", link, "startsOn", startsOn, "endsOn", endsOn,
                "repeatsOn", repeatsOn, "capacity", capacity, "costPerParticipant", cost);
        title.addValueChangeListener(e -> context.changes().unsaved());
        FormLayout form = new FormLayout(type, title, provider, link, language, format, duration, startsOn, endsOn,
                repeatsOn, location, capacity, cost, capabilities);
        form.setColspan(title, 2);
        form.setColspan(repeatsOn, 2);
        form.setColspan(capabilities, 2);
        form.setWidth("40rem");
        add(form);
        Button save = new Button(messages.get("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-resource");
        Button cancel = new Button(messages.get("common.cancel"), e -> {
            close();
            context.changes().saved();
        });
        getFooter().add(cancel, save);
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        Optional<BigDecimal> costPerParticipant = ValueFields.read(cost);
        Optional<List<LocalDate>> further = ValueFields.readDates(repeatsOn);
        if (cost.isInvalid() || capacity.isInvalid() || further.isEmpty()) {
            return;
        }
        ResourceDraft draft = new ResourceDraft(type.getValue(), title.getValue(), provider.getValue(), link.getValue(),
                language.getValue(), format.getValue(), duration.getValue(), startsOn.getValue(), endsOn.getValue(),
                further.get(), location.getValue(), capacity.getValue(), costPerParticipant.orElse(BigDecimal.ZERO),
                List.copyOf(capabilities.getValue()));
        try {
            if (resource == null) {
                context.support().addResource(draft);
            } else {
                context.support().updateResource(resource.id(), resource.version(), draft);
            }
            close();
            context.changes().saved();
            onSaved.run();
        } catch (InvalidInputException e) {
            HasValidation field = fields.getOrDefault(e.field(), title);
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        } catch (ConcurrentEditException e) {
            close();
            SupportView.showError(e.getMessage());
            onSaved.run();
        }
    }

    private <F extends Component & HasLabel> void label(F field, String key, String id) {
        field.setLabel(context.messages().get(key));
        field.setId(id);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
