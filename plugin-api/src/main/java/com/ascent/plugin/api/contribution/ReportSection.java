package com.ascent.plugin.api.contribution;

import java.util.List;

/**
 * A section a step adds to the program report: a heading, paragraphs and, if it has one, a table.
 * The host puts it into the PDF (after its own sections, under the step's title) and into the XLSX
 * workbook (a sheet of its own). Texts are plain, in the user's language; the host escapes them.
 *
 * @param title      the section's heading
 * @param paragraphs its text, one paragraph per entry
 * @param columns    the table's column headings; empty for a section without a table
 * @param rows       the table's rows, each with one cell per column
 * @since 1.5.0
 */
public record ReportSection(String title, List<String> paragraphs, List<String> columns, List<List<String>> rows) {

    public ReportSection {
        paragraphs = List.copyOf(paragraphs);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("Each row of \"" + title + "\" needs " + columns.size() + " cells");
            }
        }
    }

    /** A section of text only. */
    public static ReportSection text(String title, String... paragraphs) {
        return new ReportSection(title, List.of(paragraphs), List.of(), List.of());
    }

    /** A section with a table, after optional paragraphs. */
    public static ReportSection table(String title, List<String> paragraphs, List<String> columns,
                                      List<List<String>> rows) {
        return new ReportSection(title, paragraphs, columns, rows);
    }
}
