package com.ascent.plugin.api.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How an assignment is going.
 *
 * @param status      where the HiPo stands
 * @param completedOn when the HiPo completed it; required for {@link AssignmentStatus#COMPLETED},
 *                    empty otherwise
 * @param rating      the HiPo's rating of its usefulness, 1 to 5, if given
 * @param actualCost  what was really paid, if known; not negative
 */
public record Tracking(AssignmentStatus status, @Nullable LocalDate completedOn, @Nullable Integer rating,
                       @Nullable BigDecimal actualCost) {
}
