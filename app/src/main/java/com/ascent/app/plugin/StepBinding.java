package com.ascent.app.plugin;

import com.ascent.plugin.api.StepPlacement;

/** A stored choice: {@code stepId} fills its slot, or is an extra step switched on or off. */
record StepBinding(String stepId, StepPlacement placement, boolean enabled) {
}
