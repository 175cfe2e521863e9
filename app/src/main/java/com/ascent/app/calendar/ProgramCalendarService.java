package com.ascent.app.calendar;

import com.ascent.app.calendar.CalendarGenerator.PairToPlan;
import com.ascent.app.calendar.CalendarGenerator.PlannedEvent;
import com.ascent.app.calendar.CalendarGenerator.Regeneration;
import com.ascent.app.calendar.CalendarGenerator.Scheduling;
import com.ascent.app.calendar.IcsWriter.AllDay;
import com.ascent.app.calendar.IcsWriter.IcsAttendee;
import com.ascent.app.calendar.IcsWriter.IcsEvent;
import com.ascent.app.calendar.IcsWriter.Timed;
import com.ascent.app.calendar.IcsWriter.When;
import com.ascent.app.calendar.MeetingScheduler.Booking;
import com.ascent.app.calendar.Participants.Participant;
import com.ascent.app.database.OrganizationScope;
import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.organization.WorkingWeek;
import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.plugin.Contribution;
import com.ascent.app.plugin.ProgramContributions;
import com.ascent.app.program.ProgramChanged;
import com.ascent.app.resources.ResourceService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.text.InputText;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.ProgramEvent;
import com.ascent.plugin.api.calendar.ActionItem;
import com.ascent.plugin.api.calendar.ActionItemDraft;
import com.ascent.plugin.api.calendar.Attendee;
import com.ascent.plugin.api.calendar.Cadence;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.EventKind;
import com.ascent.plugin.api.calendar.EventOutcome;
import com.ascent.plugin.api.calendar.EventStatus;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.GenerationSummary;
import com.ascent.plugin.api.calendar.MeetingDraft;
import com.ascent.plugin.api.calendar.ProgramFramework;
import com.ascent.plugin.api.calendar.ResourceDate;
import com.ascent.plugin.api.calendar.StalledPair;
import com.ascent.plugin.api.contribution.ContributedEvent;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a program's framework and calendar. Exceptions carry translation keys of the
 * {@code calendar} bundle; callers translate them for the user.
 */
@Service
public class ProgramCalendarService {

    private static final Comparator<CalendarEvent> IN_TIME = Comparator.comparing(CalendarEvent::startsAt)
            .thenComparing(CalendarEvent::title);

    private final CalendarRepository calendar;
    private final ProgramRosterService roster;
    private final PeopleDirectory people;
    private final ResourceService resources;
    private final OrganizationScope organization;
    private final AscentI18NProvider i18n;
    private final OrganizationSettingsService settings;

    /** The steps' contributions, looked up when asked: the steps' contexts need this service. */
    private final ObjectProvider<ProgramContributions> contributions;
    private final ApplicationEventPublisher events;

    ProgramCalendarService(CalendarRepository calendar, ProgramRosterService roster, PeopleDirectory people,
                           ResourceService resources, OrganizationScope organization, AscentI18NProvider i18n,
                           OrganizationSettingsService settings, ObjectProvider<ProgramContributions> contributions,
                           ApplicationEventPublisher events) {
        this.events = events;
        this.settings = settings;
        this.contributions = contributions;
        this.calendar = calendar;
        this.roster = roster;
        this.people = people;
        this.resources = resources;
        this.organization = organization;
        this.i18n = i18n;
    }

    // --- Framework -------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @RolesAllowed({"VIEWER", "PARTICIPANT"})
    public Optional<ProgramFramework> framework(UUID programId) {
        return calendar.framework(requireProgram(programId), programId);
    }

