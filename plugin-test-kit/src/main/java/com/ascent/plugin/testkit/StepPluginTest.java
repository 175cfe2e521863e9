package com.ascent.plugin.testkit;

import com.ascent.app.AscentApplication;
import com.ascent.app.organization.OrganizationService;
import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.people.PersonDraft;
import com.ascent.app.plugin.GuardedStep;
import com.ascent.app.plugin.PluginAdministrationService;
import com.ascent.app.plugin.PluginInfo;
import com.ascent.app.plugin.StepBindingService;
import com.ascent.app.plugin.WizardEntry;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.InvitationService;
import com.ascent.app.security.Role;
import com.ascent.app.security.SetupService;
import com.ascent.app.security.UserPreferences;
import com.ascent.app.security.UserPreferencesService;
import com.ascent.app.wizard.StepContextFactory;
import com.ascent.app.wizard.WizardService;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.StepStatus;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Base class of a step plugin's tests: the plugin runs inside the real host, on a real (embedded)
 * PostgreSQL, loaded by the real PF4J runtime with its own class loader, and is called the way
 * the wizard calls it, with a real {@link StepContext}. No browser, no host screen.
 *
 * <p>What the kit sets up:
 * <ul>
 *   <li>the host's Spring context (services, security, row-level security, migrations, plugin
 *       runtime) in a mock web environment, shared by the test classes of a module;</li>
 *   <li>a fresh database per Spring context, deleted afterwards;</li>
 *   <li>the plugin module under test ({@code ascent.plugins.dirs=.}, i.e. its
 *       {@code target/classes}); name other directories with
 *       {@code @TestPropertySource(properties = "ascent.plugins.dirs=...")}, e.g. {@code target}
 *       to load the packaged jar;</li>
 *   <li>a fresh organization per test, created through the host's services as a consultant
 *       creates one for a new client, with its administrator signed in (administrators may do
 *       everything HR may), and a fresh program in it: nothing a test stores in the organization
 *       (people, libraries, catalogue, settings, plugin choices) reaches another test.</li>
 * </ul>
 *
 * <p>Extends Vaadin's {@code SpringBrowserlessTest}: after {@link #show(String)}, {@code $(...)}
 * and {@code test(...)} find and use the view's components. The plugin's classes come from the
 * plugin's class loader, not the test's: look components up by a {@code vaadin-core} type and an
 * id, not by the plugin's own classes.
 */
@SpringBootTest(classes = AscentApplication.class, properties = {
        "ascent.data-dir=${java.io.tmpdir}/ascent-plugin-test-${random.uuid}",
        "ascent.database.ephemeral=true",
        "ascent.plugins.dirs=."})
public abstract class StepPluginTest extends SpringBrowserlessTest {

    private static final String ADMIN_EMAIL = "administrator@plugin-test.example";
    private static final String ADMIN_PASSWORD = "plugin-test-" + UUID.randomUUID();
    private static final AtomicInteger ORGANIZATIONS = new AtomicInteger();

    @Autowired
    private SetupService setup;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private ObjectProvider<SecurityContextHolderStrategy> securityContexts;
    @Autowired
    private OrganizationService organizations;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private ProgramService programs;
    @Autowired
    private PeopleDirectory people;
    @Autowired
    private StepBindingService bindings;
    @Autowired
    private StepContextFactory contexts;
    @Autowired
    private WizardService wizard;
    @Autowired
    private PluginAdministrationService administration;
    @Autowired
    private UserPreferencesService preferences;
    @Autowired
    private InvitationService invitations;

    private final RecordedChanges changes = new RecordedChanges();
    private Program program;

    /**
     * The administrator (a consultant, as far as the host can tell) creates an organization of the
     * test's own and works in it, as after choosing it in the organization switcher; the first run
     * of the database creates the administrator with an organization of their own, which no test
     * uses.
     */
    @BeforeEach
    final void signInToAFreshOrganizationWithAProgram() {
        synchronized (StepPluginTest.class) {
            if (setup.isSetupNeeded()) {
                setup.createFirstOrganization(new SetupService.FirstRun("Plugin test consultancy",
                        "Test administrator", ADMIN_EMAIL, ADMIN_PASSWORD));
            }
        }
        signIn();
        int number = ORGANIZATIONS.incrementAndGet();
        currentUser.switchOrganization(organizations.create("Plugin test organization " + number).id());
        keepInSession(SecurityContextHolder.getContext());
        preferences.save(new UserPreferences(null, formatLocale()));
        program = programs.create(new ProgramDraft("Test program " + number, "", LocalDate.now().plusMonths(1),
                "Test administrator"));
        changes.reset();
    }

    @AfterEach
    final void signOut() {
        securityContexts.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        SecurityContextHolder.clearContext();
    }

