package com.ascent.app.plans;

import com.ascent.app.calendar.ProgramCalendarService;
import com.ascent.app.objectives.ObjectivesService;
import com.ascent.app.objectives.StrategyLibraryService;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.roster.ProgramRosterService;
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
import com.ascent.plugin.api.objectives.CapabilityDraft;
import com.ascent.plugin.api.objectives.ObjectiveDraft;
import com.ascent.plugin.api.objectives.Priority;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairProposal;
import com.ascent.plugin.api.roster.RosterRole;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A program ready for development plans, built through the host's services: an HR HiPo whose
 * manager is in the directory, a Finance HiPo, a confirmed mentor, two objectives and the
 * capability "Leading large-scale change".
 */
@Component
public class PlanFixture {

    /** The program starts on this day; it ends twelve months later. */
    public static final LocalDate START = LocalDate.of(2027, 1, 11);

    private final TestAccounts accounts;
    private final TestPeople people;
    private final ProgramService programs;
    private final ProgramRosterService roster;
    private final ObjectivesService objectives;
    private final StrategyLibraryService strategy;
    private final ProgramCalendarService calendar;

    PlanFixture(TestAccounts accounts, TestPeople people, ProgramService programs, ProgramRosterService roster,
                ObjectivesService objectives, StrategyLibraryService strategy, ProgramCalendarService calendar) {
        this.accounts = accounts;
        this.people = people;
        this.programs = programs;
        this.roster = roster;
        this.objectives = objectives;
        this.strategy = strategy;
        this.calendar = calendar;
    }

    /** What was built; the HR user stays signed in. */
    public record Program(Account hr, UUID id, UUID hrHipo, UUID financeHipo, UUID mentor, UUID changeCapability,
                          UUID changeObjective, UUID strategyObjective) {
    }

    public Program create() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        UUID program = programs.create(new ProgramDraft("Future leaders " + UUID.randomUUID(), "", START,
                "Maria Nowak")).id();
        UUID manager = people.add(hr.organizationId(), Spec.of("Helena Head", "HR", 11));
        UUID hanna = people.add(hr.organizationId(), Spec.of("Hanna Hipo", "HR", 6).managedBy(manager));
        UUID piotr = people.add(hr.organizationId(), Spec.of("Piotr Pawlak", "Finance", 6));
        UUID marek = people.add(hr.organizationId(), Spec.of("Marek Mentor", "Finance", 12));
        UUID hrHipo = roster.addMember(program, MemberDraft.hipo(hanna)).id();
        UUID financeHipo = roster.addMember(program, MemberDraft.hipo(piotr)).id();
        UUID mentor = roster.addMember(program, MemberDraft.employee(marek, RosterRole.MENTOR, 2, List.of("English"),
                Availability.HIGH, List.of())).id();
        roster.confirm(program, List.of(roster.addPair(program,
                new PairProposal(hrHipo, mentor, PairKind.MENTORING, null, List.of()))));
        UUID capability = strategy.addCapability(new CapabilityDraft("Leading large-scale change",
                "Leads people through changes that reach across the organization", List.of())).id();
        UUID changeObjective = objectives.add(program, new ObjectiveDraft("Lead change across functions", "",
                capability, Priority.HIGH, List.of())).id();
        UUID strategyObjective = objectives.add(program, new ObjectiveDraft("Think strategically", "", null,
                Priority.MEDIUM, List.of())).id();
        return new Program(hr, program, hrHipo, financeHipo, mentor, capability, changeObjective, strategyObjective);
    }

    /** Saves the program's framework, as the Framework step does, running from {@code start} to {@code end}. */
    public void framework(Program program, LocalDate start, LocalDate end) {
        calendar.saveFramework(program.id(), 0, new FrameworkDraft(start, end, ZoneId.of("Europe/Warsaw"),
                LocalTime.of(10, 0), 60, Cadence.months(1), null, 0, 1, Set.of(Attendee.HIPO, Attendee.MENTOR),
                Set.of(Milestone.KICK_OFF, Milestone.CLOSING), List.of(), Charter.empty(), MeetingAgendas.empty()));
    }
}
