package com.ascent.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A new HR user's first hour, in a real Chromium against the real application on a fresh
 * embedded PostgreSQL: first-run setup, sign-in, a program designed step by step up to the
 * review page. Every screen is saved under {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

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

    @LocalServerPort
    int port;

    BrowserSession browser;
    Page page;

    @BeforeAll
    void openBrowser() {
        browser = new BrowserSession();
        page = browser.page;
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    @Test
    @Order(1)
    void firstRunSetupCreatesTheOrganizationAndItsAdministrator() {
        page.navigate(url(""));
        browser.settle();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Set up Ascent"))).isVisible();
        browser.screenshot("01-setup");

        field("Organization name").fill("Northwind Traders");
        field("Your name").fill("Maria Nowak");
        field("Your work e-mail").fill(EMAIL);
        field("Password").fill(PASSWORD);
        field("Repeat password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create organization")).click();

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
        assertThat(page.getByText("The e-mail or password is not correct")).isVisible();
        browser.screenshot("02-login-refused");
    }

    @Test
    @Order(3)
    void theAdministratorSignsInAndSeesAnEmptyProgramList() {
        page.navigate(url("login"));
        browser.screenshot("03-login");
        signIn(EMAIL, PASSWORD);
        assertThat(page.getByText("No programs yet")).isVisible();
        browser.screenshot("04-programs-empty");
    }

    @Test
    @Order(4)
    void aFileWithABadRowIsRefusedWithItsLineNumberAndAGoodOneIsImported() throws IOException {
        page.navigate(url("people/import"));
        browser.settle();
        browser.screenshot("05a-people-import");

        Path bad = Files.writeString(Files.createTempFile("people-bad", ".csv"), PEOPLE_CSV.replace(
                "james.okafor@northwind.example", "james.okafor-at-northwind"));
        chooseFile(bad);
        assertThat(page.locator("#people-import-problems")).containsText("Line 3");
        browser.screenshot("05b-people-import-refused");

        page.navigate(url("people/import"));
        browser.settle();
        Path good = Files.writeString(Files.createTempFile("people", ".csv"), PEOPLE_CSV);
        chooseFile(good);
        assertThat(page.locator("#people-import-verdict")).containsText("ready to import");
        page.locator("#people-import-start").click();
        assertThat(page.locator("#people-import-done")).isVisible();
        browser.screenshot("05c-people-imported");

        page.navigate(url("people"));
        browser.settle();
        assertThat(page.getByText("Ana Silva").first()).isVisible();
        browser.screenshot("05d-people");
    }

    @Test
    @Order(5)
    void hrCreatesAProgramAndDesignsItsObjectives() {
        page.navigate(url("programs"));
        browser.settle();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New program")).click();
        field("Name").fill("Future cross-functional leaders 2027");
        field("Description").fill("Prepare high-potential managers to lead cross-functional teams.");
        field("Start date").fill("1/11/2027");
        field("Start date").press("Enter");
        field("Owner (HR)").fill("Maria Nowak");
        browser.screenshot("05-new-program");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create and start designing")).click();

        page.waitForURL(Pattern.compile(".*/steps/objectives"));
        assertThat(page.locator(".ascent-stepper-item").first()).containsText("1 thing missing");
        browser.screenshot("06-objectives-empty");

        page.locator("#add-statement-leadership").click();
        page.locator("#statement-text").locator("textarea")
                .fill("Grow leaders who can run cross-functional teams across engineering, marketing and customer success");
        page.locator("#save-statement").click();
        page.locator("#add-statement-business").click();
        page.locator("#statement-text").locator("textarea").fill("Launch two new product lines by 2028");
        page.locator("#save-statement").click();
        page.locator("#load-starter-library").click();

        addObjective("Strategic thinking", "leadership",
                "Leaders who think strategically can run teams that span functions");
        addIndicator(1, "360 score on strategic thinking", "points (1-5)", "3.1", "4");
        addObjective("Stakeholder communication", "business",
                "Launches need stakeholders in every function to understand the why");
        addIndicator(2, "Engagement item: my leader explains the why", "% agree", "62", "75");

        assertThat(page.locator("#objective-1")).containsText("360 score on strategic thinking");
        assertThat(page.locator("#save-state")).hasText("All changes saved");
        assertThat(page.locator("#objectives-status")).hasAttribute("complete", Pattern.compile(".*"));
        assertThat(page.locator(".ascent-stepper-item").first()).containsText("Complete");
        browser.screenshot("07-objectives-complete");
    }

    @Test
    @Order(6)
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
        page.locator("#function-rule").getByText("Must be another function (cross-functional)").click();
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
        assertThat(page.locator(".ascent-stepper-item").nth(1)).containsText("Complete");
        browser.screenshot("08-selection-confirmed");
    }

    @Test
    @Order(7)
    void aTwelveMonthProgramWithQuarterlyReviewsGivesTheConfirmedPairsTheirCalendar() {
        nextStep("framework");
        FrameworkJourney framework = new FrameworkJourney(page);
        framework.startFrom("12 months: monthly mentoring, coaching every two weeks for the first six months, "
                + "quarterly progress reviews, kick-off and closing events");
        assertThat(page.locator("#framework-end input")).hasValue("1/10/2028");
        assertThat(page.locator("#review-every input")).hasValue("3");
        browser.screenshot("09-framework-structure");

        framework.generateCalendar();
        assertThat(page.locator(".ascent-stepper-item").nth(2)).containsText("Complete");

        framework.showCalendar();
        // The program starts in January 2027: the calendar opens on its first month, at the kick-off.
        assertThat(page.locator("#calendar-month-title")).hasText("January 2027");
        assertThat(framework.entries(LocalDate.of(2027, 1, 11), "milestone")).containsText("Program kick-off");
        framework.scrollToMonth();
        browser.screenshot("09-framework-calendar-january");

        // The first quarterly review falls on Sunday 11 April and moves to Monday the 12th.
        framework.showMonth(YearMonth.of(2027, 4));
        assertThat(framework.entries(LocalDate.of(2027, 4, 12), "review").first())
                .containsText("Review: Ana Silva");
        assertThat(page.locator("#calendar-month-summary")).containsText("3 progress reviews");
        framework.scrollToMonth();
        browser.screenshot("09-framework-calendar-april");
    }

    @Test
    @Order(8)
    void anHrHipoGetsAPlanToGrowInLeadingLargeScaleChange() throws IOException {
        PlansJourney plans = new PlansJourney(browser);
        plans.openStep("objectives");
        plans.addCapability("Leading large-scale change",
                "Leads change that reaches across teams, sites or countries, and keeps people on board.");
        plans.openStep("development-plans");
        assertThat(page.locator("#plans-hipos")).containsText("Sofia Rossi");
        browser.screenshot("10-plans-hipos");

        plans.openPlanOf("Sofia Rossi");
        plans.saveStrengths("Trusted by line managers; runs the engagement survey end to end; calm in hard conversations");
        plans.addGap("Leading large-scale change", 2, 4, "360 feedback: peers rate her change leadership 2 of 5");
        String goal = "Move HR services for Italy and Spain to the shared-service centre";
        plans.fillGoal(goal, "", "Both countries, service levels met three months in a row", "9/30/2027",
                "Stakeholder communication");
        page.locator("#add-goal").click();
        assertThat(page.locator("#goal-measure")).containsText("Say how progress is measured");
        browser.screenshot("10-plans-goal-without-measure");

        page.locator("#goal-measure").locator("input").fill("Countries served by the centre");
        page.locator("#add-goal").click();
        assertThat(page.locator("#plan-goals")).containsText(goal);
        assertThat(page.locator("#plan-goals")).containsText("Stakeholder communication");
        List<String> activities = List.of("Workshop: leading people through change",
                "Lead a small change in your own area", "Learn from a senior leader who led a major change");
        plans.addSuggestedActivity("use-suggestion-workshop-0", activities.get(0), "3/2/2027", "3/3/2027", goal);
        plans.addSuggestedActivity("use-suggestion-small-change-project-0", activities.get(1), "3/15/2027",
                "6/30/2027", goal);
        plans.addSuggestedActivity("use-suggestion-shadowing-senior-leader-0", activities.get(2), "4/12/2027",
                "4/16/2027", goal);
        page.locator("#sign-off").click();
        assertThat(page.locator("#plan-sign-off-state")).containsText("Signed off by Olivia Brandt");
        plans.screenshotOfWholePlan("10-plans-sofia-rossi");

        org.assertj.core.api.Assertions.assertThat(plans.downloadPdfText())
                .contains("Development plan: Sofia Rossi", "Leading large-scale change", goal)
                .contains(activities);

        page.locator("#back-to-list").click();
        assertThat(page.locator("#plans-hipos")).containsText("Signed off by the manager");
        assertThat(page.locator("#coverage-grid")).containsText("Sofia Rossi");
        assertThat(page.locator(".ascent-stepper-item").nth(3)).containsText("2 things missing");
        browser.screenshot("10-plans-list");
    }

    @Test
    @Order(9)
    void theSalesHiposCourseAndQuarterlyConferencesShowInTheProgramCalendar() {
        page.navigate(page.url().replaceAll("/steps/[^/?#]+", "/steps/support"));
        browser.settle();
        SupportJourney support = new SupportJourney(page);

        support.newResource("Online course", "Strategic sales leadership");
        support.text("resource-provider", "Northwind Sales Academy");
        support.date("resource-starts-on", "2/1/2027");
        support.date("resource-ends-on", "3/12/2027");
        support.text("resource-cost", "-1200");
        support.save();
        assertThat(support.error("resource-cost")).hasText("A cost cannot be negative.");
        browser.checkAccessibility("11-support-resource-dialog-refused");
        support.text("resource-cost", "1200");
        support.saveAndClose();

        support.newResource("Conference", "Quarterly sales conference");
        support.date("resource-starts-on", "3/15/2027");
        support.date("resource-ends-on", "3/14/2027");
        support.save();
        assertThat(support.error("resource-ends-on")).hasText("The end date cannot be before the start date.");
        support.date("resource-ends-on", "3/16/2027");
        page.locator("#resource-repeats-on textarea").fill("2027-06-14\n2027-09-13\n2027-12-06");
        support.text("resource-location", "Lisbon");
        support.text("resource-capacity", "40");
        support.text("resource-cost", "900");
        support.saveAndClose();
        assertThat(page.locator("#resource-grid")).containsText("Mar 15, 2027 – Mar 16, 2027, then 3 more times");

        support.newResource("Workshop", "Negotiation masterclass");
        support.text("resource-capacity", "1");
        support.saveAndClose();
        page.mouse().move(0, 0);
        browser.screenshot("11-support-catalogue");

        support.assign("Negotiation masterclass", "Priya Raman", "Ana Silva");
        assertThat(page.locator("#assign-resource [slot='error-message']")).containsText("Not enough free places");
        page.reload();
        browser.settle();
        support.assign("Strategic sales leadership", "Priya Raman");
        assertThat(page.locator("#assignment-grid")).containsText("Strategic sales leadership");
        support.assign("Quarterly sales conference", "Priya Raman");
        assertThat(page.locator("#assignment-grid")).containsText("Quarterly sales conference");
        page.mouse().move(0, 0);
        browser.screenshot("11-support-assignments");

        page.navigate(page.url().replaceAll("/steps/[^/?#]+", "/steps/framework"));
        browser.settle();
        FrameworkJourney framework = new FrameworkJourney(page);
        framework.showCalendar();
        framework.showMonth(YearMonth.of(2027, 3));
        assertThat(framework.entries(LocalDate.of(2027, 3, 15), "resource"))
                .hasText("Quarterly sales conference (1 of 4) · Priya Raman");
        assertThat(framework.entries(LocalDate.of(2027, 3, 12), "resource"))
                .hasText("Ends: Strategic sales leadership · Priya Raman");
        framework.scrollToMonth();
        browser.screenshot("11-support-calendar-march");
        framework.showMonth(YearMonth.of(2027, 6));
        assertThat(framework.entries(LocalDate.of(2027, 6, 14), "resource"))
                .hasText("Quarterly sales conference (2 of 4) · Priya Raman");
        assertThat(page.locator("#calendar-month-summary")).containsText("1 learning event");
        framework.scrollToMonth();
        browser.screenshot("11-support-calendar-june");
    }

    @Test
    @Order(10)
    void atTheEndHrComparesAnasPerformanceRecordsFeedbackAndSeesTheChangeAndTheRoi() throws IOException {
        // Independent of steps 7 to 9: the step is opened by its address.
        page.navigate(page.url().replaceFirst("/steps/[^/?#]+.*$", "/steps/measurement"));
        browser.settle();
        MeasurementJourney measurement = new MeasurementJourney(browser);
        page.locator("#propose-plan").click();
        assertThat(page.locator("#metric-grid")).containsText("Performance rating");
        assertThat(page.locator("#metric-grid")).containsText("360 score on strategic thinking");
        browser.screenshot("12-measurement-plan");

        measurement.tab("data");
        measurement.recordValue("Performance rating", "Ana Silva", "Baseline", "1/11/2027", "three");
        assertThat(measurement.error("#value-value")).hasText("Enter a number like 1,500.5.");
        browser.screenshot("12-measurement-value-refused");
        measurement.recordValue("Performance rating", "Ana Silva", "Baseline", "1/11/2027", "2");
        measurement.recordValue("Performance rating", "Ana Silva", "Follow-up", "12/15/2026", "3");
        assertThat(measurement.error("#value-date"))
                .hasText("A follow-up value must be dated after the metric's baseline date.");
        measurement.recordValue("Performance rating", "Ana Silva", "Follow-up", "12/15/2027", "3");
        assertThat(page.locator("#value-grid")).containsText("Follow-up");
        page.locator("#value-grid").scrollIntoViewIfNeeded();
        browser.screenshot("12-measurement-data-entry");

        // Her mentor, Kenji Watanabe, and two of her direct reports answer the 360 questionnaire.
        measurement.tab("feedback");
        measurement.recordFeedback("Ana Silva", "Mentor", "5 Always", "12/10/2027",
                "Frames finance decisions in terms the marketing team understands");
        measurement.recordFeedback("Ana Silva", "Direct report", "4 Often", "12/13/2027",
                "Delegates the month-end close and coaches us through it");
        assertThat(page.locator("#feedback-summary-0")).containsText("Shown from 3 responses");
        measurement.recordFeedback("Ana Silva", "Direct report", "4 Often", "12/14/2027",
                "Explains the why behind budget changes");
        assertThat(page.locator("#feedback-summary-0-average")).hasText("Average overall rating: 4.33 of 5");
        page.locator("#feedback-summary-0").scrollIntoViewIfNeeded();
        browser.screenshot("12-measurement-feedback");

        measurement.tab("roi");
        // Step 5's resources for Priya (course 1,200, conference 900) count as costs: with the coach,
        // the program costs 10,000, and a benefit of 32,100 after attribution returns 221 %.
        assertThat(page.locator("#roi-total-costs")).containsText("2,100");
        measurement.addCost("Executive coach, ten sessions", "7900");
        measurement.addBenefit("Ana stayed: a year's replacement cost avoided", "64200", "50", "150");
        assertThat(measurement.error("#benefit-confidence")).hasText("Enter a percentage from 0 to 100.");
        measurement.addBenefit("Ana stayed: a year's replacement cost avoided", "64200", "50", "100");
        assertThat(page.locator("#roi-percent")).hasText("ROI 221 %");
        browser.screenshot("12-measurement-roi");

        measurement.tab("dashboard");
        assertThat(measurement.metricCard("Performance rating")).containsText("HiPos: 2 before, 3 after (+1), 1 person");
        assertThat(page.locator("#dashboard-roi")).hasText("221 %");
        assertThat(page.locator("#dashboard-roi-detail")).containsText("Benefit/cost ratio 3.21");
        assertThat(page.locator("#dashboard-feedback")).hasText("4.33 of 5");
        browser.screenshot("12-measurement-dashboard");
        measurement.metricCard("Performance rating").scrollIntoViewIfNeeded();
        browser.screenshot("12-measurement-dashboard-change");

        String report = measurement.downloadReport();
        org.assertj.core.api.Assertions.assertThat(report).contains("Program report: Future cross-functional leaders 2027",
                "Performance rating", "ROI 221 %, benefit/cost ratio 3.21", "Ana Silva 3 4.33 of 5");
    }

    @Test
    @Order(99)
    void everyStepCanBeVisitedUpToTheReviewPage() {
        int step = 20;
        while (page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).isVisible()) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
            page.waitForLoadState();
            browser.screenshot(String.format("%02d-step", step++));
        }
        assertThat(page).hasURL(Pattern.compile(".*/steps/review"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Review & launch"))).isVisible();
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
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
        page.waitForURL(Pattern.compile(".*/steps/" + stepId));
        browser.settle();
    }

    /** Picks {@code file} through the upload button's file chooser, as a user does. */
    private void chooseFile(Path file) {
        FileChooser chooser = page.waitForFileChooser(() -> page.getByText("Choose a CSV file").click());
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
        page.locator("#align-how-" + statementKind + "-1").locator("input").fill(how);
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

    /** The input labelled exactly {@code label}. */
    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).first();
    }

    private void signIn(String email, String password) {
        field("E-mail").fill(email);
        field("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }
}
