package com.ascent.plugin.api.objectives;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How success of an objective is recognised; the Measurement step reads these as metric
 * definitions.
 *
 * @param id           its id
 * @param version      optimistic-locking version
 * @param objectiveId  the objective it belongs to
 * @param name         e.g. "360 score on strategic thinking"
 * @param unit         e.g. "points (1-5)", "%"
 * @param source       where its values come from
 * @param baseline     the value before the program, if known
 * @param target       the value the program aims for, if set
 * @param measuredWhen when it is measured
 */
public record SuccessIndicator(UUID id, long version, UUID objectiveId, String name, String unit,
                               MeasurementSource source, @Nullable BigDecimal baseline,
                               @Nullable BigDecimal target, String measuredWhen) {

    /** The editable part of this indicator. */
    public IndicatorDraft draft() {
        return new IndicatorDraft(name, unit, source, baseline, target, measuredWhen);
    }
}
