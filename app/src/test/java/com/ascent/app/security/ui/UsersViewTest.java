package com.ascent.app.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.security.InvitationService;
import com.ascent.app.security.Member;
import com.ascent.app.security.Membership;
import com.ascent.app.security.PendingInvitation;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.BrowserlessViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class UsersViewTest extends BrowserlessViewTest {

    @Autowired
    InvitationService invitations;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void anAdministratorSeesTheOrganizationsUsersAndCannotChangeTheirOwnAccess() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account viewer = accounts.newColleague(admin, Role.VIEWER);
        accounts.newOrganization(Role.HR);
        accounts.signIn(admin);
        navigate(UsersView.class);

        GridTester<Grid<Member>, Member> grid = test($(Grid.class).id("users"));
        assertThat(rows(grid)).extracting(Member::email).containsExactlyInAnyOrder(admin.email(), viewer.email());
        int self = rowOf(grid, admin);
        assertThat(grid.getCellText(self, 0)).isEqualTo("Test admin (you)");
        assertThat(grid.getCellComponent(self, 2)).isNotInstanceOf(Select.class);
        assertThat(grid.getCellComponent(self, 3).isVisible()).isFalse();
        assertThat(grid.getCellComponent(rowOf(grid, viewer), 3).isVisible()).isTrue();
        assertThat($(Grid.class).withId("invitations").exists()).as("no open invitations to show").isFalse();
    }

    @Test
    void anInvitationShowsTheSameAnswerForAnExistingAccountAndAnUnknownEmail() {
        Account elsewhere = accounts.newOrganization(Role.ADMIN);
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        navigate(UsersView.class);
        String unknown = "jan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        String answerForExisting = invite(elsewhere.email(), "Viewer").replace(elsewhere.email(), "<e-mail>");
        String answerForUnknown = invite(unknown, "Viewer").replace(unknown, "<e-mail>");

        assertThat(answerForExisting).isEqualTo(answerForUnknown)
                .contains("Invitation for <e-mail> as Viewer.")
                .contains("Send this link to the person; it works once, until ")
                .doesNotContain("Test admin", "already had");
        assertThat(accounts.memberships(elsewhere)).extracting(Membership::organizationId)
                .containsExactly(elsewhere.organizationId());
    }

    @Test
    void theLinkLeadsToTheInvitationAndAnOpenInvitationCanBeRevoked() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        navigate(UsersView.class);
        String email = "jan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        test($(Button.class).id("invite-user")).click();
        Dialog dialog = $(Dialog.class).single();
        test($(EmailField.class, dialog).single()).setValue("not an e-mail");
        test($(Button.class, dialog).id("send-invitation")).click();
        EmailField field = $(EmailField.class, dialog).single();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Enter a valid e-mail address, e.g. ana.kowalska@example.com.");

        test(field).setValue(email);
        test($(Button.class, dialog).id("send-invitation")).click();
        String link = $(TextField.class, dialog).id("invitation-link").getValue();
        assertThat(link).matches("https?://[^/]+/invitation/[A-Za-z0-9_-]{43}");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(invitations.find(token)).hasValueSatisfying(i -> {
            assertThat(i.email()).isEqualTo(email);
            assertThat(i.role()).isEqualTo(Role.HR);
            assertThat(i.organizationId()).isEqualTo(admin.organizationId());
        });
        test($(Button.class, dialog).withText("Done").single()).click();

        GridTester<Grid<PendingInvitation>, PendingInvitation> grid = test($(Grid.class).id("invitations"));
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 0)).isEqualTo(email);
        assertThat(grid.getCellText(0, 2)).isEqualTo("Test admin");
        test((Button) grid.getCellComponent(0, 4)).click();

        assertThat($(Grid.class).withId("invitations").exists()).isFalse();
        assertThat(invitations.find(token)).as("the link no longer works").isEmpty();
    }

    @Test
    void aResetShowsATemporaryPasswordOnce() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account hr = accounts.newColleague(admin, Role.HR);
        accounts.signIn(admin);
        navigate(UsersView.class);
        GridTester<Grid<Member>, Member> grid = test($(Grid.class).id("users"));

        test(action(grid, hr, "Reset password")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Reset the password of Test hr?");
        test(confirm).confirm();

        Dialog shown = $(Dialog.class).single();
        String temporary = $(TextField.class, shown).id("temporary-password").getValue();
        assertThat(passwordEncoder.matches(temporary, accounts.passwordHash(hr))).isTrue();
        assertThat($(Paragraph.class, shown).single().getText()).startsWith("Give it to Test hr in person");
    }

    @Test
    void aRoleIsChangedInTheListAndAMemberIsRemovedAfterConfirmation() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account hr = accounts.newColleague(admin, Role.HR);
        accounts.signIn(admin);
        navigate(UsersView.class);
        GridTester<Grid<Member>, Member> grid = test($(Grid.class).id("users"));

        test((Select<?>) grid.getCellComponent(rowOf(grid, hr), 2)).selectItem("Administrator");
        assertThat(accounts.memberships(hr)).extracting(Membership::role).containsExactly(Role.ADMIN);

        test(action(grid, hr, "Remove")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Remove Test hr?");
        test(confirm).confirm();
        assertThat(rows(grid)).extracting(Member::userId).containsExactly(admin.userId());
    }

    /** Invites through the dialog; returns everything the dialog then says, the link left out. */
    private String invite(String email, String role) {
        test($(Button.class).id("invite-user")).click();
        Dialog dialog = $(Dialog.class).single();
        test($(EmailField.class, dialog).single()).setValue(email);
        test($(Select.class, dialog).single()).selectItem(role);
        test($(Button.class, dialog).id("send-invitation")).click();
        String answer = $(Paragraph.class, dialog).all().stream().map(Paragraph::getText)
                .collect(Collectors.joining("\n")) + "\n" + dialog.getHeaderTitle();
        test($(Button.class, dialog).withText("Done").single()).click();
        return answer;
    }

    private Button action(GridTester<Grid<Member>, Member> grid, Account account, String text) {
        HorizontalLayout actions = (HorizontalLayout) grid.getCellComponent(rowOf(grid, account), 3);
        return $(Button.class, actions).withText(text).single();
    }

    private static List<Member> rows(GridTester<Grid<Member>, Member> grid) {
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private static int rowOf(GridTester<Grid<Member>, Member> grid, Account account) {
        return IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).userId().equals(account.userId()))
                .findFirst().orElseThrow();
    }
}
