package com.ascent.app.mail;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.mail.ReminderRepository.OrganizationToRemind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminder run: for every organization that is not archived, each rule that is on names
 * the reminders due today (the organization's date); messages to people who opted out of the kind are
 * dropped, the others get their opt-out link and are queued in one pass. Runs once a day on one node
 * of a cluster (ShedLock's lock row in PostgreSQL); a second run the same day queues nothing new.
 */
@Component
public class ReminderRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderRunner.class);

    private final List<ReminderRule> rules;
    private final ReminderRepository repository;
    private final ReminderService reminders;
    private final MailOutbox outbox;
    private final PublicAddress publicAddress;
    private final AscentI18NProvider i18n;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReminderRunner(List<ReminderRule> rules, ReminderRepository repository, ReminderService reminders,
                   MailOutbox outbox, PublicAddress publicAddress, AscentI18NProvider i18n,
                   TransactionTemplate transactions) {
        this.rules = List.copyOf(rules);
        this.repository = repository;
        this.reminders = reminders;
        this.outbox = outbox;
        this.publicAddress = publicAddress;
        this.i18n = i18n;
        this.transactions = transactions;
        this.clock = Clock.systemUTC();
    }

    @Scheduled(cron = "${ascent.reminders.cron:0 0 7 * * *}", zone = "UTC")
    @SchedulerLock(name = "daily-reminders", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    public void runDaily() {
        List<OrganizationToRemind> organizations = transactions.execute(tx -> repository.organizationsToRemind());
        for (OrganizationToRemind organization : organizations == null ? List.<OrganizationToRemind>of() : organizations) {
            try {
                int queued = run(organization.id(), LocalDate.now(clock.withZone(organization.zone())));
                LOG.info("Reminders of organization {}: {} queued", organization.id(), queued);
            } catch (RuntimeException e) {
                LOG.warn("Reminders of organization {} failed; the other organizations' run on", organization.id(), e);
            }
        }
    }

    /** Runs the organization's rules for {@code today} in one transaction; returns how many reminders were queued. */
    public int run(UUID organizationId, LocalDate today) {
        Integer queued = OrganizationScope.callAs(organizationId, () -> transactions.execute(tx -> {
            ReminderSettings settings = reminders.settings();
            byte[] secret = repository.optOutSecret();
            List<MailRequest> due = new ArrayList<>();
            for (ReminderRule rule : rules) {
                if (settings.isOn(rule.kind())) {
                    Set<String> optedOut = repository.optedOut(organizationId, rule.kind());
                    Map<String, String> optOutLinks = new HashMap<>();
                    for (MailRequest request : rule.due(organizationId, today, settings)) {
                        String email = request.recipientEmail().strip().toLowerCase(Locale.ROOT);
                        if (!optedOut.contains(email)) {
                            String link = optOutLinks.computeIfAbsent(email, e -> publicAddress.link(
                                    ReminderService.OPT_OUT_PATH + new OptOutToken(organizationId, e, rule.kind()).sign(secret)));
                            due.add(withOptOutLink(request, rule.kind(), link));
                        }
                    }
                }
            }
            return outbox.queueAll(due);
        }));
        return queued == null ? 0 : queued;
    }

    private MailRequest withOptOutLink(MailRequest request, ReminderKind kind, String link) {
        String footer = i18n.getTranslation("mail.reminder.optOut", request.language(),
                i18n.getTranslation("mail.reminder.kind." + kind.name(), request.language()), link);
        return new MailRequest(request.uniqueKey(), request.organizationId(), request.recipientEmail(),
                request.recipientName(), request.language(), request.kind(), request.subject(),
                request.body() + "\n\n-- \n" + footer);
    }
}
