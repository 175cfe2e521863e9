package com.ascent.app.measurement;

import com.ascent.plugin.api.measurement.BenefitLine;
import com.ascent.plugin.api.measurement.CostLine;
import com.ascent.plugin.api.measurement.Metric;
import com.ascent.plugin.api.measurement.MetricResult;
import com.ascent.plugin.api.measurement.Observation;
import com.ascent.plugin.api.measurement.RoiResult;
import com.ascent.app.files.SpreadsheetSafeCsv;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The program's underlying measurement data as CSV sections (plan and results, values, costs,
 * benefits, ROI), each headed by a section row, with column names a spreadsheet user reads as-is.
 */
final class MeasurementCsvExport {

    private MeasurementCsvExport() {
    }

    static byte[] write(List<MetricResult> results, List<Observation> observations, RoiResult roi) {
        StringWriter out = new StringWriter();
        SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(out);
        Map<UUID, Metric> metrics = results.stream().map(MetricResult::metric)
                .collect(Collectors.toMap(Metric::id, Function.identity()));
        csv.writeRecord("section", "plan");
        csv.writeRecord("metric", "unit", "source", "kirkpatrick_level", "baseline_date", "follow_up_dates",
                "hipos", "baseline_mean", "follow_up_mean", "change", "comparison_change", "net_change");
        for (MetricResult result : results) {
            Metric metric = result.metric();
            csv.writeRecord(metric.name(), metric.unit(), metric.source().name(), metric.level().name(),
                    text(metric.baselineDate()),
                    metric.followUpDates().stream().map(Object::toString).collect(Collectors.joining(" ")),
                    String.valueOf(result.participants().people()), text(result.participants().baseline()),
                    text(result.participants().followUp()), text(result.participants().change()),
                    text(result.comparison().change()), text(result.netChange()));
        }
        csv.writeRecord("section", "values");
        csv.writeRecord("metric", "person", "group", "phase", "date", "value");
        for (Observation o : observations) {
            csv.writeRecord(metrics.get(o.metricId()).name(), o.personName(),
                    o.comparisonGroup() ? "comparison" : "participant", o.phase().name(), o.observedOn().toString(),
                    o.value().toPlainString());
        }
        csv.writeRecord("section", "costs");
        csv.writeRecord("category", "description", "hours", "amount", "currency");
        for (CostLine cost : roi.costs()) {
            csv.writeRecord(cost.category().name(), cost.description(), text(cost.hours()),
                    cost.amount().toPlainString(), roi.currency());
        }
        csv.writeRecord("section", "benefits");
        csv.writeRecord("description", "value", "isolation_percent", "confidence_percent", "adjusted_value", "currency");
        for (BenefitLine line : roi.benefits()) {
            csv.writeRecord(line.benefit().description(), line.benefit().value().toPlainString(),
                    line.benefit().isolationPercent().toPlainString(), line.benefit().confidencePercent().toPlainString(),
                    line.adjustedValue().toPlainString(), roi.currency());
        }
        csv.writeRecord("section", "roi");
        csv.writeRecord("total_costs", "total_benefits", "net_benefits", "roi_percent", "benefit_cost_ratio",
                "hourly_rate", "currency");
        csv.writeRecord(roi.totalCosts().toPlainString(), roi.totalBenefits().toPlainString(),
                roi.netBenefits().toPlainString(), text(roi.roiPercent()), text(roi.benefitCostRatio()),
                roi.hourlyRate().toPlainString(), roi.currency());
        csv.close();
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(@Nullable Object value) {
        return value instanceof BigDecimal number ? number.toPlainString() : Objects.toString(value, "");
    }
}
