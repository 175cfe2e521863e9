package com.ascent.plugin.api.measurement;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One cost as the ROI counts it.
 *
 * @param category    its kind
 * @param description what it is
 * @param hours       the hours of a time-based cost, else {@code null}
 * @param amount      its amount in the settings' currency (hours × hourly rate for time-based costs)
 * @param fromSupport true when it comes from the support step's resources (read-only here)
 */
public record CostLine(CostCategory category, String description, @Nullable BigDecimal hours, BigDecimal amount,
                       boolean fromSupport) {
}
