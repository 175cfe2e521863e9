package com.ascent.plugins.support;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Ongoing support step for someone who reads Polish and writes figures and dates the Polish way. */
class SupportStepForAPolishUserTest extends SupportStepTestBase {

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
    void aCostPerParticipantWrittenTheEnglishWayIsRefusedWithAPolishExampleNeverReinterpreted() {
        aCostWrittenTheOtherWayIsRefusedWithAnExample("1.500,50", "Wpisz kwotę, np. 1\u00A0500,50.", "1500,50");
    }

    @Test
    void eachSuggestionSaysWhyItFitsInPolish() {
        eachSuggestionSaysWhyItFitsWithTheNamesFilledIn("Odpowiada na potrzeby rozwojowe HiPo: Strategic selling",
                "Służy celom programu: Coaching others",
                "Odpowiada na potrzeby rozwojowe HiPo (Strategic selling) i służy celom programu (Coaching others)");
    }
}
