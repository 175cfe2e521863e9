package com.ascent.app.organization;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/**
 * How an organization counts money and time: every amount in Ascent is in {@code currency};
 * meetings are planned in {@code timeZone}, on the days and in the hours of {@code workingWeek};
 * {@code formatLocale} writes figures and dates where no user's own choice or browser applies
 * (e.g. a report produced for the organization).
 */
public record OrganizationSettings(Currency currency, ZoneId timeZone, Locale formatLocale, WorkingWeek workingWeek,
                                   long version) {
}
