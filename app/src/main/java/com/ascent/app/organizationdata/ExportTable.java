package com.ascent.app.organizationdata;

import java.util.List;
import java.util.Set;

/**
 * A table as the export reads it: its name, the columns the application's role may read (in the
 * table's order), its primary key, which orders the rows, and which of the columns hold moments
 * in time ({@code timestamptz}, written in UTC).
 */
record ExportTable(String name, List<String> columns, List<String> key, Set<String> moments) {
}
