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
 * @param endDate     its last day, included (since 1.4.0): every date a step proposes lies in
 *                    {@code [startDate, endDate]}, see {@link #within(LocalDate)}
 */
public record ProgramInfo(UUID id, String name, String description, LocalDate startDate, String ownerName,
                          ProgramState state, LocalDate endDate) {

    /** A program of plugin API 1.3 and before, which ran for twelve months. */
    public ProgramInfo(UUID id, String name, String description, LocalDate startDate, String ownerName,
                       ProgramState state) {
        this(id, name, description, startDate, ownerName, state, startDate.plusMonths(12).minusDays(1));
    }

    /**
     * {@code date} moved into the program's period: the first day for an earlier date, the last day
     * for a later one, else the date itself. Steps use it for the dates they propose.
     *
     * @since 1.4.0
     */
    public LocalDate within(LocalDate date) {
        return date.isBefore(startDate) ? startDate : date.isAfter(endDate) ? endDate : date;
    }
}
