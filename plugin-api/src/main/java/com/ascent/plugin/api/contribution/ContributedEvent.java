package com.ascent.plugin.api.contribution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dated event a step adds to the program calendar: it is shown in the month view, written into
 * the program's .ics file and served by the program's live feeds. Either on whole days
 * ({@link #allDay}) or at a time ({@link #timed}).
 *
 * @param key         the step's own stable key of the event, e.g. {@code sign-off-deadline}: with the
 *                    step's id it is the event's UID in calendar files, so that a subscribed calendar
 *                    moves the event rather than adding another one when its date changes
 * @param kind        what kind of event it is, in the user's language, e.g. "Sponsor sign-off"
 *                    (shown beside the title and in the month view's legend)
 * @param colour      the colour it is shown in
 * @param title       what the event is called
 * @param description more about it, may be empty
 * @param firstDay    the first day of an all-day event, {@code null} for a timed one
 * @param lastDay     the last day (included) of an all-day event, {@code null} for a timed one
 * @param startsAt    the start of a timed event, {@code null} for an all-day one
 * @param endsAt      the end of a timed event, {@code null} for an all-day one
 * @since 1.5.0
 */
public record ContributedEvent(String key, String kind, EventColour colour, String title, String description,
                               @Nullable LocalDate firstDay, @Nullable LocalDate lastDay,
                               @Nullable Instant startsAt, @Nullable Instant endsAt) {

    public ContributedEvent {
        if (key.isBlank()) {
            throw new IllegalArgumentException("A contributed event needs a key");
        }
        Objects.requireNonNull(colour, "colour");
        boolean allDay = firstDay != null && lastDay != null && startsAt == null && endsAt == null;
        boolean timed = firstDay == null && lastDay == null && startsAt != null && endsAt != null;
        if (!allDay && !timed) {
            throw new IllegalArgumentException("An event has either its days or its start and end");
        }
        if (allDay && lastDay.isBefore(firstDay) || timed && endsAt.isBefore(startsAt)) {
            throw new IllegalArgumentException("An event cannot end before it starts");
        }
    }

    /** An event on whole days, from {@code firstDay} to {@code lastDay}, both included. */
    public static ContributedEvent allDay(String key, String kind, EventColour colour, String title,
                                          String description, LocalDate firstDay, LocalDate lastDay) {
        return new ContributedEvent(key, kind, colour, title, description, firstDay, lastDay, null, null);
    }

    /** An event at a time. */
    public static ContributedEvent timed(String key, String kind, EventColour colour, String title,
                                        String description, Instant startsAt, Instant endsAt) {
        return new ContributedEvent(key, kind, colour, title, description, null, null, startsAt, endsAt);
    }

    /** Whether the event lasts whole days rather than from a time to a time. */
    public boolean isAllDay() {
        return firstDay != null;
    }
}
