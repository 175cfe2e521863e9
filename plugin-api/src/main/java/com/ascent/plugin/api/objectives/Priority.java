package com.ascent.plugin.api.objectives;

/** How important an objective is relative to the program's others. */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
