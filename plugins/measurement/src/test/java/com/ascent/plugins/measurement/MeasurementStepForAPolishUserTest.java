package com.ascent.plugins.measurement;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Measurement step for someone who reads Polish and writes figures the Polish way. */
class MeasurementStepForAPolishUserTest extends MeasurementStepTestBase {

    private static final Locale POLISH = Locale.forLanguageTag("pl-PL");

    @Override
    protected Locale locale() {
        return POLISH;
    }

    @Override
    protected Locale formatLocale() {
        return POLISH;
    }

    @Test
    void figuresWithSpacesAsThousandsSeparatorsMeanWhatTheUserMeantAndAnEnglishOneIsRefused() {
        figuresWithThousandsSeparatorsMeanWhatTheUserMeant("29.500", "Wpisz kwotę, np. 1\u00A0500,50.", "29 500",
                "128 400", "ROI 335,3 %", "29\u00A0500 EUR");
    }

    @Test
    void aValueOffTheMetricsScaleIsRefusedInPolish() {
        aValueOffTheMetricsScaleIsRefusedAtTheFieldWithTheScaleToUse(
                "Wpisz wartość od 1 do 3 – w takiej skali mierzony jest ten wskaźnik.");
    }
}
