package com.ascent.plugin.api.roster;

/** Whether a pair is still a proposal or has gone live. */
public enum PairStatus {
    /** Suggested by matching or by hand; HR has not confirmed it yet. Later steps ignore it. */
    PROPOSED,
    /** Reviewed and confirmed by HR: one of the program's pairs. */
    CONFIRMED
}
