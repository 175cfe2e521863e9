package com.ascent.plugin.api.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the organization's resource catalogue; the fields are described at {@link ResourceDraft}.
 *
 * @param id       its id
 * @param version  optimistic-locking version
 * @param enrolled how many participants hold a place (assignments that are not dropped, all programs)
 */
public record Resource(UUID id, long version, ResourceType type, String title, String provider, @Nullable String link,
                       @Nullable String language, @Nullable String format, @Nullable String duration,
                       @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, List<LocalDate> repeatsOn,
                       @Nullable String location, @Nullable Integer capacity, BigDecimal costPerParticipant,
                       List<String> capabilities, int enrolled) {

    public Resource {
        repeatsOn = repeatsOn.stream().distinct().sorted().toList();
        capabilities = List.copyOf(capabilities);
    }

    /** A resource held once, or not on dates at all (the form of plugin API 1.1). */
    public Resource(UUID id, long version, ResourceType type, String title, String provider, @Nullable String link,
                    @Nullable String language, @Nullable String format, @Nullable String duration,
                    @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String location,
                    @Nullable Integer capacity, BigDecimal costPerParticipant, List<String> capabilities,
                    int enrolled) {
        this(id, version, type, title, provider, link, language, format, duration, startsOn, endsOn, List.of(),
                location, capacity, costPerParticipant, capabilities, enrolled);
    }

    /** Places still free; {@code null} when the resource has no capacity limit. */
    public @Nullable Integer freePlaces() {
        return capacity == null ? null : Math.max(0, capacity - enrolled);
    }

    /**
     * Every time the resource takes place, first to last; empty when it has no start date.
     *
     * @since 1.2.0
     */
    public List<Occurrence> occurrences() {
        return Occurrence.of(startsOn, endsOn, repeatsOn);
    }

    /** The editable part of this resource. */
    public ResourceDraft draft() {
        return new ResourceDraft(type, title, provider, link, language, format, duration, startsOn, endsOn, repeatsOn,
                location, capacity, costPerParticipant, capabilities);
    }
}
