package com.ascent.plugin.api.plans;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A development activity of a plan.
 *
 * @param id       its id
 * @param version  optimistic-locking version
 * @param goalId   the goal it serves, if any
 * @param kind     what kind of activity
 * @param title    what the HiPo will do
 * @param startsOn when it starts, if planned
 * @param endsOn   when it ends, if planned
 * @param owner    who makes it happen
 * @param status   where it stands
 */
public record Activity(UUID id, long version, @Nullable UUID goalId, ActivityKind kind, String title,
                       @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, String owner, ActivityStatus status) {

    /** The editable part of this activity. */
    public ActivityDraft draft() {
        return new ActivityDraft(goalId, kind, title, startsOn, endsOn, owner, status);
    }
}