    @Transactional
    @RolesAllowed("HR")
    public ProgramFramework saveFramework(UUID programId, long expectedVersion, FrameworkDraft typed) {
        FrameworkDraft draft = InputText.clean(typed, "hipo", "mentor", "coach", "manager", "hr", "confidentiality", "preparation");
        UUID org = requireProgram(programId);
        validate(draft);
        Optional<FrameworkDraft> before = calendar.framework(org, programId).map(ProgramFramework::structure);
        boolean saved = expectedVersion == 0 ? calendar.insertFramework(org, programId, draft)
                : calendar.updateFramework(org, programId, expectedVersion, draft);
        if (!saved) {
            throw new ConcurrentEditException("calendar.error.concurrentEdit");
        }
        if (before.filter(old -> sameDates(old, draft)).isEmpty()) {
            events.publishEvent(new ProgramChanged(org,
                    new ProgramEvent(ProgramEvent.Kind.FRAMEWORK_DATES_CHANGED, programId)));
        }
        return calendar.framework(org, programId).orElseThrow();
    }

    /** Whether two versions of a framework give the same period and the same session rhythm. */
    private static boolean sameDates(FrameworkDraft old, FrameworkDraft now) {
        return old.startDate().equals(now.startDate()) && old.endDate().equals(now.endDate())
                && old.timeZone().equals(now.timeZone()) && old.sessionStart().equals(now.sessionStart())
                && Objects.equals(old.mentoring(), now.mentoring()) && Objects.equals(old.coaching(), now.coaching());
    }

    private static void validate(FrameworkDraft draft) {
        if (draft.endDate().isBefore(draft.startDate())) {
            throw new InvalidInputException("endDate", "calendar.error.endBeforeStart");
        }
        if (draft.endDate().isAfter(draft.startDate().plusMonths(FrameworkDraft.MAX_MONTHS))) {
            throw new InvalidInputException("endDate", "calendar.error.tooLong");
        }
        if (draft.mentoring() == null && draft.coaching() == null) {
            throw new InvalidInputException("mentoringCadence", "calendar.error.noCadence");
        }
        if (draft.mentoring() != null && draft.mentoring().every() < 1) {
            throw new InvalidInputException("mentoringCadence", "calendar.error.cadenceTooLow");
        }
        if (draft.coaching() != null && draft.coaching().every() < 1) {
            throw new InvalidInputException("coachingCadence", "calendar.error.cadenceTooLow");
        }
        if (draft.coachingMonths() < 0) {
            throw new InvalidInputException("coachingMonths", "calendar.error.coachingMonthsNegative");
        }
        if (draft.reviewEveryMonths() < 1) {
            throw new InvalidInputException("reviewEveryMonths", "calendar.error.cadenceTooLow");
        }
        if (draft.startDate().plusMonths(draft.reviewEveryMonths()).isAfter(draft.endDate())) {
            throw new InvalidInputException("reviewEveryMonths", "calendar.error.reviewLongerThanProgram");
        }
        if (draft.sessionMinutes() < 15 || draft.sessionMinutes() > 480) {
            throw new InvalidInputException("sessionMinutes", "calendar.error.sessionLength");
        }
    }

    // --- Calendar --------------------------------------------------------------------------------

