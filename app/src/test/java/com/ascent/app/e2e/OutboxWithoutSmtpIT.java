package com.ascent.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 14: the outbox works without any SMTP server, as Ascent runs with the README's run command
 * (no {@code spring.mail.host}). An administrator invites someone, finds the e-mail under Outbox,
 * opens it and its link: the invitation opens, and the person joins with a new account.
 * Screenshots {@code p14-outbox-*} in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ascent.data-dir=${java.io.tmpdir}/ascent-outbox-${random.uuid}")
@ActiveProfiles("test")
class OutboxWithoutSmtpIT extends BrowserTest {

    static final String PASSWORD = "copper kettle on the windowsill";

    @Autowired
    Environment environment;

    Account admin;

    @BeforeAll
    void anOrganizationWithAnAdministrator() {
        admin = accounts.newOrganization(Role.ADMIN);
    }

    @Test
    void anInvitationKeptInTheOutboxIsOpenedFromThereAndItsLinkWorks() {
        assertThat(environment.getProperty("spring.mail.host")).as("no mail server configured").isNull();
        String email = "ola-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        signIn(admin);
        page.navigate(url("admin/users"));
        browser.settle();
        page.locator("#invite-user").click();
        field("Work e-mail").fill(email);
        page.getByRole(AriaRole.DIALOG).getByLabel("Role").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("HR")).click();
        page.locator("#send-invitation").click();
        assertThat(page.locator("#invitation-link input")).not().hasValue("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done")).click();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outbox").setExact(true)).click();
        page.waitForURL(url("admin/outbox"));
        browser.settle();
        assertThat(page.locator("#outbox-intro")).containsText("No mail server is configured");
        Locator outbox = page.locator("#outbox");
        assertThat(outbox).containsText(email);
        assertThat(outbox).containsText("Invitation to " + admin.organizationName() + " in Ascent");
        assertThat(outbox).containsText("Kept (no mail server)");
        browser.screenshot("p14-outbox-01-kept-messages");

        outbox.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open")).first().click();
        Locator message = page.getByRole(AriaRole.DIALOG);
        assertThat(message).containsText("To: ");
        assertThat(message).containsText(email);
        Locator link = message.locator("#outbox-message-body a");
        assertThat(link).hasCount(1);
        assertThat(link).hasAttribute("href", Pattern.compile("^" + url("invitation/") + "[A-Za-z0-9_-]{43}$"));
        browser.screenshot("p14-outbox-02-message-with-its-link");
        Page invitation = page.waitForPopup(link::click);
        browser.settle(invitation);
        assertThat(invitation.locator("h1")).hasText("Join " + admin.organizationName() + " in Ascent");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();
        signOut();

        // The tab the link opened: the administrator was signed in there, now nobody is.
        invitation.reload();
        browser.settle(invitation);
        assertThat(invitation.locator("h1")).hasText("Join " + admin.organizationName() + " in Ascent");
        invitation.getByLabel("Your name", new Page.GetByLabelOptions().setExact(true)).first().fill("Ola Nowak");
        invitation.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).first().fill(PASSWORD);
        invitation.getByLabel("Repeat password", new Page.GetByLabelOptions().setExact(true)).first().fill(PASSWORD);
        invitation.locator("#create-account").click();
        assertThat(invitation.getByRole(AriaRole.MAIN)).containsText("Your account is ready");
        invitation.close();

        browser.signIn(email, PASSWORD);
        assertThat(page.locator("header")).containsText(admin.organizationName());
        browser.screenshot("p14-outbox-03-joined");
    }

    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).first();
    }
}
