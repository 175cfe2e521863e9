package com.ascent.plugin.api.calendar;

/** What a calendar event is. */
public enum EventKind {
    /** A mentoring or coaching session of one pair. */
    SESSION,
    /** A progress review of one HiPo. */
    REVIEW,
    /** A program-wide milestone (kick-off, mid-point, closing). */
    MILESTONE,
    /**
     * Anything else dated that is kept in the calendar. The dated resources of the Support step are
     * listed apart, by {@link CalendarService#resourceDates()}.
     */
    EVENT
}
