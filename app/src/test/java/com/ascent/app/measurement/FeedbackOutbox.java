package com.ascent.app.measurement;

import static com.ascent.app.db.Tables.MAIL_MESSAGE;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.mail.MailRequest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The 360 feedback e-mails in an organization's outbox, and the link tokens they carry, as a rater reads them. */
@Component
class FeedbackOutbox {

    private static final Pattern LINK = Pattern.compile("/feedback/([A-Za-z0-9_-]+)");

    private final DSLContext dsl;
    private final TransactionTemplate transactions;

    FeedbackOutbox(DSLContext dsl, TransactionTemplate transactions) {
        this.dsl = dsl;
        this.transactions = transactions;
    }

    /** The feedback requests (not reminders) queued for the organization. */
    List<MailRequest> requests(UUID organizationId) {
        return ofKind(organizationId, "FEEDBACK_REQUEST");
    }

    /** The reminders queued for the organization. */
    List<MailRequest> reminders(UUID organizationId) {
        return ofKind(organizationId, "FEEDBACK_REMINDER");
    }

    /** The token of the link in the feedback request to {@code email}. */
    String tokenOf(UUID organizationId, String email) {
        return token(requests(organizationId).stream().filter(m -> m.recipientEmail().equals(email))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No feedback request to " + email)));
    }

    static String token(MailRequest mail) {
        Matcher link = LINK.matcher(mail.body());
        if (!link.find()) {
            throw new AssertionError("No feedback link in " + mail.body());
        }
        return link.group(1);
    }

    private List<MailRequest> ofKind(UUID organizationId, String kind) {
        return OrganizationScope.callAs(organizationId, () -> transactions.execute(tx -> dsl.selectFrom(MAIL_MESSAGE)
                .where(MAIL_MESSAGE.ORGANIZATION_ID.eq(organizationId).and(MAIL_MESSAGE.KIND.eq(kind)))
                .orderBy(MAIL_MESSAGE.CREATED_AT, MAIL_MESSAGE.UNIQUE_KEY)
                .fetch(r -> new MailRequest(r.getUniqueKey(), r.getOrganizationId(), r.getRecipientEmail(),
                        r.getRecipientName(), Locale.forLanguageTag(r.getLanguage()), r.getKind(), r.getSubject(),
                        r.getBody()))));
    }
}
