package com.ascent.plugin.api.contribution;

/**
 * A finding a step adds to Review &amp; launch, in words a user understands. A problem keeps the
 * program from launching, like an incomplete required step; a warning is shown and launching is
 * still possible.
 *
 * @param severity problem or warning
 * @param message  what is wrong and what to do, in the user's language
 * @since 1.5.0
 */
public record ReviewCheck(Severity severity, String message) {

    /** How much a finding weighs. */
    public enum Severity {
        /** Keeps the program from launching. */
        PROBLEM,
        /** Shown; the program may launch. */
        WARNING
    }

    public ReviewCheck {
        if (message.isBlank()) {
            throw new IllegalArgumentException("A review check needs a message");
        }
    }

    /** A finding that keeps the program from launching. */
    public static ReviewCheck problem(String message) {
        return new ReviewCheck(Severity.PROBLEM, message);
    }

    /** A finding shown on Review &amp; launch that does not keep the program from launching. */
    public static ReviewCheck warning(String message) {
        return new ReviewCheck(Severity.WARNING, message);
    }
}
