package com.ascent.plugin.api.support;

/** The kinds of learning resources a catalogue holds. */
public enum ResourceType {
    /** A classroom course. */
    COURSE,
    /** A self-paced or instructor-led course taken online. */
    ONLINE_COURSE,
    /** A live online session, usually an hour or two. */
    WEBINAR,
    /** A hands-on session in a group. */
    WORKSHOP,
    /** An event to meet peers and leaders. */
    NETWORKING_EVENT,
    /** A conference, internal or external. */
    CONFERENCE,
    /** A book to read (and perhaps discuss with the mentor). */
    BOOK,
    /** One of the organization's own programs, e.g. a job rotation or an academy. */
    INTERNAL_PROGRAM;

    /** True for resources that take place on dates and therefore belong in the program's calendar. */
    public boolean isEvent() {
        return this == WEBINAR || this == WORKSHOP || this == NETWORKING_EVENT || this == CONFERENCE;
    }
}
