/**
 * Ongoing support of a program: the organization's catalogue of learning resources (courses,
 * webinars, conferences, books, ...), their assignment to HiPos, the tracking of each assignment,
 * HR's "no additional support" decisions, and what it all costs.
 *
 * <h2>For steps that read support</h2>
 * <ul>
 *   <li>A calendar shows the program's assignments of dated resources (webinars, events,
 *       conferences) with their dates: {@link com.ascent.plugin.api.support.SupportService#scheduled()}
 *       per assignment, or {@link com.ascent.plugin.api.calendar.CalendarService#resourceDates()} one
 *       entry per time a resource takes place (a quarterly conference is one resource held four
 *       times, see {@link com.ascent.plugin.api.support.ResourceDraft}).</li>
 *   <li>Measurement reads {@link com.ascent.plugin.api.support.SupportService#budget()}: planned and
 *       actual cost for the program, per HiPo and per resource type.</li>
 * </ul>
 *
 * <h2>Rules the host enforces for every step</h2>
 * The host refuses (with {@link com.ascent.plugin.api.InvalidInputException}, nothing stored) a
 * resource with a negative cost, an end date before its start date, a capacity below 1 or no
 * title, further dates without a start date ({@code repeatsOn}), a further date that does not start
 * after the time before has ended or more than
 * {@value com.ascent.plugin.api.support.ResourceDraft#MAX_REPEATS} of them ({@code repeatsOn}), and
 * an assignment that would enrol more participants than a resource's capacity (counted over all
 * programs of the organization; dropped assignments do not count).
 */
@NullMarked
package com.ascent.plugin.api.support;

import org.jspecify.annotations.NullMarked;
