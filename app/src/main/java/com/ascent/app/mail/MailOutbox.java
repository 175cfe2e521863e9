package com.ascent.app.mail;

import com.ascent.app.database.OrganizationScope;
import com.ascent.plugin.api.ConcurrentEditException;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox: every e-mail is queued here in the transaction of the change that causes it and sent
 * once that transaction commits (not at all when it rolls back). With no SMTP server configured a
 * message is HELD for administrators to read on the outbox page.
 */
@Service
public class MailOutbox {

    private final MailRepository repository;
    private final MailDispatcher dispatcher;
    private final OrganizationScope organization;

    MailOutbox(MailRepository repository, MailDispatcher dispatcher, OrganizationScope organization) {
        this.repository = repository;
        this.dispatcher = dispatcher;
        this.organization = organization;
    }

    /**
     * Queues a message in the caller's transaction (which must work for the request's organization).
     * Returns false, and queues nothing, when a message with the same unique key was queued before:
     * no occasion is mailed twice.
     */
    @Transactional
    public boolean queue(MailRequest request) {
        return queueAll(List.of(request)) == 1;
    }

    /** Queues several messages of one organization in one statement; returns how many were new. */
    @Transactional
    public int queueAll(List<MailRequest> requests) {
        if (requests.isEmpty()) {
            return 0;
        }
        boolean sending = dispatcher.canSend();
        int queued = repository.insert(requests, sending ? MailStatus.QUEUED : MailStatus.HELD,
                sending ? Instant.now() : null);
        if (queued > 0 && sending) {
            dispatchAfterCommit(requests.getFirst().organizationId());
        }
        return queued;
    }

    /**
     * The language to write to {@code email} in: the language its account chose (when it has an
     * account in the organization), else the organization's default language, else English.
     */
    @Transactional(readOnly = true)
    public Locale languageFor(UUID organizationId, String email) {
        return languages(organizationId, email).of(email);
    }

    /** The languages of all of the organization's people at once, for many messages (a reminder run). */
    @Transactional(readOnly = true)
    public RecipientLanguages recipientLanguages(UUID organizationId) {
        return languages(organizationId, null);
    }

    /** One rule (RecipientLanguages) for one recipient and for many: only the lookup differs. */
    private RecipientLanguages languages(UUID organizationId, @Nullable String onlyEmail) {
        return new RecipientLanguages(repository.memberLanguages(organizationId, onlyEmail),
                repository.defaultLanguage(organizationId).orElse(null));
    }

    /** Whether an SMTP server is configured (else messages are held in the outbox). */
    public boolean sending() {
        return dispatcher.canSend();
    }

    /** The active organization's messages, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed("ADMIN")
    public List<MailMessage> messages(int offset, int limit) {
        return repository.list(organization.require(), offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed("ADMIN")
    public int count() {
        return repository.count(organization.require());
    }

    @Transactional(readOnly = true)
    @RolesAllowed("ADMIN")
    public Optional<MailMessage> message(UUID id) {
        return repository.find(organization.require(), id);
    }

    /** Whether an administrator may send {@code message} again: it failed, or it was held and a server is now configured. */
    public boolean canSendAgain(MailMessage message) {
        return message.status() == MailStatus.FAILED || message.status() == MailStatus.HELD && sending();
    }

    /** Queues a failed (or held) message again, from its first attempt; sent after commit. */
    @Transactional
    @RolesAllowed("ADMIN")
    public void sendAgain(UUID id) {
        UUID organizationId = organization.require();
        boolean sending = sending();
        if (!repository.requeue(organizationId, id, sending ? MailStatus.QUEUED : MailStatus.HELD,
                sending ? Instant.now() : null)) {
            throw new ConcurrentEditException("mail.outbox.error.notResendable");
        }
        if (sending) {
            dispatchAfterCommit(organizationId);
        }
    }

    /** Sends once the transaction has committed: a rolled-back change mails nothing. */
    private void dispatchAfterCommit(UUID organizationId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.dispatchSoon(organizationId);
            }
        });
    }
}
