package com.ascent.plugin.api.calendar;

/** What a calendar event is. */
public enum EventKind {
    /** A mentoring or coaching session of one pair. */
    SESSION,
    /** A progress review of one HiPo. */
    REVIEW,
    /** A program-wide milestone (kick-off, mid-point, closing). */
    MILESTONE,
    /** Anything else dated, e.g. a workshop or a resource another step put into the calendar. */
    EVENT
}
