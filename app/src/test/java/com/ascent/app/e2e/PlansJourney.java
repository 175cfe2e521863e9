package com.ascent.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What HR does in the Development plans step of the journey, one small action per method. */
final class PlansJourney {

    private final BrowserSession browser;
    private final Page page;

    PlansJourney(BrowserSession browser) {
        this.browser = browser;
        this.page = browser.page;
    }

    /** Opens another step of the program that is open now. */
    void openStep(String stepId) {
        page.navigate(page.url().replaceFirst("/steps/[^/?#]+", "/steps/" + stepId));
        browser.settle();
    }

    /** Adds a capability to the organization's library, on the Objectives step. */
    void addCapability(String name, String description) {
        if (page.locator("#capability-library").getAttribute("opened") == null) {
            page.locator("#capability-library vaadin-details-summary").click();
        }
        page.locator("#add-capability").click();
        page.locator("#capability-name").locator("input").fill(name);
        page.locator("#capability-description").locator("textarea").fill(description);
        page.locator("#save-capability").click();
        assertThat(page.getByText(name, new Page.GetByTextOptions().setExact(true)).first()).isVisible();
    }

    void openPlanOf(String hipo) {
        page.locator("#plans-hipos vaadin-button[data-hipo='" + hipo + "']").click();
        assertThat(page.locator("#plan-title")).containsText(hipo);
    }

    void saveStrengths(String strengths) {
        page.locator("#plan-strengths").locator("textarea").fill(strengths);
        page.locator("#save-strengths").click();
    }

    void addGap(String capability, int today, int target, String evidence) {
        choose("#gap-capability", capability);
        page.locator("#gap-current").locator("input").fill(String.valueOf(today));
        page.locator("#gap-target").locator("input").fill(String.valueOf(target));
        page.locator("#gap-evidence").locator("input").fill(evidence);
        page.locator("#add-gap").click();
        assertThat(page.locator("#plan-gaps")).containsText(capability);
    }

    /** Fills in a goal without adding it yet; {@code measure} may be left empty to see it refused. */
    void fillGoal(String outcome, String measure, String target, String due, String objective) {
        page.locator("#goal-outcome").locator("input").fill(outcome);
        page.locator("#goal-measure").locator("input").fill(measure);
        page.locator("#goal-target").locator("input").fill(target);
        date("#goal-due", due);
        page.locator("#goal-objectives").locator("input").fill(objective);
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(objective)).first().click();
        page.keyboard().press("Escape");
    }

    /** Takes a suggestion for the selected gap, dates it, ties it to the goal and saves it. */
    void addSuggestedActivity(String suggestionId, String title, String starts, String ends, String goal) {
        page.locator("#" + suggestionId).click();
        assertThat(page.locator("#activity-title").locator("input")).hasValue(title);
        date("#activity-starts", starts);
        date("#activity-ends", ends);
        choose("#activity-goal", goal);
        page.locator("#add-activity").click();
        assertThat(page.locator("#activity-title").locator("input")).hasValue("");
        assertThat(page.locator("#plan-activities")).containsText(title);
    }

    /** The whole plan in one picture: the window is made as tall as the plan for the screenshot. */
    void screenshotOfWholePlan(String name) {
        int height = ((Number) page.evaluate("() => document.querySelector('#plan-editor').scrollHeight")).intValue();
        page.setViewportSize(1440, height + 200);
        browser.screenshot(name);
        page.setViewportSize(1440, 960);
    }

    /** Downloads the plan's PDF through its link, as the browser saves it, and returns its text. */
    String downloadPdfText() throws IOException {
        Download download = page.waitForDownload(() -> page.locator("#download-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // one line of text per line of the page; a word broken at a hyphen is joined again
            return new PDFTextStripper().getText(document).replaceAll("-\\R", "-").replaceAll("\\s+", " ");
        }
    }

    private void choose(String comboBox, String option) {
        page.locator(comboBox).locator("input").fill(option);
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(option)).first().click();
    }

    private void date(String datePicker, String value) {
        Locator input = page.locator(datePicker).locator("input");
        input.fill(value);
        input.press("Enter");
    }
}
