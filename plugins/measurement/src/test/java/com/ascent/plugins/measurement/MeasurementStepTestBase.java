package com.ascent.plugins.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.plugin.api.measurement.MeasurementService;
import com.ascent.plugin.api.measurement.Metric;
import com.ascent.plugin.api.objectives.MeasurementSource;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.testkit.StepPluginTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The Measurement step on the kit's program, which starts next month; the subclasses are users who
 * write and read in different ways.
 */
abstract class MeasurementStepTestBase extends StepPluginTest {

    static final String STEP = "measurement";

    /** The service the step stores its data with, for this test's program. */
    final MeasurementService measurement() {
        return context(STEP).measurement();
    }

    /** Ana Finance, the program's one HiPo. */
    final RosterMember programWithAHipo() {
        return context(STEP).roster().addMember(MemberDraft.hipo(person("Ana Finance", "Finance", 5)));
    }

    final void tab(int index) {
        $(TabSheet.class).id("measurement-tabs").setSelectedIndex(index);
    }

    /**
     * Issue 13: "29,500" typed as a cost in an English screen was stored as 29.5 and "128,400" as a
     * benefit as 128.4 (ROI -99.7 %), with no message, while the screen itself shows "20,000". An
     * amount that means something else elsewhere is refused with the user's example; a cost of
     * 29,500 and a benefit of 128,400 as the user types them give the ROI and costs as they read them.
     */
    final void figuresWithThousandsSeparatorsMeanWhatTheUserMeant(String ambiguous, String refusal, String cost,
                                                                 String benefit, String roi, String costs) {
        programWithAHipo();
        show(STEP);
        tab(3);

        TextField amount = $(TextField.class).id("cost-amount");
        test(amount).setValue(ambiguous);
        test($(Button.class).id("add-cost")).click();
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo(refusal);
        assertThat(measurement().costs()).isEmpty();

        test(amount).setValue(cost);
        test($(Button.class).id("add-cost")).click();
        test($(TextField.class).id("benefit-description")).setValue("Retained talent");
        test($(TextField.class).id("benefit-value")).setValue(benefit);
        test($(TextField.class).id("benefit-isolation")).setValue("100");
        test($(TextField.class).id("benefit-confidence")).setValue("100");
        test($(Button.class).id("add-benefit")).click();

        assertThat(measurement().costs()).singleElement()
                .satisfies(item -> assertThat(item.amount()).isEqualByComparingTo("29500"));
        assertThat(measurement().benefits()).singleElement()
                .satisfies(item -> assertThat(item.value()).isEqualByComparingTo("128400"));
        assertThat($(Span.class).id("roi-percent").getText()).isEqualTo(roi);
        assertThat($(Paragraph.class).id("roi-total-costs").getText()).contains(costs);
    }

    /** A value outside the metric's scale (4 as a 9-box performance rating, 1-3) is refused at the field, with the scale. */
    @SuppressWarnings("unchecked")
    final void aValueOffTheMetricsScaleIsRefusedAtTheFieldWithTheScaleToUse(String refusal) {
        programWithAHipo();
        show(STEP);
        test($(Button.class).id("propose-plan")).click();
        Metric rating = measurement().metrics().stream()
                .filter(m -> m.source() == MeasurementSource.PERFORMANCE_RATING).findFirst().orElseThrow();
        tab(1);
        $(Select.class).id("value-metric").setValue(rating);
        test($(ComboBox.class).id("value-person")).selectItem("Ana Finance");
        test($(DatePicker.class).id("value-date")).setValue(context(STEP).program().startDate());
        TextField value = $(TextField.class).id("value-value");
        test(value).setValue("4");
        test($(Button.class).id("record-value")).click();

        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo(refusal);
        assertThat(measurement().observations()).isEmpty();
        test(value).setValue("3");
        test($(Button.class).id("record-value")).click();
        assertThat(measurement().observations()).singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualByComparingTo("3"));
    }
}
