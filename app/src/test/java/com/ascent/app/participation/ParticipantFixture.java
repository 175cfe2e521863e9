package com.ascent.app.participation;

import com.ascent.app.calendar.ProgramCalendarService;
import com.ascent.app.plans.DevelopmentPlansService;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.InvitationService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.TestPeople;
import com.ascent.app.support.TestPeople.Spec;
import com.ascent.plugin.api.calendar.Attendee;
import com.ascent.plugin.api.calendar.Cadence;
import com.ascent.plugin.api.calendar.Charter;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.MeetingAgendas;
import com.ascent.plugin.api.calendar.Milestone;
import com.ascent.plugin.api.plans.ActivityDraft;
import com.ascent.plugin.api.plans.ActivityKind;
import com.ascent.plugin.api.plans.ActivityStatus;
import com.ascent.plugin.api.plans.GoalDraft;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairProposal;
import com.ascent.plugin.api.roster.RosterRole;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A running program with two pairs, built through the host's services by HR: Hanna (HiPo, reports to
 * Helena) with her mentor Marek, Piotr (HiPo, no manager) with his mentor Olga; a calendar of monthly
 * sessions; a plan with a goal and an activity for each HiPo. Names carry a suffix, so that every
 * cohort's people have e-mails of their own. Participants join by the invitation HR sends.
 */
@Component
public class ParticipantFixture {

    public static final LocalDate START = LocalDate.of(2027, 1, 11);
    static final String PASSWORD = "copper kettle on the windowsill";

    private final TestAccounts accounts;
    private final TestPeople people;
    private final ProgramService programs;
    private final ProgramRosterService roster;
    private final ProgramCalendarService calendar;
    private final DevelopmentPlansService plans;
    private final ProgramParticipantsService participants;
    private final InvitationService invitations;

    ParticipantFixture(TestAccounts accounts, TestPeople people, ProgramService programs, ProgramRosterService roster,
                       ProgramCalendarService calendar, DevelopmentPlansService plans,
                       ProgramParticipantsService participants, InvitationService invitations) {
        this.accounts = accounts;
        this.people = people;
        this.programs = programs;
        this.roster = roster;
        this.calendar = calendar;
        this.plans = plans;
        this.participants = participants;
        this.invitations = invitations;
    }

    /** The people of a cohort (directory ids) and what was built for them. */
    public record Cohort(Account hr, UUID programId, UUID helena, UUID hanna, UUID piotr, UUID marek, UUID olga,
                         UUID hannaMember, UUID piotrMember, UUID hannaPair, UUID piotrPair, UUID hannaPlan,
                         UUID piotrPlan) {
    }

    /** Builds the cohort; HR stays signed in. */
    public Cohort create() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UUID program = programs.create(new ProgramDraft("Cohort " + suffix, "", START, "Maria Nowak")).id();
        UUID org = hr.organizationId();
        UUID helena = people.add(org, Spec.of("Helena Head " + suffix, "HR", 11));
        UUID hanna = people.add(org, Spec.of("Hanna Hipo " + suffix, "HR", 6).managedBy(helena));
        UUID piotr = people.add(org, Spec.of("Piotr Pawlak " + suffix, "Finance", 6));
        UUID marek = people.add(org, Spec.of("Marek Mentor " + suffix, "Finance", 12));
        UUID olga = people.add(org, Spec.of("Olga Mentor " + suffix, "Sales", 12));
        UUID hannaMember = roster.addMember(program, MemberDraft.hipo(hanna)).id();
        UUID piotrMember = roster.addMember(program, MemberDraft.hipo(piotr)).id();
        UUID marekMember = mentor(program, marek);
        UUID olgaMember = mentor(program, olga);
        UUID hannaPair = roster.addPair(program, new PairProposal(hannaMember, marekMember, PairKind.MENTORING, null,
                List.of())).id();
        UUID piotrPair = roster.addPair(program, new PairProposal(piotrMember, olgaMember, PairKind.MENTORING, null,
                List.of())).id();
        roster.confirm(program, roster.pairs(program));
        calendar.saveFramework(program, 0, new FrameworkDraft(START, START.plusMonths(12).minusDays(1),
                ZoneId.of("Europe/Warsaw"), LocalTime.of(10, 0), 60, Cadence.months(1), null, 0, 1,
                Set.of(Attendee.HIPO, Attendee.MENTOR), Set.of(Milestone.KICK_OFF), List.of(), Charter.empty(),
                MeetingAgendas.empty()));
        calendar.generate(program, Locale.ENGLISH);
        UUID hannaPlan = plan(program, hannaMember, "Lead the HR shared-service move");
        UUID piotrPlan = plan(program, piotrMember, "Close the books two days faster");
        programs.launch(programs.find(program).orElseThrow());
        return new Cohort(hr, program, helena, hanna, piotr, marek, olga, hannaMember, piotrMember, hannaPair,
                piotrPair, hannaPlan, piotrPlan);
    }

    /**
     * HR (signed in) invites {@code person} of the cohort's program, who accepts with a new account;
     * returns it, nobody signed in.
     */
    public Account join(Cohort cohort, UUID person) {
        accounts.signIn(cohort.hr());
        InvitationService.Invited invited = participants.invite(cohort.programId(), person);
        accounts.signOut();
        invitations.acceptWithNewAccount(invited.token(), "Participant " + invited.email(), PASSWORD);
        return new Account(accounts.userId(invited.email()), invited.email(), PASSWORD, cohort.hr().organizationId(),
                cohort.hr().organizationName());
    }

    private UUID mentor(UUID program, UUID person) {
        return roster.addMember(program, MemberDraft.employee(person, RosterRole.MENTOR, 2, List.of("English"),
                Availability.HIGH, List.of())).id();
    }

    private UUID plan(UUID program, UUID hipoMember, String outcome) {
        UUID plan = plans.open(program, hipoMember).id();
        plans.addGoal(program, plan, new GoalDraft(outcome, "Done or not", "Done", START.plusMonths(6), List.of()));
        plans.addActivity(program, plan, new ActivityDraft(null, ActivityKind.WORKSHOP, "Change workshop",
                START.plusMonths(1), START.plusMonths(1).plusDays(1), "HR", ActivityStatus.PLANNED));
        return plan;
    }
}
