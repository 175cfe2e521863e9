package com.ascent.plugin.api.measurement;

/** When a value was taken: before the program or after it. */
public enum Phase {
    BASELINE,
    FOLLOW_UP
}
