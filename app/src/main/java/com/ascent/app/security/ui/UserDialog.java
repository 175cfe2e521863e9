package com.ascent.app.security.ui;

import com.ascent.app.security.Role;
import com.ascent.app.security.PasswordPolicy;
import com.ascent.app.security.UserAdministrationService;
import com.ascent.app.security.UserAdministrationService.Added;
import com.ascent.app.security.UserAdministrationService.NewMember;
import com.ascent.app.ui.Notifications;
import com.ascent.plugin.api.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** Adds a user to the organization: a new account, or an existing one (e.g. a consultant's). */
class UserDialog extends Dialog {

    private final UserAdministrationService users;
    private final String organizationName;
    private final Runnable onAdded;
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final Select<Role> role = new Select<>();

    UserDialog(UserAdministrationService users, String organizationName, Runnable onAdded) {
        this.users = users;
        this.organizationName = organizationName;
        this.onAdded = onAdded;
        setHeaderTitle(getTranslation("users.dialog.title", organizationName));
        displayName.setLabel(getTranslation("users.dialog.name"));
        email.setLabel(getTranslation("users.dialog.email"));
        password.setLabel(getTranslation("users.dialog.password"));
        password.setHelperText(getTranslation("users.dialog.passwordHelp", PasswordPolicy.MIN_LENGTH));
        role.setLabel(getTranslation("users.dialog.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("users.role." + r.name()));
        role.setValue(Role.HR);
        FormLayout form = new FormLayout(displayName, email, password, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("28rem");
        add(form);
        Button save = new Button(getTranslation("users.dialog.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("displayName", displayName, "email", email, "password", password,
                "role", role);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            Added added = users.add(new NewMember(displayName.getValue(), email.getValue(), password.getValue(),
                    role.getValue()));
            close();
            Notifications.success(getTranslation(added.existingAccount() ? "users.addedExisting" : "users.added",
                    added.member().displayName(), organizationName));
            onAdded.run();
        } catch (InvalidInputException e) {
            HasValidation field = fields.get(e.field());
            field.setErrorMessage(getTranslation(e.getMessage()));
            field.setInvalid(true);
        }
    }
}
