/**
 * Personalized development plans (PDPs): one per HiPo on the program's roster, with the HiPo's
 * strengths, development gaps per capability, SMART goals linked to the program's objectives, and
 * development activities typed by the 70-20-10 model.
 *
 * <h2>Rules the host enforces for every step</h2>
 * Whichever plugin writes plans, the host refuses (with
 * {@link com.ascent.plugin.api.InvalidInputException} naming the field, nothing stored)
 * <ul>
 *   <li>a goal without an outcome, a measure, a target or a due date, a due date outside the
 *       program's period ({@link com.ascent.plugin.api.plans.DevelopmentPlanService#period()}), or a
 *       link to an objective of another program;</li>
 *   <li>a gap whose target level is below its current level, levels outside
 *       {@value com.ascent.plugin.api.plans.GapDraft#MIN_LEVEL} to
 *       {@value com.ascent.plugin.api.plans.GapDraft#MAX_LEVEL}, a capability outside the
 *       organization's library, or a second gap for the same capability;</li>
 *   <li>an activity without a title or owner, that ends before it starts or after the program ends,
 *       or that supports a goal of another plan;</li>
 *   <li>a plan for someone who is not a HiPo of the program.</li>
 * </ul>
 * Goal progress and activity status changes are kept as {@linkplain
 * com.ascent.plugin.api.plans.ProgressEntry history}, so a review can show how a plan moved.
 */
@NullMarked
package com.ascent.plugin.api.plans;

import org.jspecify.annotations.NullMarked;
