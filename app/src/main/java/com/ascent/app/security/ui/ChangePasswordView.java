package com.ascent.app.security.ui;

import com.ascent.app.security.AscentUser;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.PasswordChangeService;
import com.ascent.app.security.PasswordPolicy;
import com.ascent.app.ui.Notifications;
import com.ascent.plugin.api.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * The signed-in user chooses a new password: from Preferences whenever they like, and before
 * anything else after an administrator reset it ({@link ForcedPasswordChange} sends them here, and
 * the page then offers no way but this one or signing out).
 */
@Route(value = "password", autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordChangeService passwords;
    private final CurrentUser currentUser;
    private final boolean forced;
    private final PasswordField currentPassword = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField repeatPassword = new PasswordField();

    public ChangePasswordView(PasswordChangeService passwords, CurrentUser currentUser) {
        this.passwords = passwords;
        this.currentUser = currentUser;
        AscentUser user = currentUser.require();
        this.forced = user.mustChangePassword();
        setAlignItems(Alignment.CENTER);
        // Outside the main layout: the page is its own main landmark.
        getElement().setAttribute("role", "main");
        currentPassword.setId("current-password");
        currentPassword.setLabel(getTranslation(forced ? "password.change.temporary" : "password.change.current"));
        newPassword.setId("new-password");
        newPassword.setLabel(getTranslation("password.change.new"));
        newPassword.setHelperText(getTranslation("setup.passwordHelp", PasswordPolicy.MIN_LENGTH));
        repeatPassword.setId("repeat-password");
        repeatPassword.setLabel(getTranslation("password.change.repeat"));
        FormLayout form = new FormLayout(currentPassword, newPassword, repeatPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        form.getStyle().set("margin-inline", "auto");
        Button save = new Button(getTranslation("password.change.save"), e -> save());
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // While the change is forced there is no way around it, only out.
        Button leave = forced
                ? new Button(getTranslation("layout.logout"), e -> currentUser.logout())
                : new Button(getTranslation("common.cancel"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("")));
        leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1(getTranslation(forced ? "password.change.forcedTitle" : "password.change.title")),
                new Paragraph(getTranslation(forced ? "password.change.forcedIntro" : "password.change.intro",
                        user.email())),
                form, new HorizontalLayout(leave, save));
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("currentPassword", currentPassword, "newPassword", newPassword);
        fields.values().forEach(f -> f.setInvalid(false));
        repeatPassword.setInvalid(false);
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            repeatPassword.setErrorMessage(getTranslation("setup.error.passwordsDiffer"));
            repeatPassword.setInvalid(true);
            return;
        }
        try {
            passwords.change(currentPassword.getValue(), newPassword.getValue());
        } catch (InvalidInputException e) {
            HasValidation field = fields.get(e.field());
            field.setErrorMessage(getTranslation(e.getMessage()));
            field.setInvalid(true);
            return;
        }
        Notifications.success(getTranslation("password.change.done"));
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(forced ? "password.change.forcedTitle" : "password.change.title") + " · "
                + getTranslation("app.name");
    }
}
