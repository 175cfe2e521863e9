package com.ascent.plugins.framework;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Program framework step in English for someone who writes dates the German way. */
class FrameworkStepWithGermanFormatsTest extends FrameworkStepTestBase {

    @Override
    protected Locale formatLocale() {
        return Locale.GERMANY;
    }

    @Test
    void holidaysAreTypedTheGermanWayAndAUsDateIsRefusedInEnglish() {
        meetingsDefaultToTheOrganizationsTimeZoneAndHolidaysAreTypedInTheUsersDateFormat("dd.MM.yyyy",
                "“5/1/2027”: Enter a date like 31.12.2027.");
    }
}
