/**
 * Step 6, measuring success: the measurement plan, baseline and follow-up values (typed in or
 * imported from CSV), 360-degree feedback behind an anonymity threshold, costs and benefits, and
 * the Phillips ROI computed by {@link com.ascent.app.measurement.RoiCalculator}.
 *
 * <p>Resource costs of the support step (step 5) enter the ROI through
 * {@link com.ascent.app.measurement.ResourceCosts}, implemented by the resources feature.
 * Participation (sessions held against planned, from the calendar of step 3) and goal attainment
 * (from the development plans of step 4) are read through those features' services. The program
 * report is rendered here: a PDF for executives ({@code MeasurementReportPdf}, on the shared
 * building blocks of {@code com.ascent.app.report}) and its data as XLSX ({@code MeasurementWorkbook})
 * and CSV, all from one {@code MeasurementReport} read in a single transaction.
 */
@NullMarked
package com.ascent.app.measurement;

import org.jspecify.annotations.NullMarked;
