package com.ascent.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An administrator downloads everything of their organization as a ZIP in Chromium, then erases
 * the organization by typing its name and lands on the "organization erased" page, signed out
 * (it was their only organization). Screenshots {@code orgdata-*} in {@code target/screenshots};
 * each screen is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ascent.data-dir=${java.io.tmpdir}/ascent-orgdata-${random.uuid}")
@ActiveProfiles("test")
class OrganizationDataIT extends BrowserTest {

    @Autowired
    ProgramService programs;

    Account admin;

    @BeforeAll
    void anOrganizationWithAProgramAndABrowser() {
        admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        programs.create(new ProgramDraft("Future leaders", "", LocalDate.of(2027, 1, 11), "Maria Nowak"));
        accounts.signOut();
    }

    @Test
    void anAdministratorDownloadsEverythingThenErasesTheOrganization() throws IOException {
        signIn(admin);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organization settings")).click();
        browser.settle();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Export and erasure of the organization's data")).click();
        browser.settle();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Export and erasure")))
                .isVisible();
        browser.screenshot("orgdata-01-page");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prepare the download")).click();
        assertThat(page.getByText("Download the ZIP file")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        browser.settle();
        browser.screenshot("orgdata-02-export-ready");
        Download download = page.waitForDownload(() -> page.getByText("Download the ZIP file").click());
        Assertions.assertThat(download.suggestedFilename()).matches("ascent-export-\\d{4}-\\d\\d-\\d\\d\\.zip");
        Assertions.assertThat(entries(download)).contains("README.txt", "tables/program.csv", "tables/person.csv")
                .anyMatch(name -> name.endsWith("/program-report.pdf"));

        page.getByLabel("Type the organization's name to confirm").fill(admin.organizationName());
        browser.settle();
        browser.screenshot("orgdata-03-name-typed");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase the organization for good")).click();
        browser.settle();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("The organization was erased")))
                .isVisible();
        browser.screenshot("orgdata-04-erased");

        // The account went with its only organization: the session ended, Ascent asks to sign in.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continue to Ascent")).click();
        browser.settle();
        assertThat(page.getByLabel("E-mail").first()).isVisible();
        Assertions.assertThatThrownBy(() -> accounts.passwordHash(admin)).as("the account is gone")
                .isInstanceOf(NoSuchElementException.class);
    }

    private static List<String> entries(Download download) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(download.path()); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
