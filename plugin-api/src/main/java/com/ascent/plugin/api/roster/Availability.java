package com.ascent.plugin.api.roster;

/**
 * How much time a member can give to the program. For a guide it is what they offer, for a HiPo
 * what they would like; matching prefers guides who offer at least what the HiPo would like.
 */
public enum Availability {
    /** About one session a month. */
    LOW,
    /** About two sessions a month. */
    MEDIUM,
    /** Weekly sessions or more. */
    HIGH
}
