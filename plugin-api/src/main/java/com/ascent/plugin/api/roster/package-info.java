/**
 * The program's roster (its HiPos, mentors and coaches) and the pairs that join a HiPo with a
 * guide, as the Coaches &amp; mentors step produces them and every later step reads them.
 *
 * <h2>For steps that read the roster</h2>
 * <ul>
 *   <li>{@link com.ascent.plugin.api.roster.RosterService#members()} lists everyone on the roster. An
 *       employee's member carries the people directory's {@link com.ascent.plugin.api.people.Person}
 *       record (function, level, location, ratings, skills), read at the same moment, never
 *       copied; external coaches have none.</li>
 *   <li>{@link com.ascent.plugin.api.roster.RosterService#confirmedPairs()} are <em>the program's
 *       pairs</em>: the ones HR reviewed and confirmed. Proposed pairs are work in progress of the
 *       matching step; a calendar, a development plan or a report should only use confirmed ones.</li>
 *   <li>A HiPo may have one mentoring and one coaching pair. Where a HiPo deliberately has none,
 *       {@link com.ascent.plugin.api.roster.RosterService#waivers()} holds HR's recorded reason.</li>
 * </ul>
 *
 * <h2>Rules the host enforces for every step</h2>
 * Whichever plugin produces the pairs, the host refuses (with
 * {@link com.ascent.plugin.api.InvalidInputException}, nothing stored) a pair that would
 * <ul>
 *   <li>exceed the guide's capacity (mentoring and coaching pairs together),</li>
 *   <li>join a HiPo with someone in their reporting line (their manager, their manager's manager, ...)
 *       or with someone who reports to them,</li>
 *   <li>break the program's function rule for that kind of pair
 *       ({@link com.ascent.plugin.api.roster.FunctionRule#MUST_DIFFER}, for example),</li>
 *   <li>give a HiPo a second pair of the same kind, or use a guide whose role does not cover the
 *       kind.</li>
 * </ul>
 */
@NullMarked
package com.ascent.plugin.api.roster;

import org.jspecify.annotations.NullMarked;
