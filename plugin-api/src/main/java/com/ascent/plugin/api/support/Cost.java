package com.ascent.plugin.api.support;

import java.math.BigDecimal;

/**
 * Planned and actual cost of a set of assignments.
 *
 * @param planned the sum of planned costs of assignments that are not dropped
 * @param actual  the sum of actual costs recorded so far (dropped assignments included: a late
 *                cancellation may still cost)
 */
public record Cost(BigDecimal planned, BigDecimal actual) {

    /** No cost at all. */
    public static final Cost NONE = new Cost(BigDecimal.ZERO, BigDecimal.ZERO);

    /** This cost and {@code other} together. */
    public Cost plus(Cost other) {
        return new Cost(planned.add(other.planned), actual.add(other.actual));
    }
}
