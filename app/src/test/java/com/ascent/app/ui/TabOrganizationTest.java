package com.ascent.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.people.PersonDraft;
import com.ascent.app.people.PersonEntry;
import com.ascent.app.people.ui.PeopleView;
import com.ascent.app.program.ui.ProgramsView;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.Membership;
import com.ascent.app.security.OrganizationSwitchedElsewhereException;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.BrowserlessViewTest;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.Person;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A consultant's tab stays with the organization its header shows. The consultant has the people
 * of client A open, switches to client B in another tab, and goes on in the first: nothing it
 * writes lands in either organization, nothing of B is read into it, and the tab reloads into B
 * saying so.
 */
class TabOrganizationTest extends BrowserlessViewTest {

    @Autowired
    PeopleDirectory directory;
    @Autowired
    CurrentUser currentUser;

    Account clientA;
    Account clientB;
    Account consultant;

    @BeforeEach
    void aConsultantServingTwoClients() {
        clientA = accounts.newOrganization(Role.HR);
        clientB = accounts.newOrganization(Role.HR);
        accounts.signIn(clientA);
        person("A1", "Anna Adams");
        accounts.signIn(clientB);
        person("B1", "Bruno Brown");
        consultant = accounts.newColleague(clientA, Role.HR);
        accounts.addMembership(consultant, clientB, Role.HR);
        accounts.signIn(consultant);
    }

    @Test
    void aPersonAddedInATabStillShowingTheOldOrganizationIsStoredNowhereAndTheTabReloadsIntoTheNewOne() {
        navigate(PeopleView.class);
        assertThat(header()).isEqualTo(clientA.organizationName());
        test(findInView(Button.class).withText("Add person").first()).click();
        Dialog dialog = find(Dialog.class).single();
        fillInPerson(dialog, "A2", "Carla Clark");

        switchInAnotherTab(clientB);
        Throwable refused = catchThrowable(() -> test(find(Button.class, dialog).withText("Save").single()).click());

        assertThat(refused).as("the save is refused").isNotNull()
                .hasRootCauseInstanceOf(OrganizationSwitchedElsewhereException.class);
        assertThat(namesIn(clientA)).as("nothing stored in A").containsExactly("Anna Adams");
        assertThat(namesIn(clientB)).as("nothing stored in B").containsExactly("Bruno Brown");

        // What Vaadin does with an exception of a click: the session's error handler.
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(refused));
        assertThat(pendingJavaScript()).as("the tab is reloaded").anyMatch(js -> js.contains("?organization-switched"));

        reloadTheTab();
        assertThat(header()).isEqualTo(clientB.organizationName());
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("You switched to " + clientB.organizationName() + " in another tab; this tab now shows "
                        + clientB.organizationName() + ".");
        navigate(PeopleView.class);
        assertThat(namesInGrid()).containsExactly("Bruno Brown");
    }

    @Test
    void aTabStillShowingTheOldOrganizationReadsNothingOfTheNewOne() {
        navigate(PeopleView.class);
        assertThat(namesInGrid()).containsExactly("Anna Adams");

        switchInAnotherTab(clientB);

        Throwable read = catchThrowable(() -> directory.count(PeopleQuery.all()));
        assertThat(read).hasRootCauseInstanceOf(OrganizationSwitchedElsewhereException.class);
        Throwable search = catchThrowable(() -> {
            test(findInView(TextField.class).withLabel("Search").single()).setValue("b");
            namesInGrid();
        });
        assertThat(search).as("the list does not fetch B's people").isNotNull()
                .hasRootCauseInstanceOf(OrganizationSwitchedElsewhereException.class);
        assertThat(header()).isEqualTo(clientA.organizationName());

        UI.getCurrent().navigate(ProgramsView.class);
        assertThat(getCurrentView()).as("no other screen opens in the old tab").isInstanceOf(PeopleView.class);
        assertThat(pendingJavaScript()).as("the tab is reloaded instead").anyMatch(js -> js.contains("?organization-switched"));
    }

    @Test
    void theTabThatSwitchesAndTabsOpenedLaterWorkInTheNewOrganization() {
        navigate(PeopleView.class);
        test(find(Select.class).withAriaLabel("Organization").single()).selectItem(clientB.organizationName());

        assertThat(directory.count(PeopleQuery.all())).as("the switching tab itself is not refused").isEqualTo(1);
        reloadTheTab();
        navigate(PeopleView.class);
        assertThat(namesInGrid()).containsExactly("Bruno Brown");
    }

    /** What another tab of the same browser does: switch the session's organization in its own UI. */
    private void switchInAnotherTab(Account client) {
        UI thisTab = UI.getCurrent();
        UI otherTab = new UI();
        UI.setCurrent(otherTab);
        try {
            currentUser.switchOrganization(client.organizationId());
        } finally {
            UI.setCurrent(thisTab);
        }
    }

    /** The browser loading the page again: a new UI, on the address the old one was sent to. */
    private void reloadTheTab() {
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        UI.getCurrent().navigate("", QueryParameters.fromString("organization-switched"));
    }

    /** The organization the header shows. */
    @SuppressWarnings("unchecked")
    private String header() {
        Select<Membership> organization = find(Select.class).withAriaLabel("Organization").single();
        return organization.getValue().organizationName();
    }

    private List<String> pendingJavaScript() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(invocation -> invocation.getInvocation().getExpression() + " "
                        + invocation.getInvocation().getParameters())
                .toList();
    }

    private List<String> namesIn(Account client) {
        return OrganizationScope.callAs(client.organizationId(), () ->
                directory.find(PeopleQuery.all(), 0, 100).stream().map(Person::fullName).toList());
    }

    @SuppressWarnings("unchecked")
    private List<String> namesInGrid() {
        var grid = test((Grid<PersonEntry>) findInView(Grid.class).single());
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).person().fullName()).toList();
    }

    private void fillInPerson(Dialog dialog, String employeeId, String name) {
        type(dialog, "Employee ID", employeeId);
        type(dialog, "Name", name);
        type(dialog, "E-mail", name.toLowerCase().replace(' ', '.') + "@example.com");
        type(dialog, "Title", "Analyst");
        test(find(IntegerField.class, dialog).withLabel("Level").single()).setValue(5);
        chooseOrType(dialog, "Function", "Finance");
        chooseOrType(dialog, "Location", "Berlin");
    }

    private void type(Dialog dialog, String label, String value) {
        test(find(TextField.class, dialog).withLabel(label).single()).setValue(value);
    }

    @SuppressWarnings("unchecked")
    private void chooseOrType(Dialog dialog, String label, String value) {
        ComboBox<String> box = find(ComboBox.class, dialog).withLabel(label).single();
        ComponentUtil.fireEvent(box, new ComboBox.CustomValueSetEvent<>(box, true, value));
    }

    private PersonEntry person(String employeeId, String name) {
        return directory.create(new PersonDraft(employeeId, name, name.toLowerCase().replace(' ', '.') + "@example.com",
                "Finance", "Specialist", 7, null, "Berlin", null, null, null, List.<String>of()));
    }
}
