package com.ascent.plugins.framework;

import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.SchedulingProblem;

/** Why an event has no time, in words: "Not scheduled: Kenji Tanaka has no free time ...". */
final class SchedulingProblems {

    private SchedulingProblems() {
    }

    /** The reason, or an empty text for an event that has its time. */
    static String describe(Translator messages, CalendarEvent event) {
        SchedulingProblem problem = event.schedulingProblem();
        if (problem == null) {
            return "";
        }
        if (problem.reason() == SchedulingProblem.Reason.NO_FREE_TIME && problem.person().isBlank()) {
            return messages.get("problem.NO_FREE_TIME.nobody");
        }
        return messages.get("problem." + problem.reason().name(), problem.person());
    }
}
