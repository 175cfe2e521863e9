package com.ascent.app.mail;

import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.mail.ReminderRepository.OverdueItem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The owner of an open action item hears once that it is past its due date. */
@Component
class ActionItemOverdueRule implements ReminderRule {

    private final ReminderRepository repository;
    private final MailOutbox outbox;
    private final PublicAddress publicAddress;
    private final AscentI18NProvider i18n;

    ActionItemOverdueRule(ReminderRepository repository, MailOutbox outbox, PublicAddress publicAddress,
                          AscentI18NProvider i18n) {
        this.repository = repository;
        this.outbox = outbox;
        this.publicAddress = publicAddress;
        this.i18n = i18n;
    }

    @Override
    public ReminderKind kind() {
        return ReminderKind.ACTION_ITEM_OVERDUE;
    }

    @Override
    public List<MailRequest> due(UUID organizationId, LocalDate today, ReminderSettings settings) {
        List<OverdueItem> items = repository.overdueActionItems(organizationId, today);
        if (items.isEmpty()) {
            return List.of();
        }
        RecipientLanguages languages = outbox.recipientLanguages(organizationId);
        String link = publicAddress.link("my-program");
        return items.stream().map(item -> {
            Locale language = languages.of(item.email());
            String due = item.dueDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language));
            long daysLate = ChronoUnit.DAYS.between(item.dueDate(), today);
            return new MailRequest("action-item-overdue:" + item.itemId(), organizationId, item.email(), item.name(),
                    language, kind().name(),
                    i18n.getTranslation("mail.reminder.actionItemOverdue.subject", language, item.description()),
                    i18n.getTranslation("mail.reminder.actionItemOverdue.body", language, item.name(),
                            item.description(), due, daysLate, item.programName(), link));
        }).toList();
    }
}
