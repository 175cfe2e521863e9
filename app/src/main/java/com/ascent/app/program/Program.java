package com.ascent.app.program;

import com.ascent.plugin.api.model.ProgramInfo;
import com.ascent.plugin.api.model.ProgramState;
import java.time.LocalDate;
import java.util.UUID;

/** A program as the host keeps it; it runs from {@code startDate} to {@code endDate}, both included. */
public record Program(UUID id, long version, String name, String description, LocalDate startDate, String ownerName,
                      ProgramState state, LocalDate endDate) {

    /** What plugins see of it. */
    public ProgramInfo info() {
        return new ProgramInfo(id, name, description, startDate, ownerName, state, endDate);
    }
}
