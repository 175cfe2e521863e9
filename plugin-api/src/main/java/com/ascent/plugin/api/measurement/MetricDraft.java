package com.ascent.plugin.api.measurement;

import com.ascent.plugin.api.objectives.MeasurementSource;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A metric as entered. Refused when the name or unit is empty, the name is already in the plan,
 * or a follow-up date is not after the baseline date.
 *
 * @param indicatorId   the success indicator it measures, if any (of this program's objectives)
 * @param name          the metric's name
 * @param unit          its unit
 * @param source        where its values come from
 * @param level         the Kirkpatrick level it serves
 * @param baselineDate  when the baseline is taken, if scheduled
 * @param followUpDates when follow-ups are taken
 */
public record MetricDraft(@Nullable UUID indicatorId, String name, String unit, MeasurementSource source,
                          KirkpatrickLevel level, @Nullable LocalDate baselineDate, List<LocalDate> followUpDates) {

    public MetricDraft {
        followUpDates = List.copyOf(followUpDates);
    }
}
