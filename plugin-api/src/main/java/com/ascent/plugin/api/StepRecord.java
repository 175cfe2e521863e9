package com.ascent.plugin.api;

import java.time.Instant;

/**
 * One record a step keeps for a program (see {@link StepRecords}).
 *
 * @param key       the key the step chose
 * @param value     the text stored
 * @param version   optimistic-locking version, to pass to the next write
 * @param updatedBy the name of the user who wrote it last
 * @param updatedAt when it was written last
 * @since 1.2.0
 */
public record StepRecord(String key, String value, long version, String updatedBy, Instant updatedAt) {
}
