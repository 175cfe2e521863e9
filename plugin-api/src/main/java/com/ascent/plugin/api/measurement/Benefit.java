package com.ascent.plugin.api.measurement;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A monetary benefit estimated for the program, e.g. the saved cost of replacing a HiPo who stayed.
 *
 * @param id                its id
 * @param version           optimistic-locking version
 * @param metricId          the metric whose change it values, if any
 * @param description       what it is
 * @param value             the estimated value in the settings' currency, before adjustments
 * @param isolationPercent  the share of the improvement attributed to the program, 0 to 100
 * @param confidencePercent the estimator's confidence in the value, 0 to 100
 */
public record Benefit(UUID id, long version, @Nullable UUID metricId, String description, BigDecimal value,
                     BigDecimal isolationPercent, BigDecimal confidencePercent) {
}
