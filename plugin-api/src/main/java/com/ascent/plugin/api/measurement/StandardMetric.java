package com.ascent.plugin.api.measurement;

import com.ascent.plugin.api.objectives.MeasurementSource;

/**
 * The metrics every leadership program should track besides its own success indicators, with their
 * source, Kirkpatrick level and unit. A step names them in the user's language.
 *
 * <p>The performance rating uses the people directory's 9-box scale (1 low, 2 moderate, 3 high, see
 * {@link com.ascent.plugin.api.people.Person#performance()}), so that the ratings a people file
 * brings in, whatever scale the HRIS used, and the values measured before and after mean the same.
 */
public enum StandardMetric {
    PERFORMANCE_RATING(MeasurementSource.PERFORMANCE_RATING, KirkpatrickLevel.BEHAVIOUR, "1-3"),
    FEEDBACK_360(MeasurementSource.FEEDBACK_360, KirkpatrickLevel.BEHAVIOUR, "1-5"),
    GOAL_ATTAINMENT(MeasurementSource.OTHER, KirkpatrickLevel.LEARNING, "%"),
    PROMOTION(MeasurementSource.PROMOTION_RATE, KirkpatrickLevel.RESULTS, "0/1"),
    RETENTION(MeasurementSource.RETENTION, KirkpatrickLevel.RESULTS, "0/1"),
    ENGAGEMENT(MeasurementSource.SURVEY_ITEM, KirkpatrickLevel.REACTION, "1-5");

    private final MeasurementSource source;
    private final KirkpatrickLevel level;
    private final String unit;

    StandardMetric(MeasurementSource source, KirkpatrickLevel level, String unit) {
        this.source = source;
        this.level = level;
        this.unit = unit;
    }

    /** Where the metric's values come from. */
    public MeasurementSource source() {
        return source;
    }

    /** The Kirkpatrick level the metric serves. */
    public KirkpatrickLevel level() {
        return level;
    }

    /** The metric's unit, e.g. {@code 1-5} for a rating scale or {@code 1-3} for the 9-box scale. */
    public String unit() {
        return unit;
    }

    /** The level a program's own success indicator with {@code source} serves. */
    public static KirkpatrickLevel levelOf(MeasurementSource source) {
        return switch (source) {
            case FEEDBACK_360, PERFORMANCE_RATING -> KirkpatrickLevel.BEHAVIOUR;
            case PROMOTION_RATE, RETENTION, BUSINESS_KPI -> KirkpatrickLevel.RESULTS;
            case SURVEY_ITEM -> KirkpatrickLevel.REACTION;
            case OTHER -> KirkpatrickLevel.LEARNING;
        };
    }
}
