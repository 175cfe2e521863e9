package com.ascent.app.security.ui;

import com.ascent.app.security.PasswordPolicy;
import com.ascent.app.security.SetupService;
import com.ascent.plugin.api.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/**
 * First-run setup: creates the first organization and its administrator. Only reachable while
 * the installation has no user.
 */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SetupService setup;
    private final TextField organizationName = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeatPassword = new PasswordField();

    public SetupView(SetupService setup) {
        this.setup = setup;
        setAlignItems(Alignment.CENTER);
        // Outside the main layout: the page is its own main landmark.
        getElement().setAttribute("role", "main");
        organizationName.setLabel(getTranslation("setup.organizationName"));
        displayName.setLabel(getTranslation("setup.displayName"));
        email.setLabel(getTranslation("setup.email"));
        password.setLabel(getTranslation("setup.password"));
        password.setHelperText(getTranslation("setup.passwordHelp", PasswordPolicy.MIN_LENGTH));
        repeatPassword.setLabel(getTranslation("setup.repeatPassword"));
        Button create = new Button(getTranslation("setup.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(organizationName, displayName, email, password, repeatPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        // Centred under the title like the button below it, not stuck to the left edge.
        form.getStyle().set("margin-inline", "auto");
        add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")), form, create);
    }

    private void create() {
        Map<String, HasValidation> fields = Map.of("organizationName", organizationName, "displayName", displayName,
                "email", email, "password", password);
        fields.values().forEach(f -> f.setInvalid(false));
        repeatPassword.setInvalid(false);
        if (!password.getValue().equals(repeatPassword.getValue())) {
            repeatPassword.setErrorMessage(getTranslation("setup.error.passwordsDiffer"));
            repeatPassword.setInvalid(true);
            return;
        }
        try {
            setup.createFirstOrganization(new SetupService.FirstRun(organizationName.getValue(), displayName.getValue(),
                    email.getValue(), password.getValue()));
            getUI().ifPresent(ui -> ui.getPage().setLocation("login"));
        } catch (InvalidInputException e) {
            HasValidation field = fields.get(e.field());
            field.setErrorMessage(getTranslation(e.getMessage()));
            field.setInvalid(true);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!setup.isSetupNeeded()) {
            event.forwardTo(LoginView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " · " + getTranslation("app.name");
    }
}
