package com.ascent.plugins.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.plugin.PluginRuntime;
import com.ascent.app.plugin.StepHandle;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.security.Role;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.StepStatus;
import com.ascent.plugin.api.measurement.MeasurementService;
import com.ascent.plugin.api.measurement.Metric;
import com.ascent.plugin.api.objectives.MeasurementSource;
import com.ascent.plugin.api.roster.RosterMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Measurement step as HR uses it at the end of a program, in English with the figures and dates
 * of the (mock) browser, the US way: plan, before/after values, feedback from a mentor and two direct
 * reports, ROI, dashboard. Loaded by PF4J from this module, on a real step context and database.
 */
class MeasurementStepTest extends MeasurementStepTestBase {

    @Autowired
    PluginRuntime runtime;

    @Test
    void thePluginIsStartedAndFillsTheMeasurementSlot() {
        assertThat(plugins()).filteredOn(p -> p.id().equals("ascent-step-measurement")).singleElement()
                .satisfies(p -> {
                    assertThat(p.state()).isEqualTo("STARTED");
                    assertThat(p.steps()).containsExactly(STEP);
                    assertThat(p.requires()).as("it shows the participants' progress (StepContext.progress()) of 1.5.0")
                            .isEqualTo(">=1.5.0 & <2.0.0");
                });
        assertThat(runtime.step(STEP)).get()
                .extracting(StepHandle::placement).isEqualTo(StepPlacement.fills(StepSlot.MEASUREMENT));
    }

    /** Issue 16: a 9-month program was proposed a follow-up measurement a year on, after it had ended. */
    @Test
    void theProposedFollowUpIsOnTheProgramsLastDayAtTheLatest() {
        LocalDate start = program().startDate();
        LocalDate lastDay = ProgramDraft.lastDay(start, 9);
        programRuns(start, lastDay);

        show(STEP);

        assertThat($(DatePicker.class).id("plan-baseline-date").getValue()).isEqualTo(start);
        assertThat($(DatePicker.class).id("plan-follow-up-date").getValue()).isEqualTo(lastDay);
    }

