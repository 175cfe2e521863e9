package com.ascent.plugin.api.support;

import java.util.List;

/**
 * A catalogue import was refused: nothing was stored. {@link #problems()} lists every bad line
 * and field so the user can fix the file in one go.
 */
public class CatalogueImportException extends RuntimeException {

    private final List<ImportProblem> problems;

    public CatalogueImportException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in the imported catalogue");
        this.problems = List.copyOf(problems);
    }

    /** The problems, in line order. */
    public List<ImportProblem> problems() {
        return problems;
    }
}
