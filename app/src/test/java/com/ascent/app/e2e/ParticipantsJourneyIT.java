package com.ascent.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.calendar.ProgramCalendarService;
import com.ascent.app.measurement.ProgramMeasurementService;
import com.ascent.app.objectives.ObjectivesService;
import com.ascent.app.objectives.StrategyLibraryService;
import com.ascent.app.plans.DevelopmentPlansService;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.resources.ResourceService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.TestPeople;
import com.ascent.app.support.TestPeople.Spec;
import com.ascent.plugin.api.calendar.Attendee;
import com.ascent.plugin.api.calendar.Cadence;
import com.ascent.plugin.api.calendar.Charter;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.MeetingAgendas;
import com.ascent.plugin.api.calendar.Milestone;
import com.ascent.plugin.api.measurement.KirkpatrickLevel;
import com.ascent.plugin.api.measurement.MetricDraft;
import com.ascent.plugin.api.objectives.Alignment;
import com.ascent.plugin.api.objectives.CapabilityDraft;
import com.ascent.plugin.api.objectives.IndicatorDraft;
import com.ascent.plugin.api.objectives.MeasurementSource;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.objectives.ObjectiveDraft;
import com.ascent.plugin.api.objectives.Priority;
import com.ascent.plugin.api.objectives.StrategyStatement;
import com.ascent.plugin.api.plans.ActivityDraft;
import com.ascent.plugin.api.plans.ActivityKind;
import com.ascent.plugin.api.plans.ActivityStatus;
import com.ascent.plugin.api.plans.Goal;
import com.ascent.plugin.api.plans.GoalDraft;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairProposal;
import com.ascent.plugin.api.roster.RosterRole;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 14's acceptance in Chromium, with GreenMail as the real SMTP server: HR launches a program
 * and invites its people; the HiPo joins from the link in her e-mail and logs a session held with an
 * action item; her manager signs off her plan from his own account; three raters answer from their
 * links without an account; HR sees the aggregated feedback only after the third answer, and the
 * measurement step counts the held session. The program's design is made through the services (the
 * six steps' screens are {@link EndToEndIT}'s). Screenshots {@code p14-*} in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ascent.data-dir=${java.io.tmpdir}/ascent-participants-${random.uuid}")
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParticipantsJourneyIT extends BrowserTest {

    static final GreenMail SMTP = startSmtp();
    static final String PASSWORD = "copper kettle on the windowsill";
    static final Pattern INVITATION_LINK = Pattern.compile("https?://\\S+/invitation/[A-Za-z0-9_-]{43}");
    static final Pattern FEEDBACK_LINK = Pattern.compile("https?://\\S+/feedback/[A-Za-z0-9_-]{43}");
    /** The program began three weeks ago: its first session is behind the HiPo, to be logged. */
    static final LocalDate START = LocalDate.now().minusWeeks(3);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getServerSetup().getPort());
    }

    @Autowired
    TestPeople people;
    @Autowired
    ProgramService programs;
    @Autowired
    StrategyLibraryService strategy;
    @Autowired
    ObjectivesService objectives;
    @Autowired
    ProgramRosterService roster;
    @Autowired
    ProgramCalendarService calendar;
    @Autowired
    DevelopmentPlansService plans;
    @Autowired
    ResourceService resources;
    @Autowired
    ProgramMeasurementService measurement;

    final JourneyTexts t = JourneyTexts.english();
    /** The people's own browser (no account, or theirs); HR works in {@link #page}. */
    BrowserSession visitor;
    Page theirs;
    Account hr;
    UUID programId;
    String suffix;
    String hanna;
    String helena;
    String marek;
    String dora;

    @BeforeAll
    void aDesignedProgramReadyToLaunch() {
        visitor = new BrowserSession().at(url(""));
        theirs = visitor.page;
        hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        suffix = UUID.randomUUID().toString().substring(0, 6);
        hanna = "Hanna Hipo " + suffix;
        helena = "Helena Head " + suffix;
        marek = "Marek Mentor " + suffix;
        dora = "Dora Report " + suffix;
        UUID org = hr.organizationId();
        UUID helenaId = people.add(org, Spec.of(helena, "Finance", 11));
        UUID hannaId = people.add(org, Spec.of(hanna, "Finance", 7).managedBy(helenaId));
        people.add(org, Spec.of(dora, "Finance", 4).managedBy(hannaId));
        UUID marekId = people.add(org, Spec.of(marek, "Operations", 12));

        programId = programs.create(new ProgramDraft("Finance leaders " + suffix, "", START, "Maria Nowak",
                START.plusMonths(6).minusDays(1))).id();
        StrategyStatement priority = strategy.addStatement(StrategyStatement.Kind.BUSINESS_PRIORITY, "Close faster");
        UUID capability = strategy.addCapability(new CapabilityDraft("Leading change " + suffix, "Across teams",
                List.of("Explains why"))).id();
        Objective objective = objectives.add(programId, new ObjectiveDraft("Lead the closing of the books", "",
                capability, Priority.HIGH, List.of(new Alignment(priority.id(), "A faster close frees the team"))));
        objectives.addIndicator(programId, objective.id(), new IndicatorDraft("Days to close", "days",
                MeasurementSource.BUSINESS_KPI, new BigDecimal("8"), new BigDecimal("5"), "monthly"));

        UUID hannaMember = roster.addMember(programId, MemberDraft.hipo(hannaId)).id();
        UUID marekMember = roster.addMember(programId, MemberDraft.employee(marekId, RosterRole.MENTOR, 2,
                List.of("English"), Availability.HIGH, List.of())).id();
        roster.addPair(programId, new PairProposal(hannaMember, marekMember, PairKind.MENTORING, null, List.of()));
        roster.confirm(programId, roster.pairs(programId));
        calendar.saveFramework(programId, 0, new FrameworkDraft(START, START.plusMonths(6).minusDays(1),
                ZoneId.of("Europe/Warsaw"), LocalTime.of(10, 0), 60, Cadence.months(1), null, 0, 1,
                Set.of(Attendee.HIPO, Attendee.MENTOR), Set.of(Milestone.KICK_OFF), List.of(), Charter.empty(),
                MeetingAgendas.empty()));
        calendar.generate(programId, Locale.ENGLISH);

        UUID plan = plans.open(programId, hannaMember).id();
        Goal goal = plans.addGoal(programId, plan, new GoalDraft("Close the books in five days", "Five days or fewer",
                "Done", START.plusMonths(5), List.of(objective.id())));
        plans.addActivity(programId, plan, new ActivityDraft(goal.id(), ActivityKind.STRETCH_ASSIGNMENT,
                "Run the Q3 close", START.plusMonths(1), START.plusMonths(2), "Hanna", ActivityStatus.PLANNED));
        resources.decideNoSupport(programId, hannaMember, "Her mentor is her support");
        measurement.addMetrics(programId, List.of(new MetricDraft(null, "Performance rating", "1-5",
                MeasurementSource.PERFORMANCE_RATING, KirkpatrickLevel.BEHAVIOUR, START, List.of(START.plusMonths(6)))));
        accounts.signOut();
    }

    @AfterAll
    void closeTheirBrowserAndTheMailServer() {
        if (visitor != null) {
            visitor.close();
        }
        SMTP.stop();
    }

    @Test
    @Order(1)
    void hrLaunchesTheProgramAndInvitesItsPeopleByEmail() throws Exception {
        signIn(hr);
        page.navigate(url("programs/" + programId + "/steps/review"));
        browser.settle();
        assertThat(page.locator("#launch")).isEnabled();
        browser.screenshot("p14-01-ready-to-launch");
        page.locator("#launch").click();
        browser.settle();

        page.locator("#invite-participants").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.locator("#program-participants")).containsText(hanna);
        assertThat(dialog.locator("#program-participants")).containsText(marek);
        assertThat(dialog.locator("#program-participants")).containsText(helena);
        assertThat(page.locator("#invite-all-participants")).hasText("Invite the 3 not invited yet");
        browser.screenshot("p14-02-participants-to-invite");
        page.locator("#invite-all-participants").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("3 invitations sent.");
        assertThat(page.locator("#invite-all-participants")).hasText("Everybody is invited");
        assertThat(dialog.locator("#program-participants")).containsText("Invited, link works until");
        browser.screenshot("p14-03-participants-invited");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();

        awaitMessages(3);
        for (String person : List.of(hanna, marek, helena)) {
            MimeMessage invitation = onlyMessageTo(person);
            assertThat(invitation.getSubject()).isEqualTo("Your development program at " + hr.organizationName()
                    + ": your Ascent account");
            assertThat(body(invitation)).startsWith("Hello " + person);
        }
        signOut();
    }

    @Test
    @Order(2)
    void theHipoJoinsFromHerEmailAndLogsTheSessionHeldWithAnActionItem() throws Exception {
        join(hanna, "p14-04-hipo-invitation");
        assertThat(theirs.locator("h1")).hasText("My program");
        assertThat(theirs.locator("#my-pairs")).containsText("Mentoring with " + marek);
        assertThat(theirs.locator("#my-action-items-none")).isVisible();
        visitor.screenshot("p14-05-hipo-my-program");

        theirs.locator(".log-session").first().click();
        Locator dialog = theirs.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByLabel("Held")).isChecked();
        dialog.getByLabel("Notes").fill("Walked through last month's close; two delays came from approvals.");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add an action item")).click();
        dialog.getByLabel("Action item").fill("Map the approval steps of the close");
        dialog.getByLabel("Owner").fill("Hanna");
        Locator due = dialog.getByLabel("Due").first();
        due.fill(t.typed(LocalDate.now().plusWeeks(2)));
        due.press("Enter");
        visitor.screenshot("p14-06-hipo-logs-the-session");
        theirs.locator("#save-log").click();

        assertThat(theirs.locator("vaadin-notification-card").last()).containsText("Session logged.");
        assertThat(theirs.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(theirs.locator("#my-action-items")).containsText("Map the approval steps of the close");
        assertThat(theirs.locator("#my-sessions")).not().containsText("Mentoring session 1 ");
        theirs.locator("#my-action-items").scrollIntoViewIfNeeded();
        visitor.screenshot("p14-07-hipo-action-item");
        visitor.signOut();
    }

    @Test
    @Order(3)
    void theManagerSignsOffThePlanFromHisOwnAccount() throws Exception {
        join(helena, "p14-08-manager-invitation");
        Locator review = theirs.locator(".plan-to-review");
        assertThat(review).containsText(hanna);
        assertThat(review.locator(".plan-sign-off")).hasText("Not signed off by the manager yet.");
        assertThat(review).containsText("Close the books in five days");
        visitor.screenshot("p14-09-manager-plan-to-review");
        review.locator(".sign-off-plan").click();

        assertThat(theirs.locator("vaadin-notification-card").last())
                .containsText("You signed off the plan of " + hanna + ".");
        assertThat(theirs.locator(".plan-to-review .plan-sign-off"))
                .containsText("Signed off by the manager " + helena + " from their own account");
        assertThat(theirs.locator(".sign-off-plan")).hasCount(0);
        visitor.screenshot("p14-10-manager-signed-off");
        visitor.signOut();
    }

    @Test
    @Order(4)
    void threeRatersAnswerFromTheirLinksAndHrSeesTheResultsOnlyAfterTheThird() throws Exception {
        signIn(hr);
        page.navigate(url("programs/" + programId + "/feedback"));
        browser.settle();
        browser.screenshot("p14-11-feedback-round-to-send");
        page.locator("#send-round").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("3 feedback requests sent.");
        Locator round = page.locator("vaadin-grid[id^='round-']");
        assertThat(round).containsText("0 of 3");
        browser.screenshot("p14-12-feedback-round-sent");

        awaitMessages(6);
        List<String> raters = List.of(marek, helena, dora);
        for (int answered = 1; answered <= raters.size(); answered++) {
            String rater = raters.get(answered - 1);
            answerFeedback(onlyLink(onlyMessageTo(rater, "feedback"), FEEDBACK_LINK), answered);
            page.reload();
            browser.settle();
            if (answered < raters.size()) {
                assertThat(round).containsText(answered + " of 3 answers, results shown from 3");
                assertThat(round).not().containsText("Average overall rating");
            }
            if (answered == 2) {
                browser.screenshot("p14-15-results-hidden-after-two");
            }
        }
        assertThat(round).containsText("3 of 3");
        assertThat(round).containsText(Pattern.compile("Average overall rating 4(\\.0+)? of 5"));
        assertThat(page.locator("[id^='remind-']")).hasCount(0); // nobody left to remind
        browser.screenshot("p14-16-results-shown-after-three");
    }

    @Test
    @Order(5)
    void theMeasurementStepCountsTheHeldSessionAndEveryMailArrivedOnce() throws Exception {
        page.navigate(url("programs/" + programId + "/steps/measurement"));
        browser.settle();
        page.locator("#tab-dashboard").click();
        browser.settle();
        assertThat(page.locator("#dashboard-participation-card"))
                .containsText(Pattern.compile("\\b1 of \\d+ planned sessions held"));
        assertThat(page.locator("#dashboard-participants")).containsText(hanna);
        browser.screenshot("p14-17-measurement-counts-the-held-session");

        List<String> sent = Arrays.stream(SMTP.getReceivedMessages()).map(ParticipantsJourneyIT::recipientAndSubject)
                .toList();
        assertThat(sent).as("every e-mail arrived once").doesNotHaveDuplicates().hasSize(6);
    }

    /**
     * The person opens the invitation's link from their e-mail, creates their account and signs in
     * with it: their first page is My program.
     */
    private void join(String person, String screenshot) throws Exception {
        MimeMessage invitation = onlyMessageTo(person, "your Ascent account");
        String email = addressOf(invitation);
        theirs.navigate(onlyLink(invitation, INVITATION_LINK));
        visitor.settle();
        assertThat(theirs.locator("h1")).hasText("Join " + hr.organizationName() + " in Ascent");
        visitor.screenshot(screenshot);
        field(theirs, "Your name").fill(person);
        field(theirs, "Password").fill(PASSWORD);
        field(theirs, "Repeat password").fill(PASSWORD);
        theirs.locator("#create-account").click();
        assertThat(theirs.getByRole(AriaRole.MAIN)).containsText("Your account is ready");
        visitor.signIn(email, PASSWORD);
        theirs.waitForURL(u -> u.contains("/my-program"));
        visitor.settle();
    }

    /** A rater opens their link (no account), rates every question 4 and submits. */
    private void answerFeedback(String link, int rater) {
        theirs.navigate(link);
        visitor.settle();
        assertThat(theirs.locator("h1")).hasText("Feedback about " + hanna);
        Locator questions = theirs.locator("vaadin-radio-group[id^='question-']");
        assertThat(questions.first()).isVisible();
        for (int i = 0; i < questions.count(); i++) {
            questions.nth(i).getByText("4 - often").click();
        }
        theirs.locator("#feedback-comment textarea").fill("Asks the team before deciding.");
        if (rater == 1) {
            visitor.screenshot("p14-13-rater-answers");
        }
        theirs.locator("#submit-feedback").click();
        assertThat(theirs.getByRole(AriaRole.MAIN)).containsText("Thank you. Your feedback was received.");
        if (rater == 1) {
            visitor.screenshot("p14-14-rater-thanked");
        }
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).first();
    }

    // --- The mail server ---------------------------------------------------------------------------

    private static GreenMail startSmtp() {
        try (ServerSocket free = new ServerSocket(0)) {
            GreenMail smtp = new GreenMail(new ServerSetup(free.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            free.close();
            smtp.start();
            return smtp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until GreenMail has received {@code count} messages in all. */
    private static void awaitMessages(int count) {
        assertThat(SMTP.waitForIncomingEmail(30_000, count)).as("%d e-mails received", count).isTrue();
    }

    /** The one message to the directory person {@code fullName} whose subject contains {@code subject}. */
    private static MimeMessage onlyMessageTo(String fullName, String subject) throws MessagingException {
        String email = fullName.toLowerCase().replace(' ', '.') + "@example.com";
        List<MimeMessage> messages = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> recipientAndSubject(m).startsWith(email + " ") && subjectOf(m).contains(subject))
                .toList();
        assertThat(messages).as("messages to %s about %s", email, subject).hasSize(1);
        return messages.getFirst();
    }

    private static MimeMessage onlyMessageTo(String fullName) throws MessagingException {
        return onlyMessageTo(fullName, "");
    }

    private String onlyLink(MimeMessage message, Pattern link) throws Exception {
        String text = body(message);
        Matcher found = link.matcher(text);
        assertThat(found.find()).as("a link in:%n%s", text).isTrue();
        String first = found.group();
        assertThat(first).as("a link to this Ascent").startsWith(url(""));
        return first;
    }

    private static String body(MimeMessage message) throws IOException, MessagingException {
        return (String) message.getContent();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String addressOf(MimeMessage message) throws MessagingException {
        return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
    }

    private static String recipientAndSubject(MimeMessage message) {
        try {
            return addressOf(message) + " " + message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