    /**
     * Generates (again) the program's calendar: each event at a time when none of its people has
     * another one, on the organization's working days and hours; an event for which no such time
     * exists is stored with its problem instead of overlapping.
     */
    @Transactional
    @RolesAllowed("HR")
    public GenerationSummary generate(UUID programId, Locale locale) {
        UUID org = requireProgram(programId);
        ProgramFramework framework = calendar.lockFramework(org, programId)
                .orElseThrow(() -> new InvalidInputException("framework", "calendar.error.noFramework"));
        Participants participants = participants(org, programId);
        List<Pair> pairs = participants.pairs();
        Map<UUID, String> names = roster.members(programId).stream()
                .collect(Collectors.toMap(RosterMember::id, RosterMember::displayName));
        Map<UUID, Pair> pairsById = pairs.stream().collect(Collectors.toMap(Pair::id, Function.identity()));
        Map<String, String> personNames = new HashMap<>();
        Scheduling scheduling = new Scheduling(settings.current().workingWeek(), slot -> keys(
                participants.of(slot.series().kind, slot.pairId(), pairs), personNames), participants.zones());
        Map<UUID, Booking> booked = new HashMap<>();
        for (CalendarEvent event : calendar.events(org, programId)) {
            if (blocksTime(event)) {
                booked.put(event.id(), booking(event, participants, pairs));
            }
        }
        Regeneration regeneration = CalendarGenerator.regenerate(framework.structure(), toPlan(pairs),
                calendar.generatedEvents(org, programId), booked, scheduling);
        if (!regeneration.toRemove().isEmpty()) {
            calendar.deleteEvents(org, regeneration.toRemove());
        }
        for (PlannedEvent event : regeneration.toCreate()) {
            String person = event.problem() == null || event.problem().person() == null ? null
                    : personNames.get(event.problem().person());
            calendar.insertEvent(org, programId, event, title(event, pairsById, names, locale), person);
        }
        return new GenerationSummary(regeneration.toCreate().size(), regeneration.kept(), regeneration.toRemove().size(),
                regeneration.unscheduled());
    }

    /**
     * Why a cadence of the saved structure gives no meeting, one sentence each in {@code locale}:
     * "Coaching every 2 weeks: no coach is paired in this program, so no coaching sessions were scheduled."
     */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<String> idleCadences(UUID programId, Locale locale) {
        UUID org = requireProgram(programId);
        Optional<ProgramFramework> framework = calendar.framework(org, programId);
        if (framework.isEmpty()) {
            return List.of();
        }
        return CalendarGenerator.idleCadences(framework.get().structure(), toPlan(roster.confirmedPairs(programId)))
                .stream().map(idle -> i18n.getTranslation("calendar.idle." + idle.reason().name(), locale,
                        i18n.getTranslation("calendar.cadence", locale, idle.kind().name(), idle.cadence().unit().name(),
                                idle.cadence().every()),
                        idle.kind().name(), String.valueOf(idle.coachingPeriod())))
                .toList();
    }

    private static List<PairToPlan> toPlan(List<Pair> pairs) {
        return pairs.stream().map(p -> new PairToPlan(p.id(), p.hipoMemberId(), p.kind())).toList();
    }

    /** Cancelled events and those without a time of their own block nobody. */
    private static boolean blocksTime(CalendarEvent event) {
        return event.status() != EventStatus.CANCELLED && event.scheduled();
    }

    private static Booking booking(CalendarEvent event, Participants participants, List<Pair> pairs) {
        return new Booking(event.startsAt(), event.endsAt(), keys(participants.of(event, pairs), new HashMap<>()));
    }

    /** The scheduler's keys of these people, noting each key's name in {@code names}. */
    private static List<String> keys(List<Participant> people, Map<String, String> names) {
        List<String> keys = new ArrayList<>();
        for (Participant person : people) {
            keys.add(person.key());
            names.putIfAbsent(person.key(), person.name());
        }
        return keys;
    }

    private String title(PlannedEvent event, Map<UUID, Pair> pairs, Map<UUID, String> names, Locale locale) {
        String key = "calendar.title." + event.slot().series().name();
        Pair pair = event.slot().pairId() == null ? null : pairs.get(event.slot().pairId());
        if (pair == null) {
            return i18n.getTranslation(key, locale);
        }
        return i18n.getTranslation(key, locale, event.slot().sequence(), names.get(pair.hipoMemberId()),
                names.get(pair.guideMemberId()));
    }

    @Transactional(readOnly = true)
    @RolesAllowed({"VIEWER", "PARTICIPANT"})
    public List<CalendarEvent> events(UUID programId) {
        UUID org = requireProgram(programId);
        return calendar.events(org, programId).stream().sorted(IN_TIME).toList();
    }

