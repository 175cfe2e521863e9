package com.ascent.app.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.program.ui.ProgramsView;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.InvitationService;
import com.ascent.app.security.Membership;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.BrowserlessViewTest;
import com.ascent.app.support.TestPeople;
import com.ascent.app.support.TestPeople.Spec;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The page behind an invitation's link, and the header's list of a signed-in user's invitations. */
class InvitationViewTest extends BrowserlessViewTest {

    static final String PASSWORD = "copper kettle on the windowsill";

    @Autowired
    InvitationService invitations;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    TestPeople people;

    @Test
    void someoneWithoutAnAccountCreatesOneOnTheInvitationsPageAndJoins() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        String email = "jan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String token = invite(admin, email, Role.VIEWER);
        accounts.signOut();

        navigate("invitation/" + token, InvitationView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Join " + admin.organizationName() + " in Ascent");
        assertThat(text()).contains("You are invited to work in " + admin.organizationName() + " as Viewer. "
                + "The invitation is for " + email + " and works until ");
        test($(TextField.class).withLabel("Your name").single()).setValue("Jan Nowak");
        test($(PasswordField.class).withLabel("Password").single()).setValue("jan nowak");
        test($(PasswordField.class).withLabel("Repeat password").single()).setValue("jan nowak");
        test($(Button.class).id("create-account")).click();
        PasswordField password = $(PasswordField.class).withLabel("Password").single();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).startsWith("Use at least 12 characters.");

        test(password).setValue(PASSWORD);
        test($(PasswordField.class).withLabel("Repeat password").single()).setValue(PASSWORD);
        test($(Button.class).id("create-account")).click();

        assertThat(text()).contains("Welcome! Your account is ready and you are a member of "
                + admin.organizationName() + ". Sign in with " + email + " and the password you chose.");
        assertThat(accounts.memberships(new Account(null, email, PASSWORD, admin.organizationId(), "")))
                .extracting(Membership::organizationId, Membership::role)
                .containsExactly(org.assertj.core.api.Assertions.tuple(admin.organizationId(), Role.VIEWER));
    }

    @Test
    void aLinkThatNoLongerWorksGetsOneClearMessage() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        String token = invite(admin, "someone-" + UUID.randomUUID() + "@example.com", Role.HR);
        accounts.signOut();

        navigate("invitation/" + token, InvitationView.class);
        test($(Button.class).id("decline-invitation")).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(text()).contains("You declined the invitation to " + admin.organizationName() + ".");

        for (String link : new String[] {token, "made-up-token"}) {
            navigate("invitation/" + link, InvitationView.class);
            assertThat($(H1.class).single().getText()).isEqualTo("This invitation no longer works");
            assertThat(text()).contains("The link is unknown, was used already, was revoked or has expired.")
                    .doesNotContain(admin.organizationName());
        }
    }

    @Test
    void aSignedInUserAcceptsOnTheInvitationsPageAndWorksThere() {
        Account consultant = accounts.newOrganization(Role.HR);
        Account admin = accounts.newOrganization(Role.ADMIN);
        String token = invite(admin, consultant.email(), Role.HR);

        accounts.signIn(consultant);
        navigate("invitation/" + token, InvitationView.class);
        test($(Button.class).withText("Accept and join").single()).click();

        assertThat(text()).contains("You are now a member of " + admin.organizationName() + ".");
        test($(Button.class).id("work-in-organization")).click();
        assertThat(currentUser.organizationId()).contains(admin.organizationId());
        assertThat(accounts.memberships(consultant)).extracting(Membership::organizationId)
                .containsExactlyInAnyOrder(consultant.organizationId(), admin.organizationId());
    }

    @Test
    void someoneSignedInWithAnotherEmailIsToldWhoTheInvitationIsFor() {
        Account invitee = accounts.newOrganization(Role.HR);
        Account other = accounts.newOrganization(Role.HR);
        Account admin = accounts.newOrganization(Role.ADMIN);
        String token = invite(admin, invitee.email(), Role.HR);

        accounts.signIn(other);
        navigate("invitation/" + token, InvitationView.class);

        assertThat(text()).contains("You are signed in as " + other.email() + ", but this invitation is for "
                + invitee.email() + ".");
        assertThat($(Button.class).withText("Accept and join").exists()).isFalse();
    }

    @Test
    void theHeaderListsTheSignedInUsersInvitationsToAcceptOrDecline() {
        Account consultant = accounts.newOrganization(Role.HR);
        Account clientA = accounts.newOrganization(Role.ADMIN);
        Account clientB = accounts.newOrganization(Role.ADMIN);
        invite(clientA, consultant.email(), Role.VIEWER);
        invite(clientB, consultant.email(), Role.HR);

        accounts.signIn(consultant);
        navigate(ProgramsView.class);
        Button notice = $(Button.class).id("open-invitations");
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).isEqualTo("2 invitations");
        test(notice).click();
        Dialog list = $(Dialog.class).single();
        assertThat(list.getHeaderTitle()).isEqualTo("Your invitations");
        assertThat(list.getElement().getTextRecursively()).contains(clientA.organizationName(),
                clientB.organizationName());

        test($(Button.class, list).withText("Decline").first()).click();
        test($(ConfirmDialog.class).single()).confirm();
        test($(Button.class, list).withText("Accept and join").single()).click();
        test($(Button.class, list).withText("Close").single()).click();

        assertThat(notice.isVisible()).as("nothing left to answer").isFalse();
        assertThat(accounts.memberships(consultant)).hasSize(2);
    }

    @Test
    void aParticipantIsInvitedToTakePartInAProgramNotToWorkThere() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        UUID hanna = people.add(admin.organizationId(), Spec.of("Hanna Hipo", "Finance", 9));
        String email = "hanna-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String token = invitations.inviteParticipant(hanna, "Hanna Hipo", email).token();
        accounts.signOut();

        navigate("invitation/" + token, InvitationView.class);
        assertThat(text()).contains("You are invited to take part in a development program of "
                + admin.organizationName() + " and to follow your part of it in Ascent. The invitation is for "
                + email + " and works until ").doesNotContain("as Participant");
    }

    private String invite(Account admin, String email, Role role) {
        accounts.signIn(admin);
        return invitations.invite(email, role).token();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
