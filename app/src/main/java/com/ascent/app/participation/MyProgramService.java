package com.ascent.app.participation;

import com.ascent.app.calendar.ProgramCalendarService;
import com.ascent.app.database.OrganizationScope;
import com.ascent.app.participation.MyProgram.MyActionItem;
import com.ascent.app.participation.MyProgram.MyPair;
import com.ascent.app.participation.MyProgram.MyPlan;
import com.ascent.app.participation.MyProgram.MySession;
import com.ascent.app.participation.ParticipationRepository.Entry;
import com.ascent.app.participation.ParticipationRepository.ReportPlan;
import com.ascent.app.plans.DevelopmentPlansService;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.CurrentUser;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.calendar.ActionItem;
import com.ascent.plugin.api.calendar.ActionItemDraft;
import com.ascent.plugin.api.calendar.ActionStatus;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.EventOutcome;
import com.ascent.plugin.api.calendar.EventStatus;
import com.ascent.plugin.api.plans.Activity;
import com.ascent.plugin.api.plans.ActivityDraft;
import com.ascent.plugin.api.plans.ActivityStatus;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.Goal;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's part of the programs, and what they do there. Every id a participant sends is
 * checked against their own part first: anything else is "not found" ({@link NotMineException}),
 * whether it exists or not; PostgreSQL's row-level security (V36) refuses it again for a
 * participant-only member. The rules themselves (logging a session, action items, progress, the
 * sign-off) are the calendar's and the development plans' services, one piece of code per rule.
 */
@Service
public class MyProgramService {

    private static final Set<EventStatus> TO_LOG = Set.of(EventStatus.PLANNED, EventStatus.MOVED);

    private final ParticipationRepository participation;
    private final ProgramService programs;
    private final ProgramRosterService roster;
    private final ProgramCalendarService calendar;
    private final DevelopmentPlansService plans;
    private final CurrentUser currentUser;
    private final OrganizationScope organization;

    MyProgramService(ParticipationRepository participation, ProgramService programs, ProgramRosterService roster,
                     ProgramCalendarService calendar, DevelopmentPlansService plans, CurrentUser currentUser,
                     OrganizationScope organization) {
        this.participation = participation;
        this.programs = programs;
        this.roster = roster;
        this.calendar = calendar;
        this.plans = plans;
        this.currentUser = currentUser;
        this.organization = organization;
    }

    /** The signed-in participant's part of every running program, on {@code today}. */
    @Transactional(readOnly = true)
    @RolesAllowed("PARTICIPANT")
    public MyProgram overview(LocalDate today) {
        return part(today, null);
    }

    /**
     * The part of one program.
     *
     * @throws NotMineException when the participant takes no part in it (or it does not exist)
     */
    @Transactional(readOnly = true)
    @RolesAllowed("PARTICIPANT")
    public MyProgram overview(LocalDate today, UUID programId) {
        MyProgram part = part(today, programId);
        if (part.empty()) {
            throw new NotMineException();
        }
        return part;
    }

    /** Logs a session of one of their pairs: held, cancelled or moved, with notes shared with the pair. */
    @Transactional
    @RolesAllowed("PARTICIPANT")
    public CalendarEvent logSession(UUID programId, UUID eventId, long expectedVersion, EventOutcome outcome) {
        requireMySession(programId, eventId);
        return calendar.recordOutcome(programId, eventId, expectedVersion, outcome);
    }

    /** Adds an action item to a session of one of their pairs. */
    @Transactional
    @RolesAllowed("PARTICIPANT")
    public ActionItem addActionItem(UUID programId, UUID eventId, ActionItemDraft draft) {
        requireMySession(programId, eventId);
        return calendar.addActionItem(programId, eventId, draft);
    }

    /** Marks an action item of their pairs done. */
    @Transactional
    @RolesAllowed("PARTICIPANT")
    public ActionItem completeActionItem(UUID programId, UUID itemId, long expectedVersion) {
        ActionItem item = calendar.actionItems(programId).stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(NotMineException::new);
        requireMySession(programId, item.eventId());
        ActionItemDraft done = new ActionItemDraft(item.description(), item.owner(), item.due(), ActionStatus.DONE);
        return calendar.updateActionItem(programId, itemId, expectedVersion, done);
    }

