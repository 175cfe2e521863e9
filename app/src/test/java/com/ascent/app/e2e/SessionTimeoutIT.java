package com.ascent.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.security.UserAdministrationService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A signed-in tab left open ends on the sign-in page after the idle timeout, although the tab
 * keeps sending Vaadin's heartbeats (here every 3 s); a warning comes first and "Stay signed in"
 * puts the end off; and the absolute lifetime ends even a session in use. The limits are
 * shortened: 30 s idle, a warning 20 s before (long enough for a screenshot on a busy machine),
 * 65 s absolute (beyond the idle test's end, about 45 s after its sign-in). A password reset by an administrator ends the user's open tab at once, saying why.
 * The two tests that wait for a limit run side by side (the only concurrent tests of the suite: each
 * has its own browser and organization). Screenshots {@code session-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ascent.session.idle-timeout=30s", "ascent.session.idle-warning=20s",
        "ascent.session.absolute-lifetime=65s", "vaadin.heartbeatInterval=3"})
@ActiveProfiles("test")
class SessionTimeoutIT {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAdministrationService users;

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void anIdleTabIsWarnedCanStaySignedInAndOtherwiseEndsOnTheSignInPage() {
        Account hr = accounts.newOrganization(Role.HR);
        try (BrowserSession browser = newBrowser()) {
            Page page = browser.page;
            AtomicInteger heartbeats = new AtomicInteger();
            page.onRequest(request -> {
                if (request.url().contains("v-r=heartbeat")) {
                    heartbeats.incrementAndGet();
                }
            });
            browser.signIn(hr.email(), hr.password());
            Locator warning = page.locator("#session-expiry-warning");

            assertThat(warning).isVisible(within(Duration.ofSeconds(30)));
            assertThat(warning).containsText("Are you still there?");
            browser.screenshot("session-01-warning");
            long stayedAt = System.nanoTime();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stay signed in")).click();
            assertThat(warning).not().isVisible(within(Duration.ofSeconds(5)));

            // Still signed in, warned again 10 s after the click: "Stay signed in" started the 30 s anew.
            assertThat(warning).isVisible(within(Duration.ofSeconds(30)));
            assertThat(page.getByText("Sign out")).isVisible();
            org.assertj.core.api.Assertions.assertThat(Duration.ofNanos(System.nanoTime() - stayedAt))
                    .as("the second warning comes 10 s after the click").isGreaterThan(Duration.ofSeconds(8));

            page.waitForURL(url -> url.contains("/login"), new Page.WaitForURLOptions().setTimeout(35_000));
            assertThat(page.getByText("You were signed out after 30 seconds without activity.")).isVisible();
            org.assertj.core.api.Assertions.assertThat(heartbeats.get())
                    .as("the tab sent heartbeats all along, which kept nothing alive").isGreaterThan(3);
            browser.screenshot("session-02-signed-out");
            page.navigate(browser.url("people"));
            page.waitForURL(url -> url.contains("/login"));
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void theAbsoluteLifetimeEndsEvenASessionInUse() {
        Account hr = accounts.newOrganization(Role.HR);
        try (BrowserSession browser = newBrowser()) {
            Page page = browser.page;
            long signedInAt = System.nanoTime();
            browser.signIn(hr.email(), hr.password());
            String[] screens = {"People", "Programs"};
            int clicks = 0;
            while (!page.url().contains("/login") && Duration.ofNanos(System.nanoTime() - signedInAt).toSeconds() < 95) {
                Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(screens[clicks++ % 2]));
                if (link.isVisible()) {
                    link.click();
                }
                assertThat(page.locator("#session-expiry-warning")).not().isVisible();
                page.waitForTimeout(3_000);
            }
            page.waitForURL(url -> url.contains("/login"), new Page.WaitForURLOptions().setTimeout(10_000));
            org.assertj.core.api.Assertions.assertThat(Duration.ofNanos(System.nanoTime() - signedInAt))
                    .as("ended by the absolute lifetime, not earlier").isGreaterThan(Duration.ofSeconds(60));
            assertThat(page.getByText("You were signed out after 65 seconds, the longest a session may last.")).isVisible();
            browser.screenshot("session-03-absolute-lifetime");
        }
    }

    @Test
    void aPasswordResetByAnAdministratorEndsTheUsersOpenTabSayingWhy() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account hr = accounts.newColleague(admin, Role.HR);
        try (BrowserSession browser = newBrowser()) {
            Page page = browser.page;
            browser.signIn(hr.email(), hr.password());

            accounts.signIn(admin);
            try {
                users.resetPassword(users.members().stream().filter(m -> m.userId().equals(hr.userId()))
                        .findFirst().orElseThrow());
            } finally {
                accounts.signOut();
            }

            // The tab's next request (a heartbeat at the latest, every 3 s) ends the session.
            page.waitForURL(url -> url.contains("/login"), new Page.WaitForURLOptions().setTimeout(15_000));
            assertThat(page.getByText("You were signed out because your password was changed")).isVisible();
            browser.screenshot("session-04-password-replaced");
        }
    }

    private static LocatorAssertions.IsVisibleOptions within(Duration duration) {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(duration.toMillis());
    }

    private BrowserSession newBrowser() {
        return new BrowserSession().at("http://localhost:" + port + "/");
    }
}
