package com.ascent.app.organizationdata;

/** What an export holds: how many tables (CSV files), rows in all, and PDF documents. */
public record ExportSummary(int tables, long rows, int documents) {
}
