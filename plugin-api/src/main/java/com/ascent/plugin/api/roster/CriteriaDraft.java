package com.ascent.plugin.api.roster;

/**
 * The editable part of a program's selection criteria for one kind of pair.
 *
 * @param weights          how much each criterion counts
 * @param functionRule     how the functions of HiPo and guide must or should relate
 * @param minimumLevelGap  how many job levels the guide should be above the HiPo (0 to 10), e.g. 2
 *                         for "mentor at least two levels above"
 */
public record CriteriaDraft(CriteriaWeights weights, FunctionRule functionRule, int minimumLevelGap) {
}
