package com.ascent.app.security;

import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.mail.MailOutbox;
import com.ascent.app.mail.MailRequest;
import com.ascent.app.mail.PublicAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The e-mail of an invitation: its single-use link, in the invited person's language (their
 * account's, else the organization's default). Queued in the inviting transaction, once per
 * invitation ({@code invitation:<id>}): an invitation withdrawn by a new one is a new message.
 */
@Component
class InvitationMail {

    static final String KIND = "INVITATION";

    private final MailOutbox outbox;
    private final PublicAddress address;
    private final AscentI18NProvider i18n;

    InvitationMail(MailOutbox outbox, PublicAddress address, AscentI18NProvider i18n) {
        this.outbox = outbox;
        this.address = address;
        this.i18n = i18n;
    }

    /** The absolute address of the invitation page for {@code token}. */
    String link(String token) {
        return address.link("invitation/" + token);
    }

    /**
     * Queues the message of one invitation.
     *
     * @param recipientName how to greet them (their name in the directory; the e-mail for staff)
     * @param role          the role they are invited with; a participant's message speaks of their program
     */
    void queue(UUID organizationId, UUID invitationId, String organizationName, String email, String recipientName,
               Role role, String invitedBy, String token, Duration validFor) {
        Locale language = outbox.languageFor(organizationId, email);
        long days = Math.max(1, validFor.toDays());
        boolean participant = role == Role.PARTICIPANT;
        String subject = i18n.getTranslation(participant ? "participants.mail.subject" : "participants.mail.staffSubject",
                language, organizationName);
        String body = i18n.getTranslation(participant ? "participants.mail.body" : "participants.mail.staffBody",
                language, recipientName, invitedBy, organizationName, link(token), days,
                i18n.getTranslation("users.role." + role.name(), language));
        outbox.queue(new MailRequest("invitation:" + invitationId, organizationId, email, recipientName, language, KIND,
                subject, body));
    }
}
