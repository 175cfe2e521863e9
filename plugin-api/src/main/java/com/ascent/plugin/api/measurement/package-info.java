/**
 * Measuring a program's success, as the Measurement step (step 6) produces it: the measurement
 * plan, baseline and follow-up values, 360-degree feedback, costs, benefits and the Phillips ROI.
 *
 * <h2>The method</h2>
 * <ul>
 *   <li>Every {@link com.ascent.plugin.api.measurement.Metric} serves one of Kirkpatrick's four
 *       {@linkplain com.ascent.plugin.api.measurement.KirkpatrickLevel levels} and has a baseline
 *       date and follow-up dates after it.</li>
 *   <li>Values are recorded per person and phase for the program's HiPos and, optionally, for a
 *       comparison group of non-participants; a metric's
 *       {@linkplain com.ascent.plugin.api.measurement.MetricResult result} compares the change of
 *       both groups (the comparison group's change is what would have happened anyway).</li>
 *   <li>Feedback summaries obey the anonymity threshold of the
 *       {@linkplain com.ascent.plugin.api.measurement.MeasurementSettings settings}: no average,
 *       group or comment is shown for fewer responses than that.</li>
 *   <li>ROI follows Phillips: a benefit counts only with the share attributed to the program
 *       (isolation) times the estimator's confidence;
 *       {@code ROI % = (benefits − costs) / costs × 100} and {@code BCR = benefits / costs}. The
 *       {@linkplain com.ascent.plugin.api.measurement.RoiResult result} carries every input so that
 *       a step can show how it was reached. Resource costs come from the support step (step 5):
 *       each assignment counts its actual cost once recorded, else its planned cost (a dropped
 *       assignment only what was actually paid).</li>
 *   <li>Participation (sessions held against planned, from the calendar of step 3) and goal
 *       attainment (from the development plans of step 4) are computed by the host from the
 *       canonical data; the program report (PDF) and its data (XLSX, CSV) are rendered by the host
 *       too, so a step offers them for download without a library of its own.</li>
 * </ul>
 */
@NullMarked
package com.ascent.plugin.api.measurement;

import org.jspecify.annotations.NullMarked;
