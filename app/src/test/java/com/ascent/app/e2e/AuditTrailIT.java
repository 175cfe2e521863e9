package com.ascent.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An administrator reads the audit trail and the sign-in log in Chromium, narrows the trail to a
 * program and downloads it as CSV. Screenshots {@code audit-*} in {@code target/screenshots}; each
 * screen is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ascent.data-dir=${java.io.tmpdir}/ascent-audit-${random.uuid}")
@ActiveProfiles("test")
class AuditTrailIT extends BrowserTest {

    @Autowired
    ProgramService programs;

    Account admin;

    @BeforeAll
    void anOrganizationWithChangesAndABrowser() {
        admin = accounts.newOrganization(Role.ADMIN);
        Account hr = accounts.newColleague(admin, Role.HR);
        accounts.signIn(hr);
        Program leaders = programs.create(new ProgramDraft("Future leaders", "", LocalDate.of(2027, 1, 11),
                "Maria Nowak"));
        programs.update(leaders.id(), leaders.version(), new ProgramDraft("Future leaders 2027",
                "Eighteen months for the next general managers", LocalDate.of(2027, 1, 11), "Maria Nowak"));
        programs.create(new ProgramDraft("Sales academy", "", LocalDate.of(2027, 3, 1), "Jan Kowalski"));
        accounts.signOut();
    }

    @Test
    void anAdministratorReadsFiltersAndDownloadsTheTrailAndReadsTheSignInLog() throws IOException {
        signIn(admin);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail")).click();
        browser.settle();
        assertThat(page.locator("#audit-trail")).containsText("Future leaders 2027");
        assertThat(page.locator("#audit-trail")).containsText("Name, Description");
        browser.screenshot("audit-01-trail");

        page.getByLabel("Program", new Page.GetByLabelOptions().setExact(true)).first().click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Future leaders 2027")).click();
        browser.settle();
        assertThat(page.getByText("2 changes")).isVisible();
        browser.screenshot("audit-02-trail-of-one-program");

        Download download = page.waitForDownload(() -> page.getByText("Download CSV").click());
        String csv = Files.readString(download.path());
        Assertions.assertThat(csv.lines().toList()).hasSize(3);
        Assertions.assertThat(csv).startsWith("Time,Person,Action,Record,Fields,Program,Record key")
                .contains(",Test hr,Changed,Program,\"Name, Description\",Future leaders 2027,");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign-in log")).click();
        browser.settle();
        assertThat(page.locator("#sign-ins")).containsText(admin.email().toLowerCase());
        browser.screenshot("audit-03-sign-in-log");
    }
}
