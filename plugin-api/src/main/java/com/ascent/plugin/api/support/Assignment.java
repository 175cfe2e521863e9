package com.ascent.plugin.api.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A resource assigned to one HiPo of the program.
 *
 * @param id            its id
 * @param version       optimistic-locking version
 * @param resourceId    the catalogue entry
 * @param resourceTitle the catalogue entry's title
 * @param resourceType  the catalogue entry's type
 * @param startsOn      the resource's first day, for dated resources (what a calendar shows)
 * @param endsOn        the resource's last day, for dated resources
 * @param hipoMemberId  the HiPo's roster member id
 * @param goalId        the development plan goal it serves, if any
 * @param status        where the HiPo stands
 * @param completedOn   when the HiPo completed it
 * @param rating        the HiPo's rating of its usefulness, 1 (not useful) to 5 (very useful)
 * @param plannedCost   the cost per participant when it was assigned
 * @param actualCost    what was really paid, once known
 */
public record Assignment(UUID id, long version, UUID resourceId, String resourceTitle, ResourceType resourceType,
                         @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, UUID hipoMemberId,
                         @Nullable UUID goalId, AssignmentStatus status, @Nullable LocalDate completedOn,
                         @Nullable Integer rating, BigDecimal plannedCost, @Nullable BigDecimal actualCost) {

    /** The tracking part of this assignment, to change with {@link SupportService#track}. */
    public Tracking tracking() {
        return new Tracking(status, completedOn, rating, actualCost);
    }
}
