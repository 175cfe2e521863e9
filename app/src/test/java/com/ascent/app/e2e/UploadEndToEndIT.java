package com.ascent.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Hostile and foreign files sent through a real Chromium to the real server, with the upload
 * limit set to 2 MB: every upload ends with a verdict within seconds, and a file above Spring
 * Boot's default multipart limit of 1 MB still arrives. Screenshots {@code up-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ascent.uploads.max-size=2MB")
@ActiveProfiles("test")
class UploadEndToEndIT extends BrowserTest {

    /** A verdict within seconds, not minutes. */
    static final LocatorAssertions.ContainsTextOptions SOON = new LocatorAssertions.ContainsTextOptions().setTimeout(10_000);
    static final String HEADER = "employee_id,name,email,function,title,level,manager_employee_id,location\n";



    @BeforeAll
    void signInAsHr() {
        Account hr = accounts.newOrganization(Role.HR);
        signIn(hr);
    }

    @Test
    void aFileAboveOneMegabyteArrivesAndIsChecked() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; csv.length() < 1_500_000; i++) {
            csv.append("E%06d,Person %d,person%d@example.com,Finance,Specialist,5,,Berlin\n".formatted(i, i, i));
        }
        choose(write(csv.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(page.locator("#people-import-verdict")).containsText("ready to import",
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
    }

    @Test
    void aFileOverTheLimitIsRefusedAtOnce() throws IOException {
        choose(write(new byte[3 * 1024 * 1024]));

        assertThat(page.locator("#people-import-refused")).containsText(
                "This file is too large: Ascent takes files of at most 2 MB.", SOON);
        browser.screenshot("up-01-too-large");
    }

    @Test
    void aPngRenamedCsvGetsItsVerdictAtOnce() throws IOException {
        choose(write(Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")));

        assertThat(page.locator("#people-import-verdict")).containsText("This is an image, not a CSV file.", SOON);
        browser.screenshot("up-02-image");
    }

    @Test
    void aWindows1250FileIsGuessedAndTheEncodingCanBeChosen() throws IOException {
        choose(write((HEADER + "E1,Zażółć Gęślą,zazolc@example.com,Finance,Księgowa,9,,Łódź\n")
                .getBytes(Charset.forName("windows-1250"))));

        assertThat(page.locator("#people-import-verdict")).containsText("ready to import", SOON);
        assertThat(page.locator("#people-import-preview")).containsText("Zażółć Gęślą");
        browser.screenshot("up-03-encoding-guessed");
    }

    private void choose(Path file) {
        page.navigate(url("people/import"));
        browser.settle();
        FileChooser chooser = page.waitForFileChooser(() -> page.getByText("Choose a CSV file").click());
        chooser.setFiles(file);
    }

    private static Path write(byte[] content) throws IOException {
        Path file = Files.createTempFile("people", ".csv");
        Files.write(file, content);
        return file;
    }
}
