package com.ascent.plugin.api.measurement;

/**
 * When a 360 feedback round is asked: before the program's work starts or after it.
 *
 * @since 1.5.0
 */
public enum FeedbackPhase {
    BEFORE,
    AFTER
}
