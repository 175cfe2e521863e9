package com.ascent.app.wizard;

import com.ascent.app.measurement.CsvImportException;
import com.ascent.app.measurement.ProgramMeasurementService;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.measurement.Benefit;
import com.ascent.plugin.api.measurement.BenefitDraft;
import com.ascent.plugin.api.measurement.CostDraft;
import com.ascent.plugin.api.measurement.CostItem;
import com.ascent.plugin.api.measurement.Feedback;
import com.ascent.plugin.api.measurement.FeedbackDraft;
import com.ascent.plugin.api.measurement.FeedbackSummary;
import com.ascent.plugin.api.measurement.GoalAttainment;
import com.ascent.plugin.api.measurement.MeasurementService;
import com.ascent.plugin.api.measurement.MeasurementSettings;
import com.ascent.plugin.api.measurement.Metric;
import com.ascent.plugin.api.measurement.MetricDraft;
import com.ascent.plugin.api.measurement.MetricResult;
import com.ascent.plugin.api.measurement.Observation;
import com.ascent.plugin.api.measurement.ObservationDraft;
import com.ascent.plugin.api.measurement.Participation;
import com.ascent.plugin.api.measurement.RoiResult;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The plugin API's view of one program's measurement. */
record ProgramMeasurement(ProgramMeasurementService measurement, UUID programId, HostMessages messages)
        implements MeasurementService {

    @Override
    public MeasurementSettings settings() {
        return measurement.settings(programId);
    }

    @Override
    public MeasurementSettings saveSettings(MeasurementSettings settings) {
        return messages.translated(() -> measurement.saveSettings(programId, settings));
    }

    @Override
    public List<Metric> metrics() {
        return measurement.metrics(programId);
    }

    @Override
    public List<Metric> addMetrics(List<MetricDraft> drafts) {
        return messages.translated(() -> measurement.addMetrics(programId, drafts));
    }

    @Override
    public Metric updateMetric(UUID id, long expectedVersion, MetricDraft draft) {
        return messages.translated(() -> measurement.updateMetric(programId, id, expectedVersion, draft));
    }

    @Override
    public void removeMetric(UUID id, long expectedVersion) {
        messages.translated(() -> measurement.removeMetric(programId, id, expectedVersion));
    }

    @Override
    public List<Observation> observations() {
        return measurement.observations(programId);
    }

    @Override
    public Observation recordObservation(ObservationDraft draft) {
        return messages.translated(() -> measurement.recordObservation(programId, draft));
    }

    @Override
    public void removeObservation(UUID id, long expectedVersion) {
        messages.translated(() -> measurement.removeObservation(programId, id, expectedVersion));
    }

    /** Refusals list every line at fault, one per line of the message, in the user's language. */
    @Override
    public List<Observation> importObservations(String csv) {
        try {
            return measurement.importObservations(programId, csv);
        } catch (CsvImportException rejected) {
            String lines = rejected.problems().stream()
                    .map(p -> text("measurement.csv.line", p.line(), text(p.key(), p.arguments().toArray())))
                    .collect(Collectors.joining("\n"));
            throw new InvalidInputException("csv", text(rejected.getMessage()) + "\n" + lines);
        } catch (ConcurrentEditException e) {
            throw new ConcurrentEditException(text(e.getMessage()));
        }
    }

    @Override
    public Feedback recordFeedback(FeedbackDraft draft) {
        return messages.translated(() -> measurement.recordFeedback(programId, draft));
    }

    @Override
    public List<FeedbackSummary> feedbackSummaries() {
        return measurement.feedbackSummaries(programId);
    }

    @Override
    public List<CostItem> costs() {
        return measurement.costs(programId);
    }

    @Override
    public CostItem addCost(CostDraft draft) {
        return messages.translated(() -> measurement.addCost(programId, draft));
    }

    @Override
    public void removeCost(UUID id, long expectedVersion) {
        messages.translated(() -> measurement.removeCost(programId, id, expectedVersion));
    }

    @Override
    public List<Benefit> benefits() {
        return measurement.benefits(programId);
    }

    @Override
    public Benefit addBenefit(BenefitDraft draft) {
        return messages.translated(() -> measurement.addBenefit(programId, draft));
    }

    @Override
    public void removeBenefit(UUID id, long expectedVersion) {
        messages.translated(() -> measurement.removeBenefit(programId, id, expectedVersion));
    }

    @Override
    public List<MetricResult> results() {
        return measurement.results(programId);
    }

    @Override
    public RoiResult roi() {
        return measurement.roi(programId);
    }

    @Override
    public Participation participation() {
        return messages.translated(() -> measurement.participation(programId));
    }

    @Override
    public GoalAttainment goalAttainment() {
        return messages.translated(() -> measurement.goalAttainment(programId));
    }

    @Override
    public byte[] dataCsv() {
        return measurement.dataCsv(programId);
    }

    @Override
    public byte[] reportPdf() {
        return messages.translated(() -> measurement.reportPdf(programId, messages.locale()));
    }

    @Override
    public byte[] dataXlsx() {
        return messages.translated(() -> measurement.dataXlsx(programId, messages.locale()));
    }

    private String text(String key, Object... arguments) {
        return messages.i18n().getTranslation(key, messages.locale(), arguments);
    }
}
