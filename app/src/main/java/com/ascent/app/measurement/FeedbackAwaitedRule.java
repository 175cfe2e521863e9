package com.ascent.app.measurement;

import com.ascent.app.mail.MailRequest;
import com.ascent.app.mail.ReminderKind;
import com.ascent.app.mail.ReminderRule;
import com.ascent.app.mail.ReminderSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Raters who have not answered a 360 feedback request hear of it again after the organization's
 * first and second number of days (default 3 and 7), once per threshold, with a link of their own.
 */
@Component
class FeedbackAwaitedRule implements ReminderRule {

    private final FeedbackRoundService rounds;

    FeedbackAwaitedRule(FeedbackRoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public ReminderKind kind() {
        return ReminderKind.FEEDBACK_AWAITED;
    }

    @Override
    public List<MailRequest> due(UUID organizationId, LocalDate today, ReminderSettings settings) {
        return rounds.dueReminders(organizationId, today,
                List.of(settings.feedbackFirstDays(), settings.feedbackSecondDays()));
    }
}
