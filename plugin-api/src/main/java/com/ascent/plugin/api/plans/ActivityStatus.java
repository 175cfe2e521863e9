package com.ascent.plugin.api.plans;

/** Where a development activity stands. */
public enum ActivityStatus {
    /** Agreed, not started. */
    PLANNED,
    /** Under way. */
    IN_PROGRESS,
    /** Finished. */
    DONE,
    /** Given up, for example because the project was cancelled. */
    DROPPED
}
