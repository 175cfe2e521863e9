package com.ascent.app.mail;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.mail.MailRepository.Claimed;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued messages: right after the queuing transaction commits (on a thread of its own, so
 * nobody waits for the SMTP server) and every minute for the retries that are due. Each batch is
 * claimed with {@code FOR UPDATE SKIP LOCKED} and its status written in the same transaction, so two
 * dispatchers (threads or application nodes) never send one message twice.
 */
@Component
class MailDispatcher {

    /** Waits after the 1st, 2nd, ... failed attempt; after the last the message is FAILED. */
    static final List<Duration> BACK_OFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12));

    private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 20;

    private final MailRepository repository;
    private final TransactionTemplate transactions;
    private final @Nullable JavaMailSender sender;
    private final InternetAddress from;
    private final ExecutorService afterCommit = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "mail-dispatcher");
        thread.setDaemon(true);
        return thread;
    });

    MailDispatcher(MailRepository repository, TransactionTemplate transactions, ObjectProvider<JavaMailSender> sender,
                   @Value("${ascent.mail.from:ascent@localhost}") String from) throws jakarta.mail.internet.AddressException {
        this.repository = repository;
        this.transactions = transactions;
        this.sender = sender.getIfAvailable();
        this.from = new InternetAddress(from, true);
    }

    /** Whether an SMTP server is configured ({@code spring.mail.host}). */
    boolean canSend() {
        return sender != null;
    }

    /** Sends the organization's due messages soon, on the dispatcher's own thread. */
    void dispatchSoon(UUID organizationId) {
        afterCommit.execute(() -> {
            try {
                dispatch(organizationId, Instant.now());
            } catch (RuntimeException e) {
                LOG.warn("Sending the queued e-mails of organization {} failed; the next round retries", organizationId, e);
            }
        });
    }

    /** The retries that are due, of every organization. */
    @Scheduled(fixedDelayString = "${ascent.mail.retry-every:PT1M}", initialDelayString = "${ascent.mail.retry-every:PT1M}")
    void dispatchDue() {
        if (!canSend()) {
            return;
        }
        Instant now = Instant.now();
        List<UUID> organizations = transactions.execute(tx -> repository.organizationsWithMailDue(now));
        for (UUID organizationId : organizations == null ? List.<UUID>of() : organizations) {
            dispatch(organizationId, now);
        }
    }

    /** Sends the organization's messages due by {@code now}, batch by batch; returns how many were sent. */
    int dispatch(UUID organizationId, Instant now) {
        if (!canSend()) {
            return 0;
        }
        int sent = 0;
        while (true) {
            int[] batch = OrganizationScope.callAs(organizationId,
                    () -> transactions.execute(tx -> sendBatch(organizationId, now)));
            if (batch == null || batch[0] == 0) {
                return sent;
            }
            sent += batch[1];
        }
    }

    /** Claims and sends one batch; returns {claimed, sent}. */
    private int[] sendBatch(UUID organizationId, Instant now) {
        List<Claimed> claimed = repository.claimDue(organizationId, now, BATCH);
        int sent = 0;
        for (Claimed message : claimed) {
            try {
                send(message);
                repository.markSent(message.id(), Instant.now());
                sent++;
            } catch (MailException | MessagingException | UnsupportedEncodingException e) {
                int attempt = message.attempts() + 1;
                Instant retryAt = attempt <= BACK_OFF.size() ? now.plus(BACK_OFF.get(attempt - 1)) : null;
                LOG.info("E-mail {} not sent (attempt {}): {}", message.id(), attempt, e.getMessage());
                repository.markAttemptFailed(message.id(), String.valueOf(e.getMessage()), retryAt);
            }
        }
        return new int[] {claimed.size(), sent};
    }

    private void send(Claimed message) throws MessagingException, UnsupportedEncodingException {
        JavaMailSender smtp = java.util.Objects.requireNonNull(sender);
        MimeMessage mime = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(new InternetAddress(message.recipientEmail(), message.recipientName(), StandardCharsets.UTF_8.name()));
        helper.setSubject(message.subject());
        helper.setText(message.body(), false);
        smtp.send(mime);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        afterCommit.shutdown();
        afterCommit.awaitTermination(10, TimeUnit.SECONDS);
    }
}
