package com.ascent.app.measurement;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a metric can take, read from its unit as HR writes it: "1-5", "points (1-5)", "1–3"
 * (a range) or "0/1" (yes or no). A unit without one ("%", "EUR", "days") has no scale.
 */
record MetricScale(BigDecimal lowest, BigDecimal highest) {

    private static final Pattern RANGE = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*[-–]\\s*(\\d+(?:[.,]\\d+)?)");
    private static final Pattern YES_NO = Pattern.compile("\\s*0\\s*/\\s*1\\s*");

    /** The scale a unit names, if it names exactly one. */
    static Optional<MetricScale> of(String unit) {
        if (YES_NO.matcher(unit).matches()) {
            return Optional.of(new MetricScale(BigDecimal.ZERO, BigDecimal.ONE));
        }
        Matcher range = RANGE.matcher(unit);
        if (!range.find()) {
            return Optional.empty();
        }
        BigDecimal lowest = number(range.group(1));
        BigDecimal highest = number(range.group(2));
        return range.find() || lowest.compareTo(highest) >= 0 ? Optional.empty()
                : Optional.of(new MetricScale(lowest, highest));
    }

    boolean contains(BigDecimal value) {
        return value.compareTo(lowest) >= 0 && value.compareTo(highest) <= 0;
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(',', '.'));
    }
}
