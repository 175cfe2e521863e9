package com.ascent.plugin.api.measurement;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How the pairs kept to the program's calendar (step 3): its mentoring and coaching sessions, held
 * against planned. A cancelled session was planned and not held; a moved one is still to be held.
 *
 * @param planned     every session in the calendar
 * @param held        sessions marked as held
 * @param cancelled   sessions marked as cancelled
 * @param heldPercent {@code held / planned × 100}, rounded to a whole percent; {@code null} while the
 *                    calendar has no sessions
 * @since 1.2.0
 */
public record Participation(int planned, int held, int cancelled, @Nullable BigDecimal heldPercent) {

    /** Sessions neither held nor cancelled yet (planned or moved). */
    public int open() {
        return planned - held - cancelled;
    }
}
