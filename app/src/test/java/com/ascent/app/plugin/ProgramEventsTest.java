package com.ascent.app.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.ascent.app.calendar.ProgramCalendarService;
import com.ascent.app.plans.DevelopmentPlansService;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.FaultyPluginsViewTest;
import com.ascent.app.support.TestPeople;
import com.ascent.app.support.TestPeople.Spec;
import com.ascent.app.wizard.StepContextFactory;
import com.ascent.plugin.api.StepAttachment;
import com.ascent.plugin.api.StepRecord;
import com.ascent.plugin.api.StepRecords;
import com.ascent.plugin.api.calendar.Attendee;
import com.ascent.plugin.api.calendar.Cadence;
import com.ascent.plugin.api.calendar.Charter;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.MeetingAgendas;
import com.ascent.plugin.api.calendar.Milestone;
import com.ascent.plugin.api.calendar.ProgramFramework;
import com.ascent.plugin.api.plans.ActivityDraft;
import com.ascent.plugin.api.plans.ActivityKind;
import com.ascent.plugin.api.plans.ActivityStatus;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.GoalDraft;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairProposal;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real PF4J plugin's step (the failing-view test step, which notes each event and then throws) is
 * told of each change to a program once, after the change was committed, in a read-only context;
 * nothing of a change rolled back; and its failure costs the host's change nothing. Its records attached
 * to a HiPo who leaves stay flagged, as the step declares.
 */
class ProgramEventsTest extends FaultyPluginsViewTest {

    /** The test step's id, and the system property it notes the events it was told of in, one a line. */
    private static final String LISTENING_STEP = "failing-view";
    private static final String EVENTS = "ascent.test.failing-view.events";

    @Autowired
    PluginAdministrationService administration;
    @Autowired
    ProgramService programs;
    @Autowired
    ProgramRosterService roster;
    @Autowired
    ProgramCalendarService calendar;
    @Autowired
    TestPeople people;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    StepBindingService bindings;
    @Autowired
    StepContextFactory contexts;
    @Autowired
    DevelopmentPlansService plans;

    Program program;
    UUID organizationId;

    @BeforeEach
    void anOrganizationWithTheListeningStepOn() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        organizationId = admin.organizationId();
        accounts.signIn(admin);
        administration.setExtraStep(LISTENING_STEP, true);
        program = programs.create(new ProgramDraft("Future general managers", "", LocalDate.of(2027, 3, 1),
                "Maria Nowak"));
        System.clearProperty(EVENTS);
    }

    @Test
    void eachChangeIsToldOnceAfterCommitAndTheStepsFailureCostsTheChangeNothing() {
        RosterMember hipo = roster.addMember(program.id(), member(RosterRole.HIPO, 0, "Ana Finance"));
        assertThat(told()).containsExactly("ROSTER_CHANGED " + program.id() + " false");
        assertThat(roster.members(program.id())).as("the change stands").extracting(RosterMember::id)
                .containsExactly(hipo.id());

        RosterMember mentor = roster.addMember(program.id(), member(RosterRole.MENTOR, 2, "Felix Finance"));
        Pair pair = roster.addPair(program.id(), new PairProposal(hipo.id(), mentor.id(), PairKind.MENTORING, null,
                List.of()));
        System.clearProperty(EVENTS);
        roster.confirm(program.id(), List.of(pair));
        assertThat(told()).containsExactly("PAIRS_CONFIRMED " + program.id() + " false");

        System.clearProperty(EVENTS);
        FrameworkDraft framework = framework(LocalDate.of(2027, 3, 1));
        ProgramFramework saved = calendar.saveFramework(program.id(), 0, framework);
        calendar.saveFramework(program.id(), saved.version(), framework);
        assertThat(told()).as("saved twice, the dates changed once")
                .containsExactly("FRAMEWORK_DATES_CHANGED " + program.id() + " false");

        System.clearProperty(EVENTS);
        programs.launch(programs.find(program.id()).orElseThrow());
        assertThat(told()).containsExactly("PROGRAM_LAUNCHED " + program.id() + " false");

        DevelopmentPlan plan = plans.open(program.id(), hipo.id());
        plans.addGoal(program.id(), plan.id(), new GoalDraft("Lead a change", "Teams", "2 teams",
                LocalDate.of(2027, 6, 30), List.of()));
        plans.addActivity(program.id(), plan.id(), new ActivityDraft(null, ActivityKind.WORKSHOP, "Change workshop",
                null, null, "HR", ActivityStatus.PLANNED));
        System.clearProperty(EVENTS);
        plans.signOff(program.id(), plan.id(), plan.version());
        assertThat(told()).containsExactly("PLAN_SIGNED_OFF " + program.id() + " false");
    }

    @Test
    void aChangeInsideALongerTransactionIsToldWhenThatCommitsAndARolledBackOneNever() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> {
            roster.addMember(program.id(), member(RosterRole.HIPO, 0, "Ana Finance"));
            assertThat(told()).as("before the commit").isEmpty();
        });
        assertThat(told()).containsExactly("ROSTER_CHANGED " + program.id() + " false");

        System.clearProperty(EVENTS);
        transaction.executeWithoutResult(status -> {
            roster.addMember(program.id(), member(RosterRole.HIPO, 0, "Bo Sales"));
            status.setRollbackOnly();
        });
        assertThat(told()).as("after a rollback").isEmpty();
        assertThat(roster.members(program.id())).hasSize(1);
    }

    @Test
    void theStepsRecordsAttachedToAMemberWhoLeavesAreKeptFlaggedAsTheStepDeclares() {
        RosterMember hipo = roster.addMember(program.id(), member(RosterRole.HIPO, 0, "Ana Finance"));
        GuardedStep step = bindings.wizard(organizationId).stream().filter(e -> LISTENING_STEP.equals(e.stepId()))
                .map(WizardEntry::step).findFirst().orElseThrow();
        StepRecords records = contexts.createForContribution(program, step, Locale.ENGLISH, organizationId).records();
        records.put("rotation", 0, "Plant B", StepAttachment.member(hipo.id()));
        assertThat(records.attachedTo(StepAttachment.member(hipo.id()))).extracting(StepRecord::key)
                .containsExactly("rotation");

        roster.removeMember(program.id(), hipo.id(), hipo.version());

        assertThat(records.flagged()).extracting(StepRecord::key, StepRecord::value)
                .containsExactly(tuple("rotation", "Plant B"));
        assertThat(records.attachedTo(StepAttachment.member(hipo.id()))).isEmpty();
    }

    private MemberDraft member(RosterRole role, int capacity, String name) {
        return MemberDraft.employee(people.add(organizationId, Spec.of(name, "Finance", role.isGuide() ? 9 : 5)),
                role, capacity, List.of(), Availability.HIGH, List.of());
    }

    private static FrameworkDraft framework(LocalDate start) {
        return new FrameworkDraft(start, start.plusMonths(9).minusDays(1), ZoneId.of("Europe/Warsaw"),
                LocalTime.of(10, 0), 60, Cadence.weeks(2), null, 0, 3, Set.of(Attendee.HIPO, Attendee.MENTOR),
                Set.of(Milestone.values()), List.of(), Charter.empty(), MeetingAgendas.empty());
    }

    private static List<String> told() {
        return Arrays.stream(System.getProperty(EVENTS, "").split("\n"))
                .filter(line -> !line.isEmpty()).toList();
    }
}
