package com.ascent.plugin.api.measurement;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A cost as entered: hours for time-based categories, an amount for the others (never negative).
 * Resource costs come from the support step and cannot be entered here.
 *
 * @param category    its kind
 * @param description what it is
 * @param hours       hours, for time-based categories
 * @param amount      amount, for the other categories
 */
public record CostDraft(CostCategory category, String description, @Nullable BigDecimal hours,
                        @Nullable BigDecimal amount) {
}
