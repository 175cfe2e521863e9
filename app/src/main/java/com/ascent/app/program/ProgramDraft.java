package com.ascent.app.program;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the user enters to create or edit a program: its period runs from {@code startDate} to
 * {@code endDate}, both included, at most {@value #MAX_MONTHS} months.
 */
public record ProgramDraft(String name, String description, @Nullable LocalDate startDate, String ownerName,
                           @Nullable LocalDate endDate) {

    /** The longest period of a program, as of its framework. */
    public static final int MAX_MONTHS = 36;

    /** A program of twelve months from {@code startDate}, the length the structure templates propose first. */
    public ProgramDraft(String name, String description, @Nullable LocalDate startDate, String ownerName) {
        this(name, description, startDate, ownerName, startDate == null ? null : lastDay(startDate, 12));
    }

    /** The last day of a period of {@code months} months from {@code startDate}. */
    public static LocalDate lastDay(LocalDate startDate, int months) {
        return startDate.plusMonths(months).minusDays(1);
    }
}
