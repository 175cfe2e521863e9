package com.ascent.app.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.BrowserlessViewTest;
import com.ascent.app.support.TestPeople;
import com.ascent.app.support.TestPeople.Spec;
import com.ascent.app.wizard.ui.WizardView;
import com.ascent.plugin.api.measurement.Metric;
import com.ascent.plugin.api.roster.MemberDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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
        assertThat(value.getErrorMessage()).isEqualTo("Enter a number, for example 3.5.");
        assertThat(measurement.observations(program.id())).isEmpty();
        test(value).setValue("3");
        test($(Button.class).id("record-value")).click();
        test($(Select.class).id("value-phase")).selectItem("Follow-up");
        test($(DatePicker.class).id("value-date")).setValue(DECEMBER);
        test(value).setValue("4");
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
        test($(TextField.class).id("cost-quantity")).setValue("10000");
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

        // Dashboard: the change and the ROI.
        tab(4);
        assertThat($(Span.class).id("dashboard-metric-0-change").getText())
                .isEqualTo("HiPos: 3 before, 4 after (+1), 1 people");
        assertThat($(Span.class).id("dashboard-roi").getText()).isEqualTo("ROI 221 % · benefit/cost ratio 3.21");
        assertThat($(Span.class).id("dashboard-participation").getText())
                .isEqualTo("1 of 1 HiPos have baseline and follow-up values.");
        assertThat($(Span.class).id("dashboard-feedback").getText())
                .isEqualTo("Feedback shown for 1 HiPos, average overall rating 4.33 of 5.");
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
