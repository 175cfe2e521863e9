package com.ascent.app.people;

import java.util.List;

/**
 * The start of an uploaded CSV file: its header row, its first rows and the column mapping
 * guessed from the headers.
 */
public record CsvPreview(List<String> headers, List<List<String>> firstRows, ColumnMapping suggestedMapping) {

    public CsvPreview {
        headers = List.copyOf(headers);
        firstRows = firstRows.stream().map(List::copyOf).toList();
    }
}
