package com.ascent.plugin.api.measurement;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How a metric changed for one group: the mean of each person's latest baseline value, and the mean
 * of each person's latest follow-up value, over the people who have both.
 *
 * @param people   how many people have a baseline and a follow-up value
 * @param baseline the mean baseline, {@code null} when {@code people} is 0
 * @param followUp the mean follow-up, {@code null} when {@code people} is 0
 * @param change   {@code followUp − baseline}, {@code null} when {@code people} is 0
 */
public record GroupChange(int people, @Nullable BigDecimal baseline, @Nullable BigDecimal followUp,
                          @Nullable BigDecimal change) {

    /** No one has both values yet. */
    public static GroupChange none() {
        return new GroupChange(0, null, null, null);
    }
}
