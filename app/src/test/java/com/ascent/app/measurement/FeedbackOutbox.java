package com.ascent.app.measurement;

import com.ascent.app.mail.MailOutbox;
import com.ascent.app.mail.MailRequest;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The 360 feedback e-mails queued, and the link tokens they carry, as a rater would read them. */
@Component
class FeedbackOutbox {

    private static final Pattern LINK = Pattern.compile("/feedback/([A-Za-z0-9_-]+)");

    List<MailRequest> all() {
        return List.copyOf(MailOutbox.QUEUED);
    }

    /** The feedback requests (not reminders) queued for the organization, in order. */
    List<MailRequest> requests(UUID organizationId) {
        return all().stream().filter(m -> m.organizationId().equals(organizationId))
                .filter(m -> m.kind().equals("FEEDBACK_REQUEST")).toList();
    }

    /** The token of the link in the latest feedback request to {@code email}. */
    String tokenOf(UUID organizationId, String email) {
        return token(requests(organizationId).reversed().stream().filter(m -> m.recipientEmail().equals(email))
                .findFirst().orElseThrow(() -> new AssertionError("No feedback request to " + email)));
    }

    static String token(MailRequest mail) {
        Matcher link = LINK.matcher(mail.body());
        if (!link.find()) {
            throw new AssertionError("No feedback link in " + mail.body());
        }
        return link.group(1);
    }
}
