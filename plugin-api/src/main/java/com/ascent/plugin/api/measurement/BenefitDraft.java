package com.ascent.plugin.api.measurement;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A benefit as entered. Refused when the description is empty, the value is negative, or the
 * isolation or confidence is outside 0 to 100 %.
 *
 * @param metricId          the metric whose change it values, if any
 * @param description       what it is
 * @param value             the estimated value
 * @param isolationPercent  share attributed to the program, 0 to 100
 * @param confidencePercent the estimator's confidence, 0 to 100
 */
public record BenefitDraft(@Nullable UUID metricId, String description, BigDecimal value, BigDecimal isolationPercent,
                           BigDecimal confidencePercent) {
}
