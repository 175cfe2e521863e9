package com.ascent.app.files;

import java.util.List;

/**
 * An uploaded file is refused before anything in it is used: it is not text at all (line 0), or a
 * line cannot be read in the encoding found or chosen (another encoding may read it). The message is a translation key of the {@code files}
 * bundle, filled with {@link #arguments()}.
 */
public class UnreadableFileException extends RuntimeException {

    private final long line;
    private final List<Object> arguments;

    /**
     * @param messageKey translation key of the message
     * @param line       the line at fault, as a text editor counts them; 0 when the file as a whole is at fault
     * @param arguments  values for the message's placeholders
     */
    UnreadableFileException(String messageKey, long line, Object... arguments) {
        super(messageKey);
        this.line = line;
        this.arguments = List.of(arguments);
    }

    /** The line at fault; 0 when the file as a whole is. */
    public long line() {
        return line;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
