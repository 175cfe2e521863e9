package com.ascent.app.roster;

import com.ascent.plugin.api.roster.CriteriaWeights;
import com.ascent.plugin.api.roster.FunctionRule;
import com.ascent.plugin.api.roster.MatchingCriteria;
import com.ascent.plugin.api.roster.PairKind;

/**
 * The criteria a program starts with. Mentoring leans on experience from another function and a
 * real seniority gap; coaching on the capabilities to develop and a shared language.
 */
final class CriteriaDefaults {

    private CriteriaDefaults() {
    }

    static MatchingCriteria of(PairKind kind) {
        return switch (kind) {
            case MENTORING -> new MatchingCriteria(kind, 0, new CriteriaWeights(3, 2, 2, 1, 3, 1),
                    FunctionRule.PREFER_DIFFERENT, 2);
            case COACHING -> new MatchingCriteria(kind, 0, new CriteriaWeights(4, 0, 0, 1, 3, 2),
                    FunctionRule.PREFER_DIFFERENT, 0);
        };
    }
}
