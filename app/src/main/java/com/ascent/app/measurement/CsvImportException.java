package com.ascent.app.measurement;

import com.ascent.plugin.api.InvalidInputException;
import java.util.List;

/**
 * A CSV import was refused: nothing was stored. {@link #problems()} says what is wrong on which
 * line, as translation keys with arguments, for the caller to show in the user's language.
 */
public class CsvImportException extends InvalidInputException {

    /** What is wrong on one line: {@code key} of the {@code measurement} bundle with {@code arguments}. */
    public record Problem(long line, String key, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    private final List<Problem> problems;

    CsvImportException(List<Problem> problems) {
        super("csv", "measurement.error.importRejected");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
