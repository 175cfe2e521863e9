package com.ascent.plugin.api.objectives;

/** Where the values of a success indicator come from. */
public enum MeasurementSource {
    /** A 360-degree feedback score. */
    FEEDBACK_360,
    /** The performance rating of the regular review. */
    PERFORMANCE_RATING,
    /** Share of participants promoted. */
    PROMOTION_RATE,
    /** Share of participants still with the organization. */
    RETENTION,
    /** An item of an engagement or pulse survey. */
    SURVEY_ITEM,
    /** A business key performance indicator. */
    BUSINESS_KPI,
    /** Any other source, described in the indicator's name. */
    OTHER
}
