package com.ascent.app.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why one line of a CSV file cannot be imported.
 *
 * @param line       the line number in the file, as a text editor counts them (the header is line 1)
 * @param field      the field at fault; {@code null} when the problem is the file as a whole
 * @param messageKey translation key of the message, with {@code arguments} filling its placeholders
 */
public record ImportProblem(long line, @Nullable PersonField field, String messageKey, List<String> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem of(long line, @Nullable PersonField field, String messageKey, String... arguments) {
        return new ImportProblem(line, field, messageKey, List.of(arguments));
    }
}
