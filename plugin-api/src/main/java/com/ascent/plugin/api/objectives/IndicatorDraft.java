package com.ascent.plugin.api.objectives;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The editable part of a success indicator.
 *
 * @param name         e.g. "360 score on strategic thinking"
 * @param unit         e.g. "points (1-5)", "%"
 * @param source       where its values come from
 * @param baseline     the value before the program, if known
 * @param target       the value the program aims for
 * @param measuredWhen when it is measured, e.g. "at start and after 12 months"
 */
public record IndicatorDraft(String name, String unit, MeasurementSource source, @Nullable BigDecimal baseline,
                             @Nullable BigDecimal target, String measuredWhen) {
}
