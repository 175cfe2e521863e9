package com.ascent.plugin.api.roster;

/**
 * How much each selection criterion counts, each from 0 (ignored) to {@value #MAX}. At least one
 * weight must be above 0.
 *
 * @param capabilities the guide's strengths cover the HiPo's development needs and the program's
 *                     objectives
 * @param seniority    the guide is at least the minimum number of levels above the HiPo
 * @param function     the guide's function relates to the HiPo's as the function rule prefers
 * @param location     the two work in the same location
 * @param language     the two share a language
 * @param availability the guide can give at least the time the HiPo would like
 */
public record CriteriaWeights(int capabilities, int seniority, int function, int location, int language,
                              int availability) {

    /** The largest weight. */
    public static final int MAX = 10;

    /** The sum of all weights. */
    public int total() {
        return capabilities + seniority + function + location + language + availability;
    }
}
