/**
 * Step 6, measuring success: the measurement plan, baseline and follow-up values (typed in or
 * imported from CSV), 360-degree feedback behind an anonymity threshold, costs and benefits, and
 * the Phillips ROI computed by {@link com.ascent.app.measurement.RoiCalculator}.
 *
 * <p>Resource costs of the support step (step 5) enter the ROI through
 * {@link com.ascent.app.measurement.ResourceCosts}.
 */
@NullMarked
package com.ascent.app.measurement;

import org.jspecify.annotations.NullMarked;
