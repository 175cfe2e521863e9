package com.ascent.app.organizationdata;

import com.ascent.app.database.OrganizationScope;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Erases the organization the administrator works in: every row of it, the accounts that belonged
 * to it and to no other organization, and its audit trail. What remains is a record of the erasure
 * (which organization, when, by whom: ids only) that only the database's owner reads, and a log line.
 */
@Service
public class OrganizationErasureService {

    private static final Logger log = LoggerFactory.getLogger(OrganizationErasureService.class);

    private final OrganizationDataRepository repository;
    private final OrganizationScope organization;

    OrganizationErasureService(OrganizationDataRepository repository, OrganizationScope organization) {
        this.repository = repository;
        this.organization = organization;
    }

    /** What became of the administrator who erased the organization. */
    public enum Outcome {
        /** They still belong to another organization and work on there. */
        ACCOUNT_KEPT,
        /** The organization was their only one: their account was erased with it. */
        ACCOUNT_ERASED
    }

    /** The name of the organization the administrator works in: what they must type to erase it. */
    @Transactional(readOnly = true)
    @RolesAllowed("ADMIN")
    public String organizationName() {
        return repository.organizationName(organization.require()).orElseThrow();
    }

    /**
     * Erases the current organization, if {@code typedName} is its exact name.
     *
     * @throws ErasureRefusedException when the name differs (nothing is erased)
     */
    @Transactional
    @RolesAllowed("ADMIN")
    public Outcome erase(String typedName) {
        UUID erased = organization.require();
        boolean accountErased = repository.eraseCurrentOrganization(typedName);
        UUID erasing = organization.currentUser().orElse(null);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                log.info("Organization {} was erased by user {}{}", erased, erasing,
                        accountErased ? ", whose account was erased with it" : "");
            }
        });
        return accountErased ? Outcome.ACCOUNT_ERASED : Outcome.ACCOUNT_KEPT;
    }
}
