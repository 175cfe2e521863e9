package com.ascent.plugins.framework;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Program framework step for someone who reads Polish and writes dates the Polish way. */
class FrameworkStepForAPolishUserTest extends FrameworkStepTestBase {

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
    void holidaysAreTypedThePolishWayAndAUsDateIsRefusedInPolish() {
        meetingsDefaultToTheOrganizationsTimeZoneAndHolidaysAreTypedInTheUsersDateFormat("d.MM.yyyy",
                "“5/1/2027”: Wpisz datę, np. 31.12.2027.");
    }
}
