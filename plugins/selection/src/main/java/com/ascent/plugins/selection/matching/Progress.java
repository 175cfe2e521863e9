package com.ascent.plugins.selection.matching;

/** Hears how far a long matching run is, as a fraction from 0 to 1. */
@FunctionalInterface
public interface Progress {

    /** Ignores progress. */
    Progress NONE = fraction -> {
    };

    void report(double fraction);
}
