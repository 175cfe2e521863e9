package com.ascent.plugins.selection;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;

/** Changes one roster member: a HiPo's needs, or a guide's role, capacity and strengths. */
final class MemberDialog extends Dialog {

    private final StepContext context;
    private final RosterMember member;
    private final Runnable afterSave;
    private final Feedback feedback = new Feedback();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField location = new TextField();
    private final Select<RosterRole> role;
    private final IntegerField capacity;
    private final MultiSelectComboBox<String> languages;
    private final Select<Availability> availability;
    private final MultiSelectComboBox<String> capabilities;

    MemberDialog(StepContext context, RosterMember member, Runnable afterSave) {
        name.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        email.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        location.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        this.context = context;
        this.member = member;
        this.afterSave = afterSave;
        Translator messages = context.messages();
        setId("member-dialog");
        setHeaderTitle(messages.get("member.dialog.title", member.displayName()));
        List<RosterMember> members = context.roster().members();
        role = Fields.guideRole(messages, "member-role");
        capacity = Fields.capacity(messages, "member-capacity");
        languages = Fields.tags(messages.get("guides.languages"), "member-languages",
                Fields.languageOptions(messages, members));
        availability = Fields.availability(messages, "member-availability");
        boolean hipo = member.role() == RosterRole.HIPO;
        capabilities = Fields.tags(messages.get(hipo ? "member.needs" : "guides.capabilities"), "member-capabilities",
                Fields.capabilityOptions(context, members));
        if (hipo) {
            capabilities.setHelperText(messages.get("member.needs.helper"));
        }
        FormLayout form = new FormLayout();
        if (member.external()) {
            name.setLabel(messages.get("guides.name"));
            name.setId("member-name");
            name.setValue(member.displayName());
            email.setLabel(messages.get("guides.email"));
            email.setId("member-email");
            email.setValue(member.email());
            location.setLabel(messages.get("guides.location"));
            location.setId("member-location");
            location.setValue(Objects.requireNonNullElse(member.location(), ""));
            form.add(name, email, location);
        }
        if (!hipo) {
            role.setValue(member.role());
            capacity.setValue(member.capacity());
            form.add(role, capacity);
        }
        Fields.options(languages, languages.getListDataView().getItems().toList(), member.languages());
        availability.setValue(member.availability());
        Fields.options(capabilities, capabilities.getListDataView().getItems().toList(), member.capabilities());
        form.add(languages, availability, capabilities);
        add(form);
        feedback.field("externalName", name).field("externalEmail", email).field("externalLocation", location)
                .field("role", role).field("capacity", capacity);
        Button save = new Button(messages.get("common.save"), e -> save());
        save.setId("member-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(messages.get("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        feedback.clear();
        MemberDraft current = member.draft();
        boolean hipo = member.role() == RosterRole.HIPO;
        MemberDraft draft = new MemberDraft(current.personId(),
                member.external() ? name.getValue() : null,
                member.external() ? email.getValue() : null,
                member.external() ? location.getValue() : null,
                hipo ? RosterRole.HIPO : Objects.requireNonNullElse(role.getValue(), member.role()),
                hipo ? 0 : Objects.requireNonNullElse(capacity.getValue(), 0),
                Fields.chosen(languages), Objects.requireNonNullElse(availability.getValue(), Availability.MEDIUM),
                Fields.chosen(capabilities));
        try {
            context.roster().updateMember(member.id(), member.version(), draft);
            close();
            afterSave.run();
        } catch (InvalidInputException e) {
            feedback.show(e);
        } catch (ConcurrentEditException e) {
            Feedback.error(e.getMessage());
            close();
            afterSave.run();
        }
    }
}
