package com.ascent.app.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Whole days from {@code from} to {@code to}, both included, as a reader picks them; either end may
 * be open. The days are the organization's: they start at midnight of its time zone.
 */
public record DayRange(@Nullable LocalDate from, @Nullable LocalDate to) {

    /** Every day. */
    public static final DayRange ALL = new DayRange(null, null);

    /** The first moment in the range, or {@code null} when it has no start. */
    public @Nullable Instant start(ZoneId zone) {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the range, or {@code null} when it has no end. */
    public @Nullable Instant endExclusive(ZoneId zone) {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
