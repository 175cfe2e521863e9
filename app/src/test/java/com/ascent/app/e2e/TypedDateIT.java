package com.ascent.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ascent.app.security.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A date typed key by key and taken with Enter, as users type dates, leaves the form to assistive
 * technology: the New program dialog's buttons are still found by their role. With the calendar
 * opening on typing, Vaadin's date picker left the whole dialog aria-hidden after the first or
 * second such date (the CI failure of session 8); date fields now open their calendar from the
 * button only (ValueFields.follow).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TypedDateIT extends BrowserTest {

    @Test
    void aTypedDateTakenWithEnterLeavesTheDialogsButtonsToAssistiveTechnology() {
        signIn(accounts.newOrganization(Role.HR));
        page.navigate(url("programs"));
        browser.settle();
        for (int round = 1; round <= 4; round++) {
            button("New program").click();
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).first().fill("Typed dates " + round);
            Locator start = page.getByLabel("Start date", new Page.GetByLabelOptions().setExact(true)).first();
            start.pressSequentially("1/11/2027");
            start.press("Enter");
            assertThat(start).hasValue("1/11/2027");
            assertThat(button("Create and start designing")).hasCount(1);
            button("Cancel").click();
            assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
        }
    }

    /** The button with exactly this name, as assistive technology finds it (nothing aria-hidden). */
    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
