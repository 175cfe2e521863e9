package com.ascent.plugin.api;

import java.util.Objects;

/**
 * Where a step appears in the wizard: filling one of the six slots, or as an extra step
 * placed directly before or after a slot.
 *
 * @param slot     the slot this step fills or is placed next to
 * @param position whether the step fills the slot or sits before or after it
 */
public record StepPlacement(StepSlot slot, Position position) {

    /** How a step relates to its slot. */
    public enum Position {
        /** The step is the slot's implementation; an organization binds one plugin per slot. */
        FILLS,
        /** An extra step shown just before the slot. */
        BEFORE,
        /** An extra step shown just after the slot. */
        AFTER
    }

    public StepPlacement {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(position, "position");
    }

    /** A step that fills {@code slot}. */
    public static StepPlacement fills(StepSlot slot) {
        return new StepPlacement(slot, Position.FILLS);
    }

    /** An extra step shown just before {@code slot}. */
    public static StepPlacement before(StepSlot slot) {
        return new StepPlacement(slot, Position.BEFORE);
    }

    /** An extra step shown just after {@code slot}. */
    public static StepPlacement after(StepSlot slot) {
        return new StepPlacement(slot, Position.AFTER);
    }

    /** True when this step fills its slot rather than being an extra step. */
    public boolean fillsSlot() {
        return position == Position.FILLS;
    }
}