    @Transactional(readOnly = true)
    @RolesAllowed({"VIEWER", "PARTICIPANT"})
    public List<CalendarEvent> eventsOfPair(UUID programId, UUID pairId) {
        return events(programId).stream().filter(e -> e.pairId() == null || e.pairId().equals(pairId)).toList();
    }

    /** The dated resources the program's HiPos hold a place on, one entry per time, from the resources feature. */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<ResourceDate> resourceDates(UUID programId) {
        requireProgram(programId);
        return resources.programDates(programId);
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<UUID> pairsWithoutCalendar(UUID programId) {
        Set<UUID> withSessions = events(programId).stream().filter(e -> e.kind() == EventKind.SESSION)
                .map(CalendarEvent::pairId).collect(Collectors.toSet());
        return roster.confirmedPairs(programId).stream().map(Pair::id).filter(id -> !withSessions.contains(id)).toList();
    }

    /**
     * Records what became of an event. A move to another time (or of an event without a time of its
     * own) follows the rules of generation, and is refused with {@link MoveRefusedException} saying
     * which: the program's period, a working day, working hours, or the person who already has
     * another event then.
     */
    @Transactional
    @RolesAllowed({"HR", "PARTICIPANT"})
    public CalendarEvent recordOutcome(UUID programId, UUID eventId, long expectedVersion, EventOutcome outcome) {
        return recordOutcome(programId, eventId, expectedVersion, outcome, null);
    }

    /**
     * Moves one occurrence to {@code startsAt}, or cancels it when that is null, telling people why;
     * the other events of its series stay as they are. A move follows the rules of
     * {@link #recordOutcome(UUID, UUID, long, EventOutcome)}.
     */
    @Transactional
    @RolesAllowed({"HR", "PARTICIPANT"})
    public CalendarEvent changeOccurrence(UUID programId, UUID eventId, long expectedVersion, @Nullable Instant startsAt,
                                          String reason) {
        String why = InputText.text("reason", reason);
        UUID org = requireProgram(programId);
        String notes = calendar.event(org, programId, eventId).map(CalendarEvent::notes).orElse("");
        EventOutcome outcome = startsAt == null ? new EventOutcome(EventStatus.CANCELLED, null, notes)
                : new EventOutcome(EventStatus.MOVED, startsAt, notes);
        return recordOutcome(programId, eventId, expectedVersion, outcome, why);
    }

    /** Why an event was added, moved or cancelled; empty when nobody said. */
    @Transactional(readOnly = true)
    @RolesAllowed({"VIEWER", "PARTICIPANT"})
    public String changeReason(UUID programId, UUID eventId) {
        return calendar.changeReason(requireProgram(programId), programId, eventId);
    }

    /**
     * Adds a one-off meeting for a confirmed pair, under the rules of a move: refused with
     * {@link MoveRefusedException} when its time breaks one, naming the rule or the person.
     */
    @Transactional
    @RolesAllowed("HR")
    public CalendarEvent addMeeting(UUID programId, MeetingDraft typed) {
        MeetingDraft draft = InputText.clean(typed, "reason");
        UUID org = requireProgram(programId);
        if (draft.title().isBlank()) {
            throw new InvalidInputException("title", "calendar.error.meetingTitleRequired");
        }
        if (draft.minutes() < 15 || draft.minutes() > 480) {
            throw new InvalidInputException("minutes", "calendar.error.meetingLength");
        }
        Participants participants = participants(org, programId);
        Pair pair = participants.pair(draft.pairId())
                .orElseThrow(() -> new InvalidInputException("pairId", "calendar.error.pairGone"));
        Instant end = draft.startsAt().plus(Duration.ofMinutes(draft.minutes()));
        checkTime(org, programId, null, participants.of(EventKind.SESSION, pair.id(), List.of(pair)), draft.startsAt(),
                end);
        UUID id = calendar.insertMeeting(org, programId, pair.id(), draft.title(), draft.startsAt(), end, draft.reason());
        return calendar.event(org, programId, id).orElseThrow();
    }

    private CalendarEvent recordOutcome(UUID programId, UUID eventId, long expectedVersion, EventOutcome outcome,
                                        @Nullable String changeReason) {
        outcome = InputText.clean(outcome, "notes");
        UUID org = requireProgram(programId);
        CalendarEvent event = calendar.event(org, programId, eventId)
                .orElseThrow(() -> new ConcurrentEditException("calendar.error.gone"));
        Instant movedTo = outcome.movedTo();
        if (outcome.status() == EventStatus.MOVED && movedTo == null) {
            throw new InvalidInputException("movedTo", "calendar.error.moveNeedsDate");
        }
        Instant start = outcome.status() == EventStatus.MOVED && movedTo != null ? movedTo : event.startsAt();
        Instant end = start.plus(Duration.between(event.startsAt(), event.endsAt()));
        boolean moved = outcome.status() == EventStatus.MOVED && (!start.equals(event.startsAt()) || !event.scheduled());
        if (moved) {
            checkMove(org, programId, event, start, end);
        }
        if (!calendar.recordOutcome(org, eventId, expectedVersion, outcome.status(), start, end, outcome.notes(), moved,
                changeReason)) {
            throw new ConcurrentEditException("calendar.error.concurrentEdit");
        }
        return calendar.event(org, programId, eventId).orElseThrow();
    }

    /** The rules a generated event follows, applied to one event moved to {@code [start, end)}. */
    private void checkMove(UUID org, UUID programId, CalendarEvent event, Instant start, Instant end) {
        Participants participants = participants(org, programId);
        checkTime(org, programId, event.id(), participants.of(event, participants.pairs()), start, end);
    }

    /**
     * The rules of generation for a meeting of {@code people} at {@code [start, end)}: the program's
     * period, working days and hours (each person's own when they work in different zones), and
     * nobody's other event ({@code eventId}, the meeting itself when it is moved, left out).
     */
    private void checkTime(UUID org, UUID programId, @Nullable UUID eventId, List<Participant> people, Instant start,
                           Instant end) {
        WorkingWeek week = settings.current().workingWeek();
        Participants participants = participants(org, programId);
        List<String> keys = people.stream().map(Participant::key).toList();
        Optional<FrameworkDraft> structure = calendar.framework(org, programId).map(ProgramFramework::structure);
        if (structure.isPresent()) {
            FrameworkDraft framework = structure.get();
            MeetingScheduler.Rules rules = new MeetingScheduler.Rules(framework.timeZone(), framework.startDate(),
                    framework.endDate(), week, Set.copyOf(framework.holidays()), participants.zones());
            LocalDate day = start.atZone(framework.timeZone()).toLocalDate();
            if (day.isBefore(framework.startDate()) || day.isAfter(framework.endDate())) {
                throw new MoveRefusedException("calendar.move.outsideProgram");
            }
            if (rules.oneZone(keys)) {
                if (!rules.workingDay(day)) {
                    throw new MoveRefusedException("calendar.move.notWorkingDay");
                }
                if (!rules.inWorkingHours(start, end)) {
                    throw new MoveRefusedException("calendar.move.outsideHours", week.start().toString(),
                            week.end().toString());
                }
            } else {
                Optional<String> away = rules.firstNotWorking(keys, start, end);
                if (away.isPresent()) {
                    ZoneId zone = rules.zoneOf(away.get());
                    String name = people.stream().filter(p -> p.key().equals(away.get())).findFirst()
                            .map(Participant::name).orElse("");
                    throw new MoveRefusedException("calendar.move.noSharedHours", name, zone.getId(),
                            start.atZone(zone).toLocalTime().toString());
                }
            }
        }
        List<Pair> pairs = participants.pairs();
        List<CalendarEvent> others = calendar.events(org, programId).stream()
                .filter(e -> !e.id().equals(eventId) && blocksTime(e)).toList();
        Optional<MeetingScheduler.Clash> clash = MeetingScheduler.firstClash(
                others.stream().map(e -> booking(e, participants, pairs)).toList(), keys, start, end);
        if (clash.isPresent()) {
            CalendarEvent other = others.get(clash.get().booking());
            String person = clash.get().person();
            String name = people.stream().filter(p -> p.key().equals(person)).findFirst().map(Participant::name).orElse("");
            throw new MoveRefusedException("calendar.move.clash", name, other.kind().name(),
                    counterpart(other, person, participants, pairs), other.title());
        }
    }

    /** Who {@code person} meets at {@code other}: the other one of a session's pair, the HiPo of a review. */
    private static String counterpart(CalendarEvent other, String person, Participants participants, List<Pair> pairs) {
        Optional<Pair> pair = other.pairId() == null ? Optional.empty() : participants.pair(other.pairId());
        if (other.kind() == EventKind.REVIEW && pair.isPresent()) {
            return participants.member(pair.get().hipoMemberId()).name();
        }
        return participants.of(other, pairs).stream().filter(p -> !p.key().equals(person)).findFirst()
                .map(Participant::name).orElse("");
    }

    // --- Action items ----------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @RolesAllowed({"VIEWER", "PARTICIPANT"})
    public List<ActionItem> actionItems(UUID programId) {
        return calendar.actionItems(requireProgram(programId), programId);
    }

    @Transactional
    @RolesAllowed({"HR", "PARTICIPANT"})
    public ActionItem addActionItem(UUID programId, UUID eventId, ActionItemDraft draft) {
        draft = InputText.clean(draft, "description");
        UUID org = requireProgram(programId);
        if (calendar.event(org, programId, eventId).isEmpty()) {
            throw new ConcurrentEditException("calendar.error.gone");
        }
        validate(draft);
        return calendar.insertActionItem(org, eventId, draft);
    }

    @Transactional
    @RolesAllowed({"HR", "PARTICIPANT"})
    public ActionItem updateActionItem(UUID programId, UUID id, long expectedVersion, ActionItemDraft draft) {
        draft = InputText.clean(draft, "description");
        UUID org = requireProgram(programId);
        if (!calendar.programOfActionItem(org, id).map(programId::equals).orElse(false)) {
            throw new ConcurrentEditException("calendar.error.gone");
        }
        validate(draft);
        return calendar.updateActionItem(org, id, expectedVersion, draft)
                .orElseThrow(() -> new ConcurrentEditException("calendar.error.concurrentEdit"));
    }

    private static void validate(ActionItemDraft draft) {
        if (draft.description().isBlank()) {
            throw new InvalidInputException("description", "calendar.error.actionDescriptionRequired");
        }
        if (draft.owner().isBlank()) {
            throw new InvalidInputException("owner", "calendar.error.actionOwnerRequired");
        }
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<ActionItem> overdueActionItems(UUID programId, LocalDate today) {
        return actionItems(programId).stream().filter(item -> item.overdueOn(today)).toList();
    }

    // --- Following the program -------------------------------------------------------------------

    /**
     * Pairs with no held session for longer than their cadence allows; coaching pairs only while
     * coaching runs. Counted from the program's start for pairs that never met.
     */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<StalledPair> stalledPairs(UUID programId, LocalDate today) {
        UUID org = requireProgram(programId);
        Optional<ProgramFramework> saved = calendar.framework(org, programId);
        if (saved.isEmpty() || today.isBefore(saved.get().structure().startDate())) {
            return List.of();
        }
        FrameworkDraft framework = saved.get().structure();
        Map<UUID, LocalDate> lastHeld = calendar.events(org, programId).stream()
                .filter(e -> e.kind() == EventKind.SESSION && e.status() == EventStatus.HELD && e.pairId() != null)
                .collect(Collectors.toMap(CalendarEvent::pairId,
                        e -> e.startsAt().atZone(framework.timeZone()).toLocalDate(),
                        (a, b) -> a.isAfter(b) ? a : b));
        LocalDate coachingEnds = framework.coachingMonths() > 0
                ? framework.startDate().plusMonths(framework.coachingMonths()) : framework.endDate().plusDays(1);
        List<StalledPair> stalled = new ArrayList<>();
        for (Pair pair : roster.confirmedPairs(programId)) {
            Cadence cadence = pair.kind() == PairKind.MENTORING ? framework.mentoring() : framework.coaching();
            boolean running = pair.kind() == PairKind.MENTORING ? !today.isAfter(framework.endDate())
                    : today.isBefore(coachingEnds);
            if (cadence == null || !running) {
                continue;
            }
            @Nullable LocalDate last = lastHeld.get(pair.id());
            long days = ChronoUnit.DAYS.between(last == null ? framework.startDate() : last, today);
            if (days > cadence.maximumGapDays()) {
                stalled.add(new StalledPair(pair.id(), last, days, cadence.maximumGapDays()));
            }
        }
        stalled.sort(Comparator.comparingLong(StalledPair::daysWithout).reversed());
        return stalled;
    }

    // --- Exports ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public String icsForPair(UUID programId, UUID pairId, Locale locale) {
        UUID org = requireProgram(programId);
        Participants participants = participants(org, programId);
        Pair pair = participants.pair(pairId).orElseThrow(() -> new ConcurrentEditException("calendar.error.gone"));
        String name = i18n.getTranslation("calendar.ics.pairCalendar", locale,
                participants.member(pair.hipoMemberId()).name(), participants.member(pair.guideMemberId()).name());
        Map<UUID, String> reasons = calendar.changeReasons(org, programId);
        List<IcsEvent> events = eventsOfPair(programId, pairId).stream()
                .map(e -> icsEvent(e, participants.of(e, List.of(pair)), reasons, locale)).toList();
        return IcsWriter.write(name, zone(programId), events, Instant.now());
    }

    /** The events the member attends, and for a HiPo the dates of the resources they hold a place on. */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public String icsForMember(UUID programId, UUID memberId, Locale locale) {
        UUID org = requireProgram(programId);
        Participants participants = participants(org, programId);
        Map<UUID, RosterMember> members = members(programId);
        Map<UUID, String> reasons = calendar.changeReasons(org, programId);
        RosterMember member = Optional.ofNullable(members.get(memberId))
                .orElseThrow(() -> new ConcurrentEditException("calendar.error.gone"));
        List<Pair> own = participants.pairsOf(memberId);
        List<IcsEvent> events = new ArrayList<>();
        for (CalendarEvent event : events(programId)) {
            List<Participant> people = participants.of(event, own);
            if (people.stream().anyMatch(p -> memberId.equals(p.memberId()))) {
                events.add(icsEvent(event, people, reasons, locale));
            }
        }
        resources.programDates(programId).stream().filter(d -> d.hipoMemberIds().contains(memberId))
                .map(d -> icsEvent(d, participants.member(memberId), locale)).forEach(events::add);
        return IcsWriter.write(i18n.getTranslation("calendar.ics.personCalendar", locale, member.displayName()),
                zone(programId), events, Instant.now());
    }

    /** Every event of the program, with its people, and the dates of the resources its HiPos hold a place on. */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public String icsForProgram(UUID programId, Locale locale) {
        UUID org = requireProgram(programId);
        Participants participants = participants(org, programId);
        Map<UUID, String> reasons = calendar.changeReasons(org, programId);
        List<IcsEvent> events = new ArrayList<>();
        for (CalendarEvent event : events(programId)) {
            events.add(icsEvent(event, participants.of(event, participants.pairs()), reasons, locale));
        }
        for (Contribution<ContributedEvent> step : contributions.getObject().calendarEvents(programId, locale)) {
            step.itemsOrNone().forEach(event -> events.add(icsEvent(step.stepId(), event, locale)));
        }
        return IcsWriter.write(i18n.getTranslation("calendar.ics.programCalendar", locale,
                calendar.programName(org, programId)), zone(programId), events, Instant.now());
    }

    /**
     * One event in a calendar file: its UID is its id, for as long as it exists; its SEQUENCE counts
     * the changes since it was made (its version rises with each), and the reason for a move or a
     * cancellation comes first in its description.
     */
    private IcsEvent icsEvent(CalendarEvent event, List<Participant> people, Map<UUID, String> reasons, Locale locale) {
        List<String> description = new ArrayList<>();
        String reason = reasons.getOrDefault(event.id(), "");
        if (!reason.isBlank()) {
            description.add(i18n.getTranslation(event.status() == EventStatus.CANCELLED ? "calendar.ics.cancelReason"
                    : "calendar.ics.changeReason", locale, reason));
        }
        description.addAll(event.agenda());
        return new IcsEvent(event.id().toString(), event.title(), String.join("\n", description), null,
                new Timed(event.startsAt(), event.endsAt()), event.status() == EventStatus.CANCELLED,
                people.stream().map(p -> new IcsAttendee(p.name(), p.email())).toList(), (int) event.version() - 1);
    }

    /**
     * An event a step contributed: its UID is the step's id with the event's key, so that a calendar
     * moves it when the step moves it; its kind heads its description.
     */
    private IcsEvent icsEvent(String stepId, ContributedEvent event, Locale locale) {
        String description = event.description().isBlank() ? event.kind() : event.kind() + "\n" + event.description();
        When when = event.isAllDay() ? new AllDay(event.firstDay(), event.lastDay())
                : new Timed(event.startsAt(), event.endsAt());
        return new IcsEvent("step-" + stepId + "-" + event.key(), event.title(), description, null, when, false,
                List.of());
    }

    /** The zone the program's times are written in: its structure's, else the organization's. */
    private ZoneId zone(UUID programId) {
        return calendar.framework(requireProgram(programId), programId).map(f -> f.structure().timeZone())
                .orElseGet(() -> settings.current().timeZone());
    }

    private IcsEvent icsEvent(ResourceDate date, Participant hipo, Locale locale) {
        String summary = date.occurrences() == 1 ? date.title()
                : i18n.getTranslation("calendar.ics.resourceTime", locale, date.title(), date.occurrence(),
                date.occurrences());
        return new IcsEvent("resource-" + date.resourceId() + "-" + date.occurrence(), summary,
                i18n.getTranslation("calendar.ics.resourceDescription", locale), date.location(),
                new AllDay(date.startsOn(), date.endsOn()), false, List.of(new IcsAttendee(hipo.name(), hipo.email())));
    }

    /** Who attends what, from the saved structure, the confirmed pairs, the people directory and the owner. */
    private Participants participants(UUID org, UUID programId) {
        Map<UUID, RosterMember> members = members(programId);
        Set<UUID> managerIds = members.values().stream()
                .filter(m -> m.role() == RosterRole.HIPO && m.person() != null)
                .map(m -> m.person().managerId()).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<Attendee> reviewAttendees = calendar.framework(org, programId)
                .map(f -> f.structure().reviewAttendees()).orElse(Set.of());
        return new Participants(reviewAttendees, roster.confirmedPairs(programId), members,
                people.getAll(managerIds), calendar.owner(org, programId).orElse(null));
    }

    private Map<UUID, RosterMember> members(UUID programId) {
        return roster.members(programId).stream().collect(Collectors.toMap(RosterMember::id, Function.identity()));
    }

    private UUID requireProgram(UUID programId) {
        UUID org = organization.require();
        if (!calendar.programExists(org, programId)) {
            throw new ConcurrentEditException("calendar.error.programGone");
        }
        return org;
    }
}
