package com.ascent.app.calendar;

import com.ascent.plugin.api.InvalidInputException;
import java.util.List;

/**
 * A move of one event was refused ({@code movedTo}): nothing was stored. The message is a key of
 * the {@code calendar} bundle, {@link #arguments()} its arguments (e.g. the person who already has
 * another event then), for the caller to show in the user's language.
 */
public class MoveRefusedException extends InvalidInputException {

    private final List<Object> arguments;

    MoveRefusedException(String key, Object... arguments) {
        super("movedTo", key);
        this.arguments = List.of(arguments);
    }

    public List<Object> arguments() {
        return arguments;
    }
}
