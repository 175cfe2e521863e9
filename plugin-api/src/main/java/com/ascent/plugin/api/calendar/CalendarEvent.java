package com.ascent.plugin.api.calendar;

import com.ascent.plugin.api.roster.PairKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One dated event of the program.
 *
 * @param id       the event's id
 * @param version  optimistic-locking version
 * @param pairId   the pair that meets; {@code null} for program-wide milestones and events
 * @param pairKind mentoring or coaching for sessions and reviews; {@code null} for program-wide events
 * @param kind     session, review, milestone or other event
 * @param title    what the event is called, in the language of the user who generated it
 * @param startsAt when it starts
 * @param endsAt   when it ends
 * @param status   planned, held, moved or cancelled
 * @param agenda   agenda items, copied from the meeting template when generated
 * @param notes    notes taken at or after the meeting
 * @param generated true when the event was generated from the framework (and may be replaced
 *                  by generating again while nobody has touched it)
 * @param schedulingProblem why generating found no time for it, or {@code null} when it has its
 *                  time (see {@link SchedulingProblem}; since 1.4.0)
 */
public record CalendarEvent(UUID id, long version, @Nullable UUID pairId, @Nullable PairKind pairKind, EventKind kind,
                            String title, Instant startsAt, Instant endsAt, EventStatus status, List<String> agenda,
                            String notes, boolean generated, @Nullable SchedulingProblem schedulingProblem) {

    public CalendarEvent {
        agenda = List.copyOf(agenda);
    }

    /** An event with its time (the form of plugin API 1.2). */
    public CalendarEvent(UUID id, long version, @Nullable UUID pairId, @Nullable PairKind pairKind, EventKind kind,
                         String title, Instant startsAt, Instant endsAt, EventStatus status, List<String> agenda,
                         String notes, boolean generated) {
        this(id, version, pairId, pairKind, kind, title, startsAt, endsAt, status, agenda, notes, generated, null);
    }

    /**
     * Whether the event has a time of its own: false when generating found none (see
     * {@link #schedulingProblem()}).
     *
     * @since 1.4.0
     */
    public boolean scheduled() {
        return schedulingProblem == null;
    }
}
