package com.ascent.plugin.api.calendar;

/** What became of a planned event. Measurement compares held sessions with planned ones. */
public enum EventStatus {
    PLANNED, HELD, MOVED, CANCELLED
}
