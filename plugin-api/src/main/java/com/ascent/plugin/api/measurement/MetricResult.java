package com.ascent.plugin.api.measurement;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Before and after for one metric.
 *
 * @param metric       the metric
 * @param objectiveId  the objective whose indicator it measures, if any
 * @param participants the HiPos' change
 * @param comparison   the comparison group's change
 * @param netChange    the HiPos' change minus the comparison group's: the change the program made,
 *                     {@code null} unless both groups have values
 */
public record MetricResult(Metric metric, @Nullable UUID objectiveId, GroupChange participants,
                           GroupChange comparison, @Nullable BigDecimal netChange) {
}
