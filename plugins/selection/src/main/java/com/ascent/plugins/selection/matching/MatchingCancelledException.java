package com.ascent.plugins.selection.matching;

/** A matching run was stopped before it finished, e.g. because the user left the screen. */
public class MatchingCancelledException extends RuntimeException {

    public MatchingCancelledException() {
        super("Matching was cancelled");
    }
}
