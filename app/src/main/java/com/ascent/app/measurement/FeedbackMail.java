package com.ascent.app.measurement;

import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.mail.MailOutbox;
import com.ascent.app.mail.MailRequest;
import com.ascent.app.mail.PublicAddress;
import com.ascent.app.measurement.FeedbackRoundRepository.Request;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The e-mails of 360 feedback: the request with the rater's link, and the reminder with a new one,
 * each in the rater's language.
 */
@Component
class FeedbackMail {

    /** The rater form's route; the token follows. */
    static final String ROUTE = "feedback/";

    private final MailOutbox outbox;
    private final PublicAddress address;
    private final AscentI18NProvider i18n;

    FeedbackMail(MailOutbox outbox, PublicAddress address, AscentI18NProvider i18n) {
        this.outbox = outbox;
        this.address = address;
        this.i18n = i18n;
    }

    /** The rater's language: their account's choice, else the organization's default, else English. */
    Locale languageOf(Request request) {
        return outbox.languageFor(request.organizationId(), request.raterEmail());
    }

    /** The first request of a round, queued once per request. */
    MailRequest request(Request request, String organizationName, String token) {
        return mail("feedback-request:" + request.id(), "FEEDBACK_REQUEST", request, organizationName, token,
                "feedback360.mail.request");
    }

    /** A reminder with a new link; {@code occasion} makes its unique key (a day, or a threshold in days). */
    MailRequest reminder(Request request, String organizationName, String token, String occasion) {
        return mail("feedback-reminder:" + request.id() + ":" + occasion, "FEEDBACK_REMINDER", request,
                organizationName, token, "feedback360.mail.reminder");
    }

    /** Queues a message in the caller's transaction; false when its unique key was queued before. */
    boolean queue(MailRequest mail) {
        return outbox.queue(mail);
    }

    private MailRequest mail(String uniqueKey, String kind, Request request, String organizationName, String token,
                             String keyPrefix) {
        Locale language = languageOf(request);
        String role = i18n.getTranslation("feedback360.role." + request.role().name(), language);
        String expires = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)
                .format(request.expiresAt().atOffset(ZoneOffset.UTC).toLocalDate());
        String subject = i18n.getTranslation(keyPrefix + ".subject", language, request.hipoName());
        String body = i18n.getTranslation(keyPrefix + ".body", language, request.raterName(), request.hipoName(),
                role, organizationName, address.link(ROUTE + token), expires);
        return new MailRequest(uniqueKey, request.organizationId(), request.raterEmail(), request.raterName(),
                language, kind, subject, body);
    }
}
