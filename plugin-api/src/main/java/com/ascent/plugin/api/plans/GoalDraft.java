package com.ascent.plugin.api.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The editable part of a SMART goal. The host refuses a goal without outcome, measure, target or
 * due date, so every stored goal is specific, measurable and time-bound.
 *
 * @param outcome      the specific outcome, e.g. "Lead the move of two teams to the new order process"
 * @param measure      how it is measured, e.g. "Share of orders in the new process"
 * @param target       the value that counts as achieved, e.g. "90% by the end of Q3"
 * @param dueDate      when it is due, within the program; {@code null} only to be refused with a message
 * @param objectiveIds the program objectives this goal serves (none is allowed but shown as a warning)
 */
public record GoalDraft(String outcome, String measure, String target, @Nullable LocalDate dueDate,
                        List<UUID> objectiveIds) {

    public GoalDraft {
        objectiveIds = List.copyOf(objectiveIds);
    }
}
