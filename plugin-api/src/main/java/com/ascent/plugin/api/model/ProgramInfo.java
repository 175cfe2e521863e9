package com.ascent.plugin.api.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A coaching and mentoring program.
 *
 * @param id          the program's id
 * @param name        its name, e.g. "Future general managers 2027"
 * @param description what the program is for
 * @param startDate   when it starts
 * @param ownerName   the HR person responsible for it
 * @param state       draft, running or archived
 */
public record ProgramInfo(UUID id, String name, String description, LocalDate startDate, String ownerName,
                          ProgramState state) {
}
