package com.ascent.app.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.security.Member;
import com.ascent.app.security.Membership;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.BrowserlessViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UsersViewTest extends BrowserlessViewTest {

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
    }

    @Test
    void anAddedUserCanSignInWithTheChosenRole() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        navigate(UsersView.class);
        String email = "jan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        test($(Button.class).id("add-user")).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).single()).setValue("Jan Nowak");
        test($(EmailField.class, dialog).single()).setValue(email);
        test($(PasswordField.class, dialog).single()).setValue("short");
        test($(Button.class, dialog).withText("Add user").single()).click();
        PasswordField password = $(PasswordField.class, dialog).single();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Use at least 12 characters. A phrase of a few unrelated words is easy to remember and hard to guess.");

        test(password).setValue("a long enough password");
        test($(Select.class, dialog).single()).selectItem("Viewer");
        test($(Button.class, dialog).withText("Add user").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        GridTester<Grid<Member>, Member> grid = test($(Grid.class).id("users"));
        assertThat(rows(grid)).filteredOn(m -> m.email().equals(email)).singleElement()
                .satisfies(m -> {
                    assertThat(m.displayName()).isEqualTo("Jan Nowak");
                    assertThat(m.role()).isEqualTo(Role.VIEWER);
                });
        assertThat(accounts.memberships(new Account(null, email, "", admin.organizationId(), "")))
                .extracting(Membership::role).containsExactly(Role.VIEWER);
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

        test((Button) grid.getCellComponent(rowOf(grid, hr), 3)).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Remove Test hr?");
        test(confirm).confirm();
        assertThat(rows(grid)).extracting(Member::userId).containsExactly(admin.userId());
    }

    private static List<Member> rows(GridTester<Grid<Member>, Member> grid) {
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private static int rowOf(GridTester<Grid<Member>, Member> grid, Account account) {
        return IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).userId().equals(account.userId()))
                .findFirst().orElseThrow();
    }
}