    @Test
    void hrComparesAHiposPerformanceBeforeAndAfterRecordsFeedbackAndSeesTheRoi() {
        programWithAHipo();
        MeasurementService measurement = measurement();
        LocalDate start = context(STEP).program().startDate();
        LocalDate followUp = start.plusMonths(11);
        assertThat(status(STEP).missing()).containsExactly("Add the metrics of the measurement plan.");
        show(STEP);

        // Plan: the standard metrics with a baseline at the start and a follow-up after a year.
        test($(Button.class).id("propose-plan")).click();
        assertThat(measurement.metrics()).extracting(Metric::name)
                .contains("Performance rating", "360 score", "Retention")
                .hasSize(6);
        assertThat(measurement.metrics()).allMatch(m -> start.equals(m.baselineDate()));
        assertThat(measurement.metrics()).filteredOn(m -> m.source() == MeasurementSource.PERFORMANCE_RATING)
                .extracting(Metric::unit).as("the directory's 9-box scale").containsExactly("1-3");
        assertThat(status(STEP)).isEqualTo(StepStatus.done());
        assertThat(changes().savedCount()).as("the shell's stepper and save indicator are told").isPositive();

        // Values: text is refused at the field, then the baseline and the follow-up are recorded.
        tab(1);
        test($(Select.class).id("value-metric")).selectItem("Performance rating");
        test($(ComboBox.class).id("value-person")).selectItem("Ana Finance");
        test($(DatePicker.class).id("value-date")).setValue(start);
        TextField value = $(TextField.class).id("value-value");
        test(value).setValue("three");
        test($(Button.class).id("record-value")).click();
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("Enter a number like 1,500.5.");
        assertThat(measurement.observations()).isEmpty();
        test(value).setValue("2");
        test($(Button.class).id("record-value")).click();
        test($(Select.class).id("value-phase")).selectItem("Follow-up");
        test($(DatePicker.class).id("value-date")).setValue(followUp);
        test(value).setValue("3");
        test($(Button.class).id("record-value")).click();
        assertThat(measurement.observations()).hasSize(2);

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
        assertThat(measurement.benefits()).isEmpty();
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

    @Test
    void figuresWithCommasAsThousandsSeparatorsMeanWhatTheUserMeantAndAGermanOneIsRefused() {
        figuresWithThousandsSeparatorsMeanWhatTheUserMeant("1,5", "Enter an amount like 1,500.50.", "29,500",
                "128,400", "ROI 335.3 %", "29,500 EUR");
    }

    @Test
    void aValueOffTheMetricsScaleIsRefusedInEnglish() {
        aValueOffTheMetricsScaleIsRefusedAtTheFieldWithTheScaleToUse(
                "Enter a value from 1 to 3, the scale of this metric.");
    }

    @Test
    void theDashboardShowsSessionsHeldGoalsAchievedAndTheSupportStepsResourceCosts() {
        ProgramRun run = ProgramRun.withCalendar(context(STEP), this::person);
        run.holdSessions(3);
        run.progressOnGoals();
        run.assignResources();

        show(STEP);
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
        programWithAHipo();
        LocalDate start = context(STEP).program().startDate();
        LocalDate later = start.plusMonths(11);
        show(STEP);

        // A metric whose follow-up comes before its baseline.
        test($(TextField.class).id("metric-name")).setValue("Team engagement");
        test($(TextField.class).id("metric-unit")).setValue("%");
        test($(DatePicker.class).id("metric-baseline")).setValue(later);
        DatePicker followUp = $(DatePicker.class).id("metric-follow-up");
        test(followUp).setValue(start);
        test($(Button.class).id("add-metric")).click();
        assertThat(followUp.isInvalid()).isTrue();
        assertThat(followUp.getErrorMessage()).isEqualTo("Every follow-up date must come after the baseline date.");
        assertThat(measurement().metrics()).isEmpty();

        // A follow-up value dated before the metric's baseline.
        test(followUp).setValue(later.plusMonths(6));
        test($(Button.class).id("add-metric")).click();
        tab(1);
        test($(Select.class).id("value-metric")).selectItem("Team engagement");
        test($(ComboBox.class).id("value-person")).selectItem("Ana Finance");
        test($(Select.class).id("value-phase")).selectItem("Follow-up");
        DatePicker date = $(DatePicker.class).id("value-date");
        test(date).setValue(start);
        test($(TextField.class).id("value-value")).setValue("70");
        test($(Button.class).id("record-value")).click();
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("A follow-up value must be dated after the metric's baseline date.");
        assertThat(measurement().observations()).isEmpty();
    }

    @Test
    void aCsvImportWithTextInAValueIsRefusedWithItsLineNumber() {
        RosterMember ana = programWithAHipo();
        LocalDate start = context(STEP).program().startDate();
        String employeeId = context(STEP).people().get(ana.personId()).orElseThrow().employeeId();
        show(STEP);
        test($(Button.class).id("propose-plan")).click();
        tab(1);

        TextArea csv = $(TextArea.class).id("csv-text");
        test(csv).setValue("employee_id,metric,phase,date,value\n" + employeeId + ",Performance rating,baseline,"
                + start + ",3\n" + employeeId + ",Performance rating,follow-up," + start.plusMonths(11) + ",good\n");
        test($(Button.class).id("import-csv")).click();

        assertThat(csv.isInvalid()).isTrue();
        assertThat(csv.getErrorMessage()).contains("Nothing was imported.")
                .contains("Line 3: the value \"good\" is not a number.");
        assertThat(measurement().observations()).isEmpty();
    }

    @Test
    void viewersSeeTheResultsWithoutEditing() {
        signInAs(Role.VIEWER);

        show(STEP);

        assertThat($(Button.class).all()).noneMatch(b -> b.getId().filter("propose-plan"::equals).isPresent());
        assertThat($(Paragraph.class).id("plan-empty").getText())
                .isEqualTo("No metrics yet. Start from the objectives or add a metric of your own.");
    }

    private void giveFeedback(String role, String overall, String comment) {
        test($(Select.class).id("feedback-role")).selectItem(role);
        test($(Select.class).id("feedback-overall")).selectItem(overall);
        test($(TextArea.class).id("feedback-comment")).setValue(comment);
        test($(Button.class).id("record-feedback")).click();
    }
}
