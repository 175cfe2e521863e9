package com.ascent.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** What HR does in the Measurement step, through the ids the step's view sets. */
final class MeasurementJourney {

    private final BrowserSession browser;
    private final Page page;

    MeasurementJourney(BrowserSession browser) {
        this.browser = browser;
        this.page = browser.page;
    }

    /** Opens the step's tab, e.g. {@code data}, {@code feedback}, {@code roi}, {@code dashboard}. */
    void tab(String name) {
        page.locator("#tab-" + name).click();
        browser.settle();
    }

    /** Fills the value form and records it; the caller checks what came of it. */
    void recordValue(String metric, String hipo, String phase, String date, String value) {
        choose("#value-metric", metric);
        Locator person = page.locator("#value-person").locator("input");
        person.fill(hipo);
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(hipo)).first().click();
        choose("#value-phase", phase);
        date("#value-date", date);
        page.locator("#value-value").locator("input").fill(value);
        page.locator("#record-value").click();
        browser.settle();
    }

    void recordFeedback(String hipo, String role, String overall, String date, String comment) {
        choose("#feedback-hipo", hipo);
        choose("#feedback-role", role);
        date("#feedback-date", date);
        choose("#feedback-overall", overall);
        page.locator("#feedback-comment").locator("textarea").fill(comment);
        page.locator("#record-feedback").click();
        browser.settle();
    }

    void addCost(String description, String amount) {
        page.locator("#cost-description").locator("input").fill(description);
        page.locator("#cost-amount").locator("input").fill(amount);
        page.locator("#add-cost").click();
        browser.settle();
    }

    void addBenefit(String description, String value, String isolation, String confidence) {
        page.locator("#benefit-description").locator("input").fill(description);
        page.locator("#benefit-value").locator("input").fill(value);
        page.locator("#benefit-isolation").locator("input").fill(isolation);
        page.locator("#benefit-confidence").locator("input").fill(confidence);
        page.locator("#add-benefit").click();
        browser.settle();
    }

    /** The message a refused field shows under it. */
    Locator error(String field) {
        return page.locator(field + " > [slot='error-message']");
    }

    /** The dashboard card of {@code metric}. */
    Locator metricCard(String metric) {
        return page.locator("[id^='dashboard-metric-']").filter(new Locator.FilterOptions().setHasText(metric)).first();
    }

    /** Downloads the program report through its link and returns its text, white space made single spaces. */
    String downloadReport() throws IOException {
        Download download = page.waitForDownload(() -> page.locator("#download-report-pdf").click());
        assertThat(page.locator("#download-report-pdf")).isVisible();
        try (PDDocument pdf = Loader.loadPDF(download.path().toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("-\\R", "-").replaceAll("\\s+", " ");
        }
    }

    /**
     * Downloads the report's workbook through its link and returns one sheet's figures: the first
     * column's label to the second column's value, a number (trailing zeros dropped) where the cell
     * is numeric, else its text.
     */
    Map<String, Object> downloadWorkbookSheet(String sheet) throws IOException {
        Download download = page.waitForDownload(() -> page.locator("#download-data-xlsx").click());
        Map<String, Object> figures = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(download.path().toFile())) {
            List<Row> rows = workbook.findSheet(sheet).orElseThrow(() -> new AssertionError("no sheet " + sheet))
                    .read();
            for (Row row : rows) {
                Cell value = row.getCell(1);
                if (value != null) {
                    figures.put(row.getCellAsString(0).orElse(""), value.getType() == CellType.NUMBER
                            ? ((BigDecimal) value.getValue()).stripTrailingZeros() : value.getText());
                }
            }
        }
        return figures;
    }

    private void choose(String select, String option) {
        page.locator(select).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    private void date(String picker, String date) {
        Locator input = page.locator(picker).locator("input");
        input.fill(date);
        input.press("Enter");
    }
}
