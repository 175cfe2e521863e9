package com.ascent.app.organizationdata;

/** Told how far an export has come: {@code done} of {@code total} parts (tables and documents). */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> { };

    void reached(int done, int total);
}
