package com.ascent.app.e2e;

import static com.ascent.app.e2e.JourneyTexts.REST;
import static com.ascent.app.e2e.JourneyTexts.spaced;
import static com.ascent.app.e2e.JourneyTexts.upTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ascent.plugin.api.format.ValueKind;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A new HR user's first hour, in a real Chromium against the real application on a fresh
 * embedded PostgreSQL: first-run setup, sign-in, the organization's currency, a program designed
 * step by step up to the review page, its report as PDF and XLSX. One journey for every language:
 * a subclass names the browser's locale, and {@link JourneyTexts} gives what the user types and
 * reads in it, from the application's own bundles. Every screen is saved under
 * {@code target/screenshots} and, unless the language's run leaves it to another, checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class EndToEndJourney extends BrowserTest {

    static final String EMAIL = "maria.nowak@northwind.example";
    static final String PASSWORD = "Correct-horse-battery-staple-42";
    static final String PEOPLE_CSV = """
            employee_id,name,email,function,title,level,manager_employee_id,location,hire_date,performance,potential,skills
            N100,Olivia Brandt,olivia.brandt@northwind.example,Executive,Chief Executive Officer,18,,Berlin,2010-02-01,3,3,Strategy
            N200,James Okafor,james.okafor@northwind.example,Finance,Chief Financial Officer,16,N100,London,2014-09-14,3,2,Forecasting; Negotiation
            N210,Ana Silva,ana.silva@northwind.example,Finance,Finance Manager,9,N200,Lisbon,2019-03-15,3,3,Financial modelling
            N220,Daniel Kim,daniel.kim@northwind.example,Finance,Group Controller,13,N200,London,2013-04-02,3,2,Controlling; Coaching
            N300,Kenji Watanabe,kenji.watanabe@northwind.example,Marketing,Marketing Director,14,N100,Singapore,2016-01-09,3,2,Brand management; Public speaking
            N310,Lea Fischer,lea.fischer@northwind.example,Marketing,Campaign Manager,9,N300,Berlin,2021-06-01,2,3,Campaigns
            N400,Tomasz Zielinski,tomasz.zielinski@northwind.example,Sales,Sales Director,14,N100,Warsaw,2015-05-04,3,2,Negotiation; Coaching
            N410,Priya Raman,priya.raman@northwind.example,Sales,Key Account Manager,8,N400,London,2020-11-02,3,3,Account planning
            N500,Sofia Rossi,sofia.rossi@northwind.example,HR,HR Business Partner,10,N100,Milan,2018-07-16,2,3,Change management
            """;

    /** The figures of the ROI: resource costs of step 5, the coach, and one benefit counted at 50 %. */
    static final BigDecimal RESOURCE_COSTS = new BigDecimal("2100");
    static final String COACH_COST = "29500.50";
    static final String BENEFIT = "128400";
    static final BigDecimal TOTAL_COSTS = new BigDecimal("31600.50");
    static final BigDecimal COUNTED_BENEFITS = new BigDecimal("64200");
    static final BigDecimal ROI_PERCENT = new BigDecimal("103.2");
    static final BigDecimal BENEFIT_COST_RATIO = new BigDecimal("2.03");

    final JourneyTexts t;
    /** Put before each screenshot's name, so that the runs of several languages keep their own pictures. */
    private final String screenshotPrefix;

    EndToEndJourney(JourneyTexts texts, String screenshotPrefix) {
        this.t = texts;
        this.screenshotPrefix = screenshotPrefix;
    }

    @Override
    BrowserSession newBrowser() {
        return new BrowserSession(t.browser, screenshotPrefix);
    }

    @Test
    @Order(1)
    void firstRunSetupCreatesTheOrganizationAndItsAdministrator() {
        page.navigate(url(""));
        browser.settle();
        assertThat(heading(t.host("setup.title"))).isVisible();
        browser.screenshot("01-setup");

        field(t.host("setup.organizationName")).fill(t.data("organization.name"));
        field(t.host("setup.displayName")).fill("Maria Nowak");
        field(t.host("setup.email")).fill(EMAIL);
        field(t.host("setup.password")).fill(PASSWORD);
        field(t.host("setup.repeatPassword")).fill(PASSWORD);
        button(t.host("setup.create")).click();

        page.waitForURL(Pattern.compile(".*/login"));
        page.navigate(url("setup"));
        page.waitForURL(Pattern.compile(".*/login"));
    }

    @Test
    @Order(2)
    void aWrongPasswordIsRefused() {
        page.navigate(url("login"));
        browser.settle();
        signIn(EMAIL, "not-the-password");
        assertThat(page.getByText(t.host("login.error.message"))).isVisible();
        browser.screenshot("02-login-refused");
    }

    @Test
    @Order(3)
    void theAdministratorSignsInAndSeesAnEmptyProgramList() {
        page.navigate(url("login"));
        browser.screenshot("03-login");
        signIn(EMAIL, PASSWORD);
        assertThat(page.getByText(t.host("programs.empty"))).isVisible();
        browser.screenshot("04-programs-empty");
    }

    /** Every amount from here on is in the organization's currency; meetings in its time zone. */
    @Test
    @Order(4)
    void theAdministratorSetsTheOrganizationsCurrencyTimeZoneAndFormats() {
        page.navigate(url("admin/organization"));
        browser.settle();
        choose("#organization-currency", t.currency.getCurrencyCode() + " · " + t.currency.getDisplayName(t.language));
        choose("#organization-time-zone", t.shown.zone().getId());
        choose("#organization-format-locale", t.browser.getDisplayName(t.language));
        page.locator("#save-organization").click();
        assertThat(page.getByText(t.host("organization.saved"))).isVisible();
        browser.screenshot("04b-organization");
    }

    @Test
    @Order(5)
    void aFileWithABadRowIsRefusedWithItsLineNumberAndAGoodOneIsImported() throws IOException {
        page.navigate(url("people/import"));
        browser.settle();
        browser.screenshot("05a-people-import");

        Path bad = Files.writeString(Files.createTempFile("people-bad", ".csv"), PEOPLE_CSV.replace(
                "james.okafor@northwind.example", "james.okafor-at-northwind"));
        chooseFile(bad);
        assertThat(page.locator("#people-import-problems")).containsText(upTo(t.host("people.import.problem", 3, REST, REST)));
        browser.screenshot("05b-people-import-refused");

        page.navigate(url("people/import"));
        browser.settle();
        Path good = Files.writeString(Files.createTempFile("people", ".csv"), PEOPLE_CSV);
        chooseFile(good);
        assertThat(page.locator("#people-import-verdict")).containsText(t.host("people.import.ready", 9, 9, 0));
        page.locator("#people-import-start").click();
        assertThat(page.locator("#people-import-done")).isVisible();
        browser.screenshot("05c-people-imported");

        page.navigate(url("people"));
        browser.settle();
        assertThat(page.getByText("Ana Silva").first()).isVisible();
        browser.screenshot("05d-people");
    }

    @Test
    @Order(6)
    void hrCreatesAProgramAndDesignsItsObjectives() {
        page.navigate(url("programs"));
        browser.settle();
        button(t.host("programs.create")).click();
        field(t.host("programs.name")).fill(t.data("program.name"));
        field(t.host("programs.description")).fill(t.data("program.description"));
        field(t.host("programs.startDate")).fill(t.typed(LocalDate.of(2027, 1, 11)));
        field(t.host("programs.startDate")).press("Enter");
        // Typing a date opens no calendar (ValueFields.follow).
        assertThat(page.locator("vaadin-date-picker[opened]")).hasCount(0);
        field(t.host("programs.owner")).fill("Maria Nowak");
        browser.screenshot("05-new-program");
        button(t.host("programs.create.save")).click();

        page.waitForURL(Pattern.compile(".*/steps/objectives"));
        assertThat(page.locator(".ascent-stepper-item").first()).containsText(t.host("wizard.status.incomplete", 1));
        browser.screenshot("06-objectives-empty");

        page.locator("#add-statement-leadership").click();
        page.locator("#statement-text").locator("textarea").fill(t.data("statement.leadership"));
        page.locator("#save-statement").click();
        page.locator("#add-statement-business").click();
        page.locator("#statement-text").locator("textarea").fill(t.data("statement.business"));
        page.locator("#save-statement").click();
        page.locator("#load-starter-library").click();

        addObjective(t.data("objective1.title"), "leadership", t.data("objective1.how"));
        addIndicator(1, t.data("indicator1.name"), t.data("indicator1.unit"), t.typed("3.1"), "4");
        addObjective(t.data("objective2.title"), "business", t.data("objective2.how"));
        addIndicator(2, t.data("indicator2.name"), t.data("indicator2.unit"), "62", "75");

        assertThat(page.locator("#objective-1")).containsText(t.data("indicator1.name"));
        assertThat(page.locator("#save-state")).hasText(t.host("wizard.saved"));
        assertThat(page.locator("#objectives-status")).hasAttribute("complete", Pattern.compile(".*"));
        assertThat(page.locator(".ascent-stepper-item").first()).containsText(t.host("wizard.status.complete"));
        browser.screenshot("07-objectives-complete");
    }

    @Test
    @Order(7)
    void aFinanceHipoGetsAMarketingMentorWhenTheFunctionMustDiffer() {
        nextStep("selection");
        for (String hipo : List.of("Ana Silva", "Priya Raman", "Sofia Rossi")) {
            addHipo(hipo);
        }
        browser.screenshot("08-selection-hipos");

        page.locator("#selection-tab-guides").click();
        // Daniel Kim is a finance controller outside Ana Silva's reporting line: only the
        // cross-functional rule keeps him from being her mentor.
        addMentor("Kenji Watanabe");
        addMentor("Daniel Kim");
        browser.screenshot("08-selection-mentors");

        page.locator("#selection-tab-criteria").click();
        page.locator("#function-rule").getByText(t.step("selection", "criteria.rule.MUST_DIFFER")).click();
        page.locator("#save-criteria").click();
        browser.screenshot("08-selection-criteria");

        page.locator("#selection-tab-pairs").click();
        page.locator("#run-matching").click();
        Locator anasPair = page.locator(".pair-card[data-hipo='Ana Silva']");
        assertThat(anasPair).hasAttribute("data-guide", "Kenji Watanabe");
        assertThat(page.locator(".pair-card[data-guide='Daniel Kim']").first()).isVisible();
        browser.screenshot("08-selection-review");

        page.locator("#confirm-pairs").click();
        assertThat(anasPair).hasAttribute("data-status", "CONFIRMED");
        assertThat(page.locator(".ascent-stepper-item").nth(1)).containsText(t.host("wizard.status.complete"));
        browser.screenshot("08-selection-confirmed");
    }

    @Test
    @Order(8)
    void aTwelveMonthProgramWithQuarterlyReviewsGivesTheConfirmedPairsTheirCalendar() {
        nextStep("framework");
        FrameworkJourney framework = new FrameworkJourney(page, t);
        framework.startFrom(t.step("framework", "template.TWELVE_MONTHS"));
        assertThat(page.locator("#framework-end input")).hasValue(t.field(LocalDate.of(2028, 1, 10)));
        assertThat(page.locator("#review-every input")).hasValue("3");
        browser.screenshot("09-framework-structure");

        framework.generateCalendar();
        assertThat(page.locator(".ascent-stepper-item").nth(2)).containsText(t.host("wizard.status.complete"));

        framework.showCalendar();
        // The program starts in January 2027: the calendar opens on its first month, at the kick-off.
        assertThat(page.locator("#calendar-month-title")).hasText(framework.title(YearMonth.of(2027, 1)));
        assertThat(framework.entries(LocalDate.of(2027, 1, 11), "milestone"))
                .containsText(t.host("calendar.title.KICK_OFF"));
        framework.scrollToMonth();
        browser.screenshot("09-framework-calendar-january");

        // The first quarterly review is due in April; the scheduler places each pair's review on a working
        // day within a week of its due date, at a time that books nobody twice.
        framework.showMonth(YearMonth.of(2027, 4));
        assertThat(page.locator("[id^='day-2027-04'] [data-kind='review']")
                .filter(new Locator.FilterOptions().setHasText(t.step("framework", "month.review", "Ana Silva"))))
                .hasCount(1);
        assertThat(page.locator("#calendar-month-summary")).containsText(t.step("framework", "month.count.REVIEW", 3));
        framework.scrollToMonth();
        browser.screenshot("09-framework-calendar-april");
    }

    @Test
    @Order(9)
    void anHrHipoGetsAPlanToGrowInLeadingLargeScaleChange() throws IOException {
        PlansJourney plans = new PlansJourney(browser);
        plans.openStep("objectives");
        String capability = t.data("capability.name");
        plans.addCapability(capability, t.data("capability.description"));
        plans.openStep("development-plans");
        assertThat(page.locator("#plans-hipos")).containsText("Sofia Rossi");
        browser.screenshot("10-plans-hipos");

        plans.openPlanOf("Sofia Rossi");
        plans.saveStrengths(t.data("plan.strengths"));
        plans.addGap(capability, 2, 4, t.data("plan.gapEvidence"));
        String goal = t.data("goal.outcome");
        String objective = t.data("objective2.title");
        plans.fillGoal(goal, "", t.data("goal.target"), t.typed(LocalDate.of(2027, 9, 30)), objective);
        page.locator("#add-goal").click();
        assertThat(page.locator("#goal-measure")).containsText(t.host("plans.error.measureRequired"));
        browser.screenshot("10-plans-goal-without-measure");

        page.locator("#goal-measure").locator("input").fill(t.data("goal.measure"));
        page.locator("#add-goal").click();
        assertThat(page.locator("#plan-goals")).containsText(goal);
        assertThat(page.locator("#plan-goals")).containsText(objective);
        List<String> activities = List.of(t.host("plans.starter.changeWorkshop.title"),
                t.host("plans.starter.smallChange.title"), t.host("plans.starter.shadowChangeLeader.title"));
        plans.addSuggestedActivity("use-suggestion-workshop-0", activities.get(0), t.typed(LocalDate.of(2027, 3, 2)),
                t.typed(LocalDate.of(2027, 3, 3)), goal);
        plans.addSuggestedActivity("use-suggestion-small-change-project-0", activities.get(1),
                t.typed(LocalDate.of(2027, 3, 15)), t.typed(LocalDate.of(2027, 6, 30)), goal);
        plans.addSuggestedActivity("use-suggestion-shadowing-senior-leader-0", activities.get(2),
                t.typed(LocalDate.of(2027, 4, 12)), t.typed(LocalDate.of(2027, 4, 16)), goal);
        page.locator("#sign-off").click();
        assertThat(page.locator("#plan-sign-off-state"))
                .containsText(upTo(t.step("development-plans", "signOff.done", "Olivia Brandt", REST, REST)));
        plans.screenshotOfWholePlan("10-plans-sofia-rossi");

        org.assertj.core.api.Assertions.assertThat(plans.downloadPdfText())
                .contains(t.host("plans.pdf.title", "Sofia Rossi"), capability, goal)
                .contains(activities);

        page.locator("#back-to-list").click();
        assertThat(page.locator("#plans-hipos")).containsText(t.step("development-plans", "state.signedOff"));
        assertThat(page.locator("#coverage-grid")).containsText("Sofia Rossi");
        assertThat(page.locator(".ascent-stepper-item").nth(3)).containsText(t.host("wizard.status.incomplete", 2));
        browser.screenshot("10-plans-list");
    }

    @Test
    @Order(10)
    void theSalesHiposCourseAndQuarterlyConferencesShowInTheProgramCalendar() {
        page.navigate(page.url().replaceAll("/steps/[^/?#]+", "/steps/support"));
        browser.settle();
        SupportJourney support = new SupportJourney(page);
        String course = t.data("resource.course");
        String conference = t.data("resource.conference");
        String workshop = t.data("resource.workshop");

        support.newResource(t.step("support", "type.ONLINE_COURSE"), course);
        support.text("resource-provider", t.data("resource.provider"));
        support.date("resource-starts-on", t.typed(LocalDate.of(2027, 2, 1)));
        support.date("resource-ends-on", t.typed(LocalDate.of(2027, 3, 12)));
        support.text("resource-cost", "-1200");
        support.save();
        assertThat(support.error("resource-cost")).hasText(t.host("resources.error.negativeCost"));
        browser.checkAccessibility("11-support-resource-dialog-refused");
        support.text("resource-cost", t.typed("1200"));
        support.saveAndClose();

        support.newResource(t.step("support", "type.CONFERENCE"), conference);
        support.date("resource-starts-on", t.typed(LocalDate.of(2027, 3, 15)));
        support.date("resource-ends-on", t.typed(LocalDate.of(2027, 3, 14)));
        support.save();
        assertThat(support.error("resource-ends-on")).hasText(t.host("resources.error.endBeforeStart"));
        support.date("resource-ends-on", t.typed(LocalDate.of(2027, 3, 16)));
        page.locator("#resource-repeats-on textarea").fill(String.join("\n", t.typed(LocalDate.of(2027, 6, 14)),
                t.typed(LocalDate.of(2027, 9, 13)), t.typed(LocalDate.of(2027, 12, 6))));
        support.text("resource-location", t.data("resource.location"));
        support.text("resource-capacity", "40");
        support.text("resource-cost", t.typed("900"));
        support.saveAndClose();
        assertThat(page.locator("#resource-grid")).containsText(spaced(t.step("support", "resource.whenRepeats",
                t.shown.date(LocalDate.of(2027, 3, 15)) + " – " + t.shown.date(LocalDate.of(2027, 3, 16)), 3)));

        support.newResource(t.step("support", "type.WORKSHOP"), workshop);
        support.text("resource-capacity", "1");
        support.saveAndClose();
        page.mouse().move(0, 0);
        browser.screenshot("11-support-catalogue");

        support.assign(workshop, "Priya Raman", "Ana Silva");
        assertThat(page.locator("#assign-resource [slot='error-message']")).containsText(t.host("resources.error.full"));
        page.reload();
        browser.settle();
        support.assign(course, "Priya Raman");
        assertThat(page.locator("#assignment-grid")).containsText(course);
        support.assign(conference, "Priya Raman");
        assertThat(page.locator("#assignment-grid")).containsText(conference);
        page.mouse().move(0, 0);
        browser.screenshot("11-support-assignments");

        page.navigate(page.url().replaceAll("/steps/[^/?#]+", "/steps/framework"));
        browser.settle();
        FrameworkJourney framework = new FrameworkJourney(page, t);
        framework.showCalendar();
        framework.showMonth(YearMonth.of(2027, 3));
        assertThat(framework.entries(LocalDate.of(2027, 3, 15), "resource")).hasText(t.step("framework",
                "month.resourceFor", t.step("framework", "month.occurrence", conference, 1, 4), "Priya Raman"));
        assertThat(framework.entries(LocalDate.of(2027, 3, 12), "resource")).hasText(t.step("framework",
                "month.resourceFor", t.step("framework", "month.ends", course), "Priya Raman"));
        framework.scrollToMonth();
        browser.screenshot("11-support-calendar-march");
        framework.showMonth(YearMonth.of(2027, 6));
        assertThat(framework.entries(LocalDate.of(2027, 6, 14), "resource")).hasText(t.step("framework",
                "month.resourceFor", t.step("framework", "month.occurrence", conference, 2, 4), "Priya Raman"));
        assertThat(page.locator("#calendar-month-summary")).containsText(t.step("framework", "month.count.RESOURCE", 1));
        framework.scrollToMonth();
        browser.screenshot("11-support-calendar-june");
    }

    @Test
    @Order(11)
    void atTheEndHrComparesAnasPerformanceRecordsFeedbackAndSeesTheChangeAndTheRoi() throws IOException {
        // Independent of steps 7 to 9: the step is opened by its address.
        page.navigate(page.url().replaceFirst("/steps/[^/?#]+.*$", "/steps/measurement"));
        browser.settle();
        MeasurementJourney measurement = new MeasurementJourney(browser);
        String rating = t.step("measurement", "standard.PERFORMANCE_RATING");
        String baseline = t.step("measurement", "phase.BASELINE");
        String followUp = t.step("measurement", "phase.FOLLOW_UP");
        page.locator("#propose-plan").click();
        assertThat(page.locator("#metric-grid")).containsText(rating);
        assertThat(page.locator("#metric-grid")).containsText(t.data("indicator1.name"));
        browser.screenshot("12-measurement-plan");

        measurement.tab("data");
        measurement.recordValue(rating, "Ana Silva", baseline, t.typed(LocalDate.of(2027, 1, 11)), t.data("value.inWords"));
        assertThat(measurement.error("#value-value")).hasText(spaced(t.shown.refusal(ValueKind.NUMBER)));
        browser.screenshot("12-measurement-value-refused");
        // 7 is not on the 1-5 scale of the strategic thinking score: refused, with the scale to use.
        measurement.recordValue(t.data("indicator1.name"), "Ana Silva", baseline, t.typed(LocalDate.of(2027, 1, 11)), "7");
        assertThat(measurement.error("#value-value")).hasText(t.host("measurement.error.offScale", 1, 5));
        measurement.recordValue(rating, "Ana Silva", baseline, t.typed(LocalDate.of(2027, 1, 11)), "2");
        measurement.recordValue(rating, "Ana Silva", followUp, t.typed(LocalDate.of(2026, 12, 15)), "3");
        assertThat(measurement.error("#value-date")).hasText(t.host("measurement.error.valueBeforeBaseline"));
        measurement.recordValue(rating, "Ana Silva", followUp, t.typed(LocalDate.of(2027, 12, 15)), "3");
        assertThat(page.locator("#value-grid")).containsText(followUp);
        page.locator("#value-grid").scrollIntoViewIfNeeded();
        browser.screenshot("12-measurement-data-entry");

        // Her mentor, Kenji Watanabe, and two of her direct reports answer the 360 questionnaire.
        String mentor = t.step("measurement", "rater.MENTOR");
        String directReport = t.step("measurement", "rater.DIRECT_REPORT");
        measurement.tab("feedback");
        measurement.recordFeedback("Ana Silva", mentor, t.step("measurement", "scale.5"),
                t.typed(LocalDate.of(2027, 12, 10)), t.data("feedback.mentor"));
        measurement.recordFeedback("Ana Silva", directReport, t.step("measurement", "scale.4"),
                t.typed(LocalDate.of(2027, 12, 13)), t.data("feedback.report1"));
        assertThat(page.locator("#feedback-summary-0")).containsText(t.step("measurement", "feedback.hidden", 3));
        measurement.recordFeedback("Ana Silva", directReport, t.step("measurement", "scale.4"),
                t.typed(LocalDate.of(2027, 12, 14)), t.data("feedback.report2"));
        String average = t.shown.number(new BigDecimal("4.33"));
        assertThat(page.locator("#feedback-summary-0-average")).hasText(t.step("measurement", "feedback.average", average));
        page.locator("#feedback-summary-0").scrollIntoViewIfNeeded();
        browser.screenshot("12-measurement-feedback");

        measurement.tab("roi");
        // Step 5's resources for Priya (course 1,200, conference 900) count as costs; with the coach the
        // program costs 31,600.50, and a benefit of 128,400 counted at 50 % returns 103.2 %.
        assertThat(page.locator("#roi-total-costs")).containsText(spaced(t.shown.money(RESOURCE_COSTS)));
        measurement.addCost(t.data("cost.coach"), t.typed(COACH_COST));
        measurement.addBenefit(t.data("benefit.retention"), t.typed(BENEFIT), "50", "150");
        assertThat(measurement.error("#benefit-confidence")).hasText(t.host("measurement.error.percentRange"));
        measurement.addBenefit(t.data("benefit.retention"), t.typed(BENEFIT), "50", "100");
        String roi = t.shown.number(ROI_PERCENT);
        String ratio = t.shown.number(BENEFIT_COST_RATIO);
        assertThat(page.locator("#roi-percent")).hasText(t.step("measurement", "roi.percent", roi));
        browser.screenshot("12-measurement-roi");

        measurement.tab("dashboard");
        assertThat(measurement.metricCard(rating)).containsText(t.step("measurement", "dashboard.change",
                t.shown.number(BigDecimal.TWO), t.shown.number(new BigDecimal("3")), "+" + t.shown.number(BigDecimal.ONE), 1));
        assertThat(page.locator("#dashboard-roi")).hasText(t.step("measurement", "dashboard.percent", roi));
        assertThat(page.locator("#dashboard-roi-detail")).hasText(spaced(t.step("measurement", "dashboard.roiDetail",
                ratio, t.shown.money(COUNTED_BENEFITS), t.shown.money(TOTAL_COSTS))));
        assertThat(page.locator("#dashboard-feedback")).hasText(t.step("measurement", "dashboard.outOfFive", average));
        browser.screenshot("12-measurement-dashboard");
        measurement.metricCard(rating).scrollIntoViewIfNeeded();
        browser.screenshot("12-measurement-dashboard-change");

        // The report says the same, in this language's figures; its workbook holds them as numbers.
        org.assertj.core.api.Assertions.assertThat(spaced(measurement.downloadReport())).contains(
                t.host("measurement.report.title", t.data("program.name")), rating,
                t.host("measurement.report.roiValue", roi, ratio),
                "Ana Silva 3 " + t.host("measurement.report.averageValue", average),
                spaced(t.host("measurement.report.roiFormula", t.shown.money(COUNTED_BENEFITS),
                        t.shown.money(TOTAL_COSTS), roi)));
        Map<String, Object> figures = measurement.downloadWorkbookSheet(t.host("measurement.sheet.roi"));
        org.assertj.core.api.Assertions.assertThat(figures)
                .containsEntry(t.host("measurement.sheet.column.totalCosts"), TOTAL_COSTS.stripTrailingZeros())
                .containsEntry(t.host("measurement.sheet.column.totalBenefits"), COUNTED_BENEFITS.stripTrailingZeros())
                .containsEntry(t.host("measurement.sheet.column.roiPercent"), ROI_PERCENT.stripTrailingZeros())
                .containsEntry(t.host("measurement.sheet.column.benefitCostRatio"), BENEFIT_COST_RATIO.stripTrailingZeros())
                .containsEntry(t.host("measurement.sheet.column.currency"), t.currency.getCurrencyCode());
    }

    @Test
    @Order(99)
    void everyStepCanBeVisitedUpToTheReviewPage() {
        int step = 20;
        while (button(t.host("wizard.next")).isVisible()) {
            button(t.host("wizard.next")).click();
            page.waitForLoadState();
            browser.screenshot(String.format("%02d-step", step++));
        }
        assertThat(page).hasURL(Pattern.compile(".*/steps/review"));
        assertThat(heading(t.host("wizard.review"))).isVisible();
        browser.screenshot(String.format("%02d-review", step));
    }

    @Test
    @Order(100)
    void theWholeJourneyRanUnderTheContentSecurityPolicyWithoutAViolation() {
        var response = page.navigate(url(""));
        org.assertj.core.api.Assertions.assertThat(response.headers()).containsKey("content-security-policy");
        browser.settle();
        org.assertj.core.api.Assertions.assertThat(browser.policyViolations()).isEmpty();
    }

    /** Moves on with the wizard's Next button, as a user does, and waits for the step to show. */
    private void nextStep(String stepId) {
        button(t.host("wizard.next")).click();
        page.waitForURL(Pattern.compile(".*/steps/" + stepId));
        browser.settle();
    }

    /** Picks {@code file} through the upload button's file chooser, as a user does. */
    private void chooseFile(Path file) {
        FileChooser chooser = page.waitForFileChooser(() -> page.getByText(t.host("people.import.upload")).click());
        chooser.setFiles(file);
    }

    private void addHipo(String name) {
        browser.rowCheckbox("#hipo-candidates", name).click();
        page.locator("#add-hipos").click();
        assertThat(page.locator("#hipo-roster")).containsText(name);
    }

    private void addMentor(String name) {
        page.locator("#guide-person").locator("input").fill(name);
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(name)).first().click();
        page.locator("#guide-capacity").locator("input").fill("2");
        page.locator("#add-guide").click();
        assertThat(page.locator("#guide-roster")).containsText(name);
    }

    private void addObjective(String title, String statementKind, String how) {
        page.locator("#add-objective").click();
        page.locator("#objective-title").locator("input").fill(title);
        page.locator("#align-" + statementKind + "-1").click();
        Locator howItServes = page.locator("#align-how-" + statementKind + "-1");
        howItServes.locator("input").fill(how);
        // The sentence has the width of the dialog's other fields, to be read while written.
        org.assertj.core.api.Assertions.assertThat(howItServes.boundingBox().width)
                .isGreaterThan(0.9 * page.locator("#objective-title").boundingBox().width);
        page.locator("#save-objective").click();
    }

    private void addIndicator(int objective, String name, String unit, String baseline, String target) {
        page.locator("#add-indicator-" + objective).click();
        page.locator("#indicator-name").locator("input").fill(name);
        page.locator("#indicator-unit").locator("input").fill(unit);
        page.locator("#indicator-baseline").locator("input").fill(baseline);
        page.locator("#indicator-target").locator("input").fill(target);
        page.locator("#save-indicator").click();
        assertThat(page.locator("#objective-" + objective)).containsText(name);
    }

    /** Types the start of {@code option} into a combo box and picks the option that shows it. */
    private void choose(String comboBox, String option) {
        page.locator(comboBox).locator("input").fill(option);
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(option)).first().click();
    }

    /** The input labelled exactly {@code label}. */
    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).first();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    private void signIn(String email, String password) {
        field(t.host("login.email")).fill(email);
        field(t.host("login.password")).fill(password);
        button(t.host("login.submit")).click();
    }
}
