package com.ascent.app.people;

/** An import was refused because the file has problems; nothing was stored. */
public class ImportRejectedException extends RuntimeException {

    private final ImportCheck check;

    ImportRejectedException(ImportCheck check) {
        super("The file has " + check.problemCount() + " problems");
        this.check = check;
    }

    /** The problems, line by line. */
    public ImportCheck check() {
        return check;
    }
}
