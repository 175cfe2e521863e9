package com.ascent.app.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.organization.OrganizationSettings;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.app.support.TestPeople;
import com.ascent.app.support.TestPeople.Spec;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.measurement.BenefitDraft;
import com.ascent.plugin.api.measurement.CostCategory;
import com.ascent.plugin.api.measurement.CostDraft;
import com.ascent.plugin.api.measurement.Feedback;
import com.ascent.plugin.api.measurement.FeedbackDraft;
import com.ascent.plugin.api.measurement.FeedbackSummary;
import com.ascent.plugin.api.measurement.KirkpatrickLevel;
import com.ascent.plugin.api.measurement.MeasurementSettings;
import com.ascent.plugin.api.measurement.Metric;
import com.ascent.plugin.api.measurement.MetricDraft;
import com.ascent.plugin.api.measurement.MetricResult;
import com.ascent.plugin.api.measurement.ObservationDraft;
import com.ascent.plugin.api.measurement.Phase;
import com.ascent.plugin.api.measurement.RaterRole;
import com.ascent.plugin.api.measurement.RoiResult;
import com.ascent.plugin.api.objectives.MeasurementSource;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.RosterMember;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The canonical measurement: what is stored, what is refused, and that organizations stay apart. */
@IntegrationTest
class ProgramMeasurementServiceTest {

    private static final LocalDate JANUARY = LocalDate.of(2027, 1, 15);
    private static final LocalDate DECEMBER = LocalDate.of(2027, 12, 15);

    @Autowired
    ProgramMeasurementService measurement;
    @Autowired
    ProgramRosterService roster;
    @Autowired
    ProgramService programs;
    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganizationSettingsService organizationSettings;
    @Autowired
    TestPeople people;

    Account hr;
    UUID program;
    UUID hipoPerson;
    UUID outsider;
    RosterMember hipo;

