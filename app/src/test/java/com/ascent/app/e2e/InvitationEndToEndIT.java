package com.ascent.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Joining an organization by invitation, in a real Chromium: the administrator of client A invites
 * the administrator of client B (an existing account, whose name A's administrator never learns);
 * B's administrator signs in, finds the invitation in the header, accepts and switches into A. A
 * person without an account opens a link and creates one. Screenshots {@code inv-*} in
 * {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ascent.data-dir=${java.io.tmpdir}/ascent-invitations-${random.uuid}")
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvitationEndToEndIT extends BrowserTest {


    Account adminOfA;
    Account adminOfB;

    @BeforeAll
    void twoOrganizationsAndABrowser() {
        adminOfA = accounts.newOrganization(Role.ADMIN);
        adminOfB = accounts.newOrganization(Role.ADMIN);
    }

    @Test
    @Order(1)
    void anExistingUserOfAnotherOrganizationIsInvitedAcceptsAndSwitchesIntoIt() {
        signIn(adminOfA);
        page.navigate(url("admin/users"));
        browser.settle();
        String link = invite(adminOfB.email(), "HR");
        assertThat(link).startsWith(url("invitation/"));
        assertThat(page.getByRole(AriaRole.DIALOG)).not().containsText("Test admin");
        browser.screenshot("inv-01-invitation-link");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done")).click();
        assertThat(page.locator("#invitations")).containsText(adminOfB.email());
        browser.screenshot("inv-02-open-invitations");
        signOut();

        signIn(adminOfB);
        Locator notice = page.locator("#open-invitations");
        assertThat(notice).hasText("1 invitation");
        notice.click();
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("You are invited to work in "
                + adminOfA.organizationName() + " as HR.");
        browser.screenshot("inv-03-invitation-in-header");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept and join")).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("You are now a member of "
                + adminOfA.organizationName() + ".");
        page.locator("#work-in-organization").click();
        page.waitForCondition(() -> page.getByRole(AriaRole.DIALOG).count() == 0);
        browser.settle();

        assertThat(page.getByLabel("Organization").first()).containsText(adminOfA.organizationName());
        assertThat(page.locator("#open-invitations")).isHidden();
        browser.screenshot("inv-04-working-in-the-new-organization");
        signOut();
    }

    @Test
    @Order(2)
    void someoneWithoutAnAccountOpensTheLinkCreatesOneAndSignsIn() {
        String email = "jan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        signIn(adminOfA);
        page.navigate(url("admin/users"));
        browser.settle();
        String link = invite(email, "Viewer");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done")).click();
        signOut();

        page.navigate(link);
        browser.settle();
        assertThat(page.locator("h1")).hasText("Join " + adminOfA.organizationName() + " in Ascent");
        browser.screenshot("inv-05-invitation-page");
        field("Your name").fill("Jan Nowak");
        field("Password").fill("copper kettle on the windowsill");
        field("Repeat password").fill("copper kettle on the windowsill");
        page.locator("#create-account").click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Your account is ready");
        browser.screenshot("inv-06-account-created");

        page.navigate(link);
        browser.settle();
        assertThat(page.locator("h1")).hasText("This invitation no longer works");

        page.locator("#invitation-sign-in").click();
        browser.settle();
        field("E-mail").fill(email);
        field("Password").fill("copper kettle on the windowsill");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        waitUntilSignedIn();
        assertThat(page.locator("header")).containsText(adminOfA.organizationName());
    }

    /** Invites through the Users page's dialog; returns the link it shows. */
    private String invite(String email, String role) {
        page.locator("#invite-user").click();
        field("Work e-mail").fill(email);
        page.getByRole(AriaRole.DIALOG).getByLabel("Role").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(role)).click();
        page.locator("#send-invitation").click();
        Locator link = page.locator("#invitation-link input");
        assertThat(link).not().hasValue("");
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Send this link to the person; it works once, until ");
        return link.inputValue();
    }

    /** The start page, possibly as Spring Security's "/?continue" after an earlier sign-out. */
    private void waitUntilSignedIn() {
        page.waitForURL(u -> u.startsWith(url("")) && !u.contains("/login"));
        browser.settle();
    }

    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).first();
    }
}
