package com.ascent.plugins.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.plugin.api.support.Resource;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Ongoing support step in English for someone who writes figures and dates the Polish way. */
class SupportStepWithPolishFormatsTest extends SupportStepTestBase {

    @Override
    protected Locale formatLocale() {
        return Locale.forLanguageTag("pl-PL");
    }

    /** The same entry means 1,500.50 to someone who writes figures the Polish way, and dates are theirs too. */
    @Test
    void commaDecimalsAreReadAndDatesAndTheCurrencyShownThePolishWay() {
        open();
        selectTab("tab-catalogue");
        test($(Button.class).id("add-resource")).click();
        test($(TextField.class).id("resource-title")).setValue("Negotiation masterclass");
        DatePicker startsOn = $(DatePicker.class).id("resource-starts-on");
        assertThat(startsOn.getI18n().getDateFormats()).containsExactly("d.MM.yyyy", "yyyy-MM-dd");
        assertThat(startsOn.getI18n().getBadInputErrorMessage()).isEqualTo("Enter a date like 31.12.2027.");
        test(startsOn).setValue(LocalDate.of(2027, 1, 4));
        TextArea further = $(TextArea.class).id("resource-repeats-on");
        test(further).setValue("04.04.2027\n2027-07-04");
        TextField cost = $(TextField.class).id("resource-cost");
        test(cost).setValue("29 500,50");
        test($(Button.class).id("save-resource")).click();

        Resource saved = support.catalogue().getFirst();
        assertThat(saved.costPerParticipant()).isEqualByComparingTo("29500.50");
        assertThat(saved.repeatsOn()).containsExactly(LocalDate.of(2027, 4, 4), LocalDate.of(2027, 7, 4));
        assertThat(test(catalogueGrid()).getCellText(rowOf(catalogueGrid(), saved), 4))
                .isEqualTo("29\u00A0500,50 EUR");
    }
}
