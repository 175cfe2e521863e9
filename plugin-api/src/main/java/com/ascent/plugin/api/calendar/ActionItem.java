package com.ascent.plugin.api.calendar;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something agreed at a meeting.
 *
 * @param id          the item's id
 * @param version     optimistic-locking version
 * @param eventId     the meeting it was agreed at
 * @param description what is to be done
 * @param owner       who does it
 * @param due         by when, if agreed
 * @param status      open, done or dropped
 */
public record ActionItem(UUID id, long version, UUID eventId, String description, String owner,
                         @Nullable LocalDate due, ActionStatus status) {

    /** Open and past its due date on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status == ActionStatus.OPEN && due != null && due.isBefore(today);
    }

    /** The editable part of this item. */
    public ActionItemDraft draft() {
        return new ActionItemDraft(description, owner, due, status);
    }
}
