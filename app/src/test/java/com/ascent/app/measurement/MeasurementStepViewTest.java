package com.ascent.app.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.security.UserPreferences;
import com.ascent.app.security.UserPreferencesService;
import com.ascent.app.support.BrowserlessViewTest;
import com.ascent.app.support.TestPeople;
import com.ascent.app.support.TestPeople.Spec;
import com.ascent.app.wizard.ui.WizardView;
import com.ascent.plugin.api.measurement.Metric;
import com.ascent.plugin.api.objectives.MeasurementSource;
import com.ascent.plugin.api.roster.MemberDraft;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Measurement step as HR uses it at the end of a program, in the real wizard with the real
 * plugin: plan, before/after values, feedback from a mentor and two direct reports, ROI, dashboard.
 */
class MeasurementStepViewTest extends BrowserlessViewTest {

    private static final LocalDate JANUARY = LocalDate.of(2027, 1, 11);
    private static final LocalDate DECEMBER = LocalDate.of(2027, 12, 15);

    @Autowired
    ProgramService programs;
    @Autowired
    ProgramRosterService roster;
    @Autowired
    ProgramMeasurementService measurement;
    @Autowired
    TestPeople people;
    @Autowired
    ProgramRun programRun;
    @Autowired
    UserPreferencesService preferences;

    /** Issue 16: a 9-month program was proposed a follow-up measurement a year on, after it had ended. */
    @Test
    void theProposedFollowUpIsOnTheProgramsLastDayAtTheLatest() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        LocalDate lastDay = LocalDate.of(2027, 10, 10);
        Program program = programs.create(new ProgramDraft("Nine months " + UUID.randomUUID(), "", JANUARY, "Maria Nowak",
                lastDay));

        navigate("programs/" + program.id() + "/steps/measurement", WizardView.class);

