package com.ascent.app.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.measurement.ProgramRun.Run;
import com.ascent.app.organization.OrganizationSettings;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.UserPreferences;
import com.ascent.app.security.UserPreferencesService;
import com.ascent.app.support.IntegrationTest;
import com.ascent.app.support.TestPeople.Spec;
import com.ascent.app.support.TestPeople;
import com.ascent.plugin.api.measurement.BenefitDraft;
import com.ascent.plugin.api.measurement.CostCategory;
import com.ascent.plugin.api.measurement.CostDraft;
import com.ascent.plugin.api.measurement.CostLine;
import com.ascent.plugin.api.measurement.Feedback;
import com.ascent.plugin.api.measurement.FeedbackDraft;
import com.ascent.plugin.api.measurement.GoalAttainment;
import com.ascent.plugin.api.measurement.KirkpatrickLevel;
import com.ascent.plugin.api.measurement.MeasurementSettings;
import com.ascent.plugin.api.measurement.Metric;
import com.ascent.plugin.api.measurement.MetricDraft;
import com.ascent.plugin.api.measurement.ObservationDraft;
import com.ascent.plugin.api.measurement.Participation;
import com.ascent.plugin.api.measurement.Phase;
import com.ascent.plugin.api.measurement.RaterRole;
import com.ascent.plugin.api.measurement.RoiResult;
import com.ascent.plugin.api.objectives.MeasurementSource;
import com.ascent.plugin.api.roster.RosterMember;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A program at its end, measured: participation from the calendar, goal attainment from the plans,
 * resource costs from the support step, and the report (PDF read back as text, XLSX cell by cell)
 * that carries every figure to the executives.
 */
@IntegrationTest
class ProgramReportTest {

    static final LocalDate FOLLOW_UP = ProgramRun.START.plusMonths(6);

    @Autowired
    ProgramMeasurementService measurement;
    @Autowired
    ProgramRun programRun;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestPeople people;
    @Autowired
    OrganizationSettingsService organizationSettings;
    @Autowired
    UserPreferencesService preferences;
    @Autowired
    ProgramService programs;

    Account hr;
    Run run;

