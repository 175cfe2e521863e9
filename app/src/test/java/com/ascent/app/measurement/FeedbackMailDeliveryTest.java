package com.ascent.app.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.organization.OrganizationSettings;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.app.support.TestPairs;
import com.ascent.app.support.TestPairs.Cohort;
import com.ascent.plugin.api.measurement.Feedback;
import com.ascent.plugin.api.measurement.FeedbackPhase;
import com.ascent.plugin.api.measurement.RaterRole;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The e-mails of 360 feedback through a real SMTP server: each rater's request and the reminder to
 * those who have not answered arrive once, in the organization's language, with a link that opens
 * the rater's form.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3937",
        "ascent.public-url=https://ascent.example"})
class FeedbackMailDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(3937, "127.0.0.1", "smtp"));

    private static final Pattern LINK = Pattern.compile("https://ascent\\.example/feedback/([A-Za-z0-9_-]+)");

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestPairs pairs;
    @Autowired
    FeedbackRoundService rounds;
    @Autowired
    FeedbackLinkService links;
    @Autowired
    OrganizationSettingsService organizationSettings;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @ParameterizedTest
    @CsvSource({
            "en, Your feedback about Ana Finance, Reminder: your feedback about Ben Sales, as mentor",
            "pl, Twoja opinia o Ana Finance, Przypomnienie: Twoja opinia o Ben Sales, (jako: mentor)"})
    void theRequestAndTheReminderToNonRespondersArriveOnceWithWorkingLinks(String language, String requestSubject,
                                                                          String reminderSubject, String role)
            throws Exception {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        OrganizationSettings settings = organizationSettings.current();
        organizationSettings.save(new OrganizationSettings(settings.currency(), settings.timeZone(),
                settings.formatLocale(), settings.workingWeek(), Locale.of(language), settings.weekStart(),
                settings.performanceScale(), settings.potentialScale(), settings.feedbackAnonymityThreshold(),
                settings.version()));
        Cohort cohort = pairs.programWithPairs(admin.organizationId(), LocalDate.of(2027, 1, 11));

        FeedbackRoundOverview round = rounds.send(cohort.programId(), FeedbackPhase.BEFORE,
                new RaterChoice(Set.of(RaterRole.MENTOR), Map.of()));

        assertThat(SMTP.waitForIncomingEmail(15_000, 2)).isTrue();
        MimeMessage toMia = to(cohort.mia().email()).getFirst();
        assertThat(toMia.getSubject()).isEqualTo(requestSubject);
        assertThat(body(toMia)).contains(role);
        String miasToken = token(toMia);
        RaterForm miasForm = links.open(miasToken).orElseThrow();
        assertThat(miasForm.state()).isEqualTo(RaterForm.State.OPEN);
        assertThat(miasForm.language()).isEqualTo(Locale.of(language));
        String felixsFirstToken = token(to(cohort.felix().email()).getFirst());

        links.submit(miasToken, Map.of(Feedback.OVERALL, 4), "");
        assertThat(rounds.remindNonResponders(cohort.programId(), round.id())).isOne();

        assertThat(SMTP.waitForIncomingEmail(15_000, 3)).isTrue();
        assertThat(to(cohort.mia().email())).as("Mia answered: no reminder").hasSize(1);
        List<MimeMessage> toFelix = to(cohort.felix().email());
        assertThat(toFelix).hasSize(2);
        MimeMessage reminder = toFelix.get(1);
        assertThat(reminder.getSubject()).isEqualTo(reminderSubject);
        assertThat(links.open(token(reminder)).orElseThrow().state()).isEqualTo(RaterForm.State.OPEN);
        assertThat(links.open(felixsFirstToken).orElseThrow().state()).as("the first link works too")
                .isEqualTo(RaterForm.State.OPEN);

        assertThat(rounds.remindNonResponders(cohort.programId(), round.id())).as("once a day").isZero();
        Thread.sleep(1_000);
        assertThat(SMTP.getReceivedMessages()).hasSize(3);
    }

    private static List<MimeMessage> to(String email) throws Exception {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().contains(email);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String body(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }

    private static String token(MimeMessage message) throws Exception {
        Matcher link = LINK.matcher(body(message));
        assertThat(link.find()).as("a link in " + body(message)).isTrue();
        return link.group(1);
    }
}
