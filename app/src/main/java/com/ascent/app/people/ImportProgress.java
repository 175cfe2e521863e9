package com.ascent.app.people;

/** Told how far a check or an import of a CSV file has come, from the thread doing the work. */
@FunctionalInterface
public interface ImportProgress {

    /** Nobody is watching. */
    ImportProgress NONE = (stage, done, total) -> {
    };

    /** What the work is doing now. */
    enum Stage {
        /** Reading and checking the rows. */
        CHECKING,
        /** Writing the rows to the directory. */
        SAVING
    }

    /** {@code done} of {@code total} rows are through {@code stage}. */
    void update(Stage stage, int done, int total);
}
