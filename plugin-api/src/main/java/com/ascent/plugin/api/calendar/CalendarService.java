package com.ascent.plugin.api.calendar;

import com.ascent.plugin.api.contribution.ContributedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The framework and calendar of the context's program.
 *
 * <p>Every write is one transaction: stored completely or not at all. Writes carry the version the
 * caller read and refuse a stale one with {@link com.ascent.plugin.api.ConcurrentEditException};
 * bad values are refused with {@link com.ascent.plugin.api.InvalidInputException} naming the field
 * at fault, with a message in the user's language. The generation rules are listed in the
 * {@linkplain com.ascent.plugin.api.calendar package description}.
 *
 * <p>Reading steps need {@link #framework()}, {@link #events()} and {@link #actionItems()}: for
 * example, measurement compares held sessions with planned ones.
 */
public interface CalendarService {

    // --- Framework -------------------------------------------------------------------------------

    /** The program's structure, if it has been set. */
    Optional<ProgramFramework> framework();

    /** Saves the structure; pass version 0 the first time. The calendar is not changed until generated. */
    ProgramFramework saveFramework(long expectedVersion, FrameworkDraft draft);

    // --- Calendar --------------------------------------------------------------------------------

    /**
     * Generates (again) the sessions, reviews and milestones of every confirmed pair from the saved
     * structure, each at a time when none of its people has another event, on the organization's
     * working days and hours (an event for which no such time exists is kept flagged with its
     * {@link CalendarEvent#schedulingProblem()}). Refused when no structure is saved
     * ({@code framework}). Events of pairs that are no longer confirmed are removed unless someone
     * touched them.
     */
    GenerationSummary generate();

    /**
     * Why a cadence of the saved structure gives no meeting at all, one sentence per cadence in the
     * user's language, e.g. "Coaching every 2 weeks: no coach is paired in this program, so no
     * coaching sessions were scheduled."; empty when every cadence gives meetings or no structure is
     * saved.
     *
     * @since 1.4.0
     */
    List<String> idleCadences();

    /** All events of the program in time order. */
    List<CalendarEvent> events();

    /** The events of one pair in time order, with the program-wide milestones. */
    List<CalendarEvent> eventsOfPair(UUID pairId);

    /**
     * The dated learning resources (webinars, workshops, networking events, conferences, dated
     * courses) that the program's HiPos hold a place on in the Support step, one entry per time a
     * resource takes place, in time order. They belong in the program calendar next to
     * {@link #events()}, but are planned and changed in the Support step.
     *
     * @since 1.2.0
     */
    List<ResourceDate> resourceDates();

    /**
     * The dated events the organization's steps contribute to the program calendar
     * ({@link com.ascent.plugin.api.WizardStep#calendarEvents}), in time order, for a month view to
     * show beside {@link #events()}; none from a step whose contribution failed.
     *
     * @since 1.5.0
     */
    default List<ContributedEvent> contributedEvents() {
        return List.of();
    }

    /** The confirmed pairs that have no session in the calendar yet (generate to give them one). */
    List<UUID> pairsWithoutCalendar();

    /**
     * Records that an event was held, moved or cancelled, with notes. A move to another time is
     * refused ({@code movedTo}) when that time is not on a working day of the organization, lies
     * outside its working hours or the program, or when one of the event's people has another event
     * then; the message names the rule, or the person and their other event.
     */
    CalendarEvent recordOutcome(UUID eventId, long expectedVersion, EventOutcome outcome);

    /**
     * Adds a one-off meeting for a pair (HR), following the rules of a move: refused when its time is
     * not on a working day, outside working hours or the program, or when one of its people has
     * another event then, naming the rule or the person.
     *
     * @since 1.4.0
     */
    default CalendarEvent addMeeting(MeetingDraft draft) {
        throw new UnsupportedOperationException("One-off meetings need a host with plugin API 1.4.0");
    }

    /**
     * Moves one occurrence to {@code startsAt} or cancels it ({@code startsAt} null), with the reason
     * people are told; the rest of its series stays as it is. A move follows the rules of
     * {@link #recordOutcome}.
     *
     * @since 1.4.0
     */
    default CalendarEvent changeOccurrence(UUID eventId, long expectedVersion, @Nullable Instant startsAt,
                                           String reason) {
        throw new UnsupportedOperationException("Changing an occurrence needs a host with plugin API 1.4.0");
    }

    /**
     * Why an occurrence was moved or cancelled, or added; empty when nobody said.
     *
     * @since 1.4.0
     */
    default String changeReason(UUID eventId) {
        return "";
    }

    // --- Action items ----------------------------------------------------------------------------

    /** All action items of the program, by due date (undated last). */
    List<ActionItem> actionItems();

    /** Adds an action item to a meeting. */
    ActionItem addActionItem(UUID eventId, ActionItemDraft draft);

    /** Changes an action item, e.g. marks it done. */
    ActionItem updateActionItem(UUID id, long expectedVersion, ActionItemDraft draft);

    /** Open action items past their due date on {@code today}. */
    List<ActionItem> overdueActionItems(LocalDate today);

    // --- Following the program -------------------------------------------------------------------

    /** Confirmed pairs with no held session for longer than their cadence allows, as of {@code today}. */
    List<StalledPair> stalledPairs(LocalDate today);

    // --- Exports ---------------------------------------------------------------------------------

    /**
     * An iCalendar file (RFC 5545) with the pair's sessions and reviews and the milestones. Each
     * event names its attendees with their e-mail: the HiPo and the guide for a session; for a
     * progress review, the people the structure says attend (the HiPo, their mentor and coach, their
     * manager from the people directory, and HR: the program's owner), where their e-mail is known.
     */
    String icsForPair(UUID pairId);

    /**
     * An iCalendar file (RFC 5545) with every event one roster member attends: their sessions, the
     * progress reviews they attend, the milestones and, for a HiPo, the dates of the resources they
     * hold a place on (all-day events). Attendees as for {@link #icsForPair}.
     */
    String icsForMember(UUID memberId);

    /**
     * An iCalendar file with every event of the program, attendees as for {@link #icsForPair}.
     *
     * @since 1.4.0
     */
    default String icsForProgram() {
        throw new UnsupportedOperationException("The program calendar needs a host with plugin API 1.4.0");
    }

    // --- Live feeds ------------------------------------------------------------------------------

    /**
     * Makes a live feed of one roster member's events, or of the whole program ({@code memberId}
     * null); the result carries the address, shown once.
     *
     * @since 1.4.0
     */
    default CalendarFeed createFeed(@Nullable UUID memberId) {
        throw new UnsupportedOperationException("Live calendar feeds need a host with plugin API 1.4.0");
    }

    /**
     * The program's feeds that are not revoked, newest first, without their addresses.
     *
     * @since 1.4.0
     */
    default List<CalendarFeed> feeds() {
        return List.of();
    }

    /**
     * Revokes a feed: its address answers nothing from now on.
     *
     * @since 1.4.0
     */
    default void revokeFeed(UUID feedId) {
        throw new UnsupportedOperationException("Live calendar feeds need a host with plugin API 1.4.0");
    }
}
