package com.ascent.app.security.ui;

import com.ascent.app.database.DatabaseUnavailable;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.InvitationService;
import com.ascent.app.security.OpenInvitation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;

/**
 * The header's notice of the signed-in user's open invitations, from any organization: hidden while
 * there are none; opens the list to accept or decline each.
 */
public class InvitationsNotice extends Button {

    private final InvitationService invitations;
    private final CurrentUser currentUser;

    public InvitationsNotice(InvitationService invitations, CurrentUser currentUser) {
        this.invitations = invitations;
        this.currentUser = currentUser;
        setId("open-invitations");
        addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        addClickListener(e -> openList());
        setVisible(false);
        // With the database down the page says "temporarily unavailable"; there is nothing to notice.
        DatabaseUnavailable.attempt(VaadinServletRequest.getCurrent(), () -> show(invitations.forCurrentUser()));
    }

    private void show(List<OpenInvitation> open) {
        setText(getTranslation("invitation.notice", open.size()));
        setVisible(!open.isEmpty());
    }

    private void openList() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("invitation.list.title"));
        dialog.setWidth("34rem");
        for (OpenInvitation invitation : invitations.forCurrentUser()) {
            dialog.add(new InvitationAnswer(invitation, currentUser, () -> invitations.accept(invitation),
                    () -> invitations.decline(invitation)));
        }
        Button close = new Button(getTranslation("invitation.list.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                show(invitations.forCurrentUser());
            }
        });
        dialog.open();
    }
}
