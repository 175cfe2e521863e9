package com.ascent.plugins.selection;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.objectives.Capability;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The fields the roster forms share. */
final class Fields {

    private Fields() {
    }

    /** A multi-select of texts that also takes values typed by the user. */
    static MultiSelectComboBox<String> tags(String label, String id, Collection<String> options) {
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>(label);
        box.setId(id);
        box.setAllowCustomValue(true);
        box.setWidthFull();
        box.setItems(List.copyOf(options));
        box.addCustomValueSetListener(e -> {
            String value = e.getDetail().strip();
            if (value.isEmpty()) {
                return;
            }
            Set<String> chosen = new HashSet<>(box.getValue());
            box.setItems(distinct(Stream.concat(box.getListDataView().getItems(), Stream.of(value)).toList()));
            chosen.add(value);
            box.setValue(chosen);
        });
        return box;
    }

    /** Sets the options of a multi-select, keeping what is chosen. */
    static void options(MultiSelectComboBox<String> box, Collection<String> options, Collection<String> chosen) {
        box.setItems(distinct(Stream.concat(options.stream(), chosen.stream()).toList()));
        box.setValue(new HashSet<>(chosen));
    }

    static Select<Availability> availability(Translator messages, String id) {
        Select<Availability> select = new Select<>();
        select.setLabel(messages.get("guides.availability"));
        select.setId(id);
        select.setItems(Availability.values());
        select.setItemLabelGenerator(a -> messages.get("availability." + a.name()));
        select.setValue(Availability.MEDIUM);
        return select;
    }

    static Select<RosterRole> guideRole(Translator messages, String id) {
        Select<RosterRole> select = new Select<>();
        select.setLabel(messages.get("guides.role"));
        select.setId(id);
        select.setItems(RosterRole.MENTOR, RosterRole.COACH, RosterRole.MENTOR_AND_COACH);
        select.setItemLabelGenerator(r -> messages.get("role." + r.name()));
        select.setValue(RosterRole.MENTOR);
        return select;
    }

    /** The number of HiPos a guide takes on. The host refuses values out of range with a message. */
    static IntegerField capacity(Translator messages, String id) {
        IntegerField field = new IntegerField(messages.get("guides.capacity"));
        field.setId(id);
        field.setHelperText(messages.get("guides.capacity.helper"));
        field.setStepButtonsVisible(true);
        field.setStep(1);
        field.setValue(2);
        field.setMax(MemberDraft.MAX_CAPACITY);
        return field;
    }

    /** Common languages and those already used on the roster. */
    static List<String> languageOptions(Translator messages, Collection<RosterMember> members) {
        return distinct(Stream.concat(Arrays.stream(messages.get("languages.common").split(",")).map(String::strip),
                members.stream().flatMap(m -> m.languages().stream())).sorted().toList());
    }

    /** The organization's capability library, the program's objectives, and what the roster already names. */
    static List<String> capabilityOptions(StepContext context, Collection<RosterMember> members) {
        return distinct(Stream.of(context.strategy().capabilities().stream().map(Capability::name),
                        Texts.objectiveCapabilities(context).stream(),
                        members.stream().flatMap(m -> m.capabilities().stream()))
                .flatMap(s -> s).sorted().toList());
    }

    /** Each value once, compared without case, in the given order. */
    static List<String> distinct(Collection<String> values) {
        Map<String, String> unique = new LinkedHashMap<>();
        values.forEach(v -> unique.putIfAbsent(v.toLowerCase(Locale.ROOT), v));
        return List.copyOf(unique.values());
    }

    /** The chosen values of a multi-select, sorted, so that what is stored does not depend on clicking order. */
    static List<String> chosen(MultiSelectComboBox<String> box) {
        return box.getValue().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
