package com.ascent.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.organization.Organization;
import com.ascent.app.organization.OrganizationService;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.TestPeople;
import com.ascent.app.support.TestPeople.Spec;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A consultant's clients, in a real Chromium against the real application with the example client
 * plugins installed: an administrator creates two organizations on the Organizations page and
 * invites the consultant and one HR user to each; the consultant accepts both, switches in the
 * header, and binds a client plugin for one organization only; each HR user sees nothing of the
 * other organization, neither in lists nor in search nor by pasting its program's or download's
 * address, nor in the ZIP export a consultant of both downloads; an archived organization refuses a
 * save. Screenshots {@code orgs-*} in
 * {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ascent.data-dir=${java.io.tmpdir}/ascent-organizations-${random.uuid}",
        "ascent.plugins.dirs=../plugins,../plugin-examples"})
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrganizationsEndToEndIT extends BrowserTest {

    private static final String PASSWORD = "copper kettle on the windowsill";

    @Autowired
    TestPeople people;
    @Autowired
    ProgramService programs;
    @Autowired
    OrganizationService organizations;

    Account founder;
    Account consultant;
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String alpha = "Alpha Logistics " + suffix;
    String beta = "Beta Retail " + suffix;
    String hrOfAlpha = "hr-alpha-" + suffix + "@example.com";
    String hrOfBeta = "hr-beta-" + suffix + "@example.com";
    String linkOfHrOfAlpha;
    String linkOfHrOfBeta;
    Program programOfAlpha;
    Program programOfBeta;
    String downloadOfAlpha;

    @BeforeAll
    void anAdministratorAConsultantAndABrowser() {
        founder = accounts.newOrganization(Role.ADMIN);
        consultant = accounts.newOrganization(Role.ADMIN);
    }

    @Test
    @Order(1)
    void anAdministratorCreatesTwoOrganizationsOnTheOrganizationsPage() {
        signIn(founder);
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Organizations")).click();
        page.waitForURL(url("organizations"));
        browser.settle();
        create(alpha);
        create(beta);
        assertThat(page.locator("#organizations")).containsText(alpha);
        assertThat(page.locator("#organizations")).containsText(beta);
        browser.screenshot("orgs-01-two-organizations");
        seedAProgramAndAPersonIn(alpha, "Ana Alpha");
        seedAProgramAndAPersonIn(beta, "Bruno Beta");
    }

    @Test
    @Order(2)
    void theAdministratorInvitesTheConsultantAndOneHrUserToEach() {
        workIn(alpha);
        page.navigate(url("admin/users"));
        browser.settle();
        invite(consultant.email(), "Administrator");
        linkOfHrOfAlpha = invite(hrOfAlpha, "HR");
        browser.screenshot("orgs-02-invitation-link");
        workIn(beta);
        page.navigate(url("admin/users"));
        browser.settle();
        invite(consultant.email(), "Administrator");
        linkOfHrOfBeta = invite(hrOfBeta, "HR");
        signOut();
    }

    @Test
    @Order(3)
    void theConsultantAcceptsBothAndSwitchesBetweenThemInTheHeader() {
        signIn(consultant);
        page.locator("#open-invitations").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.locator(".accept-invitation").first().click();
        assertThat(dialog.getByText("You are now a member of")).hasCount(1);
        dialog.locator(".accept-invitation").first().click();
        assertThat(dialog.getByText("You are now a member of")).hasCount(2);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();
        page.reload();
        browser.settle();

        page.locator("#organization-switcher").click();
        assertThat(option(alpha)).isVisible();
        assertThat(option(beta)).isVisible();
        assertThat(option(consultant.organizationName())).isVisible();
        option(alpha).click();
        page.waitForLoadState();
        browser.settle();
        assertThat(page.locator("#organization-switcher")).containsText(alpha);
        browser.screenshot("orgs-03-switched-to-alpha");
    }

    @Test
    @Order(4)
    void theConsultantBindsAClientPluginForAlphaOnly() {
        page.navigate(url("admin/plugins"));
        browser.settle();
        page.locator("#slot-SELECTION").click();
        option("Mentors by choice").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change steps")).click();
        browser.settle();
        assertThat(page.locator("#slot-SELECTION")).containsText("Mentors by choice");
        browser.screenshot("orgs-04-alpha-plugin-bound");

        workIn(beta);
        assertThat(page).hasURL(url("admin/plugins"));
        assertThat(page.locator("#slot-SELECTION")).containsText("Ascent's default");
        signOut();
    }

    @Test
    @Order(5)
    void alphasHrUserSeesNothingOfBeta() {
        joinByLink(linkOfHrOfAlpha, "Hanna Alpha", hrOfAlpha);
        assertThat(page.locator("#organization-switcher")).containsText(alpha);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(programOfAlpha.name());
        assertThat(page.getByRole(AriaRole.MAIN)).not().containsText(programOfBeta.name());

        page.navigate(url("people"));
        browser.settle();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Ana Alpha");
        page.getByLabel("Search").first().fill("Bruno");
        browser.settle();
        assertThat(page.getByRole(AriaRole.MAIN)).not().containsText("Bruno Beta");

        page.navigate(url("programs/" + programOfBeta.id() + "/steps/objectives"));
        browser.settle();
        assertThat(page.locator("h1")).hasText("Program not found");
        browser.screenshot("orgs-05-other-organizations-program-not-found");

        page.navigate(url("audit-trail"));
        browser.settle();
        downloadOfAlpha = page.locator("a[download]").first().getAttribute("href");
        assertThat(downloadOfAlpha).isNotBlank();
        signOut();
    }

    @Test
    @Order(6)
    void betasHrUserSeesNothingOfAlpha() {
        joinByLink(linkOfHrOfBeta, "Henryk Beta", hrOfBeta);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(programOfBeta.name());
        assertThat(page.getByRole(AriaRole.MAIN)).not().containsText(programOfAlpha.name());

        page.navigate(url("people"));
        browser.settle();
        page.getByLabel("Search").first().fill("Ana");
        browser.settle();
        assertThat(page.getByRole(AriaRole.MAIN)).not().containsText("Ana Alpha");

        page.navigate(url("programs/" + programOfAlpha.id() + "/steps/objectives"));
        browser.settle();
        assertThat(page.locator("h1")).hasText("Program not found");

        APIResponse download = page.request().get(URI.create(url("")).resolve(downloadOfAlpha).toString());
        assertThat(download.status()).as("Alpha's download, pasted in Beta's session").isNotEqualTo(200);
        signOut();
    }

    @Test
    @Order(7)
    void theConsultantsExportOfAlphaHoldsNothingOfBeta() throws IOException {
        signIn(consultant);
        workIn(alpha);
        page.navigate(url("admin/organization/data"));
        browser.settle();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prepare the download")).click();
        assertThat(page.getByText("Download the ZIP file")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        Download download = page.waitForDownload(() -> page.getByText("Download the ZIP file").click());

        String tables = textEntriesOf(download);
        assertThat(tables).contains(alpha, programOfAlpha.name());
        // The consultant is an administrator of Beta too: still nothing of Beta, not even its name.
        assertThat(tables).doesNotContain(beta, programOfBeta.name(), "Bruno", hrOfBeta);
        signOut();
    }

    @Test
    @Order(8)
    void anArchivedOrganizationRefusesASave() {
        signIn(founder);
        page.navigate(url("organizations"));
        browser.settle();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Archive " + alpha).setExact(true)).click();
        // The confirmation's button: the rows' buttons are named with their organization.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Archive").setExact(true)).click();
        browser.settle();
        assertThat(page.locator("#organizations")).containsText("Archived (read-only)");

        workIn(alpha);
        page.navigate(url("admin/organization"));
        browser.settle();
        page.locator("#save-organization").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("This organization is archived (read-only)"))).isVisible();
        browser.screenshot("orgs-06-archived-refuses-a-save");
    }

    /** The CSV files and README of an export ZIP, as one text. */
    private static String textEntriesOf(Download download) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(download.path()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".csv") || entry.getName().endsWith(".txt")) {
                    text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** Creates an organization through the page's dialog. */
    private void create(String name) {
        page.locator("#create-organization").click();
        page.locator("#organization-name input").fill(name);
        page.locator("#save-organization-name").click();
        assertThat(page.locator("#organizations")).containsText(name);
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
    }

    /** A program and a person in the organization named {@code name}, put there the way other tests do. */
    private void seedAProgramAndAPersonIn(String name, String person) {
        accounts.signIn(founder);
        Organization organization = organizations.mine().stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow();
        people.add(organization.id(), Spec.of(person, "Sales", 8));
        accounts.signIn(new Account(founder.userId(), founder.email(), founder.password(), organization.id(), name));
        Program program = programs.create(new ProgramDraft("Leaders of " + name, "", LocalDate.now().plusMonths(1),
                "Maria Nowak"));
        accounts.signOut();
        if (name.equals(alpha)) {
            programOfAlpha = program;
        } else {
            programOfBeta = program;
        }
    }

    /** Someone new opens their invitation's link, creates their account and signs in. */
    private void joinByLink(String link, String name, String email) {
        page.navigate(link);
        browser.settle();
        field("Your name").fill(name);
        field("Password").fill(PASSWORD);
        field("Repeat password").fill(PASSWORD);
        page.locator("#create-account").click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Your account is ready");
        browser.signIn(email, PASSWORD);
    }

    /** Invites through the Users page's dialog; returns the link it shows. */
    private String invite(String email, String role) {
        page.locator("#invite-user").click();
        field("Work e-mail").fill(email);
        page.getByRole(AriaRole.DIALOG).getByLabel("Role").click();
        option(role).click();
        page.locator("#send-invitation").click();
        Locator link = page.locator("#invitation-link input");
        assertThat(link).not().hasValue("");
        String address = link.inputValue();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done")).click();
        return address;
    }

    /** Chooses the organization in the header's switcher, which reloads the same kind of page. */
    private void workIn(String organization) {
        page.locator("#organization-switcher").click();
        option(organization).click();
        page.waitForLoadState();
        browser.settle();
        assertThat(page.locator("#organization-switcher")).containsText(organization);
    }

    /** An item of the open select or combo box. */
    private Locator option(String name) {
        return page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name));
    }

    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).first();
    }
}
