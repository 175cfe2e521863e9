package com.ascent.plugin.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One record a step keeps for a program (see {@link StepRecords}).
 *
 * @param key        the key the step chose
 * @param value      the text stored
 * @param version    optimistic-locking version, to pass to the next write
 * @param updatedBy  the name of the user who wrote it last
 * @param updatedAt  when it was written last
 * @param attachment the roster member, person or pair the record is about, {@code null} when it is
 *                   about the program or its attachment went (since 1.5.0)
 * @param orphanedAt when its attachment went, for a record its step keeps flagged
 *                   ({@link WhenAttachedRemoved#FLAG}), else {@code null} (since 1.5.0)
 * @since 1.2.0
 */
public record StepRecord(String key, String value, long version, String updatedBy, Instant updatedAt,
                         @Nullable StepAttachment attachment, @Nullable Instant orphanedAt) {

    /** A record about the program, attached to nothing. */
    public StepRecord(String key, String value, long version, String updatedBy, Instant updatedAt) {
        this(key, value, version, updatedBy, updatedAt, null, null);
    }

    /**
     * Whether the thing this record was attached to went and the record stays flagged.
     *
     * @since 1.5.0
     */
    public boolean orphaned() {
        return orphanedAt != null;
    }
}
