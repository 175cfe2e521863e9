package com.ascent.app.security;

import static com.ascent.app.db.Tables.APP_USER;
import static com.ascent.app.db.Tables.MEMBERSHIP;
import static com.ascent.app.db.Tables.ORGANIZATION;

import com.ascent.app.db.tables.records.AppUserRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Users, organizations and memberships: the identity tables read before an organization is chosen. */
@Repository
class UserAccountRepository {

    private final DSLContext dsl;

    UserAccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean anyUserExists() {
        return dsl.fetchExists(APP_USER);
    }

    /** Serializes first-run setup: two browsers cannot both create the first administrator. */
    void lockUsers() {
        dsl.execute("lock table {0} in exclusive mode", APP_USER);
    }

    Optional<AppUserRecord> findByEmail(String email) {
        return dsl.selectFrom(APP_USER)
                .where(DSL.lower(APP_USER.EMAIL).eq(email.trim().toLowerCase()))
                .fetchOptional();
    }

    List<Membership> memberships(UUID userId) {
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME, MEMBERSHIP.ROLE)
                .from(MEMBERSHIP)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(MEMBERSHIP.ORGANIZATION_ID))
                .where(MEMBERSHIP.USER_ID.eq(userId))
                .orderBy(ORGANIZATION.NAME)
                .fetch(r -> new Membership(r.value1(), r.value2(), Role.valueOf(r.value3())));
    }

    UUID createOrganization(String name) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(ORGANIZATION).set(ORGANIZATION.ID, id).set(ORGANIZATION.NAME, name.trim()).execute();
        return id;
    }

    boolean organizationNameTaken(String name) {
        return dsl.fetchExists(ORGANIZATION, DSL.lower(ORGANIZATION.NAME).eq(name.trim().toLowerCase()));
    }

    UUID createUser(String email, String displayName, String passwordHash) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(APP_USER)
                .set(APP_USER.ID, id)
                .set(APP_USER.EMAIL, email.trim())
                .set(APP_USER.DISPLAY_NAME, displayName.trim())
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .execute();
        return id;
    }

    void addMembership(UUID userId, UUID organizationId, Role role) {
        dsl.insertInto(MEMBERSHIP)
                .set(MEMBERSHIP.USER_ID, userId)
                .set(MEMBERSHIP.ORGANIZATION_ID, organizationId)
                .set(MEMBERSHIP.ROLE, role.name())
                .execute();
    }
}
