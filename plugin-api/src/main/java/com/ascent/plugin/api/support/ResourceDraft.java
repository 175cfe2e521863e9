package com.ascent.plugin.api.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The editable part of a catalogue entry.
 *
 * @param type               what kind of resource it is
 * @param title              its title, e.g. "Strategic sales leadership"
 * @param provider           who offers it, e.g. a business school or "Internal" (may be empty)
 * @param link               where to learn more or enrol, if known
 * @param language           the language it is held in, e.g. English
 * @param format             how it is delivered, e.g. online, in person, blended
 * @param duration           how long it takes when it has no dates, e.g. "6 weeks, 3 hours a week"
 * @param startsOn           its first day, for dated resources
 * @param endsOn             its last day, not before {@code startsOn}
 * @param location           where it takes place, for events in person
 * @param capacity           how many participants it takes (at least 1); {@code null} when unlimited
 * @param costPerParticipant what one participant costs, in the organization's currency; not negative
 * @param capabilities       the capabilities it develops (names, as in the capability library)
 */
public record ResourceDraft(ResourceType type, String title, String provider, @Nullable String link,
                            @Nullable String language, @Nullable String format, @Nullable String duration,
                            @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String location,
                            @Nullable Integer capacity, BigDecimal costPerParticipant, List<String> capabilities) {

    public ResourceDraft {
        capabilities = List.copyOf(capabilities);
    }
}
