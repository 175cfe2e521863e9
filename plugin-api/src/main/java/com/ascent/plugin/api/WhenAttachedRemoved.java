package com.ascent.plugin.api;

/**
 * What happens to a step's records attached to a roster member, person or pair when that goes
 * (see {@link WizardStep#whenAttachedRemoved()}).
 *
 * @since 1.5.0
 */
public enum WhenAttachedRemoved {
    /** The records go with it. */
    REMOVE,
    /**
     * The records stay, flagged with the moment their attachment went ({@link StepRecord#orphanedAt()});
     * the step lists them with {@link StepRecords#flagged()} and removes them when it is done with them.
     */
    FLAG
}
