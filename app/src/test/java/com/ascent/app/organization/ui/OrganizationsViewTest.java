package com.ascent.app.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.organization.Organization;
import com.ascent.app.organization.OrganizationService;
import com.ascent.app.security.Membership;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.BrowserlessViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Organizations page: a consultant's organizations, created, renamed, archived and unarchived. */
class OrganizationsViewTest extends BrowserlessViewTest {

    @Autowired
    OrganizationService organizations;

    @Test
    void aConsultantCreatesAnOrganizationAndTheHeaderListsItAtOnce() {
        Account consultant = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(consultant);
        navigate(OrganizationsView.class);
        String name = "Client " + UUID.randomUUID().toString().substring(0, 8);

        test($(Button.class).id("create-organization")).click();
        Dialog dialog = $(Dialog.class).single();
        test($(Button.class, dialog).id("save-organization-name")).click();
        TextField field = $(TextField.class, dialog).id("organization-name");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Enter the organization's name.");
        test(field).setValue(consultant.organizationName());
        test($(Button.class, dialog).id("save-organization-name")).click();
        assertThat(field.getErrorMessage()).isEqualTo("An organization of this name exists already. Choose another name.");
        test(field).setValue(name);
        test($(Button.class, dialog).id("save-organization-name")).click();

        assertThat($(Dialog.class).exists()).isFalse();
        GridTester<Grid<Organization>, Organization> grid = test($(Grid.class).id("organizations"));
        int created = rowOf(grid, name);
        assertThat(grid.getCellText(created, 1)).isEqualTo("Administrator");
        assertThat(grid.getCellText(created, 2)).isEqualTo("Active");
        assertThat(switcherItems()).as("the header's switcher, without a reload")
                .contains(consultant.organizationName(), name);
    }

    @Test
    void anAdministratorArchivesAndUnarchivesAndRenamesOthersOnlySeeTheirRole() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account client = accounts.newOrganization(Role.ADMIN);
        accounts.addMembership(admin, client, Role.VIEWER);
        accounts.signIn(admin);
        navigate(OrganizationsView.class);
        GridTester<Grid<Organization>, Organization> grid = test($(Grid.class).id("organizations"));

        int own = rowOf(grid, admin.organizationName());
        int viewed = rowOf(grid, client.organizationName());
        assertThat(grid.getCellText(viewed, 1)).isEqualTo("Viewer");
        assertThat(actions(grid, viewed)).as("a viewer changes nothing of the client").isEmpty();
        assertThat(actions(grid, own)).containsExactly("Rename", "Archive");

        test(action(grid, own, "Archive")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Archive " + admin.organizationName() + "?");
        test(confirm).confirm();
        grid = test($(Grid.class).id("organizations"));
        assertThat(grid.getCellText(own, 2)).isEqualTo("Archived (read-only)");
        assertThat(actions(grid, own)).containsExactly("Unarchive");

        test(action(grid, own, "Unarchive")).click();
        assertThat(grid.getCellText(own, 2)).isEqualTo("Active");

        String newName = "Renamed " + UUID.randomUUID().toString().substring(0, 8);
        test(action(grid, own, "Rename")).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).id("organization-name")).setValue(newName);
        test($(Button.class, dialog).id("save-organization-name")).click();
        assertThat(names(grid)).contains(newName).doesNotContain(admin.organizationName());
        assertThat(switcherItems()).contains(newName);
    }

    @Test
    void withCreationLeftToAdministratorsAnHrUserCreatesNone() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        navigate(OrganizationsView.class);

        assertThat($(Button.class).withId("create-organization").exists()).isFalse();
        assertThat($(Button.class).withId("switcher-create-organization").exists()).isFalse();
        assertThat($(Grid.class).id("organizations").isVisible()).isTrue();
    }

    private static int rowOf(GridTester<Grid<Organization>, Organization> grid, String name) {
        return IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> names(GridTester<Grid<Organization>, Organization> grid) {
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).name()).toList();
    }

    private static List<String> actions(GridTester<Grid<Organization>, Organization> grid, int row) {
        return ((HorizontalLayout) grid.getCellComponent(row, 3)).getChildren()
                .map(c -> ((Button) c).getText()).toList();
    }

    private static Button action(GridTester<Grid<Organization>, Organization> grid, int row, String text) {
        return ((HorizontalLayout) grid.getCellComponent(row, 3)).getChildren().map(Button.class::cast)
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<String> switcherItems() {
        Select<Membership> switcher = $(Select.class).id("organization-switcher");
        return switcher.getListDataView().getItems().map(Membership::organizationName).toList();
    }
}
