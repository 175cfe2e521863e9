package com.ascent.plugin.api.measurement;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How far the HiPos came on the goals of their development plans (step 4). A goal is achieved at
 * 100 % progress.
 *
 * @param plans           development plans of the program
 * @param goals           goals in those plans
 * @param achieved        goals at 100 % progress
 * @param achievedPercent {@code achieved / goals × 100}, rounded to a whole percent; {@code null}
 *                        while there are no goals
 * @param averageProgress the mean progress of all goals in percent, rounded to a whole percent;
 *                        {@code null} while there are no goals
 * @since 1.2.0
 */
public record GoalAttainment(int plans, int goals, int achieved, @Nullable BigDecimal achievedPercent,
                             @Nullable BigDecimal averageProgress) {
}
