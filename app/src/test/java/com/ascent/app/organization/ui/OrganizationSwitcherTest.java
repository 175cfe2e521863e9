package com.ascent.app.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.program.ui.ProgramsView;
import com.ascent.app.people.ui.PeopleView;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.Membership;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.security.ui.UsersView;
import com.ascent.app.support.BrowserlessViewTest;
import com.ascent.app.wizard.ui.WizardView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The organization switcher in the header: shown also with one organization, switching keeps the
 * user on the same kind of page, and "+" creates an organization and goes into it.
 */
class OrganizationSwitcherTest extends BrowserlessViewTest {

    @Autowired
    ProgramService programs;
    @Autowired
    CurrentUser currentUser;

    @Test
    void theSwitcherIsShownAlsoWithOneOrganizationWithItsWholeNameInTheTooltip() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        navigate(ProgramsView.class);

        Select<Membership> switcher = switcher();
        assertThat(switcher.getValue().organizationName()).isEqualTo(hr.organizationName());
        assertThat(switcher.getElement().getAttribute("title")).isEqualTo(hr.organizationName());
        assertThat(switcher.getListDataView().getItems()).hasSize(1);
    }

    @Test
    void switchingFromAProgramLeadsToTheProgramsOfTheOtherOrganizationAndFromPeopleToItsPeople() {
        Account clientA = accounts.newOrganization(Role.HR);
        Account clientB = accounts.newOrganization(Role.HR);
        accounts.addMembership(clientA, clientB, Role.VIEWER);
        accounts.signIn(clientA);
        Program program = programs.create(new ProgramDraft("Leaders of A", "", LocalDate.of(2027, 1, 11), "Maria Nowak"));
        navigate("programs/" + program.id() + "/steps/objectives", WizardView.class);

        test(switcher()).selectItem(clientB.organizationName());

        assertThat(currentUser.organizationId()).contains(clientB.organizationId());
        assertThat(locationsSet()).containsExactly("programs");

        accounts.signIn(clientA);
        reloadPage();
        navigate(PeopleView.class);
        test(switcher()).selectItem(clientB.organizationName());
        assertThat(locationsSet()).containsExactly("people");
    }

    @Test
    void anAdministratorsPageLeadsToTheStartPageOfAnOrganizationWhereTheUserIsNoAdministrator() {
        assertThat(OrganizationSwitcher.samePageKind("admin/users", Role.VIEWER)).isEmpty();
        assertThat(OrganizationSwitcher.samePageKind("admin/users", Role.ADMIN)).isEqualTo("admin/users");
        assertThat(OrganizationSwitcher.samePageKind("audit-trail", Role.HR)).isEqualTo("audit-trail");
        assertThat(OrganizationSwitcher.samePageKind("programs/" + UUID.randomUUID() + "/steps/framework", Role.VIEWER))
                .isEqualTo("programs");
        assertThat(OrganizationSwitcher.samePageKind("no/such/page", Role.ADMIN)).isEmpty();
    }

    @Test
    void plusCreatesAnOrganizationAndGoesIntoIt() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        navigate(UsersView.class);
        String name = "Client " + UUID.randomUUID().toString().substring(0, 8);

        test($(Button.class).id("switcher-create-organization")).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).id("organization-name")).setValue(name);
        test($(Button.class, dialog).id("save-organization-name")).click();

        assertThat(currentUser.require().activeMembership()).map(Membership::organizationName).contains(name);
        assertThat(currentUser.hasRole(Role.ADMIN)).isTrue();
        assertThat(locationsSet()).containsExactly("programs");
    }

    /** What the browser does after a sign-in or an organization switch: a new page, a new UI. */
    private void reloadPage() {
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    @SuppressWarnings("unchecked")
    private Select<Membership> switcher() {
        return $(Select.class).id("organization-switcher");
    }

    /** Where the tab was sent (a reload of the page): what {@code Page.setLocation} asked the browser. */
    private static List<String> locationsSet() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getExpression().contains("window.open("))
                .map(js -> String.valueOf(js.getInvocation().getParameters().getFirst()))
                .toList();
    }
}
