package com.ascent.plugins.selection.matching;

import com.ascent.plugin.api.roster.CriteriaWeights;

/**
 * The selection criteria this step scores, with the key stored in a pair's explanation
 * ({@link com.ascent.plugin.api.roster.CriterionScore#criterion()}).
 */
public enum Criterion {
    /** The guide's strengths cover the HiPo's development needs and the program's objectives. */
    CAPABILITIES("capabilities"),
    /** The guide is the minimum number of levels above the HiPo. */
    SENIORITY("seniority"),
    /** The functions relate as the function rule prefers. */
    FUNCTION("function"),
    /** Both work in the same location. */
    LOCATION("location"),
    /** Both speak a common language. */
    LANGUAGE("language"),
    /** The guide can give the time the HiPo would like. */
    AVAILABILITY("availability");

    private final String key;

    Criterion(String key) {
        this.key = key;
    }

    /** The key stored in explanations. */
    public String key() {
        return key;
    }

    /** This criterion's weight in {@code weights}. */
    public int weightIn(CriteriaWeights weights) {
        return switch (this) {
            case CAPABILITIES -> weights.capabilities();
            case SENIORITY -> weights.seniority();
            case FUNCTION -> weights.function();
            case LOCATION -> weights.location();
            case LANGUAGE -> weights.language();
            case AVAILABILITY -> weights.availability();
        };
    }
}
