package com.ascent.plugin.api.calendar;

/** Program-wide events that every pair shares. */
public enum Milestone {
    /** On the start date (or the next working day). */
    KICK_OFF,
    /** Halfway between start and end. */
    MID_POINT,
    /** On the end date (or the working day before). */
    CLOSING
}
