package com.ascent.app.organization;

import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.plugin.api.measurement.MeasurementSettings;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How an organization counts money and time and rates its people: every amount in Ascent is in
 * {@code currency}; meetings are planned in {@code timeZone}, on the days and in the hours of
 * {@code workingWeek}; {@code formatLocale} writes figures and dates where no user's own choice or
 * browser applies (e.g. a report produced for the organization).
 *
 * @param defaultLanguage            the language of the texts for a member who chose none (before the
 *                                   browser's); {@code null} leaves it to the browser
 * @param weekStart                  the first day of the week in calendars and date pickers; {@code null}
 *                                   follows each user's format locale
 * @param performanceScale           the highest performance rating of the 9-box (ratings 1 to it)
 * @param potentialScale             the highest potential rating of the 9-box (ratings 1 to it)
 * @param feedbackAnonymityThreshold the fewest raters whose 360 feedback results may be shown
 */
public record OrganizationSettings(Currency currency, ZoneId timeZone, Locale formatLocale, WorkingWeek workingWeek,
                                   @Nullable Locale defaultLanguage, @Nullable DayOfWeek weekStart,
                                   int performanceScale, int potentialScale, int feedbackAnonymityThreshold,
                                   long version) {


    /** The days a week may start on, as the organization's people are used to. */
    public static final List<DayOfWeek> WEEK_STARTS = List.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY,
            DayOfWeek.SATURDAY);

    /** The lowest and highest top rating of a 9-box scale (1-3 to 1-5). */
    public static final int MIN_SCALE = 3;
    public static final int MAX_SCALE = 5;

    /** The fewest and most raters a 360 feedback result may be required to have. */
    public static final int MIN_ANONYMITY_THRESHOLD = MeasurementSettings.MINIMUM_ANONYMITY;
    public static final int MAX_ANONYMITY_THRESHOLD = 20;

    public OrganizationSettings {
        if (defaultLanguage != null && !AscentI18NProvider.LOCALES.contains(defaultLanguage)) {
            throw new IllegalArgumentException("Ascent is not written in " + defaultLanguage);
        }
        if (weekStart != null && !WEEK_STARTS.contains(weekStart)) {
            throw new IllegalArgumentException("A week does not start on " + weekStart);
        }
        if (performanceScale < MIN_SCALE || performanceScale > MAX_SCALE
                || potentialScale < MIN_SCALE || potentialScale > MAX_SCALE) {
            throw new IllegalArgumentException("A 9-box scale runs from 1 to 3, 4 or 5");
        }
        if (feedbackAnonymityThreshold < MIN_ANONYMITY_THRESHOLD || feedbackAnonymityThreshold > MAX_ANONYMITY_THRESHOLD) {
            throw new IllegalArgumentException("The anonymity threshold is between " + MIN_ANONYMITY_THRESHOLD
                    + " and " + MAX_ANONYMITY_THRESHOLD + " raters");
        }
    }

    public OrganizationSettings withCurrency(Currency newCurrency) {
        return new OrganizationSettings(newCurrency, timeZone, formatLocale, workingWeek, defaultLanguage, weekStart,
                performanceScale, potentialScale, feedbackAnonymityThreshold, version);
    }

    public OrganizationSettings withTimeZone(ZoneId newTimeZone) {
        return new OrganizationSettings(currency, newTimeZone, formatLocale, workingWeek, defaultLanguage, weekStart,
                performanceScale, potentialScale, feedbackAnonymityThreshold, version);
    }

    public OrganizationSettings withFormatLocale(Locale newFormatLocale) {
        return new OrganizationSettings(currency, timeZone, newFormatLocale, workingWeek, defaultLanguage, weekStart,
                performanceScale, potentialScale, feedbackAnonymityThreshold, version);
    }

    public OrganizationSettings withWorkingWeek(WorkingWeek newWorkingWeek) {
        return new OrganizationSettings(currency, timeZone, formatLocale, newWorkingWeek, defaultLanguage, weekStart,
                performanceScale, potentialScale, feedbackAnonymityThreshold, version);
    }
}