    /** The HiPo records progress on a goal of their own plan. */
    @Transactional
    @RolesAllowed("PARTICIPANT")
    public Goal recordProgress(UUID programId, UUID goalId, long expectedVersion, int progress, String note) {
        ownPlans(programId).stream().flatMap(p -> p.goals().stream()).filter(g -> g.id().equals(goalId)).findFirst()
                .orElseThrow(NotMineException::new);
        return plans.recordProgress(programId, goalId, expectedVersion, progress, note);
    }

    /** The HiPo moves an activity of their own plan on (planned, in progress, done, dropped). */
    @Transactional
    @RolesAllowed("PARTICIPANT")
    public Activity updateActivityStatus(UUID programId, UUID activityId, long expectedVersion, ActivityStatus status) {
        Activity activity = ownPlans(programId).stream().flatMap(p -> p.activities().stream())
                .filter(a -> a.id().equals(activityId)).findFirst().orElseThrow(NotMineException::new);
        ActivityDraft draft = activity.draft();
        return plans.updateActivity(programId, activityId, expectedVersion, new ActivityDraft(draft.goalId(),
                draft.kind(), draft.title(), draft.startsOn(), draft.endsOn(), draft.owner(), status));
    }

    /** The manager signs off the plan of a HiPo who reports to them, from their own account. */
    @Transactional
    @RolesAllowed("PARTICIPANT")
    public DevelopmentPlan signOff(UUID programId, UUID planId, long expectedVersion) {
        requireReportPlan(programId, planId);
        return plans.signOffAsManager(programId, planId, expectedVersion);
    }

    /** The PDF of their own plan, or of the plan of a HiPo reporting to them. */
    @Transactional(readOnly = true)
    @RolesAllowed("PARTICIPANT")
    public byte[] planPdf(UUID programId, UUID planId, Locale locale) {
        boolean own = ownPlans(programId).stream().anyMatch(p -> p.id().equals(planId));
        if (!own) {
            requireReportPlan(programId, planId);
        }
        return plans.exportPdf(programId, planId, locale);
    }

    // --- The part ---------------------------------------------------------------------------------

    private UUID me() {
        return currentUser.participantPerson().orElseThrow(NotMineException::new);
    }

