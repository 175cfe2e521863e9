package com.ascent.app.security.ui;

import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.OpenInvitation;
import com.ascent.app.security.Role;
import com.ascent.app.ui.Notifications;
import com.ascent.plugin.api.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;

/**
 * One open invitation to the signed-in user: what it offers, Accept and Decline, and once accepted
 * the way into the organization. Shown on the invitation's page and in the header's list.
 */
class InvitationAnswer extends VerticalLayout {

    private final OpenInvitation invitation;
    private final CurrentUser currentUser;

    /**
     * @param accept  joins the organization
     * @param decline answers no
     */
    InvitationAnswer(OpenInvitation invitation, CurrentUser currentUser, Runnable accept, Runnable decline) {
        this.invitation = invitation;
        this.currentUser = currentUser;
        setPadding(false);
        Button acceptButton = new Button(getTranslation("invitation.accept"), e -> answer(accept, true));
        acceptButton.addClassName("accept-invitation");
        acceptButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button declineButton = new Button(getTranslation("invitation.decline"), e -> confirmDecline(decline));
        declineButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Paragraph(describe(this, invitation)), new HorizontalLayout(acceptButton, declineButton));
    }

    /** "You are invited to work in … as …", for the invitation's e-mail, until when the invitation works. */
    static String describe(Component source, OpenInvitation invitation) {
        // The invited person may not work in the organization's time zone yet: the zone is named.
        String until = new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .appendLiteral(' ').appendZoneText(TextStyle.SHORT).toFormatter(UI.getCurrent().getLocale())
                .format(invitation.expiresAt().atZone(ZoneId.systemDefault()));
        if (invitation.role() == Role.PARTICIPANT) {
            // A participant takes part in a program; "work in ... as Participant" would read as a job.
            return source.getTranslation("invitation.description.participant", invitation.organizationName(),
                    invitation.email(), until);
        }
        return source.getTranslation("invitation.description", invitation.organizationName(),
                source.getTranslation("users.role." + invitation.role().name()), invitation.email(), until);
    }

    private void confirmDecline(Runnable decline) {
        confirmDecline(this, invitation, () -> answer(decline, false));
    }

    /** Declining cannot be undone (the link stops working), so it is confirmed first. */
    static void confirmDecline(Component source, OpenInvitation invitation, Runnable decline) {
        String organization = invitation.organizationName();
        ConfirmDialog confirm = new ConfirmDialog(source.getTranslation("invitation.decline.title", organization),
                source.getTranslation("invitation.decline.message", organization),
                source.getTranslation("invitation.decline"), e -> decline.run());
        confirm.setCancelable(true);
        confirm.setCancelText(source.getTranslation("common.cancel"));
        confirm.open();
    }

    private void answer(Runnable answer, boolean accepted) {
        removeAll();
        try {
            answer.run();
        } catch (InvalidInputException e) {
            Notifications.error(getTranslation(e.getMessage()));
            add(new Paragraph(getTranslation(e.getMessage())));
            return;
        }
        if (!accepted) {
            add(new Paragraph(getTranslation("invitation.declined", invitation.organizationName())));
            return;
        }
        add(new Paragraph(getTranslation("invitation.joined", invitation.organizationName())));
        Button workThere = new Button(getTranslation("invitation.workThere", invitation.organizationName()), e -> {
            currentUser.switchOrganization(invitation.organizationId());
            // A new page, so that the header lists the new organization; "./" is the start page (the
            // base of every page), while an empty location would not load anything.
            e.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
        });
        workThere.setId("work-in-organization");
        workThere.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(workThere);
    }
}
