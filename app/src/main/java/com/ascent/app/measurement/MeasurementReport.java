package com.ascent.app.measurement;

import com.ascent.app.plugin.Contribution;
import com.ascent.plugin.api.contribution.ReportSection;
import com.ascent.plugin.api.measurement.FeedbackSummary;
import com.ascent.plugin.api.measurement.GoalAttainment;
import com.ascent.plugin.api.measurement.Metric;
import com.ascent.plugin.api.measurement.MetricResult;
import com.ascent.plugin.api.measurement.Observation;
import com.ascent.plugin.api.measurement.Participation;
import com.ascent.plugin.api.measurement.RoiResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the program report shows, read in one transaction, so that the PDF and the workbook
 * tell the same figures.
 *
 * @param programName        the program's name
 * @param programStart       when it starts or started
 * @param reportedOn         the day the report was made
 * @param results            before and after per metric
 * @param observations       every value behind the results
 * @param participation      sessions held against planned
 * @param goals              goals achieved in the development plans
 * @param feedback           feedback summaries within the anonymity threshold
 * @param anonymityThreshold the fewest responses shown
 * @param roi                the ROI with every input
 * @param contributions      the sections the program's steps add, step by step
 */
record MeasurementReport(String programName, LocalDate programStart, LocalDate reportedOn, List<MetricResult> results,
                         List<Observation> observations, Participation participation, GoalAttainment goals,
                         List<FeedbackSummary> feedback, int anonymityThreshold, RoiResult roi,
                         List<Contribution<ReportSection>> contributions) {

    /** Whether the program had started on the day of the report; before, it can have baselines but no results. */
    boolean started() {
        return !programStart.isAfter(reportedOn);
    }

    /** The plan's metrics by id, to name the metric of a value. */
    Map<UUID, Metric> metrics() {
        return results.stream().map(MetricResult::metric).collect(Collectors.toMap(Metric::id, Function.identity()));
    }
}
