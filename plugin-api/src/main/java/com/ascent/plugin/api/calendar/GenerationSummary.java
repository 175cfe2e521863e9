package com.ascent.plugin.api.calendar;

/**
 * What generating the calendar did.
 *
 * @param created     events added
 * @param kept        events kept because they were held, moved, cancelled or carry notes or action items
 * @param removed     untouched events replaced
 * @param unscheduled of the events added, those for which no time fits without a clash (see
 *                    {@link SchedulingProblem}; since 1.4.0)
 */
public record GenerationSummary(int created, int kept, int removed, int unscheduled) {

    /** A generation in which every event found its time (the form of plugin API 1.2). */
    public GenerationSummary(int created, int kept, int removed) {
        this(created, kept, removed, 0);
    }
}
