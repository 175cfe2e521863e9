package com.ascent.plugin.api.calendar;

/** Who takes part in a progress review. */
public enum Attendee {
    HIPO, MENTOR, COACH, MANAGER, HR
}
