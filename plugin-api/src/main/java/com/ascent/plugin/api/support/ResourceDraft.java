package com.ascent.plugin.api.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The editable part of a catalogue entry.
 *
 * <p>A resource held several times, such as a quarterly sales conference, is one entry: its first
 * time is {@code startsOn} to {@code endsOn}, and {@code repeatsOn} lists the days it starts again.
 * Each time lasts as long as the first, and a place holds for every time.
 *
 * @param type               what kind of resource it is
 * @param title              its title, e.g. "Strategic sales leadership"
 * @param provider           who offers it, e.g. a business school or "Internal" (may be empty)
 * @param link               where to learn more or enrol, if known
 * @param language           the language it is held in, e.g. English
 * @param format             how it is delivered, e.g. online, in person, blended
 * @param duration           how long it takes when it has no dates, e.g. "6 weeks, 3 hours a week"
 * @param startsOn           its first day, for dated resources
 * @param endsOn             its last day (of the first time, for a resource held several times), not before
 *                           {@code startsOn}
 * @param repeatsOn          the days it starts again after the first time, e.g. every quarter; each time
 *                           must start after the time before has ended; empty for a resource held once
 *                           (since 1.2.0)
 * @param location           where it takes place, for events in person
 * @param capacity           how many participants it takes (at least 1); {@code null} when unlimited
 * @param costPerParticipant what one participant costs (for all times together), in the organization's
 *                           currency; not negative
 * @param capabilities       the capabilities it develops (names, as in the capability library)
 */
public record ResourceDraft(ResourceType type, String title, String provider, @Nullable String link,
                            @Nullable String language, @Nullable String format, @Nullable String duration,
                            @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, List<LocalDate> repeatsOn,
                            @Nullable String location, @Nullable Integer capacity, BigDecimal costPerParticipant,
                            List<String> capabilities) {

    /** The most days a resource may start again after its first time. */
    public static final int MAX_REPEATS = 52;

    public ResourceDraft {
        repeatsOn = repeatsOn.stream().distinct().sorted().toList();
        capabilities = List.copyOf(capabilities);
    }

    /** A resource held once, or not on dates at all (the form of plugin API 1.1). */
    public ResourceDraft(ResourceType type, String title, String provider, @Nullable String link,
                         @Nullable String language, @Nullable String format, @Nullable String duration,
                         @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String location,
                         @Nullable Integer capacity, BigDecimal costPerParticipant, List<String> capabilities) {
        this(type, title, provider, link, language, format, duration, startsOn, endsOn, List.of(), location, capacity,
                costPerParticipant, capabilities);
    }

    /**
     * Every time the resource takes place, first to last; empty when it has no start date. A time
     * without an end date is one day long.
     *
     * @since 1.2.0
     */
    public List<Occurrence> occurrences() {
        return Occurrence.of(startsOn, endsOn, repeatsOn);
    }
}
