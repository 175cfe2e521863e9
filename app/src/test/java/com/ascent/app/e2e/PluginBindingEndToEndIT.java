package com.ascent.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.TestPeople;
import com.ascent.app.support.TestPeople.Spec;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A consultant who serves two client organizations swaps one client's Coaches &amp; mentors step
 * for the client's own plugin (mentees choose from a short list) and switches on an extra sponsor
 * sign-off after the framework, in a real Chromium against the real application with the example
 * client plugins installed. The other client keeps Ascent's default steps, and the default
 * Program framework step works on the pairs the client's step produced. Screenshots
 * {@code pb-*} in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ascent.data-dir=${java.io.tmpdir}/ascent-plugin-binding-${random.uuid}",
        "ascent.plugins.dirs=../plugins,../plugin-examples"})
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginBindingEndToEndIT extends BrowserTest {

    @Autowired
    TestPeople people;
    @Autowired
    ProgramService programs;

    Account clientA;
    Account clientB;
    Program programOfA;
    Program programOfB;

    @BeforeAll
    void twoClientsAndTheirProgramsAndABrowser() {
        clientA = accounts.newOrganization(Role.ADMIN);
        clientB = accounts.newOrganization(Role.ADMIN);
        accounts.addMembership(clientA, clientB, Role.ADMIN);
        people.addAll(clientA.organizationId(), List.of(
                Spec.of("Ana Silva", "Finance", 9), Spec.of("Priya Raman", "Sales", 8),
                Spec.of("Kenji Watanabe", "Marketing", 14), Spec.of("Daniel Kim", "Finance", 15),
                Spec.of("Tomasz Zielinski", "Sales", 14)));
        accounts.signIn(clientA);
        programOfA = programs.create(new ProgramDraft("Future leaders of client A", "", LocalDate.now().plusMonths(1),
                "Maria Nowak"));
        accounts.signIn(clientB);
        programOfB = programs.create(new ProgramDraft("Future leaders of client B", "", LocalDate.now().plusMonths(1),
                "Jon Berg"));
        accounts.signOut();
    }

    @Test
    @Order(1)
    void theConsultantSwapsClientAsCoachesAndMentorsStepAndAddsTheSponsorSignOff() {
        signIn(clientA);
        workIn(clientA);

        page.navigate(url("admin/plugins"));
        browser.settle();
        assertThat(page.locator("#plugins")).containsText("example-shortlist-selection");
        browser.screenshot("pb-01-plugins");

        page.locator("#slot-SELECTION").click();
        option("Mentors by choice").click();
        assertThat(page.getByText("One program is in progress")).isVisible();
        browser.screenshot("pb-02-confirm-program-in-progress");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change steps")).click();
        browser.settle();
        assertThat(page.locator("#slot-SELECTION")).containsText("Mentors by choice");

        page.locator("#extra-sponsor-sign-off input").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change steps")).click();
        browser.settle();
        assertThat(page.locator("#extra-sponsor-sign-off")).hasAttribute("checked", "");
        assertThat(page.locator("#extra-place-sponsor-sign-off")).containsText("After “3. Program framework”");
        browser.screenshot("pb-03-client-a-steps");
    }

    @Test
    @Order(2)
    void clientAsWizardHasTheShortListStepAndTheSponsorSignOffAfterTheFramework() {
        openStep(programOfA, "shortlist-selection");
        assertThat(stepper()).containsText(new String[] {"Objectives", "Mentors by choice", "Program framework",
                "Sponsor sign-off", "Development plans"});
        assertThat(page.locator(".ascent-stepper-item").nth(1)).containsText("Mentors by choice");
        assertThat(page.locator(".ascent-stepper-item").nth(3)).containsText("Sponsor sign-off");
        assertThat(page.locator("#shortlists-empty")).isVisible();

        addToRoster("Ana Silva", "#shortlist-add-hipo");
        addToRoster("Priya Raman", "#shortlist-add-hipo");
        addToRoster("Kenji Watanabe", "#shortlist-add-mentor");
        addToRoster("Daniel Kim", "#shortlist-add-mentor");
        addToRoster("Tomasz Zielinski", "#shortlist-add-mentor");
        assertThat(page.locator("#shortlist-participants"))
                .hasText("HiPos: Ana Silva, Priya Raman. Mentors: Daniel Kim, Kenji Watanabe, Tomasz Zielinski.");
        assertThat(card("Ana Silva").locator("vaadin-radio-button")).containsText(new String[] {
                "Kenji Watanabe, Marketing, level 14", "Tomasz Zielinski, Sales, level 14", "Daniel Kim, Finance, level 15"});
        browser.screenshot("pb-04-client-a-short-lists");

        choose("Ana Silva", "Kenji Watanabe, Marketing");
        choose("Priya Raman", "Daniel Kim, Finance");
        assertThat(stepper().nth(1)).containsText("2 things missing");
        page.locator("#shortlist-confirm").click();
        browser.settle();

        assertThat(page.locator("#shortlist-confirmed")).containsText("Ana Silva is mentored by Kenji Watanabe");
        assertThat(page.locator("#shortlist-confirmed")).containsText("Priya Raman is mentored by Daniel Kim");
        assertThat(stepper().nth(1)).containsText("Complete");
        browser.screenshot("pb-05-client-a-pairs-confirmed");
    }

    @Test
    @Order(3)
    void theDefaultFrameworkStepOfClientAPlansTheSessionsOfThosePairs() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
        page.waitForURL(Pattern.compile(".*/steps/framework"));
        browser.settle();
        page.locator("#framework-template").click();
        option("12 months").click();
        page.locator("#apply-template").click();
        page.locator("#generate-calendar").click();
        assertThat(page.getByText(Pattern.compile("Calendar generated: \\d+ events added"))).isVisible();

        page.locator("#tab-calendar").click();
        // Every session of the year at once: the list rather than the month.
        page.locator("#calendar-layout").getByText("List", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#calendar-grid")).containsText("Ana Silva with Kenji Watanabe");
        assertThat(page.locator("#calendar-grid")).containsText("Priya Raman with Daniel Kim");
        browser.screenshot("pb-06-client-a-framework-calendar");
    }

    @Test
    @Order(4)
    void theSponsorSignOffComesRightAfterTheFramework() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
        page.waitForURL(Pattern.compile(".*/steps/sponsor-sign-off"));
        browser.screenshot("pb-07a-client-a-sponsor-before");
        assertThat(page.locator("#sponsor-framework")).containsText("2 confirmed pairs");
        page.locator("#sponsor-approve").click();
        assertThat(page.locator("#sponsor-name")).containsText("Enter the sponsor's name.");

        page.locator("#sponsor-name input").fill("Olivia Brandt");
        page.locator("#sponsor-comment textarea").fill("Keep the quarterly reviews in the leadership team's calendar.");
        page.locator("#sponsor-approve").click();

        assertThat(page.locator("#sponsor-approved")).containsText("Approved by Olivia Brandt on");
        assertThat(stepper().nth(3)).containsText("Complete");
        browser.screenshot("pb-07b-client-a-sponsor-sign-off");
    }

    @Test
    @Order(5)
    void clientBStillHasAscentsDefaultSteps() {
        workIn(clientB);

        openStep(programOfB, "selection");
        assertThat(page.locator("#selection")).isVisible();
        assertThat(stepper().nth(1)).containsText("Coaches & mentors");
        assertThat(stepper().nth(3)).containsText("Development plans");
        assertThat(stepper().filter(new Locator.FilterOptions().setHasText("Mentors by choice"))).hasCount(0);
        assertThat(stepper().filter(new Locator.FilterOptions().setHasText("Sponsor sign-off"))).hasCount(0);
        browser.screenshot("pb-08-client-b-default-steps");

        page.navigate(url("admin/plugins"));
        browser.settle();
        assertThat(page.locator("#slot-SELECTION")).containsText("Ascent's default");
        assertThat(page.locator("#extra-sponsor-sign-off")).not().hasAttribute("checked", "");
    }

    /** Chooses the consultant's client in the header, as the consultant does. */
    private void workIn(Account client) {
        page.getByLabel("Organization").first().click();
        option(client.organizationName()).click();
        page.waitForLoadState();
        browser.settle();
        assertThat(page.getByLabel("Organization").first()).containsText(client.organizationName());
    }

    /** An item of the open select or combo box. */
    private Locator option(String name) {
        return page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name));
    }

    private void openStep(Program program, String stepId) {
        page.navigate(url("programs/" + program.id() + "/steps/" + stepId));
        browser.settle();
    }

    private Locator stepper() {
        return page.locator(".ascent-stepper-item");
    }

    private Locator card(String hipo) {
        return page.locator(".shortlist-card").filter(new Locator.FilterOptions().setHasText(hipo));
    }

    /** Records the mentor {@code hipo} chose from their short list. */
    private void choose(String hipo, String mentor) {
        card(hipo).getByText(mentor).click();
        browser.settle();
        assertThat(card(hipo).locator("vaadin-radio-button[checked]")).containsText(mentor);
    }

    /** Picks {@code name} in the people field and adds them with {@code button}. */
    private void addToRoster(String name, String button) {
        page.locator("#shortlist-person input").fill(name);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(name)).first().click();
        page.locator(button).click();
        browser.settle();
        assertThat(page.locator("#shortlist-participants")).containsText(name);
    }

    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).first();
    }
}
