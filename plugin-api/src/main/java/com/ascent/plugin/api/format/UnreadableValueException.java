package com.ascent.plugin.api.format;

/**
 * What the user typed cannot be read as they surely meant it (malformed or ambiguous in their
 * format locale). The message, in the user's language, says so with an example of the expected
 * form, e.g. "Enter an amount like 1,500.50."; nothing was guessed.
 */
public class UnreadableValueException extends RuntimeException {

    private final ValueKind kind;

    public UnreadableValueException(ValueKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** What kind of value was expected. */
    public ValueKind kind() {
        return kind;
    }
}
