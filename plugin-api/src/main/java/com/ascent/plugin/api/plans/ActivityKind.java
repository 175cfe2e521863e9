package com.ascent.plugin.api.plans;

/** What kind of development activity this is, and so which {@link LearningMode} it belongs to. */
public enum ActivityKind {
    /** A task beyond the HiPo's current role that stretches them. */
    STRETCH_ASSIGNMENT(LearningMode.EXPERIENCE),
    /** Leading a small, contained change in the HiPo's own area. */
    SMALL_CHANGE_PROJECT(LearningMode.EXPERIENCE),
    /** Working on or leading a project with other functions. */
    CROSS_FUNCTIONAL_PROJECT(LearningMode.EXPERIENCE),
    /** Regular conversations with the HiPo's mentor. */
    MENTORING(LearningMode.RELATIONSHIPS),
    /** Sessions with the HiPo's coach. */
    COACHING(LearningMode.RELATIONSHIPS),
    /** Accompanying a senior leader to learn how they work. */
    SHADOWING_SENIOR_LEADER(LearningMode.RELATIONSHIPS),
    /** A workshop, usually a day or two, often with other HiPos. */
    WORKSHOP(LearningMode.FORMAL_LEARNING),
    /** A course, in a classroom or online. */
    COURSE(LearningMode.FORMAL_LEARNING);

    private final LearningMode mode;

    ActivityKind(LearningMode mode) {
        this.mode = mode;
    }

    /** The 70-20-10 category of this kind. */
    public LearningMode mode() {
        return mode;
    }
}