    /** The language the step is called in; English unless a test overrides it. */
    protected Locale locale() {
        return Locale.ENGLISH;
    }

    /**
     * How the user writes numbers and dates ({@code StepContext.formats()}), e.g. {@code Locale.GERMANY}
     * for "29.500,50" and "04.01.2027"; {@code null}, the default, follows the (mock) browser.
     */
    protected @Nullable Locale formatLocale() {
        return null;
    }

    /**
     * This test's program as it is now (e.g. running, once the test launched it). A draft that starts
     * a month from today and runs twelve months, unless the test gave it another period
     * ({@link #programRuns}).
     */
    protected final Program program() {
        return programs.find(program.id()).orElseThrow();
    }

    /**
     * Gives this test's program the period from {@code start} to {@code lastDay}, both included, as HR
     * edits it ({@code ProgramService.update}, which checks the period as for any program), e.g. one
     * that began three months ago, or one of nine months ({@code ProgramDraft.lastDay(start, 9)}).
     * Only the period changes (a draft stays a draft). Returns the program as it is now.
     */
    protected final Program programRuns(LocalDate start, LocalDate lastDay) {
        Program now = program();
        return programs.update(now.id(), now.version(),
                new ProgramDraft(now.name(), now.description(), start, now.ownerName(), lastDay));
    }

    /** The context the wizard would give step {@code stepId} for this test's program as it is now. */
    protected final StepContext context(String stepId) {
        return contexts.create(program(), step(stepId), locale(), changes);
    }

    /** The step's status, asked the way the wizard asks it (with the plugin's class loader). */
    protected final StepStatus status(String stepId) {
        GuardedStep step = step(stepId);
        return step.status(contexts.create(program(), step, locale(), changes));
    }

    /** Builds the step's view for this test's program as it is now and shows it in the mock UI. */
    protected final Component show(String stepId) {
        GuardedStep step = step(stepId);
        Component view = step.createView(contexts.create(program(), step, locale(), changes));
        UI.getCurrent().removeAll();
        UI.getCurrent().add(view);
        return view;
    }

    /** What the step told the wizard shell about saved and unsaved work. */
    protected final RecordedChanges changes() {
        return changes;
    }

    /**
     * Signs in, for the rest of the test, a new colleague with {@code role} in the test's
     * organization instead of its administrator: invited and accepted as an administrator does.
     * The organization is their only one, so they work in it.
     */
    protected final void signInAs(Role role) {
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@plugin-test.example";
        String token = invitations.invite(email, role).token();
        invitations.acceptWithNewAccount(token, "Test " + role.name().toLowerCase(Locale.ROOT),
                "plugin-test-" + UUID.randomUUID());
        authenticate(users.loadUserByUsername(email));
    }

    /** Adds a person to the organization's people directory and returns their id. */
    protected final UUID person(String fullName, String function, int level) {
        return person(fullName, function, level, null);
    }

    /** Adds a person who reports to {@code managerId} and returns their id. */
    protected final UUID person(String fullName, String function, int level, @Nullable UUID managerId) {
        String handle = fullName.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return people.create(new PersonDraft("T-" + suffix, fullName, handle + "." + suffix + "@example.com",
                function, function + " lead", level, managerId, "Berlin", null, 2, 2, List.of())).person().id();
    }

    /** Every plugin the host found, with its state and, for a failed one, the reason. */
    protected final List<PluginInfo> plugins() {
        return administration.plugins();
    }

    /** The ids of the organization's wizard steps, in the order the user walks them. */
    protected final List<String> wizardSteps() {
        return wizard.entries().stream().map(WizardEntry::stepId).toList();
    }

    /** Makes {@code stepId} serve {@code slot} for the organization, as its administrator would. */
    protected final void bindSlot(StepSlot slot, String stepId) {
        administration.bindSlot(slot, stepId);
    }

    /** Switches the extra step {@code stepId} on for the organization, where its plugin places it. */
    protected final void switchOn(String stepId) {
        administration.setExtraStep(stepId, true);
    }

    private GuardedStep step(String stepId) {
        return bindings.availableSteps().stream().filter(s -> s.stepId().equals(stepId)).findFirst()
                .orElseThrow(() -> new AssertionError("No running plugin offers step " + stepId
                        + "; the host found " + administration.plugins()));
    }

    private void signIn() {
        securityContexts.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        authenticate(users.loadUserByUsername(ADMIN_EMAIL));
    }

    /**
     * Signs {@code user} in for the test's thread and, as after a real login, in the HTTP session:
     * Vaadin finds the login there for work a view pushes from a background thread
     * ({@code UI.access}), and prefers it to the thread's, so a previous user's is replaced.
     */
    private void authenticate(UserDetails user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        keepInSession(context);
    }

    private static void keepInSession(SecurityContext context) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
