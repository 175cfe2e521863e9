package com.ascent.plugin.api.roster;

import org.jspecify.annotations.Nullable;

/**
 * How the functions (departments) of a HiPo and their guide relate. The two {@code MUST_} rules
 * are hard rules the host enforces on every pair of that kind; the two {@code PREFER_} rules only
 * weigh in the score. An external guide has no function of the organization: they count as
 * different from every function.
 */
public enum FunctionRule {
    /** The guide must work in the HiPo's function. */
    MUST_BE_SAME,
    /** A guide from the HiPo's own function scores higher. */
    PREFER_SAME,
    /** A guide from another function scores higher. */
    PREFER_DIFFERENT,
    /** The guide must come from another function: the cross-functional rule. */
    MUST_DIFFER;

    /** Whether a guide of {@code guideFunction} may be paired with a HiPo of {@code hipoFunction} at all. */
    public boolean allows(String hipoFunction, @Nullable String guideFunction) {
        boolean same = guideFunction != null && guideFunction.equalsIgnoreCase(hipoFunction);
        return switch (this) {
            case MUST_BE_SAME -> same;
            case MUST_DIFFER -> !same;
            case PREFER_SAME, PREFER_DIFFERENT -> true;
        };
    }
}