    @BeforeEach
    void programWithAHipo() {
        hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        program = programs.create(new ProgramDraft("Future leaders", "", JANUARY, "Maria Nowak")).id();
        hipoPerson = people.add(hr.organizationId(), Spec.of("Ana Finance", "Finance", 5));
        outsider = people.add(hr.organizationId(), Spec.of("Olga Outside", "Finance", 5));
        hipo = roster.addMember(program, MemberDraft.hipo(hipoPerson));
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aFollowUpBeforeTheBaselineIsRefusedAndNoMetricOfTheBatchIsStored() {
        MetricDraft good = rating("Performance rating");
        MetricDraft backwards = new MetricDraft(null, "Engagement", "1-5", MeasurementSource.SURVEY_ITEM,
                KirkpatrickLevel.REACTION, DECEMBER, List.of(JANUARY));

        refused(() -> measurement.addMetrics(program, List.of(good, backwards)), "followUpDates",
                "measurement.error.followUpBeforeBaseline");
        assertThat(measurement.metrics(program)).isEmpty();

        measurement.addMetrics(program, List.of(good));
        refused(() -> measurement.addMetrics(program, List.of(rating(" performance RATING "))), "name",
                "measurement.error.nameTaken");
    }

    @Test
    void beforeAndAfterOfHiposAndTheComparisonGroupGiveTheProgramsNetChange() {
        Metric metric = measurement.addMetrics(program, List.of(rating("Performance rating"))).getFirst();
        record(metric, hipoPerson, Phase.BASELINE, JANUARY, "3", false);
        record(metric, hipoPerson, Phase.FOLLOW_UP, DECEMBER, "4.5", false);
        record(metric, outsider, Phase.BASELINE, JANUARY, "3", true);
        record(metric, outsider, Phase.FOLLOW_UP, DECEMBER, "3.5", true);
        // Recording the same value again replaces it instead of counting twice.
        record(metric, hipoPerson, Phase.FOLLOW_UP, DECEMBER, "4", false);

        MetricResult result = measurement.results(program).getFirst();
        assertThat(result.participants().people()).isEqualTo(1);
        assertThat(result.participants().baseline()).isEqualByComparingTo("3");
        assertThat(result.participants().followUp()).isEqualByComparingTo("4");
        assertThat(result.comparison().change()).isEqualByComparingTo("0.5");
        assertThat(result.netChange()).isEqualByComparingTo("0.5");
        assertThat(measurement.observations(program)).hasSize(4);
    }

    @Test
    void valuesOfTheWrongPeopleOrDatedBeforeTheBaselineAreRefused() {
        Metric metric = measurement.addMetrics(program, List.of(rating("Performance rating"))).getFirst();

        refused(() -> record(metric, outsider, Phase.BASELINE, JANUARY, "3", false), "personId",
                "measurement.error.notAHipo");
        refused(() -> record(metric, hipoPerson, Phase.BASELINE, JANUARY, "3", true), "personId",
                "measurement.error.comparisonOnRoster");
        refused(() -> record(metric, hipoPerson, Phase.FOLLOW_UP, JANUARY.minusDays(1), "3", false), "observedOn",
                "measurement.error.valueBeforeBaseline");
        assertThat(measurement.observations(program)).isEmpty();
    }

    @Test
    void aCsvImportWithBadLinesNamesEachLineAndStoresNothing() {
        measurement.addMetrics(program, List.of(rating("Performance rating")));
        String employeeId = "E-" + hipoPerson.toString().substring(0, 8);
        String csv = """
                employee_id,metric,phase,date,value
                %1$s,Performance rating,baseline,2027-01-15,3
                %1$s,Performance rating,follow-up,2027-12-15,four
                %1$s,Charisma,baseline,2027-01-15,3
                E-nobody,Performance rating,baseline,2027-01-15,3
                %1$s,Performance rating,follow-up,2027-12-16,7
                """.formatted(employeeId);

        assertThatThrownBy(() -> measurement.importObservations(program, csv))
                .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.problems())
                        .extracting(CsvImportException.Problem::line, CsvImportException.Problem::key,
                                CsvImportException.Problem::arguments)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(3L, "measurement.csv.number", List.of("four")),
                                org.assertj.core.groups.Tuple.tuple(4L, "measurement.csv.unknownMetric", List.of("Charisma")),
                                org.assertj.core.groups.Tuple.tuple(5L, "measurement.csv.unknownPerson", List.of("E-nobody")),
                                org.assertj.core.groups.Tuple.tuple(6L, "measurement.error.offScale",
                                        List.of(BigDecimal.ONE, new BigDecimal("5")))));
        assertThat(measurement.observations(program)).isEmpty();

        String good = """
                employee_id,metric,phase,date,value,group
                %s,Performance rating,baseline,2027-01-15,3,
                %s,Performance rating,follow-up,2027-12-15,4.5,
                %s,Performance rating,baseline,2027-01-15,3,comparison
                """.formatted(employeeId, employeeId, "E-" + outsider.toString().substring(0, 8));
        assertThat(measurement.importObservations(program, good)).hasSize(3);
        assertThat(measurement.results(program).getFirst().participants().change()).isEqualByComparingTo("1.5");
    }

    @Test
    void feedbackIsSummarisedOnlyFromTheAnonymityThreshold() {
        feedback(RaterRole.MENTOR, 5, "Takes the lead in meetings");
        feedback(RaterRole.DIRECT_REPORT, 4, "");

        FeedbackSummary hidden = measurement.feedbackSummaries(program).getFirst();
        assertThat(hidden.responses()).isEqualTo(2);
        assertThat(hidden.visible()).isFalse();
        assertThat(hidden.comments()).isEmpty();

        feedback(RaterRole.DIRECT_REPORT, 3, "Delegates more");
        FeedbackSummary shown = measurement.feedbackSummaries(program).getFirst();
        assertThat(shown.visible()).isTrue();
        assertThat(shown.hipoName()).isEqualTo("Ana Finance");
        assertThat(shown.overallAverage()).isEqualByComparingTo("4");
        assertThat(shown.byRole()).isEmpty();
        assertThat(shown.comments()).containsExactlyInAnyOrder("Takes the lead in meetings", "Delegates more");

        refused(() -> measurement.recordFeedback(program, new FeedbackDraft(hipo.id(), RaterRole.PEER, DECEMBER,
                Map.of(Feedback.OVERALL, 6), "")), "ratings", "measurement.error.ratingRange");
        refused(() -> measurement.recordFeedback(program, new FeedbackDraft(hipo.id(), RaterRole.PEER, DECEMBER,
                Map.of(), "")), "ratings", "measurement.error.overallRequired");
    }

    @Test
    void feedbackIsNeverShownBelowTheOrganizationsAnonymityThreshold() {
        accounts.signIn(accounts.newColleague(hr, Role.ADMIN));
        OrganizationSettings settings = organizationSettings.current();
        organizationSettings.save(new OrganizationSettings(settings.currency(), settings.timeZone(),
                settings.formatLocale(), settings.workingWeek(), settings.defaultLanguage(), settings.weekStart(),
                settings.performanceScale(), settings.potentialScale(), 4, settings.version()));
        accounts.signIn(hr);
        feedback(RaterRole.MENTOR, 5, "Takes the lead in meetings");
        feedback(RaterRole.DIRECT_REPORT, 4, "");
        feedback(RaterRole.DIRECT_REPORT, 3, "Delegates more");

        assertThat(measurement.settings(program).anonymityThreshold()).as("a new program's threshold").isEqualTo(4);
        assertThat(measurement.feedbackSummaries(program).getFirst().visible()).isFalse();
        refused(() -> measurement.saveSettings(program, new MeasurementSettings(0, "EUR", BigDecimal.TEN, 3)),
                "anonymityThreshold", "orgsettings.error.belowOrganizationThreshold");

        feedback(RaterRole.PEER, 4, "");
        assertThat(measurement.feedbackSummaries(program).getFirst().visible()).isTrue();
    }

    @Test
    void theRoiCountsTimeAtTheHourlyRateAndBenefitsAtIsolationAndConfidence() {
        MeasurementSettings settings = measurement.saveSettings(program,
                new MeasurementSettings(0, "USD", new BigDecimal("50"), 3));
        assertThat(settings.currency()).as("every amount is in the organization's currency").isEqualTo("EUR");
        measurement.addCost(program, new CostDraft(CostCategory.PARTICIPANT_TIME, "Workshops", new BigDecimal("100"), null));
        measurement.addCost(program, new CostDraft(CostCategory.COACH_FEES, "Two coaches", null, new BigDecimal("5000")));
        measurement.addBenefit(program, new BenefitDraft(null, "Retained HiPo", new BigDecimal("64200"),
                new BigDecimal("50"), new BigDecimal("100")));

        RoiResult roi = measurement.roi(program);
        assertThat(roi.totalCosts()).isEqualByComparingTo("10000");
        assertThat(roi.totalBenefits()).isEqualByComparingTo("32100");
        assertThat(roi.roiPercent()).isEqualByComparingTo("221");
        assertThat(roi.benefitCostRatio()).isEqualByComparingTo("3.21");

        measurement.saveSettings(program, new MeasurementSettings(settings.version(), "EUR", new BigDecimal("100"), 3));
        assertThat(measurement.roi(program).totalCosts()).as("time revalued at the new rate").isEqualByComparingTo("15000");

        String csv = new String(measurement.dataCsv(program), StandardCharsets.UTF_8);
        assertThat(csv).contains("Retained HiPo,64200,50,100,32100.00,EUR").contains("15000.00,32100.00");
    }

    @Test
    void costAndBenefitDescriptionsThatWouldRunAsFormulasAreExportedAsText() throws Exception {
        measurement.addCost(program, new CostDraft(CostCategory.COACH_FEES, "=HYPERLINK(\"http://evil.example\")",
                null, new BigDecimal("5000")));
        measurement.addCost(program, new CostDraft(CostCategory.OTHER, "-2+3", null, new BigDecimal("100")));
        measurement.addBenefit(program, new BenefitDraft(null, "@SUM(A1:A9)", new BigDecimal("64200"),
                new BigDecimal("50"), new BigDecimal("100")));
        measurement.addBenefit(program, new BenefitDraft(null, "+1+cmd", new BigDecimal("100"),
                new BigDecimal("50"), new BigDecimal("100")));

        String csv = new String(measurement.dataCsv(program), StandardCharsets.UTF_8);
        List<String> firstCells = de.siegmar.fastcsv.reader.CsvReader.builder().allowExtraFields(true)
                .allowMissingFields(true).ofCsvRecord(csv).stream().map(r -> r.getField(0)).toList();
        List<String> secondCells = de.siegmar.fastcsv.reader.CsvReader.builder().allowExtraFields(true)
                .allowMissingFields(true).ofCsvRecord(csv).stream().filter(r -> r.getFieldCount() > 1)
                .map(r -> r.getField(1)).toList();
        assertThat(secondCells).contains("'=HYPERLINK(\"http://evil.example\")", "'-2+3");
        assertThat(firstCells).contains("'@SUM(A1:A9)", "'+1+cmd");
        assertThat(firstCells).noneMatch(cell -> cell.startsWith("=") || cell.startsWith("+") || cell.startsWith("@"));
        assertThat(secondCells).noneMatch(cell -> cell.startsWith("=") || cell.startsWith("@"));
    }

    @Test
    void impossibleCostsAndBenefitsAreRefused() {
        refused(() -> measurement.addBenefit(program, new BenefitDraft(null, "Retention", new BigDecimal("1000"),
                new BigDecimal("50"), new BigDecimal("120"))), "confidencePercent", "measurement.error.percentRange");
        refused(() -> measurement.addBenefit(program, new BenefitDraft(null, " ", new BigDecimal("1000"),
                new BigDecimal("50"), new BigDecimal("80"))), "description", "measurement.error.descriptionRequired");
        refused(() -> measurement.addCost(program, new CostDraft(CostCategory.RESOURCES, "Books", null,
                new BigDecimal("100"))), "category", "measurement.error.resourcesFromSupport");
        refused(() -> measurement.addCost(program, new CostDraft(CostCategory.MENTOR_TIME, "", null,
                new BigDecimal("100"))), "hours", "measurement.error.hoursRequired");
        refused(() -> measurement.saveSettings(program, new MeasurementSettings(0, "EUR", BigDecimal.TEN, 2)),
                "anonymityThreshold", "measurement.error.anonymityThreshold");
        assertThat(measurement.benefits(program)).isEmpty();
        assertThat(measurement.costs(program)).isEmpty();
    }

    @Test
    void twoUsersSavingTheSettingsAtOnceGetOneSavedAndOneRefusal() throws Exception {
        Account colleague = accounts.newColleague(hr, Role.HR);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (Account user : List.of(hr, colleague)) {
                attempts.add(threads.submit(() -> {
                    accounts.signIn(user);
                    start.await();
                    try {
                        measurement.saveSettings(program, new MeasurementSettings(0, "EUR", BigDecimal.TEN, 3));
                        return true;
                    } catch (ConcurrentEditException e) {
                        return false;
                    } finally {
                        accounts.signOut();
                    }
                }));
            }
            start.countDown();
            int saved = 0;
            for (Future<Boolean> attempt : attempts) {
                saved += attempt.get() ? 1 : 0;
            }
            assertThat(saved).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(measurement.settings(program).version()).isEqualTo(1);
        assertThatThrownBy(() -> measurement.saveSettings(program,
                new MeasurementSettings(0, "EUR", BigDecimal.ONE, 3))).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void anotherOrganizationNeitherSeesNorChangesTheMeasurement() {
        Metric metric = measurement.addMetrics(program, List.of(rating("Performance rating"))).getFirst();
        measurement.addCost(program, new CostDraft(CostCategory.COACH_FEES, "", null, BigDecimal.TEN));

        accounts.signIn(accounts.newOrganization(Role.HR));

        assertThat(measurement.metrics(program)).isEmpty();
        assertThat(measurement.costs(program)).isEmpty();
        assertThat(measurement.roi(program).totalCosts()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> measurement.addMetrics(program, List.of(rating("Stolen"))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> measurement.removeMetric(program, metric.id(), metric.version()))
                .isInstanceOf(ConcurrentEditException.class);

        accounts.signIn(hr);
        assertThat(measurement.metrics(program)).extracting(Metric::name).containsExactly("Performance rating");
    }

    private static MetricDraft rating(String name) {
        return new MetricDraft(null, name, "1-5", MeasurementSource.PERFORMANCE_RATING, KirkpatrickLevel.BEHAVIOUR,
                JANUARY, List.of(DECEMBER));
    }

    private void record(Metric metric, UUID person, Phase phase, LocalDate on, String value, boolean comparison) {
        measurement.recordObservation(program, new ObservationDraft(metric.id(), person, on, phase, new BigDecimal(value),
                comparison));
    }

    private void feedback(RaterRole role, int overall, String comment) {
        measurement.recordFeedback(program, new FeedbackDraft(hipo.id(), role, DECEMBER, Map.of(Feedback.OVERALL, overall),
                comment));
    }

    private static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(key);
        });
    }
}
