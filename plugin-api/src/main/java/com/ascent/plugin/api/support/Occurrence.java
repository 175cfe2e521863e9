package com.ascent.plugin.api.support;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One time a dated resource takes place, e.g. the second of four quarterly conferences.
 *
 * @param startsOn its first day
 * @param endsOn   its last day (the same as {@code startsOn} for a one-day event)
 * @since 1.2.0
 */
public record Occurrence(LocalDate startsOn, LocalDate endsOn) {

    /**
     * The times of a resource that starts on {@code startsOn} (ending on {@code endsOn}, or the same
     * day) and again on each of {@code repeatsOn}, each as long as the first.
     */
    static List<Occurrence> of(@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, List<LocalDate> repeatsOn) {
        if (startsOn == null) {
            return List.of();
        }
        long extraDays = endsOn == null || endsOn.isBefore(startsOn) ? 0 : ChronoUnit.DAYS.between(startsOn, endsOn);
        List<Occurrence> times = new ArrayList<>();
        times.add(new Occurrence(startsOn, startsOn.plusDays(extraDays)));
        repeatsOn.forEach(day -> times.add(new Occurrence(day, day.plusDays(extraDays))));
        return List.copyOf(times);
    }
}
