package com.ascent.plugin.api.calendar;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A confirmed pair that has not met for longer than its cadence allows.
 *
 * @param pairId      the pair
 * @param lastHeld    the day of its last held session, {@code null} if it never met
 * @param daysWithout days since the last held session (or since the program started)
 * @param allowedDays the longest gap the pair's cadence allows
 */
public record StalledPair(UUID pairId, @Nullable LocalDate lastHeld, long daysWithout, int allowedDays) {
}
