package com.ascent.app.security.ui;

import com.ascent.app.security.AscentUser;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.InvitationService;
import com.ascent.app.security.OpenInvitation;
import com.ascent.app.security.PasswordPolicy;
import com.ascent.plugin.api.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.Optional;

/**
 * The page of an invitation's link: which organization, which role, for which e-mail. Someone
 * without an Ascent account creates one here and joins; someone with one signs in and accepts (in
 * the header's invitations, or here when signed in as the invited e-mail); anyone holding the link
 * may decline. A link that no longer works gets one message, whatever the reason.
 */
@Route(value = "invitation", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final InvitationService invitations;
    private final CurrentUser currentUser;
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeatPassword = new PasswordField();
    private String token = "";

    public InvitationView(InvitationService invitations, CurrentUser currentUser) {
        this.invitations = invitations;
        this.currentUser = currentUser;
        setAlignItems(Alignment.CENTER);
        // Outside the main layout: the page is its own main landmark.
        getElement().setAttribute("role", "main");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        removeAll();
        Optional<OpenInvitation> invitation = invitations.find(token);
        if (invitation.isEmpty()) {
            showGone();
            return;
        }
        OpenInvitation open = invitation.get();
        add(new H1(getTranslation("invitation.title", open.organizationName())));
        Optional<AscentUser> user = currentUser.get();
        if (user.isEmpty()) {
            offerSignInOrNewAccount(open);
        } else if (user.get().email().equalsIgnoreCase(open.email())) {
            add(new InvitationAnswer(open, currentUser, () -> invitations.accept(token), () -> invitations.decline(token)));
        } else {
            add(new Paragraph(InvitationAnswer.describe(this, open)),
                    new Paragraph(getTranslation("invitation.otherAccount", user.get().email(), open.email())));
            Button signOut = new Button(getTranslation("layout.logout"), e -> currentUser.logout());
            add(signOut);
        }
    }

    private void showGone() {
        add(new H1(getTranslation("invitation.gone.title")), new Paragraph(getTranslation("invitation.gone")),
                signInButton());
    }

    private void offerSignInOrNewAccount(OpenInvitation invitation) {
        add(new Paragraph(InvitationAnswer.describe(this, invitation)));

        add(new H2(getTranslation("invitation.existing.title")),
                new Paragraph(getTranslation("invitation.existing.intro", invitation.email())), signInButton());

        displayName.setLabel(getTranslation("setup.displayName"));
        password.setLabel(getTranslation("setup.password"));
        password.setHelperText(getTranslation("setup.passwordHelp", PasswordPolicy.MIN_LENGTH));
        repeatPassword.setLabel(getTranslation("setup.repeatPassword"));
        FormLayout form = new FormLayout(displayName, password, repeatPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        form.getStyle().set("margin-inline", "auto");
        Button create = new Button(getTranslation("invitation.new.create"), e -> createAccount(invitation));
        create.setId("create-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("invitation.new.title")),
                new Paragraph(getTranslation("invitation.new.intro", invitation.email())), form, create);

        Button decline = new Button(getTranslation("invitation.decline"),
                e -> InvitationAnswer.confirmDecline(this, invitation, () -> decline(invitation)));
        decline.setId("decline-invitation");
        decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        add(decline);
    }

    private void createAccount(OpenInvitation invitation) {
        Map<String, HasValidation> fields = Map.of("displayName", displayName, "password", password);
        fields.values().forEach(f -> f.setInvalid(false));
        repeatPassword.setInvalid(false);
        if (!password.getValue().equals(repeatPassword.getValue())) {
            repeatPassword.setErrorMessage(getTranslation("setup.error.passwordsDiffer"));
            repeatPassword.setInvalid(true);
            return;
        }
        try {
            invitations.acceptWithNewAccount(token, displayName.getValue(), password.getValue());
        } catch (InvalidInputException e) {
            HasValidation field = fields.get(e.field());
            if (field == null) { // about the invitation, not a field: it no longer works, or the account exists
                showOutcome(getTranslation(e.getMessage()));
                return;
            }
            field.setErrorMessage(getTranslation(e.getMessage()));
            field.setInvalid(true);
            return;
        }
        showOutcome(getTranslation("invitation.new.done", invitation.organizationName(), invitation.email()));
    }

    /** Declining needs no account: anyone holding the link may say no. */
    private void decline(OpenInvitation invitation) {
        try {
            invitations.decline(token);
            showOutcome(getTranslation("invitation.declined", invitation.organizationName()));
        } catch (InvalidInputException e) {
            showOutcome(getTranslation(e.getMessage()));
        }
    }

    private void showOutcome(String message) {
        removeAll();
        add(new H1(getTranslation("app.name")), new Paragraph(message), signInButton());
    }

    /** The way on: signing in, or for someone signed in already, their start page. */
    private Button signInButton() {
        boolean signedIn = currentUser.get().isPresent();
        Button signIn = new Button(getTranslation(signedIn ? "invitation.continue" : "login.submit"),
                e -> e.getSource().getUI().ifPresent(ui -> {
                    if (signedIn) {
                        ui.navigate("");
                    } else {
                        ui.navigate(LoginView.class);
                    }
                }));
        signIn.setId("invitation-sign-in");
        return signIn;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.pageTitle") + " · " + getTranslation("app.name");
    }
}
