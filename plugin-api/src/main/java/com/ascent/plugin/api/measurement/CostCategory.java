package com.ascent.plugin.api.measurement;

/** The kinds of program cost that Phillips ROI counts. */
public enum CostCategory {
    /** Resources of the support step (books, courses, platforms, venues); read from step 5. */
    RESOURCES(false),
    /** Fees of external coaches. */
    COACH_FEES(false),
    /** Participants' time, in hours, valued at the hourly rate of the settings. */
    PARTICIPANT_TIME(true),
    /** Mentors' time, in hours, valued at the hourly rate of the settings. */
    MENTOR_TIME(true),
    /** Administration: HR's time, tools, travel. */
    ADMINISTRATION(false),
    /** Anything else. */
    OTHER(false);

    private final boolean timeBased;

    CostCategory(boolean timeBased) {
        this.timeBased = timeBased;
    }

    /** True when a cost of this kind is entered in hours rather than as an amount. */
    public boolean timeBased() {
        return timeBased;
    }
}
