package com.ascent.app.organizationdata;

import java.util.List;

/**
 * A table as the export reads it: its name, the columns the application's role may read (in the
 * table's order) and its primary key, which orders the rows.
 */
record ExportTable(String name, List<String> columns, List<String> key) {
}
