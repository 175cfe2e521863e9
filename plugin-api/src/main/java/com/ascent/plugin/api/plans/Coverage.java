package com.ascent.plugin.api.plans;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which program objectives the HiPos' goals work on.
 *
 * @param hipos                  per HiPo on the roster, the objectives their goals link to
 * @param objectivesWithoutGoals the program objectives no HiPo's goal links to, in the program's order
 * @param goalsWithoutObjective  goals that link to no objective
 */
public record Coverage(List<HipoCoverage> hipos, List<UUID> objectivesWithoutGoals,
                       List<UnlinkedGoal> goalsWithoutObjective) {

    public Coverage {
        hipos = List.copyOf(hipos);
        objectivesWithoutGoals = List.copyOf(objectivesWithoutGoals);
        goalsWithoutObjective = List.copyOf(goalsWithoutObjective);
    }

    /**
     * The objectives one HiPo's goals link to.
     *
     * @param hipoMemberId the HiPo's roster member id
     * @param objectiveIds the objectives covered; empty when the HiPo has no plan or no linked goal
     */
    public record HipoCoverage(UUID hipoMemberId, Set<UUID> objectiveIds) {

        public HipoCoverage {
            objectiveIds = Set.copyOf(objectiveIds);
        }
    }

    /**
     * A goal that links to no objective, so the program cannot show what it contributes to.
     *
     * @param hipoMemberId the HiPo whose plan holds it
     * @param goalId       the goal
     * @param outcome      the goal's outcome
     */
    public record UnlinkedGoal(UUID hipoMemberId, UUID goalId, String outcome) {
    }
}