        assertThat($(DatePicker.class).id("plan-baseline-date").getValue()).isEqualTo(JANUARY);
        assertThat($(DatePicker.class).id("plan-follow-up-date").getValue()).isEqualTo(lastDay);
    }

    @Test
    void hrComparesAHiposPerformanceBeforeAndAfterRecordsFeedbackAndSeesTheRoi() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Program program = programs.create(new ProgramDraft("Future leaders " + UUID.randomUUID(), "", JANUARY, "Maria Nowak"));
        UUID ana = people.add(hr.organizationId(), Spec.of("Ana Finance", "Finance", 5));
        roster.addMember(program.id(), MemberDraft.hipo(ana));

        navigate("programs/" + program.id() + "/steps/measurement", WizardView.class);
        assertThat(texts()).as("stepper").contains("6. Measurement1 thing missing");

        // Plan: the standard metrics with a baseline at the start and a follow-up after a year.
        test($(Button.class).id("propose-plan")).click();
        assertThat(measurement.metrics(program.id())).extracting(Metric::name)
                .contains("Performance rating", "360 score", "Retention")
                .hasSize(6);
        assertThat(measurement.metrics(program.id())).allMatch(m -> JANUARY.equals(m.baselineDate()));
        assertThat(measurement.metrics(program.id())).filteredOn(m -> m.source() == MeasurementSource.PERFORMANCE_RATING)
                .extracting(Metric::unit).as("the directory's 9-box scale").containsExactly("1-3");
        assertThat(texts()).as("stepper").doesNotContain("6. Measurement1 thing missing");

        // Values: text is refused at the field, then the baseline and the follow-up are recorded.
        tab(1);
        test($(Select.class).id("value-metric")).selectItem("Performance rating");
        test($(ComboBox.class).id("value-person")).selectItem("Ana Finance");
        test($(DatePicker.class).id("value-date")).setValue(JANUARY);
        TextField value = $(TextField.class).id("value-value");
        test(value).setValue("three");
        test($(Button.class).id("record-value")).click();
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("Enter a number like 1,500.5.");
        assertThat(measurement.observations(program.id())).isEmpty();
        test(value).setValue("2");
        test($(Button.class).id("record-value")).click();
        test($(Select.class).id("value-phase")).selectItem("Follow-up");
        test($(DatePicker.class).id("value-date")).setValue(DECEMBER);
        test(value).setValue("3");
        test($(Button.class).id("record-value")).click();
        assertThat(measurement.observations(program.id())).hasSize(2);

        // Feedback from the mentor and two direct reports: three responses reach the threshold.
        tab(2);
        giveFeedback("Mentor", "5 Always", "Takes the lead in meetings");
        giveFeedback("Direct report", "4 Often", "");
        assertThat($(Paragraph.class).id("feedback-summary-0-hidden").getText())
                .isEqualTo("Shown from 3 responses, so that no one can tell who said what.");
        giveFeedback("Direct report", "4 Often", "Delegates more");
        assertThat($(Span.class).id("feedback-summary-0-average").getText()).isEqualTo("Average overall rating: 4.33 of 5");

        // ROI: a confidence over 100 % is refused at its field; then ROI 221 %.
        tab(3);
        test($(TextField.class).id("cost-amount")).setValue("10000");
        test($(Button.class).id("add-cost")).click();
        test($(TextField.class).id("benefit-description")).setValue("Retained talent");
        test($(TextField.class).id("benefit-value")).setValue("32100");
        test($(TextField.class).id("benefit-isolation")).setValue("100");
        TextField confidence = $(TextField.class).id("benefit-confidence");
        test(confidence).setValue("150");
        test($(Button.class).id("add-benefit")).click();
        assertThat(confidence.getErrorMessage()).isEqualTo("Enter a percentage from 0 to 100.");
        assertThat(measurement.benefits(program.id())).isEmpty();
        test(confidence).setValue("100");
        test($(Button.class).id("add-benefit")).click();
        assertThat($(Span.class).id("roi-percent").getText()).isEqualTo("ROI 221 %");
        assertThat($(Span.class).id("roi-bcr").getText()).isEqualTo("Benefit/cost ratio 3.21");
        assertThat($(Paragraph.class).id("roi-formula").getText())
                .isEqualTo("ROI = (benefits − costs) ÷ costs × 100 = (32,100 EUR − 10,000 EUR) ÷ 10,000 EUR × 100 = 221 %");

        // Dashboard: the change and the ROI; the report and its data to download.
        tab(4);
        assertThat($(Span.class).id("dashboard-metric-0-change").getText())
                .isEqualTo("HiPos: 2 before, 3 after (+1), 1 person");
        assertThat($(Span.class).id("dashboard-roi").getText()).isEqualTo("221 %");
        assertThat($(Span.class).id("dashboard-roi-detail").getText())
                .isEqualTo("Benefit/cost ratio 3.21: 32,100 EUR of benefits against 10,000 EUR of costs");
        assertThat($(Span.class).id("dashboard-measured").getText()).isEqualTo("1 of 1");
        assertThat($(Span.class).id("dashboard-feedback").getText()).isEqualTo("4.33 of 5");
        assertThat($(Span.class).id("dashboard-feedback-detail").getText())
                .isEqualTo("Average overall rating, shown for 1 of 1 HiPo");
        assertThat($(Span.class).id("dashboard-participation-detail").getText())
                .isEqualTo("The program calendar has no sessions yet.");
        assertThat($(Span.class).id("dashboard-goals-detail").getText())
                .isEqualTo("The development plans have no goals yet.");
        assertThat(List.of("download-report-pdf", "download-data-xlsx", "download-data-csv"))
                .allSatisfy(id -> assertThat($(Anchor.class).id(id).getHref()).isNotBlank());
    }

    /**
     * The language and format locale of the screen, an amount it must refuse (it means something else
     * elsewhere) with the example it gives, a cost of 29,500 and a benefit of 128,400 as its users type
     * them, and how the ROI and the costs then read.
     */
    static Stream<Arguments> figuresAsTyped() {
        return Stream.of(Arguments.of(Locale.US, "1,5", "Enter an amount like 1,500.50.", "29,500", "128,400",
                        "ROI 335.3 %", "29,500 EUR"),
                Arguments.of(Locale.forLanguageTag("pl-PL"), "29.500", "Wpisz kwotę, np. 1\u00A0500,50.", "29 500",
                        "128 400", "ROI 335,3 %", "29\u00A0500 EUR"));
    }

    /**
     * Issue 13: "29,500" typed as a cost in an English screen was stored as 29.5 and "128,400" as a
     * benefit as 128.4 (ROI -99.7 %), with no message, while the screen itself shows "20,000".
     */
    @ParameterizedTest
    @MethodSource("figuresAsTyped")
    void figuresWithThousandsSeparatorsMeanWhatTheUserMeantAndAmbiguousOnesAreRefused(Locale locale, String ambiguous,
            String refusal, String cost, String benefit, String roi, String costs) {
        Program program = programWithAHipo();
        preferences.save(new UserPreferences(null, locale));
        UI.getCurrent().setLocale(locale);
        navigate("programs/" + program.id() + "/steps/measurement", WizardView.class);
        tab(3);

        TextField amount = $(TextField.class).id("cost-amount");
        test(amount).setValue(ambiguous);
        test($(Button.class).id("add-cost")).click();
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo(refusal);
        assertThat(measurement.costs(program.id())).isEmpty();

        test(amount).setValue(cost);
        test($(Button.class).id("add-cost")).click();
        test($(TextField.class).id("benefit-description")).setValue("Retained talent");
        test($(TextField.class).id("benefit-value")).setValue(benefit);
        test($(TextField.class).id("benefit-isolation")).setValue("100");
        test($(TextField.class).id("benefit-confidence")).setValue("100");
        test($(Button.class).id("add-benefit")).click();

        assertThat(measurement.costs(program.id())).singleElement()
                .satisfies(item -> assertThat(item.amount()).isEqualByComparingTo("29500"));
        assertThat(measurement.benefits(program.id())).singleElement()
                .satisfies(item -> assertThat(item.value()).isEqualByComparingTo("128400"));
        assertThat($(Span.class).id("roi-percent").getText()).isEqualTo(roi);
        assertThat($(Paragraph.class).id("roi-total-costs").getText()).contains(costs);
    }

    /** A German format locale with English texts: "29.500,50" and "29 500,50" are amounts, dates are German. */
    @Test
    void aGermanFormatLocaleReadsItsOwnFiguresWhileTheTextsStayEnglish() {
        Program program = programWithAHipo();
        preferences.save(new UserPreferences(null, Locale.GERMANY));
        navigate("programs/" + program.id() + "/steps/measurement", WizardView.class);
        tab(3);

        TextField amount = $(TextField.class).id("cost-amount");
        test(amount).setValue("29500.50");
        test($(Button.class).id("add-cost")).click();
        assertThat(amount.getErrorMessage()).isEqualTo("Enter an amount like 1.500,50.");
        test(amount).setValue("29.500,50");
        test($(Button.class).id("add-cost")).click();
        test($(TextField.class).id("benefit-description")).setValue("Retained talent");
        test($(TextField.class).id("benefit-value")).setValue("128 400");
        test($(TextField.class).id("benefit-isolation")).setValue("50,5");
        test($(TextField.class).id("benefit-confidence")).setValue("100");
        test($(Button.class).id("add-benefit")).click();

        assertThat(measurement.costs(program.id())).singleElement()
                .satisfies(cost -> assertThat(cost.amount()).isEqualByComparingTo("29500.50"));
        assertThat(measurement.benefits(program.id())).singleElement()
                .satisfies(benefit -> assertThat(benefit.isolationPercent()).isEqualByComparingTo("50.5"));
        assertThat($(Paragraph.class).id("roi-total-costs").getText()).isEqualTo("Program costs: 29.500,50 EUR");

        tab(1);
        DatePicker date = $(DatePicker.class).id("value-date");
        assertThat(date.getI18n().getDateFormats()).containsExactly("dd.MM.yyyy", "yyyy-MM-dd");
        assertThat(date.getI18n().getMonthNames()).startsWith("Januar");
        assertThat(date.getI18n().getFirstDayOfWeek()).isEqualTo(1);
    }

    /** The language and format of the screen, and the refusal of 4 as a performance rating (the 9-box scale, 1-3). */
    static Stream<Arguments> offScaleRefusals() {
        return Stream.of(Arguments.of(Locale.US, "Enter a value from 1 to 3, the scale of this metric."),
                Arguments.of(Locale.forLanguageTag("pl-PL"),
                        "Wpisz wartość od 1 do 3 – w takiej skali mierzony jest ten wskaźnik."));
    }

    /** A value outside the metric's scale is refused at the field, with the scale, and nothing is stored. */
    @ParameterizedTest
    @MethodSource("offScaleRefusals")
    @SuppressWarnings("unchecked")
    void aValueOffTheMetricsScaleIsRefusedAtTheFieldWithTheScaleToUse(Locale locale, String refusal) {
        Program program = programWithAHipo();
        preferences.save(new UserPreferences(null, locale));
        UI.getCurrent().setLocale(locale);
        navigate("programs/" + program.id() + "/steps/measurement", WizardView.class);
        test($(Button.class).id("propose-plan")).click();
        Metric rating = measurement.metrics(program.id()).stream()
                .filter(m -> m.source() == MeasurementSource.PERFORMANCE_RATING).findFirst().orElseThrow();
        tab(1);
        $(Select.class).id("value-metric").setValue(rating);
        test($(ComboBox.class).id("value-person")).selectItem("Ana Finance");
        test($(DatePicker.class).id("value-date")).setValue(JANUARY);
        TextField value = $(TextField.class).id("value-value");
        test(value).setValue("4");
        test($(Button.class).id("record-value")).click();

        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo(refusal);
        assertThat(measurement.observations(program.id())).isEmpty();
        test(value).setValue("3");
        test($(Button.class).id("record-value")).click();
        assertThat(measurement.observations(program.id())).singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualByComparingTo("3"));
    }

    private Program programWithAHipo() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Program program = programs.create(new ProgramDraft("Future leaders " + UUID.randomUUID(), "", JANUARY, "Maria Nowak"));
        roster.addMember(program.id(), MemberDraft.hipo(people.add(hr.organizationId(), Spec.of("Ana Finance", "Finance", 5))));
        return program;
    }

    @Test
    void theDashboardShowsSessionsHeldGoalsAchievedAndTheSupportStepsResourceCosts() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        ProgramRun.Run run = programRun.withCalendar(hr.organizationId());
        programRun.holdSessions(run, 3);
        programRun.progressOnGoals(run);
        programRun.assignResources(run);

        navigate("programs/" + run.programId() + "/steps/measurement", WizardView.class);
        tab(4);

        assertThat($(Span.class).id("dashboard-participation").getText())
                .isEqualTo(Math.round(300.0 / run.sessionsPlanned()) + " %");
        assertThat($(Span.class).id("dashboard-participation-detail").getText())
                .isEqualTo("3 of " + run.sessionsPlanned() + " planned sessions held, 1 cancelled");
        assertThat($(Span.class).id("dashboard-goals").getText()).isEqualTo("67 %");
        assertThat($(Span.class).id("dashboard-goals-detail").getText())
                .isEqualTo("2 of 3 goals achieved, average progress 80 %");
        assertThat($(Span.class).id("dashboard-costs").getText()).isEqualTo("2,200 EUR");
        assertThat($(Span.class).id("dashboard-costs-detail").getText())
                .isEqualTo("Including 2,200 EUR for resources of the support step");
        // Per HiPo, from plugin API 1.5.0's participants' progress: sessions of their pairs, goals updated.
        var participants = test($(Grid.class).id("dashboard-participants"));
        assertThat(participants.size()).isEqualTo(2);
        assertThat(List.of(participants.getCellText(0, 0), participants.getCellText(1, 0)))
                .containsExactly("Ana Finance", "Ben Sales");
        assertThat(List.of(participants.getCellText(0, 2), participants.getCellText(1, 2)))
                .containsExactly("2 of 2", "1 of 1");
        int[] held = {0, 0};
        for (int row = 0; row < 2; row++) {
            String[] sessions = participants.getCellText(row, 1).split(" of ");
            held[0] += Integer.parseInt(sessions[0]);
            held[1] += Integer.parseInt(sessions[1]);
        }
        assertThat(held).containsExactly(3, run.sessionsPlanned());
        assertThat(participants.getCellText(0, 3)).isEqualTo("–");
        assertThat($(Span.class).id("dashboard-roi-detail").getText())
                .as("costs without benefits are missing input, not an ROI of -100 %")
                .isEqualTo("Estimate the program's monetary benefits to see the ROI.");
    }

    @Test
    void datesOutOfOrderAreRefusedAtTheirFieldAndNothingIsStored() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Program program = programs.create(new ProgramDraft("Future leaders " + UUID.randomUUID(), "", JANUARY, "Maria Nowak"));
        UUID ana = people.add(hr.organizationId(), Spec.of("Ana Finance", "Finance", 5));
        roster.addMember(program.id(), MemberDraft.hipo(ana));
        navigate("programs/" + program.id() + "/steps/measurement", WizardView.class);

        // A metric whose follow-up comes before its baseline.
        test($(TextField.class).id("metric-name")).setValue("Team engagement");
        test($(TextField.class).id("metric-unit")).setValue("%");
        test($(DatePicker.class).id("metric-baseline")).setValue(DECEMBER);
        DatePicker followUp = $(DatePicker.class).id("metric-follow-up");
        test(followUp).setValue(JANUARY);
        test($(Button.class).id("add-metric")).click();
        assertThat(followUp.isInvalid()).isTrue();
        assertThat(followUp.getErrorMessage()).isEqualTo("Every follow-up date must come after the baseline date.");
        assertThat(measurement.metrics(program.id())).isEmpty();

        // A follow-up value dated before the metric's baseline.
        test(followUp).setValue(DECEMBER.plusMonths(6));
        test($(Button.class).id("add-metric")).click();
        tab(1);
        test($(Select.class).id("value-metric")).selectItem("Team engagement");
        test($(ComboBox.class).id("value-person")).selectItem("Ana Finance");
        test($(Select.class).id("value-phase")).selectItem("Follow-up");
        DatePicker date = $(DatePicker.class).id("value-date");
        test(date).setValue(JANUARY);
        test($(TextField.class).id("value-value")).setValue("70");
        test($(Button.class).id("record-value")).click();
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("A follow-up value must be dated after the metric's baseline date.");
        assertThat(measurement.observations(program.id())).isEmpty();
    }

    @Test
    void aCsvImportWithTextInAValueIsRefusedWithItsLineNumber() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Program program = programs.create(new ProgramDraft("Future leaders " + UUID.randomUUID(), "", JANUARY, "Maria Nowak"));
        UUID ana = people.add(hr.organizationId(), Spec.of("Ana Finance", "Finance", 5));
        roster.addMember(program.id(), MemberDraft.hipo(ana));
        navigate("programs/" + program.id() + "/steps/measurement", WizardView.class);
        test($(Button.class).id("propose-plan")).click();
        tab(1);

        String employeeId = "E-" + ana.toString().substring(0, 8);
        var csv = $(com.vaadin.flow.component.textfield.TextArea.class).id("csv-text");
        test(csv).setValue("employee_id,metric,phase,date,value\n" + employeeId + ",Performance rating,baseline,2027-01-11,3\n"
                + employeeId + ",Performance rating,follow-up,2027-12-15,good\n");
        test($(Button.class).id("import-csv")).click();

        assertThat(csv.isInvalid()).isTrue();
        assertThat(csv.getErrorMessage()).contains("Nothing was imported.")
                .contains("Line 3: the value \"good\" is not a number.");
        assertThat(measurement.observations(program.id())).isEmpty();
    }

    @Test
    void viewersSeeTheResultsWithoutEditing() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Program program = programs.create(new ProgramDraft("Future leaders " + UUID.randomUUID(), "", JANUARY, "Maria Nowak"));
        accounts.signIn(accounts.newColleague(hr, Role.VIEWER));

        navigate("programs/" + program.id() + "/steps/measurement", WizardView.class);

        assertThat($(Button.class).all()).noneMatch(b -> b.getId().filter("propose-plan"::equals).isPresent());
        assertThat($(Paragraph.class).id("plan-empty").getText())
                .isEqualTo("No metrics yet. Start from the objectives or add a metric of your own.");
    }

    private void giveFeedback(String role, String overall, String comment) {
        test($(Select.class).id("feedback-role")).selectItem(role);
        test($(Select.class).id("feedback-overall")).selectItem(overall);
        test($(com.vaadin.flow.component.textfield.TextArea.class).id("feedback-comment")).setValue(comment);
        test($(Button.class).id("record-feedback")).click();
    }

    private void tab(int index) {
        $(TabSheet.class).id("measurement-tabs").setSelectedIndex(index);
    }

    private String texts() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
