package com.ascent.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/** The Program framework step in the browser: a structure from a template, the calendar and its months. */
final class FrameworkJourney {

    private final Page page;
    /** The month's title as the calendar writes it in the user's format locale, e.g. "January 2027". */
    private final DateTimeFormatter month;
    /** The start of the message that the calendar was generated, before its counts. */
    private final String generated;

    FrameworkJourney(Page page, JourneyTexts texts) {
        this.page = page;
        this.month = DateTimeFormatter.ofPattern("LLLL yyyy", texts.browser);
        this.generated = texts.stepStart("framework", "structure.generated");
    }

    /** The title of {@code shown} above the month grid. */
    String title(YearMonth shown) {
        return month.format(shown);
    }

    void startFrom(String template) {
        page.locator("#framework-template").click();
        option(template).click();
        page.locator("#apply-template").click();
    }

    void generateCalendar() {
        page.locator("#generate-calendar").click();
        assertThat(page.getByText(generated)).isVisible();
    }

    /** Opens the Calendar tab as a month grid. */
    void showCalendar() {
        page.locator("#tab-calendar").click();
        assertThat(page.locator("#calendar-month-days")).isVisible();
    }

    /** Goes back or forward month by month, as a user would, until {@code month} is shown. */
    void showMonth(YearMonth month) {
        Locator title = page.locator("#calendar-month-title");
        for (int i = 0; i < 36; i++) {
            String shown = title.textContent();
            YearMonth current = YearMonth.parse(shown, this.month);
            if (current.equals(month)) {
                return;
            }
            page.locator(current.isBefore(month) ? "#calendar-next-month" : "#calendar-previous-month").click();
            assertThat(title).not().hasText(shown);
        }
        throw new AssertionError("the calendar never showed " + month);
    }

    /** Scrolls the page so that the month fills the window, as a user would to read it. */
    void scrollToMonth() {
        page.locator("#calendar-month").evaluate("month => month.scrollIntoView({block: 'start'})");
    }

    /** The entries of one kind (session, review, milestone, resource) in the cell of {@code day}. */
    Locator entries(LocalDate day, String kind) {
        return page.locator("#day-" + day + " [data-kind='" + kind + "']");
    }

    private Locator option(String label) {
        return page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true));
    }
}
