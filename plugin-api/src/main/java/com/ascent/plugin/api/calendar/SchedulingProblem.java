package com.ascent.plugin.api.calendar;

/**
 * Why a generated event found no time: at every start the rules allow, one of its people already
 * had another event, or no working day or hour was left. The event is kept at the time the
 * structure wanted, flagged with this problem, and blocks nobody's time until it is moved.
 *
 * @param reason what stood in the way
 * @param person for {@link Reason#NO_FREE_TIME}, the person whose time was the fullest; otherwise empty
 * @since 1.4.0
 */
public record SchedulingProblem(Reason reason, String person) {

    /** What stood in the way. */
    public enum Reason {
        /** The meeting is longer than the organization's working day. */
        LONGER_THAN_WORKING_DAY,
        /** The days the event may move to hold no working day inside the program (weekends, holidays). */
        NO_WORKING_DAY,
        /** On every working day the event may move to, someone of its people was busy at every start. */
        NO_FREE_TIME,
        /**
         * The people work in different time zones and no time of the days the event may move to lies
         * inside the working hours of each of them in their own zone.
         *
         * @since 1.4.0
         */
        NO_SHARED_WORKING_HOURS
    }
}
