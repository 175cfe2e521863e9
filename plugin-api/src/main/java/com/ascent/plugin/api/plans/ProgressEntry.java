package com.ascent.plugin.api.plans;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One change of a goal's progress or an activity's status, kept while the program runs. Exactly one
 * of {@code goalId}/{@code activityId} was set when it was recorded; it becomes {@code null} when
 * the goal or activity is removed, while {@code subject} keeps its name.
 *
 * @param goalId     the goal whose progress changed
 * @param activityId the activity whose status changed
 * @param subject    the goal's outcome or the activity's title at that moment
 * @param progress   the goal's new progress in percent; {@code null} for an activity
 * @param status     the activity's new status; {@code null} for a goal
 * @param note       what happened, in the user's words (may be empty)
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record ProgressEntry(@Nullable UUID goalId, @Nullable UUID activityId, String subject,
                            @Nullable Integer progress, @Nullable ActivityStatus status, String note,
                            String recordedBy, Instant recordedAt) {
}
