package com.ascent.app.security;

import static com.ascent.app.db.Tables.ORGANIZATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.mail.MailIntegrationTest;
import com.ascent.app.participation.ParticipantFixture;
import com.ascent.app.participation.ParticipantFixture.Cohort;
import com.ascent.app.participation.ProgramParticipantsService;
import com.ascent.app.security.InvitationService.Invited;
import com.ascent.app.security.TestAccounts.Account;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14: an invitation is an e-mail, delivered once by a real SMTP server (GreenMail), in the
 * invited person's language, with a link that opens the invitation.
 */
@MailIntegrationTest
class InvitationMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(MailIntegrationTest.SMTP);

    private static final Pattern LINK = Pattern.compile("https://ascent\\.example\\.com/invitation/([A-Za-z0-9_-]{43})");

    @Autowired
    ParticipantFixture fixture;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ProgramParticipantsService participants;
    @Autowired
    InvitationService invitations;
    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aParticipantsInvitationArrivesOnceInEnglishWithAWorkingLink() throws Exception {
        Cohort cohort = fixture.create();
        Invited invited = participants.invite(cohort.programId(), cohort.hanna());

        MimeMessage received = onlyMessage(invited.email());
        assertThat(received.getSubject()).isEqualTo("Your development program at " + cohort.hr().organizationName()
                + ": your Ascent account");
        String body = (String) received.getContent();
        assertThat(body).startsWith("Hello Hanna Hipo").contains("for 7 days", "You see only your own part.");
        assertThat(linkedToken(body)).isEqualTo(invited.token());
        assertThat(invitations.find(linkedToken(body))).hasValueSatisfying(open -> {
            assertThat(open.role()).isEqualTo(Role.PARTICIPANT);
            assertThat(open.email()).isEqualTo(invited.email());
        });
    }

    @Test
    void inAnOrganizationThatSpeaksPolishTheInvitationIsPolish() throws Exception {
        Cohort cohort = fixture.create();
        OrganizationScope.callAs(cohort.hr().organizationId(), () -> transactions.execute(tx -> dsl.update(ORGANIZATION)
                .set(ORGANIZATION.DEFAULT_LANGUAGE, "pl").where(ORGANIZATION.ID.eq(cohort.hr().organizationId()))
                .execute()));
        accounts.signIn(cohort.hr());
        Invited invited = participants.invite(cohort.programId(), cohort.piotr());

        MimeMessage received = onlyMessage(invited.email());
        assertThat(received.getSubject()).isEqualTo("Twój program rozwojowy w " + cohort.hr().organizationName()
                + ": konto w Ascent");
        String body = (String) received.getContent();
        assertThat(body).startsWith("Dzień dobry, Piotr Pawlak").contains("przez 7 dni");
        assertThat(invitations.find(linkedToken(body))).isPresent();
        assertThat(linkedToken(body)).isEqualTo(invited.token());
    }

    @Test
    void anAdministratorsStaffInvitationGoesByMailToo() throws Exception {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Invited invited = invitations.invite(email, Role.HR);

        MimeMessage received = onlyMessage(email);
        assertThat(received.getSubject()).isEqualTo("Invitation to " + admin.organizationName() + " in Ascent");
        assertThat((String) received.getContent()).contains("as HR.");
        assertThat(linkedToken((String) received.getContent())).isEqualTo(invited.token());
    }

    /**
     * The one message GreenMail received for {@code recipient}; a second one would arrive within the
     * pause. (Messages of other tests' organizations may arrive meanwhile: the dispatcher serves all.)
     */
    private static MimeMessage onlyMessage(String recipient) throws Exception {
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        Thread.sleep(800);
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (((InternetAddress) message.getAllRecipients()[0]).getAddress().equalsIgnoreCase(recipient)) {
                mine.add(message);
            }
        }
        assertThat(mine).hasSize(1);
        return mine.getFirst();
    }

    private static String linkedToken(String body) {
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a link to the invitation in:%n%s", body).isTrue();
        return link.group(1);
    }
}
