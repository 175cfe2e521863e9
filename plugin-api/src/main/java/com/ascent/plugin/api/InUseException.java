package com.ascent.plugin.api;

/**
 * A removal was refused because other parts of Ascent still rely on the record, for example
 * because the Measurement step records values against a success indicator or development-plan
 * goals are linked to an objective. Removing it would silently cut those links and lose the
 * program's history, so nothing was removed. The message, in the user's language, says what to
 * do instead; show it as it is.
 *
 * @since 1.1.0
 */
public class InUseException extends RuntimeException {

    public InUseException(String message) {
        super(message);
    }
}
