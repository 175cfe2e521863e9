package com.ascent.plugins.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Measurement step in English for someone who writes figures and dates the German way. */
class MeasurementStepWithGermanFormatsTest extends MeasurementStepTestBase {

    @Override
    protected Locale formatLocale() {
        return Locale.GERMANY;
    }

    /** "29.500,50" and "29 500,50" are amounts, dates are German, the texts stay English. */
    @Test
    void aGermanFormatLocaleReadsItsOwnFiguresWhileTheTextsStayEnglish() {
        programWithAHipo();
        show(STEP);
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

        assertThat(measurement().costs()).singleElement()
                .satisfies(cost -> assertThat(cost.amount()).isEqualByComparingTo("29500.50"));
        assertThat(measurement().benefits()).singleElement()
                .satisfies(benefit -> assertThat(benefit.isolationPercent()).isEqualByComparingTo("50.5"));
        assertThat($(Paragraph.class).id("roi-total-costs").getText()).isEqualTo("Program costs: 29.500,50 EUR");

        tab(1);
        DatePicker date = $(DatePicker.class).id("value-date");
        assertThat(date.getI18n().getDateFormats()).containsExactly("dd.MM.yyyy", "yyyy-MM-dd");
        assertThat(date.getI18n().getMonthNames()).startsWith("Januar");
        assertThat(date.getI18n().getFirstDayOfWeek()).isEqualTo(1);
    }
}
