package com.ascent.plugin.api.calendar;

import java.time.Instant;
import java.util.UUID;

/**
 * A one-off meeting HR adds for a pair, outside the series the structure generates.
 *
 * @param pairId   the pair that meets
 * @param title    what the meeting is called
 * @param startsAt when it starts
 * @param minutes  how long it lasts
 * @param reason   why it is added, sent with the calendar entry (may be empty)
 * @since 1.4.0
 */
public record MeetingDraft(UUID pairId, String title, Instant startsAt, int minutes, String reason) {
}
