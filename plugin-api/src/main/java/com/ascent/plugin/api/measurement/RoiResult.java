package com.ascent.plugin.api.measurement;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The program's Phillips ROI with every input.
 *
 * @param currency         the currency of all amounts
 * @param hourlyRate       the rate time-based costs were valued at
 * @param costs            every cost counted
 * @param totalCosts       their sum
 * @param benefits         every benefit with its adjusted value
 * @param totalBenefits    the sum of adjusted values
 * @param netBenefits      {@code totalBenefits − totalCosts}
 * @param roiPercent       {@code netBenefits / totalCosts × 100}, rounded to one decimal;
 *                         {@code null} while there are no costs
 * @param benefitCostRatio {@code totalBenefits / totalCosts}, rounded to two decimals; {@code null}
 *                         while there are no costs
 */
public record RoiResult(String currency, BigDecimal hourlyRate, List<CostLine> costs, BigDecimal totalCosts,
                        List<BenefitLine> benefits, BigDecimal totalBenefits, BigDecimal netBenefits,
                        @Nullable BigDecimal roiPercent, @Nullable BigDecimal benefitCostRatio) {

    public RoiResult {
        costs = List.copyOf(costs);
        benefits = List.copyOf(benefits);
    }
}
