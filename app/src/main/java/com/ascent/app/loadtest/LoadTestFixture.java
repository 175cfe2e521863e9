package com.ascent.app.loadtest;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.people.SamplePeopleService;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.AscentUser;
import com.ascent.app.security.InvitationService;
import com.ascent.app.security.Role;
import com.ascent.app.security.SetupService;
import com.ascent.app.security.UserAdministrationService;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.Person;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.RosterRole;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Prepares an installation for the load test, through the same services the screens call: on an
 * empty installation the first-run setup (organization and administrator), then the sample people,
 * a program with HiPos and mentors on its roster, and {@code ascent.loadtest.accounts} HR users
 * {@code hr1@loadtest.example} ... {@code hrN@loadtest.example}, each invited by the administrator
 * and accepting with the password {@code ascent.loadtest.password}. Run again with a larger count,
 * it adds only the missing users. Active only with the Spring profile {@code loadtest-fixture}.
 */
@Component
@Profile("loadtest-fixture")
class LoadTestFixture implements ApplicationRunner {

    static final String ADMIN_EMAIL = "admin@loadtest.example";
    static final String PROGRAM_NAME = "Load test program";
    private static final Logger LOG = LoggerFactory.getLogger(LoadTestFixture.class);
    private static final int HIPOS = 12;
    private static final int MENTORS = 6;

    private final SetupService setup;
    private final UserDetailsService users;
    private final InvitationService invitations;
    private final UserAdministrationService administration;
    private final SamplePeopleService samples;
    private final PeopleDirectory people;
    private final ProgramService programs;
    private final ProgramRosterService roster;
    private final int accounts;
    private final String password;

    LoadTestFixture(SetupService setup, UserDetailsService users, InvitationService invitations,
                    UserAdministrationService administration, SamplePeopleService samples, PeopleDirectory people,
                    ProgramService programs, ProgramRosterService roster,
                    @Value("${ascent.loadtest.accounts:50}") int accounts,
                    @Value("${ascent.loadtest.password:}") String password) {
        this.setup = setup;
        this.users = users;
        this.invitations = invitations;
        this.administration = administration;
        this.samples = samples;
        this.people = people;
        this.programs = programs;
        this.roster = roster;
        this.accounts = accounts;
        // No default: an installation with a password written in Ascent's sources would be open to anyone.
        if (password.length() < 12) {
            throw new IllegalStateException("The load-test fixture needs ASCENT_LOADTEST_PASSWORD (12 characters or more)");
        }
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (setup.isSetupNeeded()) {
            setup.createFirstOrganization(new SetupService.FirstRun("Load Test Ltd", "Load Test Admin", ADMIN_EMAIL,
                    password));
            LOG.info("Load-test fixture: organization and administrator {} created", ADMIN_EMAIL);
        }
        AscentUser admin = (AscentUser) users.loadUserByUsername(ADMIN_EMAIL);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            OrganizationScope.runAs(admin.activeMembership().orElseThrow().organizationId(), this::prepare);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void prepare() {
        if (samples.countSamplePeople() == 0 && people.count(PeopleQuery.all()) == 0) {
            samples.loadSampleOrganization();
        }
        if (programs.list().stream().noneMatch(p -> p.name().equals(PROGRAM_NAME))) {
            Program program = programs.create(new ProgramDraft(PROGRAM_NAME, "Virtual HR users of the load test work here",
                    LocalDate.now().withDayOfMonth(1), "Load Test Admin"));
            roster.addMembers(program.id(), rosterOf(people.find(PeopleQuery.all(), 0, 200)));
        }
        Set<String> members = administration.members().stream().map(m -> m.email().toLowerCase())
                .collect(Collectors.toCollection(HashSet::new));
        int added = 0;
        for (int n = 1; n <= accounts; n++) {
            String email = "hr" + n + "@loadtest.example";
            if (!members.contains(email)) {
                var invited = invitations.invite(email, Role.HR);
                invitations.acceptWithNewAccount(invited.token(), "Virtual HR " + n, password);
                added++;
            }
        }
        LOG.info("Load-test fixture ready: program '{}', {} HR users (hr1..hr{}@loadtest.example), {} added now",
                PROGRAM_NAME, accounts, accounts, added);
    }

    /** The most senior people mentor, the best-rated of the rest are the HiPos. */
    private static List<MemberDraft> rosterOf(List<Person> candidates) {
        List<Person> bySeniority = candidates.stream()
                .sorted((a, b) -> Integer.compare(b.level(), a.level())).toList();
        var mentors = bySeniority.stream().limit(MENTORS)
                .map(p -> member(p, RosterRole.MENTOR, 2));
        var hipos = bySeniority.stream().skip(MENTORS)
                .sorted((a, b) -> Integer.compare(score(b), score(a))).limit(HIPOS)
                .map(p -> member(p, RosterRole.HIPO, 1));
        return Stream.concat(mentors, hipos).toList();
    }

    private static int score(Person person) {
        return (person.performance() == null ? 0 : person.performance())
                + (person.potential() == null ? 0 : person.potential());
    }

    private static MemberDraft member(Person person, RosterRole role, int capacity) {
        return new MemberDraft(person.id(), null, null, null, role, capacity, List.of(), Availability.MEDIUM, List.of());
    }
}
