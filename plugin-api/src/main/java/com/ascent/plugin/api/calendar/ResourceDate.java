package com.ascent.plugin.api.calendar;

import com.ascent.plugin.api.support.ResourceType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One time a dated learning resource of the Support step takes place for the program, e.g. a
 * webinar, a networking event, a workshop or one of the quarterly sales conferences: what the
 * program calendar shows next to its sessions and reviews. It is changed in the Support step, not
 * here. Resources held several times give one entry per time.
 *
 * @param resourceId    the catalogue entry
 * @param title         the resource's title
 * @param type          what kind of resource it is
 * @param startsOn      the first day of this time
 * @param endsOn        the last day of this time (the same as {@code startsOn} for one day)
 * @param location      where it takes place, if known
 * @param occurrence    which time this is, 1 for the first
 * @param occurrences   how many times the resource takes place in all
 * @param hipoMemberIds the program's HiPos who hold a place (roster member ids), at least one
 * @since 1.2.0
 */
public record ResourceDate(UUID resourceId, String title, ResourceType type, LocalDate startsOn, LocalDate endsOn,
                           @Nullable String location, int occurrence, int occurrences, List<UUID> hipoMemberIds) {

    public ResourceDate {
        hipoMemberIds = List.copyOf(hipoMemberIds);
    }

    /** Whether {@code day} lies within this time, first and last day included. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
