package com.ascent.app.organization;

import static com.ascent.app.db.Tables.MEMBERSHIP;
import static com.ascent.app.db.Tables.ORGANIZATION;

import com.ascent.app.security.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The user's organizations. Row-level security shows a user their own memberships and those
 * organizations, and lets a transaction create or change only the organization it works for (V15).
 */
@Repository
class OrganizationRepository {

    private final DSLContext dsl;

    OrganizationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The organizations {@code userId} is a member of, by name. */
    List<Organization> of(UUID userId) {
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME, MEMBERSHIP.ROLE, ORGANIZATION.ARCHIVED, ORGANIZATION.VERSION)
                .from(MEMBERSHIP)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(MEMBERSHIP.ORGANIZATION_ID))
                .where(MEMBERSHIP.USER_ID.eq(userId))
                .orderBy(DSL.lower(ORGANIZATION.NAME))
                .fetch(r -> new Organization(r.value1(), r.value2(), Role.valueOf(r.value3()), r.value4(), r.value5()));
    }

    Optional<Organization> of(UUID userId, UUID organizationId) {
        return of(userId).stream().filter(o -> o.id().equals(organizationId)).findFirst();
    }

    /** Creates an organization with its first administrator; the transaction must work for {@code id} already. */
    void create(UUID id, String name, UUID administrator) {
        dsl.insertInto(ORGANIZATION).set(ORGANIZATION.ID, id).set(ORGANIZATION.NAME, name).execute();
        dsl.insertInto(MEMBERSHIP)
                .set(MEMBERSHIP.USER_ID, administrator)
                .set(MEMBERSHIP.ORGANIZATION_ID, id)
                .set(MEMBERSHIP.ROLE, Role.ADMIN.name())
                .execute();
    }

    /** Renames the organization unless someone changed it since {@code expectedVersion}. */
    boolean rename(UUID id, String name, long expectedVersion) {
        return dsl.update(ORGANIZATION)
                .set(ORGANIZATION.NAME, name)
                .set(ORGANIZATION.VERSION, ORGANIZATION.VERSION.plus(1))
                .where(ORGANIZATION.ID.eq(id).and(ORGANIZATION.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** Archives or unarchives the organization unless someone changed it since {@code expectedVersion}. */
    boolean setArchived(UUID id, boolean archived, long expectedVersion) {
        return dsl.update(ORGANIZATION)
                .set(ORGANIZATION.ARCHIVED, archived)
                .set(ORGANIZATION.VERSION, ORGANIZATION.VERSION.plus(1))
                .where(ORGANIZATION.ID.eq(id).and(ORGANIZATION.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }
}
