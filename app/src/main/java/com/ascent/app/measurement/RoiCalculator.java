package com.ascent.app.measurement;

import com.ascent.plugin.api.measurement.Benefit;
import com.ascent.plugin.api.measurement.BenefitLine;
import com.ascent.plugin.api.measurement.CostItem;
import com.ascent.plugin.api.measurement.CostLine;
import com.ascent.plugin.api.measurement.RoiResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Phillips ROI, the canonical rule: a benefit counts with {@code value × isolation % × confidence %};
 * {@code ROI % = (benefits − costs) / costs × 100} and {@code BCR = benefits / costs}. Amounts are
 * kept to the cent, ROI to one decimal and BCR to two.
 */
public final class RoiCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RoiCalculator() {
    }

    /** The ROI of {@code costs} against {@code benefits}, with every input. */
    public static RoiResult calculate(String currency, BigDecimal hourlyRate, List<CostLine> costs,
                                      List<Benefit> benefits) {
        BigDecimal totalCosts = cents(costs.stream().map(CostLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        List<BenefitLine> benefitLines = benefits.stream().map(b -> new BenefitLine(b, adjusted(b))).toList();
        BigDecimal totalBenefits = cents(benefitLines.stream().map(BenefitLine::adjustedValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal net = totalBenefits.subtract(totalCosts);
        return new RoiResult(currency, hourlyRate, costs, totalCosts, benefitLines, totalBenefits, net,
                roiPercent(totalBenefits, totalCosts), benefitCostRatio(totalBenefits, totalCosts));
    }

    /** The value a benefit counts with: its estimate times the share isolated and the confidence. */
    public static BigDecimal adjusted(Benefit benefit) {
        return cents(benefit.value().multiply(benefit.isolationPercent()).multiply(benefit.confidencePercent())
                .divide(HUNDRED.multiply(HUNDRED)));
    }

    /** A cost as counted: time-based costs are their hours at {@code hourlyRate}. */
    public static CostLine line(CostItem cost, BigDecimal hourlyRate) {
        BigDecimal amount = cost.hours() != null ? cost.hours().multiply(hourlyRate) : cost.amount();
        if (amount == null) {
            throw new IllegalArgumentException("A cost needs hours or an amount");
        }
        return new CostLine(cost.category(), cost.description(), cost.hours(), cents(amount), false);
    }

    static @Nullable BigDecimal roiPercent(BigDecimal benefits, BigDecimal costs) {
        return costs.signum() == 0 ? null
                : benefits.subtract(costs).multiply(HUNDRED).divide(costs, 1, RoundingMode.HALF_UP);
    }

    static @Nullable BigDecimal benefitCostRatio(BigDecimal benefits, BigDecimal costs) {
        return costs.signum() == 0 ? null : benefits.divide(costs, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
