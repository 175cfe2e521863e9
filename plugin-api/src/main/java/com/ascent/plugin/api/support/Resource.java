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
                       @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String location,
                       @Nullable Integer capacity, BigDecimal costPerParticipant, List<String> capabilities,
                       int enrolled) {

    public Resource {
        capabilities = List.copyOf(capabilities);
    }

    /** Places still free; {@code null} when the resource has no capacity limit. */
    public @Nullable Integer freePlaces() {
        return capacity == null ? null : Math.max(0, capacity - enrolled);
    }

    /** The editable part of this resource. */
    public ResourceDraft draft() {
        return new ResourceDraft(type, title, provider, link, language, format, duration, startsOn, endsOn, location,
                capacity, costPerParticipant, capabilities);
    }
}
