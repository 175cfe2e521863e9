/**
 * The canonical development plans of a program: one PDP per HiPo with strengths, gaps, SMART goals
 * linked to objectives and 70-20-10 activities, their progress history, HR's exceptions, each
 * organization's library of activity templates, and the PDF a HiPo and manager sign. Steps reach
 * it through the plugin API's {@code DevelopmentPlanService}; the rules live in
 * {@link com.ascent.app.plans.DevelopmentPlansService}.
 */
@NullMarked
package com.ascent.app.plans;

import org.jspecify.annotations.NullMarked;
