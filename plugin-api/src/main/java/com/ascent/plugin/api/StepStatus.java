package com.ascent.plugin.api;

import java.util.List;

/**
 * Whether a step's work is done for a program, and if not, what is missing.
 *
 * <p>Each entry of {@code missing} is a full sentence in the user's language that says what to
 * do, e.g. "Objective “Strategic thinking” has no success indicator with a target." The wizard
 * shows them in the stepper and on the review page; a program can only be launched when every
 * required step is complete.
 *
 * @param complete true when nothing is missing
 * @param missing  what is missing, empty when complete
 */
public record StepStatus(boolean complete, List<String> missing) {

    public StepStatus {
        missing = List.copyOf(missing);
        if (complete && !missing.isEmpty()) {
            throw new IllegalArgumentException("A complete step cannot list missing work");
        }
        if (!complete && missing.isEmpty()) {
            throw new IllegalArgumentException("An incomplete step must say what is missing");
        }
    }

    /** The step's work is done. */
    public static StepStatus done() {
        return new StepStatus(true, List.of());
    }

    /** The step is not done; {@code missing} says what the user still has to do. */
    public static StepStatus incomplete(List<String> missing) {
        return new StepStatus(false, missing);
    }

    /** Complete when {@code missing} is empty, otherwise incomplete with those messages. */
    public static StepStatus of(List<String> missing) {
        return missing.isEmpty() ? done() : incomplete(missing);
    }
}
