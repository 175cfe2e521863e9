package com.ascent.app.organization;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When the organization works: the days of its working week and the hours of a working day,
 * wall-clock times in the time zone meetings are planned in. Meetings are scheduled only then.
 *
 * @param days  the working days of the week, at least one
 * @param start when a working day begins
 * @param end   when a working day ends, after {@code start} on the same day
 */
public record WorkingWeek(Set<DayOfWeek> days, LocalTime start, LocalTime end) {

    /** Monday to Friday, 09:00 to 17:00: what a new organization starts with. */
    public static final WorkingWeek DEFAULT = new WorkingWeek(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));

    public WorkingWeek {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("A working week has at least one working day");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A working day ends after it begins");
        }
        days = Set.copyOf(days);
    }

    /** How long a working day is. */
    public Duration length() {
        return Duration.between(start, end);
    }
}
