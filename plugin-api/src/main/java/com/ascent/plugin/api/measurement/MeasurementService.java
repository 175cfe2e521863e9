package com.ascent.plugin.api.measurement;

import java.util.List;
import java.util.UUID;

/**
 * The measurement of the context's program: plan, values, feedback, costs, benefits, results, ROI,
 * participation and goal attainment, and the program report.
 *
 * <p>Every write is one transaction, stored completely or not at all. Writes of existing records
 * carry the version the caller read and refuse a stale one with
 * {@link com.ascent.plugin.api.ConcurrentEditException}; bad values are refused with
 * {@link com.ascent.plugin.api.InvalidInputException} naming the field at fault, with a message in
 * the user's language.
 */
public interface MeasurementService {

    // --- Settings ---------------------------------------------------------------------------------

    /** Currency, hourly rate and anonymity threshold (defaults with version 0 if never saved). */
    MeasurementSettings settings();

    /**
     * Saves the settings; pass version 0 to replace the defaults. Refused when the currency is not a
     * three-letter code, the hourly rate is negative or the threshold is below
     * {@value MeasurementSettings#MINIMUM_ANONYMITY}.
     */
    MeasurementSettings saveSettings(MeasurementSettings settings);

    // --- Plan -------------------------------------------------------------------------------------

    /** The measurement plan: HiPo-level metrics in the order they were added. */
    List<Metric> metrics();

    /** Adds metrics to the plan, all or none (see {@link MetricDraft} for what is refused). */
    List<Metric> addMetrics(List<MetricDraft> drafts);

    /** Changes a metric. */
    Metric updateMetric(UUID id, long expectedVersion, MetricDraft draft);

    /** Removes a metric with its values. */
    void removeMetric(UUID id, long expectedVersion);

    // --- Values -----------------------------------------------------------------------------------

    /** Every value recorded, by metric, person, phase and date. */
    List<Observation> observations();

    /** Records one value (see {@link ObservationDraft} for what is refused). */
    Observation recordObservation(ObservationDraft draft);

    /** Removes a value. */
    void removeObservation(UUID id, long expectedVersion);

    /**
     * Imports values from CSV text with the header
     * {@code employee_id,metric,phase,date,value,group}: the person's employee id, the metric's name
     * as in the plan, {@code baseline} or {@code follow-up}, an ISO date ({@code 2027-01-31}), a
     * number, and optionally {@code comparison} for a non-participant. Every line is checked first;
     * on any error nothing is stored and an {@link com.ascent.plugin.api.InvalidInputException}
     * for field {@code csv} names the line numbers and what is wrong on each, one per line of its
     * message.
     *
     * @return the values stored
     */
    List<Observation> importObservations(String csv);

    // --- Feedback ---------------------------------------------------------------------------------

    /** Records one 360-degree response (see {@link FeedbackDraft} for what is refused). */
    Feedback recordFeedback(FeedbackDraft draft);

    /** What may be shown of every HiPo's feedback, respecting the anonymity threshold. */
    List<FeedbackSummary> feedbackSummaries();

    // --- Costs and benefits -------------------------------------------------------------------------

    /** The costs entered in this step (resource costs of the support step are in {@link #roi()}). */
    List<CostItem> costs();

    /** Adds a cost (see {@link CostDraft} for what is refused). */
    CostItem addCost(CostDraft draft);

    /** Removes a cost. */
    void removeCost(UUID id, long expectedVersion);

    /** The benefits estimated. */
    List<Benefit> benefits();

    /** Adds a benefit (see {@link BenefitDraft} for what is refused). */
    Benefit addBenefit(BenefitDraft draft);

    /** Removes a benefit. */
    void removeBenefit(UUID id, long expectedVersion);

    // --- Results ----------------------------------------------------------------------------------

    /** Before and after for every metric of the plan, HiPos and comparison group. */
    List<MetricResult> results();

    /** The Phillips ROI with every input. */
    RoiResult roi();

    /**
     * Sessions held against planned, from the program's calendar (step 3).
     *
     * @since 1.2.0
     */
    Participation participation();

    /**
     * Goals achieved and average progress, from the HiPos' development plans (step 4).
     *
     * @since 1.2.0
     */
    GoalAttainment goalAttainment();

    // --- Reports ----------------------------------------------------------------------------------

    /**
     * The program's underlying data as CSV (UTF-8): the plan, every value, the costs, the benefits
     * and the ROI, in sections, for analysis in a spreadsheet.
     */
    byte[] dataCsv();

    /**
     * The program report for executives as a PDF, in the user's language: before and after per
     * metric, participation, goal attainment, feedback summaries (within the anonymity threshold)
     * and the ROI with its formula and every input. Rendered by the host, so a step needs no PDF
     * library.
     *
     * @since 1.2.0
     */
    byte[] reportPdf();

    /**
     * The report's underlying data as an Excel workbook (XLSX), one sheet per kind: results, values,
     * participation and goals, feedback summaries, costs, benefits and ROI. Numbers are numeric
     * cells, so the workbook can be analysed as it is.
     *
     * @since 1.2.0
     */
    byte[] dataXlsx();
}
