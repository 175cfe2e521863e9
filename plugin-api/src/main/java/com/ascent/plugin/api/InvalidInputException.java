package com.ascent.plugin.api;

/**
 * A write was refused because a value breaks one of the host's rules. {@link #field()} names the
 * record component at fault (e.g. {@code target}) so a view can show the message at that field;
 * nothing was stored.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the offending record component. */
    public String field() {
        return field;
    }
}
