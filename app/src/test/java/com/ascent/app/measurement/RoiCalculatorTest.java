package com.ascent.app.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.plugin.api.measurement.Benefit;
import com.ascent.plugin.api.measurement.CostCategory;
import com.ascent.plugin.api.measurement.CostItem;
import com.ascent.plugin.api.measurement.CostLine;
import com.ascent.plugin.api.measurement.RoiResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Phillips ROI and benefit/cost ratio against worked examples. */
class RoiCalculatorTest {

    private static final BigDecimal RATE = new BigDecimal("60");

    @Test
    void benefitsOf321PercentOfTheCostsGiveRoi221AndBcr321() {
        RoiResult roi = RoiCalculator.calculate("EUR", RATE,
                List.of(cost(CostCategory.COACH_FEES, "100000")), List.of(benefit("321000", "100", "100")));

        assertThat(roi.totalCosts()).isEqualByComparingTo("100000");
        assertThat(roi.totalBenefits()).isEqualByComparingTo("321000");
        assertThat(roi.netBenefits()).isEqualByComparingTo("221000");
        assertThat(roi.roiPercent()).isEqualByComparingTo("221.0");
        assertThat(roi.benefitCostRatio()).isEqualByComparingTo("3.21");
    }

    @Test
    void aBenefitCountsOnlyWithTheShareIsolatedTimesTheConfidence() {
        // 200,000 of savings, 60 % attributed to the program, estimator 75 % sure: 90,000 count.
        Benefit retention = benefit("200000", "60", "75");

        assertThat(RoiCalculator.adjusted(retention)).isEqualByComparingTo("90000");

        RoiResult roi = RoiCalculator.calculate("EUR", RATE, List.of(cost(CostCategory.ADMINISTRATION, "60000")),
                List.of(retention));
        assertThat(roi.roiPercent()).isEqualByComparingTo("50.0");
        assertThat(roi.benefitCostRatio()).isEqualByComparingTo("1.50");
        assertThat(roi.benefits().getFirst().adjustedValue()).isEqualByComparingTo("90000");
    }

    @Test
    void costsBelowTheBenefitsGiveANegativeRoi() {
        RoiResult roi = RoiCalculator.calculate("EUR", RATE, List.of(cost(CostCategory.COACH_FEES, "80000")),
                List.of(benefit("50000", "80", "100")));

        assertThat(roi.roiPercent()).isEqualByComparingTo("-50.0");
        assertThat(roi.benefitCostRatio()).isEqualByComparingTo("0.50");
    }

    @Test
    void timeIsValuedAtTheHourlyRateAndAddsToTheOtherCategories() {
        CostItem participants = new CostItem(UUID.randomUUID(), 1, CostCategory.PARTICIPANT_TIME, "Sessions",
                new BigDecimal("120"), null);
        CostItem mentors = new CostItem(UUID.randomUUID(), 1, CostCategory.MENTOR_TIME, "Mentoring",
                new BigDecimal("40.5"), null);
        CostItem fees = new CostItem(UUID.randomUUID(), 1, CostCategory.COACH_FEES, "Coaches", null,
                new BigDecimal("10000"));

        List<CostLine> lines = List.of(RoiCalculator.line(participants, RATE), RoiCalculator.line(mentors, RATE),
                RoiCalculator.line(fees, RATE));
        RoiResult roi = RoiCalculator.calculate("EUR", RATE, lines, List.of());

        assertThat(lines).extracting(CostLine::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("7200"), new BigDecimal("2430"), new BigDecimal("10000"));
        assertThat(roi.totalCosts()).isEqualByComparingTo("19630");
        assertThat(roi.roiPercent()).isEqualByComparingTo("-100.0");
    }

    @Test
    void withoutCostsThereIsNoRoiYet() {
        RoiResult roi = RoiCalculator.calculate("EUR", RATE, List.of(), List.of(benefit("1000", "50", "50")));

        assertThat(roi.totalBenefits()).isEqualByComparingTo("250");
        assertThat(roi.roiPercent()).isNull();
        assertThat(roi.benefitCostRatio()).isNull();
    }

    private static CostLine cost(CostCategory category, String amount) {
        return new CostLine(category, "", null, new BigDecimal(amount), false);
    }

    private static Benefit benefit(String value, String isolation, String confidence) {
        return new Benefit(UUID.randomUUID(), 1, null, "Benefit", new BigDecimal(value), new BigDecimal(isolation),
                new BigDecimal(confidence));
    }
}
