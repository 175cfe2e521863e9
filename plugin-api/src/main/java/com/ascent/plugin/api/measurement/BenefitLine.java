package com.ascent.plugin.api.measurement;

import java.math.BigDecimal;

/**
 * One benefit as the ROI counts it: {@code adjustedValue = value × isolation % × confidence %}.
 *
 * @param benefit       the benefit as estimated
 * @param adjustedValue the value the ROI counts
 */
public record BenefitLine(Benefit benefit, BigDecimal adjustedValue) {
}
