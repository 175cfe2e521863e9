package com.ascent.app.people;

import java.util.List;

/**
 * The outcome of checking a CSV file against the directory: how many rows it has, how many of
 * them add people and how many change people already there, and every problem that stops it from
 * being imported (at most {@link #MAX_LISTED_PROBLEMS} are listed; {@code problemCount} counts all).
 */
public record ImportCheck(int rows, int newPeople, int updatedPeople, List<ImportProblem> problems, int problemCount) {

    /** How many problems a check lists; a file with more has a systematic fault the first ones reveal. */
    public static final int MAX_LISTED_PROBLEMS = 200;

    public ImportCheck {
        problems = List.copyOf(problems);
    }

    /** Whether the file can be imported as it is. */
    public boolean importable() {
        return problemCount == 0 && rows > 0;
    }
}
