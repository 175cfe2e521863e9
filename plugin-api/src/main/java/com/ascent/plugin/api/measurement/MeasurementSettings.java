package com.ascent.plugin.api.measurement;

import java.math.BigDecimal;

/**
 * How the program's measurement is valued and shown.
 *
 * @param version            optimistic-locking version; 0 for the defaults, never saved
 * @param currency           ISO 4217 code of all amounts, e.g. EUR: since 1.3.0 always the organization's
 *                           currency ({@code StepContext.formats().currency()}); a different one is not stored
 * @param hourlyRate         the loaded hourly cost of participants' and mentors' time
 * @param anonymityThreshold the fewest feedback responses for which averages and comments are
 *                           shown (at least 3)
 */
public record MeasurementSettings(long version, String currency, BigDecimal hourlyRate, int anonymityThreshold) {

    /** The smallest anonymity threshold the host accepts. */
    public static final int MINIMUM_ANONYMITY = 3;
}
