package com.ascent.plugin.api.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The settings of the organization a step works for, as its administrator chose them.
 *
 * @param currency                   the currency of every amount
 * @param zone                       the time zone meetings are planned in
 * @param formatLocale               how figures and dates are written where no user's choice applies
 * @param defaultLanguage            the language of the texts for members who chose none; {@code null}: the browser's
 * @param firstDayOfWeek             the day weeks start on in calendars and date pickers
 * @param workingDays                the days meetings may be scheduled on
 * @param workingDayStart            when a working day begins, wall-clock time in {@code zone}
 * @param workingDayEnd              when a working day ends, after {@code workingDayStart}
 * @param performanceScale           the highest performance rating of the 9-box (ratings run from 1)
 * @param potentialScale             the highest potential rating of the 9-box (ratings run from 1)
 * @param feedbackAnonymityThreshold the fewest raters whose 360 feedback results may be shown
 * @since 1.4.0
 */
public record OrganizationSettings(Currency currency, ZoneId zone, Locale formatLocale,
                                   @Nullable Locale defaultLanguage, DayOfWeek firstDayOfWeek,
                                   Set<DayOfWeek> workingDays, LocalTime workingDayStart, LocalTime workingDayEnd,
                                   int performanceScale, int potentialScale, int feedbackAnonymityThreshold) {

    public OrganizationSettings {
        workingDays = Set.copyOf(workingDays);
    }
}
