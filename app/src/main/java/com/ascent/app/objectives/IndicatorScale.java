package com.ascent.app.objectives;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scale an indicator's unit names, such as {@code points (1-5)} or {@code rating 1–10}: its
 * baseline and target must lie on it. Units that name no scale ({@code %}, {@code people},
 * {@code EUR}) take any number, because a share can grow past 100 and money can fall below zero.
 *
 * @param lowest  the scale's lowest value
 * @param highest the scale's highest value
 */
record IndicatorScale(BigDecimal lowest, BigDecimal highest) {

    private static final Pattern RANGE =
            Pattern.compile("(-?\\d+(?:[.,]\\d+)?)\\s*[-–—]\\s*(-?\\d+(?:[.,]\\d+)?)");

    /** The scale {@code unit} names, if it names one. */
    static Optional<IndicatorScale> of(String unit) {
        Matcher range = RANGE.matcher(unit);
        if (!range.find()) {
            return Optional.empty();
        }
        BigDecimal lowest = number(range.group(1));
        BigDecimal highest = number(range.group(2));
        return lowest.compareTo(highest) < 0 ? Optional.of(new IndicatorScale(lowest, highest)) : Optional.empty();
    }

    boolean contains(BigDecimal value) {
        return value.compareTo(lowest) >= 0 && value.compareTo(highest) <= 0;
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(',', '.'));
    }
}
