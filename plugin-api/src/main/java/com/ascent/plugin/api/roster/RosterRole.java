package com.ascent.plugin.api.roster;

/** The part a member plays in a program. */
public enum RosterRole {
    /** A high-potential employee who is developed by the program. */
    HIPO,
    /** A senior person who shares experience, often from another function. */
    MENTOR,
    /** Someone trained to develop a specific capability; may be external to the organization. */
    COACH,
    /** Someone who may be paired as a mentor or as a coach. */
    MENTOR_AND_COACH;

    /** True for mentors and coaches: members who guide HiPos and have a capacity. */
    public boolean isGuide() {
        return this != HIPO;
    }

    /** Whether a member with this role may be the guide of a pair of {@code kind}. */
    public boolean guides(PairKind kind) {
        return switch (kind) {
            case MENTORING -> this == MENTOR || this == MENTOR_AND_COACH;
            case COACHING -> this == COACH || this == MENTOR_AND_COACH;
        };
    }
}
