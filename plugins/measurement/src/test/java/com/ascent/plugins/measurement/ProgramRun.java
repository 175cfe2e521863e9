package com.ascent.plugins.measurement;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.calendar.Cadence;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.CalendarService;
import com.ascent.plugin.api.calendar.Charter;
import com.ascent.plugin.api.calendar.EventKind;
import com.ascent.plugin.api.calendar.EventOutcome;
import com.ascent.plugin.api.calendar.EventStatus;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.MeetingAgendas;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.DevelopmentPlanService;
import com.ascent.plugin.api.plans.Goal;
import com.ascent.plugin.api.plans.GoalDraft;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairProposal;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.ascent.plugin.api.roster.RosterService;
import com.ascent.plugin.api.support.Assignment;
import com.ascent.plugin.api.support.AssignmentStatus;
import com.ascent.plugin.api.support.ResourceDraft;
import com.ascent.plugin.api.support.ResourceType;
import com.ascent.plugin.api.support.SupportService;
import com.ascent.plugin.api.support.Tracking;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A program that has run, built through the step context's services as steps 2 to 5 would: Ana
 * (mentored by Mia, coached by Claire) and Ben (mentored by Felix), a monthly mentoring calendar
 * with some sessions held and one cancelled, development plans with goals at various progress, and
 * resources assigned with planned and actual costs.
 *
 * @param sessionsPlanned how many mentoring and coaching sessions the calendar plans
 */
record ProgramRun(StepContext context, RosterMember ana, RosterMember ben, int sessionsPlanned) {

    /**
     * The program with its pairs and calendar only: no session held yet.
     *
     * @param people adds people to the directory: the kit's {@code person}
     */
    static ProgramRun withCalendar(StepContext context, People people) {
        RosterService roster = context.roster();
        RosterMember ana = roster.addMember(MemberDraft.hipo(people.person("Ana Finance", "Finance", 5)));
        RosterMember ben = roster.addMember(MemberDraft.hipo(people.person("Ben Sales", "Sales", 5)));
        RosterMember mia = roster.addMember(guide(people.person("Mia Marketing", "Marketing", 9)));
        RosterMember felix = roster.addMember(guide(people.person("Felix Finance", "Finance", 9)));
        RosterMember claire = roster.addMember(MemberDraft.external("Claire Coach", "claire@coaching.example",
                "Berlin", RosterRole.COACH, 3, List.of("English"), Availability.HIGH, List.of("Change management")));
        roster.confirm(List.of(roster.addPair(proposal(ana, mia, PairKind.MENTORING)),
                roster.addPair(proposal(ana, claire, PairKind.COACHING)),
                roster.addPair(proposal(ben, felix, PairKind.MENTORING))));
        LocalDate start = context.program().startDate();
        CalendarService calendar = context.calendar();
        calendar.saveFramework(0, new FrameworkDraft(start, start.plusMonths(6).minusDays(1),
                ZoneId.of("Europe/Lisbon"), LocalTime.of(10, 0), 60, Cadence.months(1), null, 0, 3, Set.of(),
                Set.of(), List.of(), Charter.empty(), MeetingAgendas.empty()));
        calendar.generate();
        return new ProgramRun(context, ana, ben, sessions(calendar).size());
    }

    /** Adds a person to the organization's directory and returns their id. */
    interface People {
        UUID person(String fullName, String function, int level);
    }

    /** Marks the first {@code held} sessions held and the one after them cancelled. */
    void holdSessions(int held) {
        List<CalendarEvent> sessions = sessions(context.calendar());
        for (int i = 0; i <= held; i++) {
            CalendarEvent session = sessions.get(i);
            context.calendar().recordOutcome(session.id(), session.version(),
                    new EventOutcome(i < held ? EventStatus.HELD : EventStatus.CANCELLED, null, ""));
        }
    }

    /** Ana's plan with goals at 100 % and 40 %, Ben's with one at 100 %: 2 of 3 achieved, 80 % on average. */
    void progressOnGoals() {
        DevelopmentPlanService plans = context.plans();
        goal(plans.open(ana.id()), "Lead the budget review", 100);
        goal(plans.plan(ana.id()).orElseThrow(), "Present to the board", 40);
        goal(plans.open(ben.id()), "Run a cross-functional launch", 100);
    }

    /**
     * A course for both HiPos at 1,200 each, of which Ana's was actually paid at 1,000; a conference
     * for Ben at 800 that he dropped without cost. The ROI counts 1,000 + 1,200 = 2,200.
     */
    void assignResources() {
        SupportService support = context.support();
        UUID course = support.addResource(resource(ResourceType.ONLINE_COURSE, "Strategic finance for leaders",
                "1200")).id();
        UUID conference = support.addResource(resource(ResourceType.CONFERENCE, "Leadership summit", "800")).id();
        Assignment anas = support.assignAll(course, List.of(ana.id(), ben.id()), AssignmentStatus.ENROLLED).stream()
                .filter(a -> a.hipoMemberId().equals(ana.id())).findFirst().orElseThrow();
        support.track(anas.id(), anas.version(), new Tracking(AssignmentStatus.COMPLETED,
                context.program().startDate().plusMonths(2), 5, new BigDecimal("1000")));
        Assignment bens = support.assign(conference, ben.id(), null, AssignmentStatus.ENROLLED);
        support.track(bens.id(), bens.version(), new Tracking(AssignmentStatus.DROPPED, null, null, null));
    }

    private void goal(DevelopmentPlan plan, String outcome, int progress) {
        Goal goal = context.plans().addGoal(plan.id(), new GoalDraft(outcome, "Done as agreed", "Done",
                context.program().startDate().plusMonths(5), List.of()));
        context.plans().recordProgress(goal.id(), goal.version(), progress, "");
    }

    private static List<CalendarEvent> sessions(CalendarService calendar) {
        return calendar.events().stream().filter(e -> e.kind() == EventKind.SESSION).toList();
    }

    private static MemberDraft guide(UUID personId) {
        return MemberDraft.employee(personId, RosterRole.MENTOR, 2, List.of("English"), Availability.MEDIUM,
                List.of());
    }

    private static PairProposal proposal(RosterMember hipo, RosterMember guide, PairKind kind) {
        return new PairProposal(hipo.id(), guide.id(), kind, new BigDecimal("80"), List.of());
    }

    private static ResourceDraft resource(ResourceType type, String title, String cost) {
        return new ResourceDraft(type, title, "Business school", null, "English", "Online", null, null, null, null,
                null, new BigDecimal(cost), List.of());
    }
}
