package com.ascent.plugin.api.plans;

/**
 * The three ways people learn in the 70-20-10 model: about 70% from experience on the job, 20%
 * from other people and 10% from formal learning. A balanced plan has activities of each.
 */
public enum LearningMode {
    /** Learning by doing: assignments and projects (about 70%). */
    EXPERIENCE(70),
    /** Learning from others: mentors, coaches, senior leaders (about 20%). */
    RELATIONSHIPS(20),
    /** Workshops and courses (about 10%). */
    FORMAL_LEARNING(10);

    private final int share;

    LearningMode(int share) {
        this.share = share;
    }

    /** The share of development this mode usually accounts for, in percent. */
    public int share() {
        return share;
    }
}
