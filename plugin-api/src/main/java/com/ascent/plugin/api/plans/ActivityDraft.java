package com.ascent.plugin.api.plans;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The editable part of a development activity.
 *
 * @param goalId   the goal of the same plan it serves, if any
 * @param kind     what kind of activity (and so which part of 70-20-10)
 * @param title    what the HiPo will do, e.g. "Change leadership workshop"
 * @param startsOn when it starts, if planned
 * @param endsOn   when it ends, if planned; not before {@code startsOn}, not after the program ends
 * @param owner    who makes it happen, e.g. the HiPo, their manager or HR
 * @param status   where it stands
 */
public record ActivityDraft(@Nullable UUID goalId, ActivityKind kind, String title, @Nullable LocalDate startsOn,
                            @Nullable LocalDate endsOn, String owner, ActivityStatus status) {
}
