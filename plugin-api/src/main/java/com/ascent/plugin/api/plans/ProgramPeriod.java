package com.ascent.plugin.api.plans;

import java.time.LocalDate;

/**
 * The days goals and activities of a development plan must fall within.
 *
 * <p>Once the Framework step has saved the program's structure, these are its start and end dates.
 * Until then Ascent assumes the program runs {@value #ASSUMED_MONTHS} months from the start date
 * given when the program was created, the usual length of a HiPo program, and says so with
 * {@code assumed}: a step should tell the user that the end date follows once the framework is set.
 *
 * @param starts  the program's first day
 * @param ends    the program's last day, inclusive
 * @param assumed true while the framework has not set the dates
 */
public record ProgramPeriod(LocalDate starts, LocalDate ends, boolean assumed) {

    /** How long a program is assumed to run, in months, until its framework sets the dates. */
    public static final int ASSUMED_MONTHS = 12;

    /** Whether {@code day} lies within the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(starts) && !day.isAfter(ends);
    }
}
