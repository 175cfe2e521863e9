package com.ascent.app.program;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the user enters to create or edit a program. */
public record ProgramDraft(String name, String description, @Nullable LocalDate startDate, String ownerName) {
}
