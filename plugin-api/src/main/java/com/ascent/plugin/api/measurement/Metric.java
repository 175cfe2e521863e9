package com.ascent.plugin.api.measurement;

import com.ascent.plugin.api.objectives.MeasurementSource;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One metric of the program's measurement plan.
 *
 * @param id            its id
 * @param version       optimistic-locking version
 * @param indicatorId   the objective's success indicator it measures, {@code null} for a standard
 *                      or additional metric
 * @param name          e.g. "Performance rating"
 * @param unit          e.g. "1-5", "%"
 * @param source        where its values come from
 * @param level         the Kirkpatrick level it serves
 * @param baselineDate  when the baseline is taken, {@code null} while not scheduled
 * @param followUpDates when follow-up values are taken, each after the baseline, in order
 */
public record Metric(UUID id, long version, @Nullable UUID indicatorId, String name, String unit,
                     MeasurementSource source, KirkpatrickLevel level, @Nullable LocalDate baselineDate,
                     List<LocalDate> followUpDates) {

    public Metric {
        followUpDates = List.copyOf(followUpDates);
    }

    /** The editable part of this metric. */
    public MetricDraft draft() {
        return new MetricDraft(indicatorId, name, unit, source, level, baselineDate, followUpDates);
    }
}
