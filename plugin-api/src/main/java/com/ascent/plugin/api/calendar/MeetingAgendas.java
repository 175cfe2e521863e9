package com.ascent.plugin.api.calendar;

import java.util.List;

/**
 * The meeting templates: the agenda items each kind of meeting starts with. Generated events copy
 * the agenda of their kind; an event's agenda can then differ from the template.
 */
public record MeetingAgendas(List<String> mentoring, List<String> coaching, List<String> review,
                             List<String> milestone) {

    public MeetingAgendas {
        mentoring = List.copyOf(mentoring);
        coaching = List.copyOf(coaching);
        review = List.copyOf(review);
        milestone = List.copyOf(milestone);
    }

    /** Templates with no agenda items yet. */
    public static MeetingAgendas empty() {
        return new MeetingAgendas(List.of(), List.of(), List.of(), List.of());
    }
}
