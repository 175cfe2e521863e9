package com.ascent.plugin.api.support;

/**
 * One thing wrong in an imported file.
 *
 * @param line    the line of the file, counting the header as line 1
 * @param field   the column at fault, as named in the header (empty for a problem of the whole line)
 * @param message what is wrong, in the user's language
 */
public record ImportProblem(int line, String field, String message) {
}
