package com.ascent.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The Ongoing support step in the browser: the resource catalogue and assigning resources to HiPos. */
final class SupportJourney {

    private final Page page;

    SupportJourney(Page page) {
        this.page = page;
    }

    /** Opens the dialog for a new catalogue entry and fills its type and title. */
    void newResource(String type, String title) {
        page.locator("#tab-catalogue").click();
        page.locator("#add-resource").click();
        page.locator("#resource-type").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(type).setExact(true)).click();
        page.locator("#resource-title input").fill(title);
    }

    /** Fills a date picker as a user types it (US English), e.g. 3/15/2027. */
    void date(String fieldId, String usDate) {
        Locator input = page.locator("#" + fieldId + " input");
        input.fill(usDate);
        input.press("Enter");
    }

    void text(String fieldId, String value) {
        page.locator("#" + fieldId + " input").fill(value);
    }

    /** Saves the dialog, which stays open when a field is refused. */
    void save() {
        page.locator("#save-resource").click();
    }

    /** Saves the dialog and waits until it has closed. */
    void saveAndClose() {
        save();
        assertThat(page.locator("#save-resource")).isHidden();
    }

    /** The error message a field shows. */
    Locator error(String fieldId) {
        return page.locator("#" + fieldId + " [slot='error-message']");
    }

    /** Assigns a catalogue resource to HiPos on the Assignments tab. */
    void assign(String resource, String... hipos) {
        page.locator("#tab-assignments").click();
        page.locator("#assign-resource input").fill(resource);
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(resource)).first().click();
        for (String hipo : hipos) {
            page.locator("#assign-hipos input").fill(hipo);
            page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(hipo)).first().click();
        }
        page.locator("#assign-hipos input").press("Escape");
        page.locator("#assign").click();
    }
}
