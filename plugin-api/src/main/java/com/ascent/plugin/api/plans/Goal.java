package com.ascent.plugin.api.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A SMART goal of a development plan.
 *
 * @param id           its id
 * @param version      optimistic-locking version
 * @param outcome      the specific outcome
 * @param measure      how it is measured
 * @param target       the value that counts as achieved
 * @param dueDate      when it is due
 * @param progress     how far the HiPo has come, 0 to 100 percent
 * @param objectiveIds the program objectives it serves, in the program's order
 */
public record Goal(UUID id, long version, String outcome, String measure, String target, LocalDate dueDate,
                   int progress, List<UUID> objectiveIds) {

    public Goal {
        objectiveIds = List.copyOf(objectiveIds);
    }

    /** The editable part of this goal. */
    public GoalDraft draft() {
        return new GoalDraft(outcome, measure, target, dueDate, objectiveIds);
    }
}
