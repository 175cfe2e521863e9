package com.ascent.plugin.api.roster;

/**
 * A program's selection criteria for mentors or for coaches. Until HR saves them, the host
 * offers sensible defaults with version 0.
 *
 * @param kind            mentoring or coaching
 * @param version         optimistic-locking version; 0 while the defaults are in use
 * @param weights         how much each criterion counts
 * @param functionRule    how the functions of HiPo and guide must or should relate
 * @param minimumLevelGap how many job levels the guide should be above the HiPo
 */
public record MatchingCriteria(PairKind kind, long version, CriteriaWeights weights, FunctionRule functionRule,
                               int minimumLevelGap) {

    /** The editable part of these criteria. */
    public CriteriaDraft draft() {
        return new CriteriaDraft(weights, functionRule, minimumLevelGap);
    }
}
