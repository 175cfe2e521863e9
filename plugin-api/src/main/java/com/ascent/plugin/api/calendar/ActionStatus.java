package com.ascent.plugin.api.calendar;

/** Where an action item stands. */
public enum ActionStatus {
    OPEN, DONE, DROPPED
}
