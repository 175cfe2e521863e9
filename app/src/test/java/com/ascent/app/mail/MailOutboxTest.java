package com.ascent.app.mail;

import static com.ascent.app.db.Tables.MAIL_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.organization.OrganizationSettings;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.security.UserPreferences;
import com.ascent.app.security.UserPreferencesService;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14, e-mail that is real: queued in the database in the transaction of the change, delivered
 * to a real SMTP server (GreenMail) once that transaction commits, never twice, retried after a
 * failure, and written in the recipient's language.
 */
@MailIntegrationTest
class MailOutboxTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(MailIntegrationTest.SMTP);

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserPreferencesService preferences;
    @Autowired
    OrganizationSettingsService settings;
    @Autowired
    PublicAddress publicAddress;

    Account admin;

    @BeforeEach
    void organization() {
        admin = accounts.newOrganization(Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aMessageQueuedInACommittedTransactionIsDeliveredOnceAfterTheCommit() throws Exception {
        boolean queued = inOrganization(() -> {
            boolean first = outbox.queue(request("welcome:1", "anna@example.com", "Anna Nowak"));
            assertThat(SMTP.getReceivedMessages()).as("nothing leaves before the commit").isEmpty();
            return first;
        });

        assertThat(queued).isTrue();
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Welcome, Anna Nowak");
        assertThat(((InternetAddress) received.getAllRecipients()[0]).getPersonal()).isEqualTo("Anna Nowak");
        assertThat(ReminderRunTest.text(received)).contains("https://ascent.example.com/my-program");
        awaitStatus("welcome:1", MailStatus.SENT);
    }

    @Test
    void aRolledBackTransactionSendsNothing() {
        OrganizationScope.callAs(admin.organizationId(), () -> transactions.execute(tx -> {
            outbox.queue(request("rolled-back", "bob@example.com", "Bob"));
            tx.setRollbackOnly();
            return null;
        }));
        inOrganization(() -> outbox.queue(request("committed", "carol@example.com", "Carol")));

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        pause(Duration.ofMillis(500));
        assertThat(SMTP.getReceivedMessages()).extracting(m -> GreenMailUtil.getAddressList(m.getAllRecipients()))
                .containsExactly("Carol <carol@example.com>");
        assertThat(dsl.fetchCount(MAIL_MESSAGE, MAIL_MESSAGE.UNIQUE_KEY.eq("rolled-back"))).isZero();
    }

    @Test
    void theSameUniqueKeyIsQueuedAndSentOnlyOnce() {
        boolean first = inOrganization(() -> outbox.queue(request("session-soon:e1:2027-01-12", "dan@example.com", "Dan")));
        boolean second = inOrganization(() -> outbox.queue(request("session-soon:e1:2027-01-12", "dan@example.com", "Dan")));

        assertThat(first).isTrue();
        assertThat(second).as("the same occasion again").isFalse();
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        pause(Duration.ofMillis(800));
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMessageTheServerDidNotTakeIsRetriedLaterAndThenSent() throws Exception {
        SMTP.stop();
        inOrganization(() -> outbox.queue(request("retry:1", "eve@example.com", "Eve")));
        awaitAttempts("retry:1", 1);
        assertThat(statusOf("retry:1")).isEqualTo(MailStatus.QUEUED);
        Instant retryAt = inOrganization(() -> dsl.select(MAIL_MESSAGE.NEXT_ATTEMPT_AT).from(MAIL_MESSAGE)
                .where(MAIL_MESSAGE.UNIQUE_KEY.eq("retry:1")).fetchSingle().value1().toInstant());
        assertThat(retryAt).isAfter(Instant.now().plusSeconds(30));

        SMTP.start();
        assertThat(dispatcher.dispatch(admin.organizationId(), Instant.now()))
                .as("not due yet: the back-off is respected").isZero();
        assertThat(dispatcher.dispatch(admin.organizationId(), retryAt)).isEqualTo(1);

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(statusOf("retry:1")).isEqualTo(MailStatus.SENT);
        assertThat(dispatcher.dispatch(admin.organizationId(), retryAt.plus(Duration.ofDays(1)))).isZero();
    }

    @Test
    void aMessageThatFailsAtEveryAttemptEndsFailed() {
        SMTP.stop();
        inOrganization(() -> outbox.queue(request("doomed", "frank@example.com", "Frank")));
        awaitAttempts("doomed", 1);
        Instant later = Instant.now();
        for (int attempt = 2; attempt <= MailDispatcher.BACK_OFF.size() + 1; attempt++) {
            later = later.plus(Duration.ofDays(1));
            dispatcher.dispatch(admin.organizationId(), later);
        }
        assertThat(statusOf("doomed")).isEqualTo(MailStatus.FAILED);
        SMTP.start();
    }

    @Test
    void theLanguageIsTheAccountsChoiceElseTheOrganizationsElseEnglish() {
        accounts.signIn(admin);
        assertThat(outbox.languageFor(admin.organizationId(), admin.email())).isEqualTo(Locale.ENGLISH);
        assertThat(outbox.languageFor(admin.organizationId(), "nobody@example.com")).isEqualTo(Locale.ENGLISH);

        OrganizationSettings current = settings.current();
        settings.save(new OrganizationSettings(current.currency(), current.timeZone(), current.formatLocale(),
                current.workingWeek(), Locale.of("pl"), current.weekStart(), current.performanceScale(),
                current.potentialScale(), current.feedbackAnonymityThreshold(), current.version()));
        assertThat(outbox.languageFor(admin.organizationId(), "nobody@example.com")).isEqualTo(Locale.of("pl"));

        preferences.save(new UserPreferences(Locale.ENGLISH, null));
        assertThat(outbox.languageFor(admin.organizationId(), admin.email().toUpperCase(Locale.ROOT)))
                .as("the account's own choice wins").isEqualTo(Locale.ENGLISH);
        RecipientLanguages many = outbox.recipientLanguages(admin.organizationId());
        assertThat(many.of(admin.email())).as("looked up for many: the same rule").isEqualTo(Locale.ENGLISH);
        assertThat(many.of("nobody@example.com")).isEqualTo(Locale.of("pl"));
    }

    private MailRequest request(String key, String email, String name) {
        return new MailRequest(key, admin.organizationId(), email, name, Locale.ENGLISH, "TEST",
                "Welcome, " + name, "Your program: " + publicAddress.link("my-program"));
    }

    private MailStatus statusOf(String key) {
        return inOrganization(() -> MailStatus.valueOf(dsl.select(MAIL_MESSAGE.STATUS).from(MAIL_MESSAGE)
                .where(MAIL_MESSAGE.UNIQUE_KEY.eq(key)).fetchSingle().value1()));
    }

    /** The dispatcher writes the status when the server has taken the message (its transaction commits a moment later). */
    private void awaitStatus(String key, MailStatus status) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (statusOf(key) != status) {
            assertThat(System.nanoTime()).as("status of " + key).isLessThan(until);
            pause(Duration.ofMillis(50));
        }
    }

    private void awaitAttempts(String key, int attempts) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            Integer made = inOrganization(() -> dsl.select(MAIL_MESSAGE.ATTEMPTS).from(MAIL_MESSAGE)
                    .where(MAIL_MESSAGE.UNIQUE_KEY.eq(key)).fetchSingle().value1());
            if (made != null && made >= attempts) {
                return;
            }
            pause(Duration.ofMillis(100));
        }
        throw new AssertionError("no attempt to send " + key);
    }

    private <T> T inOrganization(java.util.function.Supplier<T> work) {
        return OrganizationScope.callAs(admin.organizationId(), () -> transactions.execute(tx -> work.get()));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
