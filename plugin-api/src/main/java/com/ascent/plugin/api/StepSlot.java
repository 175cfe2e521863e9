package com.ascent.plugin.api;

/** The six steps of Ascent's program design wizard, in the order the user walks them. */
public enum StepSlot {
    /** Program objectives aligned with leadership and business strategy. */
    OBJECTIVES,
    /** HiPos, coaches and mentors, and their pairing. */
    SELECTION,
    /** Program framework: duration, cadence, calendar, meetings and action items. */
    FRAMEWORK,
    /** A personalized development plan for every HiPo. */
    DEVELOPMENT_PLANS,
    /** Ongoing support: learning resources, events and their cost. */
    SUPPORT,
    /** Measuring success: metrics, feedback and return on investment. */
    MEASUREMENT
}
