package com.ascent.app.wizard;

import com.ascent.app.calendar.CalendarFeedService;
import com.ascent.app.calendar.MoveRefusedException;
import com.ascent.app.calendar.ProgramCalendarService;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.calendar.ActionItem;
import com.ascent.plugin.api.calendar.ActionItemDraft;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.CalendarFeed;
import com.ascent.plugin.api.calendar.CalendarService;
import com.ascent.plugin.api.calendar.EventOutcome;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.GenerationSummary;
import com.ascent.plugin.api.calendar.MeetingDraft;
import com.ascent.plugin.api.calendar.ProgramFramework;
import com.ascent.plugin.api.calendar.ResourceDate;
import com.ascent.plugin.api.calendar.StalledPair;
import com.ascent.plugin.api.contribution.ContributedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The plugin API's view of one program's framework and calendar. */
record ProgramCalendar(ProgramCalendarService calendar, CalendarFeedService feedService, UUID programId,
                       HostMessages messages, Supplier<List<ContributedEvent>> contributed)
        implements CalendarService {

    @Override
    public List<ContributedEvent> contributedEvents() {
        return contributed.get();
    }

    @Override
    public Optional<ProgramFramework> framework() {
        return messages.translated(() -> calendar.framework(programId));
    }

    @Override
    public ProgramFramework saveFramework(long expectedVersion, FrameworkDraft draft) {
        return messages.translated(() -> calendar.saveFramework(programId, expectedVersion, draft));
    }

    @Override
    public GenerationSummary generate() {
        return messages.translated(() -> calendar.generate(programId, messages.locale()));
    }

    @Override
    public List<String> idleCadences() {
        return messages.translated(() -> calendar.idleCadences(programId, messages.locale()));
    }

    @Override
    public List<CalendarEvent> events() {
        return messages.translated(() -> calendar.events(programId));
    }

    @Override
    public List<CalendarEvent> eventsOfPair(UUID pairId) {
        return messages.translated(() -> calendar.eventsOfPair(programId, pairId));
    }

    @Override
    public List<ResourceDate> resourceDates() {
        return messages.translated(() -> calendar.resourceDates(programId));
    }

    @Override
    public List<UUID> pairsWithoutCalendar() {
        return messages.translated(() -> calendar.pairsWithoutCalendar(programId));
    }

    /** A refused move says why in the user's language, naming the person who is busy then. */
    @Override
    public CalendarEvent recordOutcome(UUID eventId, long expectedVersion, EventOutcome outcome) {
        return refusalsTranslated(() -> calendar.recordOutcome(programId, eventId, expectedVersion, outcome));
    }

    @Override
    public CalendarEvent addMeeting(MeetingDraft draft) {
        return refusalsTranslated(() -> calendar.addMeeting(programId, draft));
    }

    @Override
    public CalendarEvent changeOccurrence(UUID eventId, long expectedVersion, @Nullable Instant startsAt, String reason) {
        return refusalsTranslated(() -> calendar.changeOccurrence(programId, eventId, expectedVersion, startsAt, reason));
    }

    @Override
    public String changeReason(UUID eventId) {
        return messages.translated(() -> calendar.changeReason(programId, eventId));
    }

    private CalendarEvent refusalsTranslated(Supplier<CalendarEvent> change) {
        try {
            return change.get();
        } catch (MoveRefusedException refused) {
            throw new InvalidInputException(refused.field(), messages.i18n().getTranslation(refused.getMessage(),
                    messages.locale(), refused.arguments().toArray()));
        } catch (InvalidInputException | ConcurrentEditException other) {
            return messages.translated(() -> {
                throw other;
            });
        }
    }

    @Override
    public List<ActionItem> actionItems() {
        return messages.translated(() -> calendar.actionItems(programId));
    }

    @Override
    public ActionItem addActionItem(UUID eventId, ActionItemDraft draft) {
        return messages.translated(() -> calendar.addActionItem(programId, eventId, draft));
    }

    @Override
    public ActionItem updateActionItem(UUID id, long expectedVersion, ActionItemDraft draft) {
        return messages.translated(() -> calendar.updateActionItem(programId, id, expectedVersion, draft));
    }

    @Override
    public List<ActionItem> overdueActionItems(LocalDate today) {
        return messages.translated(() -> calendar.overdueActionItems(programId, today));
    }

    @Override
    public List<StalledPair> stalledPairs(LocalDate today) {
        return messages.translated(() -> calendar.stalledPairs(programId, today));
    }

    @Override
    public String icsForPair(UUID pairId) {
        return messages.translated(() -> calendar.icsForPair(programId, pairId, messages.locale()));
    }

    @Override
    public String icsForMember(UUID memberId) {
        return messages.translated(() -> calendar.icsForMember(programId, memberId, messages.locale()));
    }

    @Override
    public String icsForProgram() {
        return messages.translated(() -> calendar.icsForProgram(programId, messages.locale()));
    }

    @Override
    public CalendarFeed createFeed(@Nullable UUID memberId) {
        return messages.translated(() -> feedService.create(programId, memberId));
    }

    @Override
    public List<CalendarFeed> feeds() {
        return messages.translated(() -> feedService.feeds(programId));
    }

    @Override
    public void revokeFeed(UUID feedId) {
        messages.translated(() -> {
            feedService.revoke(programId, feedId);
            return null;
        });
    }
}
