package com.ascent.plugin.api.calendar;

/**
 * How often a pair meets, e.g. every 1 month or every 2 weeks.
 *
 * @param every how many units lie between two meetings; the host refuses less than 1
 * @param unit  weeks or months
 */
public record Cadence(int every, CadenceUnit unit) {

    /** Every {@code n} weeks. */
    public static Cadence weeks(int n) {
        return new Cadence(n, CadenceUnit.WEEKS);
    }

    /** Every {@code n} months. */
    public static Cadence months(int n) {
        return new Cadence(n, CadenceUnit.MONTHS);
    }

    /** The longest gap, in days, that this cadence allows between two meetings. */
    public int maximumGapDays() {
        return unit == CadenceUnit.WEEKS ? every * 7 : every * 31;
    }
}
