package com.ascent.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.people.PersonDraft;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.Person;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The finding of issue 19, in two tabs of one browser: a consultant has the people of client A
 * open in one tab and switches to client B in another; "Add person" in the first tab, still headed
 * A, must store nothing in either organization, and the tab reloads into B and says why (a form
 * already open when the other tab switched: {@code TabOrganizationTest}). Screenshots {@code tabs-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TabOrganizationIT {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PeopleDirectory directory;

    @Test
    void aTabLeftOnTheOldOrganizationStoresNothingAndReloadsIntoTheOneSwitchedToElsewhere() {
        Account clientA = accounts.newOrganization(Role.HR);
        Account clientB = accounts.newOrganization(Role.HR);
        accounts.signIn(clientA);
        person("A1", "Anna Adams");
        accounts.signIn(clientB);
        person("B1", "Bruno Brown");
        Account consultant = accounts.newColleague(clientA, Role.HR);
        accounts.addMembership(consultant, clientB, Role.HR);
        accounts.signOut();

        try (BrowserSession browser = new BrowserSession().at("http://localhost:" + port + "/")) {
            Page first = browser.page;
            browser.signIn(consultant.email(), consultant.password());
            workIn(browser, first, clientA);
            first.navigate(browser.url("people"));
            browser.settle();
            assertThat(first.getByText("Anna Adams")).isVisible();
            browser.screenshot("tabs-01-people-of-a");

            Page second = browser.newTab();
            second.navigate(browser.url("people"));
            browser.settle(second);
            workIn(browser, second, clientB);
            first.bringToFront();

            assertThat(header(first)).containsText(clientA.organizationName());
            button(first, "Add person").click();

            assertThat(first.getByText(switchedNotice(clientB))).isVisible();
            assertThat(header(first)).containsText(clientB.organizationName());
            browser.screenshot("tabs-02-reloaded-into-b");
            assertThat(first.url()).as("reloading the page later says nothing again").doesNotContain("organization-switched");

            assertThat(namesIn(clientA)).as("nothing stored in A").containsExactly("Anna Adams");
            assertThat(namesIn(clientB)).as("nothing stored in B").containsExactly("Bruno Brown");
            first.navigate(browser.url("people"));
            browser.settle();
            assertThat(first.getByText("Bruno Brown")).isVisible();
            assertThat(first.getByText("Anna Adams")).not().isVisible();
        }
    }

    private static String switchedNotice(Account client) {
        return "You switched to " + client.organizationName() + " in another tab; this tab now shows "
                + client.organizationName() + ".";
    }

    /** Chooses the consultant's client in the header of {@code tab}, as the consultant does. */
    private static void workIn(BrowserSession browser, Page tab, Account client) {
        // A tab in the background renders no animation frames: the select would not open.
        tab.bringToFront();
        Locator header = header(tab);
        if (header.textContent().contains(client.organizationName())) {
            return;
        }
        header.click();
        // Goes on only once the server has made the switch, which the other tab's next click must see.
        tab.waitForResponse(response -> response.url().contains("v-r=uidl"), () ->
                tab.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(client.organizationName())).click());
        tab.waitForLoadState();
        browser.settle(tab);
        assertThat(header(tab)).containsText(client.organizationName());
    }

    /**
     * The organization the header of {@code tab} shows (the select holds every organization as an
     * item; only its value button says which one is chosen).
     */
    private static Locator header(Page tab) {
        return tab.locator("header vaadin-select").first().locator("vaadin-select-value-button");
    }

    private static Locator button(Page tab, String name) {
        return tab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private List<String> namesIn(Account client) {
        accounts.signIn(client);
        try {
            return directory.find(PeopleQuery.all(), 0, 100).stream().map(Person::fullName).toList();
        } finally {
            accounts.signOut();
        }
    }

    private void person(String employeeId, String name) {
        directory.create(new PersonDraft(employeeId, name, name.toLowerCase().replace(' ', '.') + "@example.com",
                "Finance", "Specialist", 7, null, "Berlin", null, null, null, List.of()));
    }
}
