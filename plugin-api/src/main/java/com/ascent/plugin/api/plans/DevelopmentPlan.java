package com.ascent.plugin.api.plans;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The personalized development plan (PDP) of one HiPo in the program.
 *
 * @param id           its id
 * @param version      optimistic-locking version of the plan's own fields (strengths, sign-off);
 *                     gaps, goals and activities carry their own versions
 * @param hipoMemberId the HiPo's roster member id
 * @param strengths    what the HiPo already does well, in the plan's words
 * @param gaps         capabilities to develop, by capability name
 * @param goals        SMART goals, by due date
 * @param activities   development activities, by start date (unplanned last)
 * @param signOff      the manager's sign-off, if recorded
 */
public record DevelopmentPlan(UUID id, long version, UUID hipoMemberId, String strengths, List<Gap> gaps,
                              List<Goal> goals, List<Activity> activities, @Nullable SignOff signOff) {

    public DevelopmentPlan {
        gaps = List.copyOf(gaps);
        goals = List.copyOf(goals);
        activities = List.copyOf(activities);
    }

    /** True once the HiPo's manager has signed the plan off. */
    public boolean signedOff() {
        return signOff != null;
    }
}
