/**
 * The program framework and calendar: how long the program runs, how often pairs meet, when
 * progress is reviewed, what each meeting covers, and the dated sessions, reviews and milestones
 * generated from it, with their outcome, notes and action items.
 *
 * <p>The host generates the calendar from the {@link com.ascent.plugin.api.calendar.ProgramFramework}
 * and the program's confirmed pairs. Its rules, which every step and report can rely on:
 * <ul>
 *   <li>nobody is booked twice: no HiPo, mentor, coach, manager or HR owner has two events at the
 *       same time (cancelled events and unscheduled ones block nobody);</li>
 *   <li>every event lies inside the program's period, on a working day of the organization (its
 *       working week, not a listed holiday) and inside its working hours, wall-clock times in the
 *       framework's time zone, so that a 10:00 session stays at 10:00 across daylight-saving changes;</li>
 *   <li>each event has a nominal day from the structure and may move a few days from it (a session
 *       three days either side, a progress review a week, within its month for monthly meetings; the
 *       kick-off and closing within the program's first and last week); it goes to the day on which
 *       its busiest person has the fewest events, then the day nearest the nominal one, at the
 *       structure's meeting time or the free time nearest it, so that a guide's sessions spread over
 *       the week;</li>
 *   <li>an event for which no such time exists is kept, flagged with its
 *       {@link com.ascent.plugin.api.calendar.SchedulingProblem}, instead of overlapping;</li>
 *   <li>monthly cadences count from the start date, so a program starting on the 31st meets around
 *       the last day of shorter months and around the 31st again afterwards;</li>
 *   <li>the first session of each kind is one cadence after the kick-off; progress reviews are per
 *       HiPo, held with their mentoring pair (or coaching pair if they have no mentor);</li>
 *   <li>generating again replaces only events nobody has touched: events that were held, moved or
 *       cancelled, or carry notes or action items, stay as they are (and keep their time from
 *       everyone else's new events), and no duplicate of them is generated;</li>
 *   <li>moving one event to another time follows the same rules: a move onto someone's other
 *       event, a non-working day or outside working hours or the program is refused, naming why.</li>
 * </ul>
 */
@NullMarked
package com.ascent.plugin.api.calendar;

import org.jspecify.annotations.NullMarked;
