package com.ascent.plugin.api.calendar;

/**
 * What generating the calendar did.
 *
 * @param created events added
 * @param kept    events kept because they were held, moved, cancelled or carry notes or action items
 * @param removed untouched events replaced
 */
public record GenerationSummary(int created, int kept, int removed) {
}
