/**
 * The canonical program framework and calendar: structure, charter, meeting templates, generated
 * sessions, reviews and milestones, their outcome and action items, and iCalendar exports.
 */
@NullMarked
package com.ascent.app.calendar;

import org.jspecify.annotations.NullMarked;
