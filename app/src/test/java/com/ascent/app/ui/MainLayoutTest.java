package com.ascent.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.program.ui.ProgramsView;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.BrowserlessViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The frame: a consultant switches between their organizations, and each role sees its own menu. */
class MainLayoutTest extends BrowserlessViewTest {

    @Autowired
    ProgramService programs;
    @Autowired
    CurrentUser currentUser;

    @Test
    void aConsultantSwitchesOrganizationAndSeesItsProgramsWithTheRoleHeldThere() {
        Account clientA = accounts.newOrganization(Role.HR);
        Account clientB = accounts.newOrganization(Role.HR);
        createProgram(clientA, "Program of A");
        createProgram(clientB, "Program of B");
        Account consultant = accounts.newColleague(clientA, Role.HR);
        accounts.addMembership(consultant, clientB, Role.VIEWER);

        accounts.signIn(consultant);
        navigate(ProgramsView.class);
        assertThat(programNames()).containsExactly("Program of A");
        assertThat($(Button.class).withText("New program").exists()).isTrue();

        Select<?> organization = $(Select.class).withAriaLabel("Organization").single();
        test(organization).selectItem(clientB.organizationName());
        reloadPage();

        assertThat(currentUser.organizationId()).contains(clientB.organizationId());
        assertThat(currentUser.hasRole(Role.VIEWER)).isTrue();
        assertThat(currentUser.hasRole(Role.HR)).as("a viewer in B").isFalse();
        navigate(ProgramsView.class);
        assertThat(programNames()).containsExactly("Program of B");
        assertThat($(Button.class).withText("New program").exists()).as("a viewer creates nothing").isFalse();
    }

    @Test
    void nobodySwitchesIntoAnOrganizationTheyDoNotBelongTo() {
        Account hr = accounts.newOrganization(Role.HR);
        Account other = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);

        assertThatThrownBy(() -> currentUser.switchOrganization(other.organizationId()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> currentUser.switchOrganization(UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(currentUser.organizationId()).contains(hr.organizationId());
    }

    @Test
    void administrationIsInTheMenuOfAdministratorsOnly() {
        accounts.signIn(accounts.newOrganization(Role.ADMIN));
        navigate(ProgramsView.class);
        assertThat(menu()).contains("Programs", "Users", "Plugins & steps");

        accounts.signIn(accounts.newOrganization(Role.HR));
        reloadPage();
        navigate(ProgramsView.class);
        assertThat(menu()).contains("Programs").doesNotContain("Users", "Plugins & steps");
    }

    /** What the browser does after a sign-in or an organization switch: a new page, a new UI. */
    private void reloadPage() {
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    private void createProgram(Account hr, String name) {
        accounts.signIn(hr);
        programs.create(new ProgramDraft(name, "", LocalDate.of(2027, 1, 11), "Maria Nowak"));
    }

    private List<String> programNames() {
        GridTester<Grid<Program>, Program> grid = test($(Grid.class).single());
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).name()).toList();
    }

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
