package com.ascent.app.organization;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.text.InputText;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-in user's organizations: a consultant creates one per client and becomes its first
 * administrator; an organization's administrators rename, archive (read-only, enforced by the
 * database) and unarchive it. Who may create organizations is the operator's choice
 * ({@link OrganizationCreation}).
 *
 * <p>Row-level security lets a transaction change only the organization it works for, so each
 * change runs in a transaction bound to the organization it is about (not necessarily the one the
 * user works in), and the user's role there is read from the database in that transaction: a
 * session's own copy of the roles may be outdated.
 */
@Service
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;
    private final OrganizationCreation creation;

    OrganizationService(OrganizationRepository organizations, CurrentUser currentUser,
                        PlatformTransactionManager transactionManager,
                        @Value("${ascent.organizations.creation:administrators}") String creation) {
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.creation = OrganizationCreation.parse(creation);
    }

    /** The signed-in user's organizations, by name. */
    public List<Organization> mine() {
        UUID userId = currentUser.require().id();
        return readOnly.execute(tx -> organizations.of(userId));
    }

    /** Whether the signed-in user may create an organization. */
    public boolean canCreate() {
        return switch (creation) {
            case ANYONE -> currentUser.get().isPresent();
            case NOBODY -> false;
            case ADMINISTRATORS -> currentUser.get().isPresent() && mine().stream().anyMatch(Organization::administered);
        };
    }

    /**
     * Creates an organization with the signed-in user as its first administrator; their session
     * knows it at once (to switch into it).
     *
     * @throws InvalidInputException when the name is empty, too long or taken, or the user may not create one
     */
    public Organization create(String name) {
        UUID userId = currentUser.require().id();
        String cleaned = validName(name);
        if (!canCreate()) {
            throw new InvalidInputException("name", "organizations.error.creationNotAllowed");
        }
        UUID id = UUID.randomUUID();
        Organization created = in(id, () -> {
            organizations.create(id, cleaned, userId);
            return organizations.of(userId, id).orElseThrow();
        });
        currentUser.reloadMemberships();
        return created;
    }

    /**
     * Renames an organization the user administers; refused while it is archived.
     *
     * @throws InvalidInputException   when the name is empty, too long or taken, the organization is
     *                                 archived, or the user is not (any more) its administrator
     * @throws ConcurrentEditException when someone else changed the organization in the meantime
     */
    public Organization rename(Organization organization, String name) {
        String cleaned = validName(name);
        Organization renamed = in(organization.id(), () -> {
            if (administered(organization).archived()) {
                throw new InvalidInputException("name", "organizations.error.archived");
            }
            if (!organizations.rename(organization.id(), cleaned, organization.version())) {
                throw new ConcurrentEditException("organizations.error.concurrentEdit");
            }
            return organizations.of(currentUser.require().id(), organization.id()).orElseThrow();
        });
        currentUser.reloadMemberships();
        return renamed;
    }

    /**
     * Makes an organization the user administers read-only for everybody (its administrators can
     * unarchive it); everything of it stays readable.
     *
     * @throws InvalidInputException   when the user is not (any more) its administrator
     * @throws ConcurrentEditException when someone else changed the organization in the meantime
     */
    public Organization archive(Organization organization) {
        return setArchived(organization, true);
    }

    /** Makes an archived organization writable again; see {@link #archive(Organization)}. */
    public Organization unarchive(Organization organization) {
        return setArchived(organization, false);
    }

    private Organization setArchived(Organization organization, boolean archived) {
        return in(organization.id(), () -> {
            administered(organization);
            if (!organizations.setArchived(organization.id(), archived, organization.version())) {
                throw new ConcurrentEditException("organizations.error.concurrentEdit");
            }
            return organizations.of(currentUser.require().id(), organization.id()).orElseThrow();
        });
    }

    /** The organization as it is now, provided the signed-in user administers it. */
    private Organization administered(Organization organization) {
        return organizations.of(currentUser.require().id(), organization.id())
                .filter(Organization::administered)
                .orElseThrow(() -> new InvalidInputException("organization", "organizations.error.notAdministrator"));
    }

    private static String validName(String name) {
        String cleaned = InputText.name("name", name);
        if (cleaned.isEmpty()) {
            throw new InvalidInputException("name", "organizations.error.nameRequired");
        }
        return cleaned;
    }

    /** Runs {@code work} in a transaction for {@code organizationId}, bound before it starts (row-level security). */
    private <T> T in(UUID organizationId, Supplier<T> work) {
        try {
            return OrganizationScope.callAs(organizationId, () -> transactions.execute(tx -> work.get()));
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("name", "organizations.error.nameTaken");
        }
    }
}
