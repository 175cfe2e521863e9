/**
 * The program framework and calendar: how long the program runs, how often pairs meet, when
 * progress is reviewed, what each meeting covers, and the dated sessions, reviews and milestones
 * generated from it, with their outcome, notes and action items.
 *
 * <p>The host generates the calendar from the {@link com.ascent.plugin.api.calendar.ProgramFramework}
 * and the program's confirmed pairs. Its rules, which every step and report can rely on:
 * <ul>
 *   <li>sessions and reviews fall on working days only: weekends and the organization's listed
 *       holidays are skipped by moving to the next working day; a monthly meeting that would leave
 *       its month that way (a session on the 31st) moves to the previous working day instead;</li>
 *   <li>monthly cadences count from the start date, so a program starting on the 31st meets on the
 *       last day of shorter months and on the 31st again afterwards;</li>
 *   <li>meeting times are wall-clock times in the framework's time zone, so a 10:00 session stays
 *       at 10:00 across daylight-saving changes;</li>
 *   <li>the first session of each kind is one cadence after the kick-off; progress reviews are per
 *       HiPo, held with their mentoring pair (or coaching pair if they have no mentor);</li>
 *   <li>generating again replaces only events nobody has touched: events that were held, moved or
 *       cancelled, or carry notes or action items, stay as they are, and no duplicate of them is
 *       generated.</li>
 * </ul>
 */
@NullMarked
package com.ascent.plugin.api.calendar;

import org.jspecify.annotations.NullMarked;
