package com.ascent.plugin.api.plans;

import java.util.UUID;

/**
 * Whether one HiPo's plan is ready: it has at least one SMART goal linked to an objective and at
 * least one activity, or HR recorded an exception for the HiPo.
 *
 * @param hipoMemberId     the HiPo's roster member id
 * @param hipoName         the HiPo's name
 * @param hasPlan          a plan was opened
 * @param hasLinkedGoal    at least one goal links to an objective
 * @param hasActivity      at least one activity is planned
 * @param hasException     HR recorded an exception
 */
public record PlanReadiness(UUID hipoMemberId, String hipoName, boolean hasPlan, boolean hasLinkedGoal,
                            boolean hasActivity, boolean hasException) {

    /** True when the HiPo needs nothing more in this step. */
    public boolean ready() {
        return hasException || (hasLinkedGoal && hasActivity);
    }
}
