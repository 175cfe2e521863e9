package com.ascent.plugin.api.calendar;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What happened to an event. A moved event needs its new start ({@code movedTo}); it keeps its
 * length. The host refuses a move without a new start ({@code movedTo}).
 *
 * @param status  the new status
 * @param movedTo the new start of a moved event, otherwise {@code null}
 * @param notes   notes on the meeting (may be empty)
 */
public record EventOutcome(EventStatus status, @Nullable Instant movedTo, String notes) {
}
