package com.ascent.app.mail;

import static com.ascent.app.db.Tables.ACTION_ITEM;
import static com.ascent.app.db.Tables.CALENDAR_EVENT;
import static com.ascent.app.db.Tables.PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.organization.OrganizationSettings;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.TestPairs;
import com.ascent.app.support.TestPairs.Cohort;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14, reminders: a session in N days, an overdue action item and a stalled pair are mailed
 * once per occasion through a real SMTP server, in the recipient's language, each with a link that
 * stops that kind of reminder without an account; an administrator switches a rule off.
 */
@MailIntegrationTest
class ReminderRunTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(MailIntegrationTest.SMTP);
    static final Pattern OPT_OUT = Pattern.compile("https://ascent\\.example\\.com/reminders/opt-out/(\\S+)");

    @Autowired
    ReminderRunner runner;
    @Autowired
    ReminderService reminders;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestPairs pairs;
    @Autowired
    OrganizationSettingsService organizationSettings;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DSLContext dsl;

    Account admin;
    Cohort cohort;
    LocalDate today;
    ZoneId zone;

    @BeforeEach
    void runningProgramWithPairs() {
        admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        zone = organizationSettings.current().timeZone();
        today = LocalDate.now(zone);
        cohort = pairs.programWithPairs(admin.organizationId(), today.minusWeeks(1));
        inOrganization(() -> dsl.update(PROGRAM).set(PROGRAM.STATE, "RUNNING")
                .where(PROGRAM.ID.eq(cohort.programId())).execute());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void bothPeopleOfAPairHearOfTheirSessionTwoDaysAheadOnceInTheirLanguage() throws Exception {
        useOrganizationLanguage(Locale.of("pl"));
        session(cohort.anaWithMia().id(), today.plusDays(2));
        session(cohort.benWithFelix().id(), today.plusDays(3));

        assertThat(runner.run(admin.organizationId(), today)).isEqualTo(2);
        assertThat(runner.run(admin.organizationId(), today)).as("the same day again").isZero();

        List<MimeMessage> received = await(2);
        MimeMessage toAna = to(received, cohort.ana().email());
        assertThat(toAna.getSubject()).startsWith("Twoja sesja z: Mia Marketing");
        String body = text(toAna);
        assertThat(body).contains("Dzień dobry Ana Finance", "https://ascent.example.com/my-program",
                "https://ascent.example.com/reminders/opt-out/");
        assertThat(to(received, cohort.mia().email()).getSubject()).startsWith("Twoja sesja z: Ana Finance");
    }

    @Test
    void theOptOutLinkStopsThatKindOfReminderForThatPersonOnlyAndAnAlteredLinkNothing() throws Exception {
        session(cohort.anaWithMia().id(), today.plusDays(2));
        runner.run(admin.organizationId(), today);
        String body = text(to(await(2), cohort.ana().email()));
        assertThat(body).contains("Hello Ana Finance", "your session with Mia Marketing", "no more upcoming session reminders");
        Matcher link = OPT_OUT.matcher(body);
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        accounts.signOut();

        String altered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        assertThat(reminders.optOutOf(altered)).isEmpty();
        assertThat(reminders.optOut(altered)).isFalse();
        assertThat(reminders.optOutOf("nonsense")).isEmpty();
        assertThat(reminders.optOutOf(token)).hasValueSatisfying(optOut -> {
            assertThat(optOut.email()).isEqualTo(cohort.ana().email().toLowerCase(Locale.ROOT));
            assertThat(optOut.kind()).isEqualTo(ReminderKind.SESSION_SOON);
            assertThat(optOut.done()).isFalse();
        });
        assertThat(reminders.optOut(token)).isTrue();
        assertThat(reminders.optOut(token)).as("a second click is harmless").isTrue();
        assertThat(reminders.optOutOf(token)).hasValueSatisfying(optOut -> assertThat(optOut.done()).isTrue());

        SMTP.purgeEmailFromAllMailboxes();
        session(cohort.anaWithClaire().id(), today.plusDays(1));
        assertThat(runner.run(admin.organizationId(), today.minusDays(1))).isEqualTo(1);
        assertThat(Arrays.stream(await(1).getFirst().getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly("Claire Coach <claire@coaching.example>");
    }

    @Test
    void theOwnerOfAnOverdueActionItemHearsOnce() throws Exception {
        UUID held = session(cohort.benWithFelix().id(), today.minusDays(10));
        inOrganization(() -> dsl.insertInto(ACTION_ITEM)
                .set(ACTION_ITEM.ID, UUID.randomUUID())
                .set(ACTION_ITEM.ORGANIZATION_ID, admin.organizationId())
                .set(ACTION_ITEM.EVENT_ID, held)
                .set(ACTION_ITEM.DESCRIPTION, "Draft the sales plan")
                .set(ACTION_ITEM.OWNER_NAME, "Ben Sales")
                .set(ACTION_ITEM.DUE_DATE, today.minusDays(3))
                .execute());
        switchOff(ReminderKind.PAIR_STALLED);

        assertThat(runner.run(admin.organizationId(), today)).isEqualTo(1);
        assertThat(runner.run(admin.organizationId(), today.plusDays(1))).as("once per item").isZero();

        MimeMessage toBen = to(await(1), cohort.ben().email());
        assertThat(toBen.getSubject()).isEqualTo("Overdue action item: Draft the sales plan");
        assertThat(text(toBen)).contains("3 days ago");
    }

    @Test
    void administratorsHearOfPairsWithoutAHeldSessionForSixWeeksUnlessTheRuleIsOff() throws Exception {
        inOrganization(() -> dsl.update(PROGRAM).set(PROGRAM.START_DATE, today.minusWeeks(8))
                .where(PROGRAM.ID.eq(cohort.programId())).execute());
        UUID recent = session(cohort.anaWithMia().id(), today.minusWeeks(2));
        inOrganization(() -> dsl.update(CALENDAR_EVENT).set(CALENDAR_EVENT.STATUS, "HELD")
                .where(CALENDAR_EVENT.ID.eq(recent)).execute());

        switchOff(ReminderKind.PAIR_STALLED);
        assertThat(runner.run(admin.organizationId(), today)).isZero();

        ReminderSettings settings = reminders.settings();
        reminders.save(new ReminderSettings(EnumSet.allOf(ReminderKind.class), settings.sessionSoonDays(),
                settings.feedbackFirstDays(), settings.feedbackSecondDays(), 6, settings.version()));
        assertThat(runner.run(admin.organizationId(), today)).isEqualTo(1);

        MimeMessage toAdmin = to(await(1), admin.email());
        assertThat(toAdmin.getSubject()).startsWith("2 pairs have not met");
        assertThat(text(toAdmin)).contains("Ana Finance and Claire Coach: no session held yet",
                "Ben Sales and Felix Finance: no session held yet").doesNotContain("Ana Finance and Mia Marketing");
    }

    @Test
    void theDailyRunHappensOnceWhileItsLockIsHeld() {
        runner.runDaily();
        session(cohort.anaWithMia().id(), today.plusDays(2));
        runner.runDaily();
        assertThat(inOrganization(() -> dsl.fetchCount(com.ascent.app.db.Tables.MAIL_MESSAGE,
                com.ascent.app.db.Tables.MAIL_MESSAGE.KIND.eq("SESSION_SOON"))))
                .as("the second run (another node, or the same) found the lock taken").isZero();
        assertThat(dsl.fetchCount(dsl.selectFrom("ascent.shedlock").where("name = 'daily-reminders'"))).isEqualTo(1);
        assertThat(runner.run(admin.organizationId(), today)).as("the rules themselves would queue").isEqualTo(2);
        await(2);
    }

    private UUID session(UUID pairId, LocalDate day) {
        UUID id = UUID.randomUUID();
        OffsetDateTime start = day.atTime(LocalTime.of(10, 0)).atZone(zone).toOffsetDateTime();
        inOrganization(() -> dsl.insertInto(CALENDAR_EVENT)
                .set(CALENDAR_EVENT.ID, id)
                .set(CALENDAR_EVENT.ORGANIZATION_ID, admin.organizationId())
                .set(CALENDAR_EVENT.PROGRAM_ID, cohort.programId())
                .set(CALENDAR_EVENT.PAIR_ID, pairId)
                .set(CALENDAR_EVENT.KIND, "SESSION")
                .set(CALENDAR_EVENT.TITLE, "Mentoring session")
                .set(CALENDAR_EVENT.STARTS_AT, start)
                .set(CALENDAR_EVENT.ENDS_AT, start.plusHours(1))
                .execute());
        return id;
    }

    private void switchOff(ReminderKind kind) {
        ReminderSettings settings = reminders.settings();
        EnumSet<ReminderKind> on = EnumSet.allOf(ReminderKind.class);
        on.remove(kind);
        reminders.save(new ReminderSettings(on, settings.sessionSoonDays(), settings.feedbackFirstDays(),
                settings.feedbackSecondDays(), settings.pairStalledWeeks(), settings.version()));
    }

    private void useOrganizationLanguage(Locale language) {
        OrganizationSettings current = organizationSettings.current();
        organizationSettings.save(new OrganizationSettings(current.currency(), current.timeZone(),
                current.formatLocale(), current.workingWeek(), language, current.weekStart(),
                current.performanceScale(), current.potentialScale(), current.feedbackAnonymityThreshold(),
                current.version()));
    }

    private static List<MimeMessage> await(int count) {
        assertThat(SMTP.waitForIncomingEmail(15_000, count)).as(count + " e-mails").isTrue();
        return List.of(SMTP.getReceivedMessages());
    }

    private static MimeMessage to(List<MimeMessage> messages, String email) {
        return messages.stream().filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().toLowerCase(Locale.ROOT)
                        .contains(email.toLowerCase(Locale.ROOT)));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no e-mail to " + email + " among "
                + messages.stream().map(m -> GreenMailUtil.getAddressList(recipients(m))).toList()));
    }

    private static jakarta.mail.Address[] recipients(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of a plain-text message. */
    static String text(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T inOrganization(java.util.function.Supplier<T> work) {
        return OrganizationScope.callAs(admin.organizationId(), () -> transactions.execute(tx -> work.get()));
    }
}
