package com.ascent.app.mail;

import com.ascent.app.database.OrganizationScope;
import com.ascent.plugin.api.ConcurrentEditException;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The organization's reminder settings, and opting out of reminders through a reminder's link. */
@Service
public class ReminderService {

    /** The path of the opt-out page; the token follows. */
    public static final String OPT_OUT_PATH = "reminders/opt-out/";

    /** What an opt-out link stops: reminders of {@code kind} to {@code email}. */
    public record OptOut(String email, ReminderKind kind, boolean done) {
    }

    private final ReminderRepository repository;
    private final OrganizationScope organization;
    private final TransactionTemplate transactions;

    ReminderService(ReminderRepository repository, OrganizationScope organization, TransactionTemplate transactions) {
        this.repository = repository;
        this.organization = organization;
        this.transactions = transactions;
    }

    @Transactional(readOnly = true)
    public ReminderSettings settings() {
        return repository.settings(organization.require()).orElse(ReminderSettings.DEFAULTS);
    }

    /** Saves the settings; refused when someone else saved them since they were read. */
    @Transactional
    @RolesAllowed("ADMIN")
    public ReminderSettings save(ReminderSettings settings) {
        if (settings.feedbackSecondDays() <= settings.feedbackFirstDays()) {
            throw new IllegalArgumentException("The second feedback reminder comes after the first");
        }
        if (!repository.save(organization.require(), settings)) {
            throw new ConcurrentEditException("organization.error.concurrentEdit");
        }
        return settings();
    }

    /** What a link's token would stop (and whether it already has); empty for an altered or unknown token. */
    public Optional<OptOut> optOutOf(String token) {
        return verified(token).map(claim -> OrganizationScope.callAs(claim.organizationId(), () ->
                transactions.execute(tx -> new OptOut(claim.email(), claim.kind(),
                        repository.isOptedOut(claim.organizationId(), claim.email(), claim.kind())))));
    }

    /** Stops the reminders a link's token names (again is harmless); false for an altered or unknown token. */
    public boolean optOut(String token) {
        return verified(token).map(claim -> OrganizationScope.callAs(claim.organizationId(), () ->
                transactions.execute(tx -> {
                    repository.optOut(claim.organizationId(), claim.email(), claim.kind());
                    return true;
                }))).orElse(false);
    }

    private Optional<OptOutToken> verified(String token) {
        return OptOutToken.claimed(token).filter(claim -> Boolean.TRUE.equals(
                OrganizationScope.callAs(claim.organizationId(), () -> transactions.execute(tx ->
                        organizationExists(claim) && claim.signedBy(token, repository.optOutSecret())))));
    }

    /** An erased organization's links open nothing (its id is no longer in the database). */
    private boolean organizationExists(OptOutToken claim) {
        return repository.organizationVisible(claim.organizationId());
    }
}
