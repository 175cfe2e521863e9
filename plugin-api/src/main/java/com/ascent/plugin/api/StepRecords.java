package com.ascent.plugin.api;

import java.util.List;
import java.util.Optional;

/**
 * A step's own small records for the context's program: text values under keys the step chooses,
 * for what only this step knows, e.g. a sponsor's sign-off or a checklist's ticks. Everything the
 * canonical model has a place for (pairs, objectives, events, plans, ...) belongs there instead,
 * so that other steps and reports see it.
 *
 * <p>Records belong to the step's id and the program: another step, program or organization
 * never sees them, and they stay when an organization switches to another step and back. Writes
 * carry the version the caller read ({@code 0} for a key not stored yet) and are refused with
 * {@link ConcurrentEditException} when someone else wrote the key meanwhile; a key of 1 to
 * {@value #MAX_KEY_LENGTH} characters and a value of at most {@value #MAX_VALUE_LENGTH} characters
 * are accepted, anything else is refused with {@link InvalidInputException}.
 *
 * @since 1.2.0
 */
public interface StepRecords {

    /** The longest key accepted. */
    int MAX_KEY_LENGTH = 100;

    /** The longest value accepted. */
    int MAX_VALUE_LENGTH = 10_000;

    /** The record under {@code key}, if one is stored. */
    Optional<StepRecord> get(String key);

    /** Every record of the step for this program, sorted by key. */
    List<StepRecord> all();

    /**
     * Stores {@code value} under {@code key}, as the signed-in user.
     *
     * @param expectedVersion the version read, {@code 0} when the key is not stored yet
     * @return the record as stored, with its new version
     */
    StepRecord put(String key, long expectedVersion, String value);

    /** Removes the record under {@code key}, unless someone changed it since {@code expectedVersion}. */
    void remove(String key, long expectedVersion);

    /**
     * Stores {@code value} under {@code key} attached to a roster member, person or pair of this
     * program: when that goes, the record is removed or flagged as the step's
     * {@link WizardStep#whenAttachedRemoved()} says. A record written again this way is attached
     * anew (and no longer flagged); {@link #put(String, long, String)} keeps a record's attachment.
     * An attachment of another program or organization is refused with {@link InvalidInputException}.
     *
     * @param expectedVersion the version read, {@code 0} when the key is not stored yet
     * @return the record as stored, with its new version
     * @since 1.5.0
     */
    default StepRecord put(String key, long expectedVersion, String value, StepAttachment attachment) {
        throw new UnsupportedOperationException("This host keeps no attached records");
    }

    /**
     * The records whose attachment went and that the step keeps flagged, sorted by key.
     *
     * @since 1.5.0
     */
    default List<StepRecord> flagged() {
        return all().stream().filter(StepRecord::orphaned).toList();
    }

    /**
     * The records attached to {@code attachment}, sorted by key.
     *
     * @since 1.5.0
     */
    default List<StepRecord> attachedTo(StepAttachment attachment) {
        return all().stream().filter(r -> attachment.equals(r.attachment())).toList();
    }
}