    private MyProgram part(LocalDate today, @Nullable UUID onlyProgram) {
        UUID org = organization.require();
        UUID me = me();
        Map<UUID, List<Entry>> entries = participation.entriesOf(org, me).stream()
                .filter(e -> onlyProgram == null || e.programId().equals(onlyProgram))
                .collect(Collectors.groupingBy(Entry::programId, LinkedHashMap::new, Collectors.toList()));
        List<MyPair> pairs = new ArrayList<>();
        List<MySession> sessions = new ArrayList<>();
        List<MyActionItem> items = new ArrayList<>();
        List<MyPlan> own = new ArrayList<>();
        entries.forEach((programId, mine) -> {
            Program program = programs.find(programId).orElseThrow(NotMineException::new);
            Map<UUID, RosterMember> members = roster.members(programId).stream()
                    .collect(Collectors.toMap(RosterMember::id, Function.identity()));
            Set<UUID> myMembers = mine.stream().map(Entry::memberId).collect(Collectors.toSet());
            List<Pair> myPairs = myPairs(programId, myMembers);
            Map<UUID, CalendarEvent> events = new LinkedHashMap<>();
            for (Pair pair : myPairs) {
                boolean asHipo = myMembers.contains(pair.hipoMemberId());
                RosterMember other = members.get(asHipo ? pair.guideMemberId() : pair.hipoMemberId());
                String otherName = other == null ? "" : other.displayName();
                pairs.add(new MyPair(programId, program.name(), pair.id(), pair.kind(), asHipo, otherName,
                        other == null ? "" : other.email()));
                for (CalendarEvent event : pairEvents(programId, pair)) {
                    events.put(event.id(), event);
                    if (TO_LOG.contains(event.status())) {
                        sessions.add(new MySession(programId, program.name(), event, otherName));
                    }
                }
            }
            calendar.actionItems(programId).stream()
                    .filter(i -> i.status() == ActionStatus.OPEN && events.containsKey(i.eventId()))
                    .forEach(i -> items.add(new MyActionItem(programId, i, events.get(i.eventId()).title(),
                            i.overdueOn(today))));
            mine.stream().filter(e -> e.role() == RosterRole.HIPO)
                    .forEach(e -> plans.plan(programId, e.memberId()).ifPresent(plan -> own.add(new MyPlan(programId,
                            program.name(), displayName(members.get(e.memberId())), plan,
                            plans.signedByManager(programId, plan.id())))));
        });
        List<MyPlan> toReview = new ArrayList<>();
        for (ReportPlan report : participation.plansOfReports(org, me)) {
            if (onlyProgram != null && !onlyProgram.equals(report.programId())) {
                continue;
            }
            Optional<Program> program = programs.find(report.programId());
            Optional<RosterMember> hipo = roster.member(report.programId(), report.hipoMemberId());
            plans.plan(report.programId(), report.hipoMemberId())
                    .filter(plan -> plan.id().equals(report.planId()) && program.isPresent())
                    .ifPresent(plan -> toReview.add(new MyPlan(report.programId(), program.get().name(),
                            displayName(hipo.orElse(null)), plan, plans.signedByManager(report.programId(), plan.id()))));
        }
        sessions.sort(Comparator.comparing((MySession s) -> s.event().startsAt()));
        items.sort(Comparator.comparing(MyActionItem::overdue).reversed()
                .thenComparing(i -> i.item().due(), Comparator.nullsLast(Comparator.naturalOrder())));
        return new MyProgram(pairs, sessions, items, own, toReview);
    }

    private static String displayName(@Nullable RosterMember member) {
        return member == null ? "" : member.displayName();
    }

    /** The confirmed pairs of the program the participant is one of. */
    private List<Pair> myPairs(UUID programId, Set<UUID> myMembers) {
        return roster.confirmedPairs(programId).stream()
                .filter(p -> myMembers.contains(p.hipoMemberId()) || myMembers.contains(p.guideMemberId()))
                .toList();
    }

    /** The pair's own events (sessions, reviews); the program-wide ones (kick-off, milestones) are HR's to log. */
    private List<CalendarEvent> pairEvents(UUID programId, Pair pair) {
        return calendar.eventsOfPair(programId, pair.id()).stream().filter(e -> pair.id().equals(e.pairId())).toList();
    }

    private Set<UUID> myMembers(UUID programId) {
        return participation.entriesOf(organization.require(), me()).stream()
                .filter(e -> e.programId().equals(programId)).map(Entry::memberId).collect(Collectors.toSet());
    }

    private void requireMySession(UUID programId, UUID eventId) {
        boolean mine = myPairs(programId, myMembers(programId)).stream()
                .flatMap(p -> pairEvents(programId, p).stream())
                .anyMatch(e -> e.id().equals(eventId));
        if (!mine) {
            throw new NotMineException();
        }
    }

    private List<DevelopmentPlan> ownPlans(UUID programId) {
        return participation.entriesOf(organization.require(), me()).stream()
                .filter(e -> e.programId().equals(programId) && e.role() == RosterRole.HIPO)
                .map(e -> plans.plan(programId, e.memberId())).flatMap(Optional::stream).toList();
    }

    private void requireReportPlan(UUID programId, UUID planId) {
        if (participation.plansOfReports(organization.require(), me()).stream()
                .noneMatch(r -> r.programId().equals(programId) && r.planId().equals(planId))) {
            throw new NotMineException();
        }
    }

    /** Not part of the participant's own part: for them it does not exist. */
    public static final class NotMineException extends ConcurrentEditException {
        NotMineException() {
            super("participants.error.notFound");
        }
    }
}