    @BeforeEach
    void aProgramThatHasRun() {
        hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        run = programRun.withCalendar(hr.organizationId());
        programRun.holdSessions(run, 3);
        programRun.progressOnGoals(run);
        programRun.assignResources(run);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void participationAndGoalAttainmentComeFromTheCalendarAndThePlans() {
        Participation participation = measurement.participation(run.programId());
        assertThat(run.sessionsPlanned()).isGreaterThan(4);
        assertThat(participation.planned()).isEqualTo(run.sessionsPlanned());
        assertThat(participation.held()).isEqualTo(3);
        assertThat(participation.cancelled()).isEqualTo(1);
        assertThat(participation.heldPercent()).isEqualByComparingTo(BigDecimal.valueOf(Math.round(300.0 / run.sessionsPlanned())));

        GoalAttainment goals = measurement.goalAttainment(run.programId());
        assertThat(goals.plans()).isEqualTo(2);
        assertThat(goals.achieved()).isEqualTo(2);
        assertThat(goals.goals()).isEqualTo(3);
        assertThat(goals.averageProgress()).isEqualByComparingTo("80");
    }

    @Test
    void theRoiCountsTheSupportStepsResourcesAtActualElsePlannedCost() {
        RoiResult roi = measurement.roi(run.programId());

        assertThat(roi.costs()).filteredOn(CostLine::fromSupport).singleElement().satisfies(line -> {
            assertThat(line.category()).isEqualTo(CostCategory.RESOURCES);
            assertThat(line.description()).isEqualTo("Strategic finance for leaders");
            assertThat(line.amount()).as("Ana's 1,000 paid plus Ben's 1,200 planned").isEqualByComparingTo("2200");
        });
        assertThat(roi.totalCosts()).as("the dropped conference cost nothing").isEqualByComparingTo("2200");
    }

    @Test
    void thePdfReportShowsBeforeAndAfterParticipationGoalsFeedbackAndTheRoiWithItsInputs() throws IOException {
        measured();

        String text = pdfText(measurement.reportPdf(run.programId(), Locale.ENGLISH));

        assertThat(text).contains("Program report: Future leaders", "Before and after", "Performance rating (1-5)",
                "3 Behaviour", "3.25", "4.25", "+1", "+0.25", "+0.75");
        assertThat(text).contains("3 of " + run.sessionsPlanned() + " planned sessions held",
                "Sessions cancelled 1", "2 of 3 development goals achieved, average progress 80 %");
        assertThat(text).contains("Ana Finance 3 4.33 of 5", "“Takes the lead in meetings”", "“Delegates more”",
                "Ben Sales 1 Too few responses to show");
        assertThat(text).contains("ROI 221 %, benefit/cost ratio 3.21",
                "ROI = (benefits - costs) ÷ costs × 100 = (32,100 EUR - 10,000 EUR) ÷ 10,000 EUR × 100 = 221 %",
                "Benefit/cost ratio = benefits ÷ costs = 32,100 EUR ÷ 10,000 EUR = 3.21",
                "Resources (support step) Strategic finance for leaders 2,200 EUR",
                "Participants' time Workshops and sessions 56 h × 50 EUR = 2,800 EUR", "Coach fees",
                "Retained HiPo 64,200 EUR 50 % 100 % 32,100 EUR");
        assertThat(text).as("a hidden rater's comment never reaches the report").doesNotContain("Ben is shy");
    }

    /**
     * The reader's language, the format its dates take (the organization's default format, en-GB, as
     * no user or browser chose one), and the report's first line before and after the start.
     */
    static Stream<Arguments> startLines() {
        return Stream.of(Arguments.of(Locale.ENGLISH, Locale.UK,
                "The program starts on %s. As of %s it has not started: no figures yet.",
                "Program started on %s. Figures as of %s."),
                Arguments.of(Locale.forLanguageTag("pl"), Locale.UK,
                        "Program rozpocznie się %s. Na dzień %s jeszcze się nie rozpoczął: nie ma jeszcze danych.",
                        "Program rozpoczął się %s. Dane na dzień %s."));
    }

    @ParameterizedTest
    @MethodSource("startLines")
    void aReportMadeBeforeTheStartSaysWhenTheProgramStartsAndThatItHasNoFiguresYet(
            Locale locale, Locale format, String beforeTheStart, String afterTheStart) throws IOException {
        LocalDate today = LocalDate.now();
        LocalDate nextMonth = today.plusDays(33);
        LocalDate lastMonth = today.minusDays(30);
        UUID upcoming = programs.create(new ProgramDraft("Upcoming leaders", "", nextMonth, "Maria Nowak")).id();
        UUID running = programs.create(new ProgramDraft("Running leaders", "", lastMonth, "Maria Nowak")).id();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(format);

        String upcomingReport = pdfText(measurement.reportPdf(upcoming, locale));
        String runningReport = pdfText(measurement.reportPdf(running, locale));

        assertThat(upcomingReport).contains(beforeTheStart.formatted(nextMonth.format(dates), today.format(dates)));
        assertThat(runningReport).contains(afterTheStart.formatted(lastMonth.format(dates), today.format(dates)));
    }

    @Test
    void theWorkbookHoldsTheSameFiguresAsNumbers() throws IOException {
        measured();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                measurement.dataXlsx(run.programId(), Locale.ENGLISH)))) {
            List<Row> results = rows(workbook, "Results");
            assertThat(results.getFirst().getCellAsString(0)).contains("Metric");
            Row rating = results.get(1);
            assertThat(rating.getCellAsString(0)).contains("Performance rating");
            assertThat(rating.getCellAsNumber(4)).contains(new BigDecimal("2"));
            assertThat(rating.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("3.25");
            assertThat(rating.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("4.25");
            assertThat(rating.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("1");
            assertThat(rating.getCellAsNumber(10).orElseThrow()).isEqualByComparingTo("0.75");
            assertThat(rating.getCellAsDate(3).orElseThrow().toLocalDate()).isEqualTo(ProgramRun.START);

            assertThat(rows(workbook, "Values")).hasSize(1 + 6);

            Map<String, BigDecimal> progress = figures(rows(workbook, "Participation and goals"));
            assertThat(progress.get("Sessions planned")).isEqualByComparingTo(BigDecimal.valueOf(run.sessionsPlanned()));
            assertThat(progress.get("Sessions held")).isEqualByComparingTo("3");
            assertThat(progress.get("Goals achieved")).isEqualByComparingTo("2");
            assertThat(progress.get("Average progress")).isEqualByComparingTo("80");

            Row ana = rows(workbook, "Feedback").get(1);
            assertThat(ana.getCellAsString(0)).contains("Ana Finance");
            assertThat(ana.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("3");
            assertThat(ana.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("4.33");

            assertThat(rows(workbook, "Costs")).anySatisfy(row -> {
                assertThat(row.getCellAsString(1)).contains("Strategic finance for leaders");
                assertThat(row.getCellAsBoolean(2)).contains(true);
                assertThat(row.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("2200");
            });
            Row benefit = rows(workbook, "Benefits").get(1);
            assertThat(benefit.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("32100");

            Map<String, BigDecimal> roi = figures(rows(workbook, "ROI"));
            assertThat(roi.get("Total costs")).isEqualByComparingTo("10000");
            assertThat(roi.get("Total benefits (counted)")).isEqualByComparingTo("32100");
            assertThat(roi.get("ROI (%)")).isEqualByComparingTo("221");
            assertThat(roi.get("Benefit/cost ratio")).isEqualByComparingTo("3.21");
            assertThat(rows(workbook, "ROI").getLast().getCellAsString(1)).contains("EUR");
        }
    }

    /** Amounts carry the organization's currency, in the reader's format, in the PDF and as numeric XLSX cells. */
    @Test
    void amountsAreInTheOrganizationsCurrencyAndTheReadersFormat() throws IOException {
        accounts.signIn(accounts.newColleague(hr, Role.ADMIN));
        OrganizationSettings settings = organizationSettings.current();
        organizationSettings.save(settings.withCurrency(Currency.getInstance("PLN")));
        preferences.save(new UserPreferences(null, Locale.forLanguageTag("pl-PL")));
        measured();

        String text = pdfText(measurement.reportPdf(run.programId(), Locale.ENGLISH)).replace('\u00A0', ' ');
        assertThat(text).contains("(32 100 PLN - 10 000 PLN) ÷ 10 000 PLN × 100 = 221 %",
                "Resources (support step) Strategic finance for leaders 2 200 PLN");

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                measurement.dataXlsx(run.programId(), Locale.ENGLISH)), new ReadingOptions(true, false))) {
            Row benefit = rows(workbook, "Benefits").get(1);
            assertThat(benefit.getCell(4).getType()).isEqualTo(CellType.NUMBER);
            assertThat(benefit.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("32100");
            assertThat(benefit.getCell(4).getDataFormatString()).isEqualTo("#,##0.00\\ \\P\\L\\N");
            assertThat(benefit.getCellAsString(5)).contains("PLN");
        }
    }

    /**
     * Before and after for both HiPos and one comparison-group member, feedback about Ana from her
     * mentor and two direct reports (and one response about Ben, too few to show), and costs and a
     * benefit that, with the 2,200 of resources, give benefits of 3.21 times the costs.
     */
    private void measured() {
        UUID programId = run.programId();
        measurement.saveSettings(programId, new MeasurementSettings(0, "EUR", new BigDecimal("50"), 3));
        Metric rating = measurement.addMetrics(programId, List.of(new MetricDraft(null, "Performance rating", "1-5",
                MeasurementSource.PERFORMANCE_RATING, KirkpatrickLevel.BEHAVIOUR, ProgramRun.START,
                List.of(FOLLOW_UP)))).getFirst();
        UUID olga = people.add(hr.organizationId(), Spec.of("Olga Outside", "Finance", 6));
        value(rating, run.cohort().ana(), Phase.BASELINE, "3");
        value(rating, run.cohort().ana(), Phase.FOLLOW_UP, "4.5");
        value(rating, run.cohort().ben(), Phase.BASELINE, "3.5");
        value(rating, run.cohort().ben(), Phase.FOLLOW_UP, "4");
        comparison(rating, olga, Phase.BASELINE, "3");
        comparison(rating, olga, Phase.FOLLOW_UP, "3.25");

        feedback(run.cohort().ana(), RaterRole.MENTOR, 5, "Takes the lead in meetings");
        feedback(run.cohort().ana(), RaterRole.DIRECT_REPORT, 4, "Delegates more");
        feedback(run.cohort().ana(), RaterRole.DIRECT_REPORT, 4, "");
        feedback(run.cohort().ben(), RaterRole.DIRECT_REPORT, 2, "Ben is shy");

        measurement.addCost(programId, new CostDraft(CostCategory.COACH_FEES, "", null, new BigDecimal("5000")));
        measurement.addCost(programId, new CostDraft(CostCategory.PARTICIPANT_TIME, "Workshops and sessions",
                new BigDecimal("56"), null));
        measurement.addBenefit(programId, new BenefitDraft(rating.id(), "Retained HiPo", new BigDecimal("64200"),
                new BigDecimal("50"), new BigDecimal("100")));
    }

    private void value(Metric metric, RosterMember hipo, Phase phase, String value) {
        measurement.recordObservation(run.programId(), new ObservationDraft(metric.id(), hipo.personId(),
                phase == Phase.BASELINE ? ProgramRun.START : FOLLOW_UP, phase, new BigDecimal(value), false));
    }

    private void comparison(Metric metric, UUID person, Phase phase, String value) {
        measurement.recordObservation(run.programId(), new ObservationDraft(metric.id(), person,
                phase == Phase.BASELINE ? ProgramRun.START : FOLLOW_UP, phase, new BigDecimal(value), true));
    }

    private void feedback(RosterMember hipo, RaterRole role, int overall, String comment) {
        measurement.recordFeedback(run.programId(), new FeedbackDraft(hipo.id(), role, FOLLOW_UP,
                Map.of(Feedback.OVERALL, overall), comment));
    }

    /** The PDF's text with every run of white space made one space, as a reader scans it. */
    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("-\\R", "-").replaceAll("\\s+", " ");
        }
    }

    private static List<Row> rows(ReadableWorkbook workbook, String sheet) throws IOException {
        return workbook.findSheet(sheet).orElseThrow(() -> new AssertionError("no sheet " + sheet)).read();
    }

    /** A two-column sheet of labelled figures, by label. */
    private static Map<String, BigDecimal> figures(List<Row> rows) {
        return rows.stream().skip(1).filter(r -> r.getCell(1).getType() == CellType.NUMBER)
                .collect(java.util.stream.Collectors.toMap(r -> r.getCellAsString(0).orElseThrow(),
                        r -> r.getCellAsNumber(1).orElseThrow()));
    }
}
