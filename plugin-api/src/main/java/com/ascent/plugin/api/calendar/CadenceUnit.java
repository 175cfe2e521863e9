package com.ascent.plugin.api.calendar;

/** The unit a meeting cadence counts in. */
public enum CadenceUnit {
    /** Every n weeks, on the weekday of the start date. */
    WEEKS,
    /** Every n months, on the day of the month of the start date. */
    MONTHS
}
