package com.ascent.plugin.api.measurement;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A program cost entered in the Measurement step.
 *
 * @param id          its id
 * @param version     optimistic-locking version
 * @param category    its kind
 * @param description what it is, may be empty
 * @param hours       for {@linkplain CostCategory#timeBased() time-based} costs, the hours; else {@code null}
 * @param amount      for other costs, the amount in the settings' currency; {@code null} for time-based
 *                    costs, whose amount is {@code hours × hourly rate} (see {@link CostLine})
 */
public record CostItem(UUID id, long version, CostCategory category, String description, @Nullable BigDecimal hours,
                       @Nullable BigDecimal amount) {
}
