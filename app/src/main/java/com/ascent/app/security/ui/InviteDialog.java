package com.ascent.app.security.ui;

import com.ascent.plugin.api.format.Formats;
import com.ascent.app.security.InvitationService;
import com.ascent.app.security.InvitationService.Invited;
import com.ascent.app.security.Role;
import com.ascent.plugin.api.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Map;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Invites a person to the organization by e-mail and role, then shows the link to pass on. The
 * answer is the same whether the e-mail has an Ascent account or not.
 */
class InviteDialog extends Dialog {

    private final InvitationService invitations;
    private final Formats formats;
    private final Runnable onInvited;
    private final EmailField email = new EmailField();
    private final Select<Role> role = new Select<>();

    InviteDialog(InvitationService invitations, Formats formats, String organizationName, Runnable onInvited) {
        this.invitations = invitations;
        this.formats = formats;
        this.onInvited = onInvited;
        setHeaderTitle(getTranslation("users.invite.title", organizationName));
        email.setLabel(getTranslation("users.dialog.email"));
        email.setHelperText(getTranslation("users.invite.emailHelp"));
        role.setLabel(getTranslation("users.dialog.role"));
        role.setItems(Role.staff());
        role.setItemLabelGenerator(r -> getTranslation("users.role." + r.name()));
        role.setValue(Role.HR);
        FormLayout form = new FormLayout(email, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("28rem");
        add(form);
        Button invite = new Button(getTranslation("users.invite"), e -> invite());
        invite.setId("send-invitation");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), invite);
    }

    private void invite() {
        Map<String, HasValidation> fields = Map.of("email", email, "role", role);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            showLink(invitations.invite(email.getValue(), role.getValue()));
            onInvited.run();
        } catch (InvalidInputException e) {
            HasValidation field = fields.get(e.field());
            field.setErrorMessage(getTranslation(e.getMessage()));
            field.setInvalid(true);
        }
    }

    /** The link is shown this once: only its hash is kept. */
    private void showLink(Invited invited) {
        removeAll();
        getFooter().removeAll();
        TextField link = new TextField(getTranslation("users.invite.link"));
        link.setId("invitation-link");
        link.setValue(link(invited.token()));
        link.setReadOnly(true);
        link.setWidthFull();
        link.addFocusListener(e -> link.getElement().executeJs("this.inputElement.select()"));
        Paragraph sent = new Paragraph(getTranslation("users.invite.sent", invited.email(),
                getTranslation("users.role." + invited.role().name())));
        Paragraph howTo = new Paragraph(getTranslation("users.invite.passOn",
                formats.dateTime(invited.expiresAt().atZone(formats.zone()))));
        howTo.addClassName("ascent-muted");
        add(sent, link, howTo);
        setWidth("36rem");
        Button done = new Button(getTranslation("users.invite.done"), e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }

    /** The absolute address of the invitation page, as the administrator's browser reached Ascent. */
    static String link(String token) {
        return ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest())
                .path("/invitation/{token}").buildAndExpand(token).toUriString();
    }
}
