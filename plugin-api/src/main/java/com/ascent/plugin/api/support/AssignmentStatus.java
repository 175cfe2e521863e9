package com.ascent.plugin.api.support;

/** Where a HiPo stands with an assigned resource. */
public enum AssignmentStatus {
    /** Suggested to the HiPo, not yet booked. */
    PROPOSED,
    /** A place is booked. */
    ENROLLED,
    /** The HiPo has started. */
    IN_PROGRESS,
    /** The HiPo has finished; a completion date is recorded. */
    COMPLETED,
    /** The HiPo will not take part; the place is freed. */
    DROPPED
}
