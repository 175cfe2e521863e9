package com.ascent.app.security;

import static com.ascent.app.db.Tables.APP_USER;
import static com.ascent.app.db.Tables.MEMBERSHIP;
import static com.ascent.app.db.Tables.ORGANIZATION;

import com.ascent.app.db.Routines;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Users, organizations and memberships. Row-level security shows the application only the current
 * organization's members and the signed-in user's own memberships (V15); what must look beyond
 * them goes through the schema owner's narrow functions (called through jOOQ's generated
 * {@link Routines}, so only code generation knows the schema), and password hashes only through
 * {@link #signInAccount(String)} and {@link #passwordHashOfCurrentUser()}.
 */
@Repository
class UserAccountRepository {

    private final DSLContext dsl;

    UserAccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    UserPreferences preferences(UUID userId) {
        return dsl.select(APP_USER.LANGUAGE, APP_USER.FORMAT_LOCALE).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOptional(r -> new UserPreferences(locale(r.value1()), locale(r.value2())))
                .orElse(UserPreferences.BROWSER);
    }

    void savePreferences(UUID userId, UserPreferences preferences) {
        dsl.update(APP_USER)
                .set(APP_USER.LANGUAGE, tag(preferences.language()))
                .set(APP_USER.FORMAT_LOCALE, tag(preferences.formatLocale()))
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    private static @Nullable Locale locale(@Nullable String tag) {
        return tag == null ? null : Locale.forLanguageTag(tag);
    }

    private static @Nullable String tag(@Nullable Locale locale) {
        return locale == null ? null : locale.toLanguageTag();
    }

    boolean anyUserExists() {
        return dsl.select(Routines.anyAccountExists()).fetchSingle().value1();
    }

    /** Serializes first-run setup: two browsers cannot both create the first administrator. */
    void lockUsers() {
        dsl.execute("lock table {0} in exclusive mode", APP_USER);
    }

    /** What sign-in needs of the account with this e-mail, password hash included. */
    Optional<SignInAccount> signInAccount(String email) {
        return dsl.selectFrom(Routines.signInAccount(email))
                .fetchOptional(r -> new SignInAccount(r.getId(), r.getEmail(), r.getDisplayName(), r.getPasswordHash(),
                        r.getEnabled(), r.getMustChangePassword(), r.getPasswordSetAt().toInstant()));
    }

    /** The signed-in user's own password hash (the transaction's user), to check a password change. */
    Optional<String> passwordHashOfCurrentUser() {
        return Optional.ofNullable(dsl.select(Routines.passwordHashOfCurrentUser()).fetchSingle().value1());
    }

    /** Whether an account has this e-mail, whichever organizations it is a member of. */
    boolean accountExists(String email) {
        return dsl.select(Routines.accountIdByEmail(email)).fetchSingle().value1() != null;
    }

    /**
     * In how many organizations {@code userId}, a member of the current organization, works without
     * the signed-in user being an administrator there.
     */
    int membershipsOutsideAdministration(UUID userId) {
        return dsl.select(Routines.membershipsOutsideAdministration(userId)).fetchSingle().value1();
    }

    /**
     * Replaces a password; {@code mustChange} makes the user choose another at their next sign-in.
     * Row-level security lets this reach the signed-in user and the current organization's members only.
     *
     * @return when the password was set (sessions signed in before are ended), empty when the user was not reached
     */
    Optional<Instant> setPassword(UUID userId, String passwordHash, boolean mustChange) {
        return dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.MUST_CHANGE_PASSWORD, mustChange)
                .set(APP_USER.PASSWORD_SET_AT, DSL.currentOffsetDateTime())
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .returning(APP_USER.PASSWORD_SET_AT)
                .fetchOptional(r -> r.get(APP_USER.PASSWORD_SET_AT).toInstant());
    }

    /** When {@code userId}'s password was set; row-level security shows it only while working as that user. */
    Optional<Instant> passwordSetAt(UUID userId) {
        return dsl.select(APP_USER.PASSWORD_SET_AT).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOptional(r -> r.value1().toInstant());
    }

    /** The memberships of {@code userId}; row-level security shows them only while working as that user. */
    List<Membership> memberships(UUID userId) {
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME, MEMBERSHIP.ROLE, MEMBERSHIP.PERSON_ID)
                .from(MEMBERSHIP)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(MEMBERSHIP.ORGANIZATION_ID))
                .where(MEMBERSHIP.USER_ID.eq(userId))
                .orderBy(ORGANIZATION.NAME)
                .fetch(r -> new Membership(r.value1(), r.value2(), Role.valueOf(r.value3()), r.value4()));
    }

    /** Creates an organization; the transaction must work for {@code id} already (row-level security). */
    void createOrganization(UUID id, String name) {
        dsl.insertInto(ORGANIZATION).set(ORGANIZATION.ID, id).set(ORGANIZATION.NAME, name.trim()).execute();
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
        addMembership(userId, organizationId, role, null);
    }

    /** A membership bound to {@code personId} of the organization's directory (a participant), or to nobody. */
    void addMembership(UUID userId, UUID organizationId, Role role, @Nullable UUID personId) {
        dsl.insertInto(MEMBERSHIP)
                .set(MEMBERSHIP.USER_ID, userId)
                .set(MEMBERSHIP.ORGANIZATION_ID, organizationId)
                .set(MEMBERSHIP.ROLE, role.name())
                .set(MEMBERSHIP.PERSON_ID, personId)
                .execute();
    }

    /**
     * Binds an existing member to {@code personId} (they take part in a program); false when they
     * were bound already (to that person or another: a binding is not silently replaced).
     */
    boolean bindPerson(UUID organizationId, UUID userId, UUID personId) {
        return dsl.update(MEMBERSHIP)
                .set(MEMBERSHIP.PERSON_ID, personId)
                .set(MEMBERSHIP.VERSION, MEMBERSHIP.VERSION.plus(1))
                .where(MEMBERSHIP.ORGANIZATION_ID.eq(organizationId))
                .and(MEMBERSHIP.USER_ID.eq(userId))
                .and(MEMBERSHIP.PERSON_ID.isNull())
                .execute() == 1;
    }

    /** Which of {@code personIds} are bound to an account of the organization (they joined as participants). */
    Set<UUID> boundPeople(UUID organizationId, Collection<UUID> personIds) {
        return Set.copyOf(dsl.select(MEMBERSHIP.PERSON_ID).from(MEMBERSHIP)
                .where(MEMBERSHIP.ORGANIZATION_ID.eq(organizationId)).and(MEMBERSHIP.PERSON_ID.in(personIds))
                .fetch(r -> r.value1()));
    }

    /** The member bound to {@code personId}, if any. */
    Optional<UUID> userBoundTo(UUID organizationId, UUID personId) {
        return dsl.select(MEMBERSHIP.USER_ID).from(MEMBERSHIP)
                .where(MEMBERSHIP.ORGANIZATION_ID.eq(organizationId)).and(MEMBERSHIP.PERSON_ID.eq(personId))
                .fetchOptional(r -> r.value1());
    }

    /** The organization's users, by name. */
    List<Member> members(UUID organizationId) {
        return members(MEMBERSHIP.ORGANIZATION_ID.eq(organizationId));
    }

    Optional<Member> member(UUID organizationId, UUID userId) {
        return members(MEMBERSHIP.ORGANIZATION_ID.eq(organizationId).and(MEMBERSHIP.USER_ID.eq(userId)))
                .stream().findFirst();
    }

    private List<Member> members(Condition condition) {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, MEMBERSHIP.ROLE, MEMBERSHIP.VERSION)
                .from(MEMBERSHIP)
                .join(APP_USER).on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
                .where(condition)
                .orderBy(DSL.lower(APP_USER.DISPLAY_NAME), APP_USER.EMAIL)
                .fetch(r -> new Member(r.value1(), r.value2(), r.value3(), Role.valueOf(r.value4()), r.value5()));
    }

    /** Changes a role unless someone else changed the membership since {@code expectedVersion}. */
    boolean changeRole(UUID organizationId, UUID userId, long expectedVersion, Role role) {
        return dsl.update(MEMBERSHIP)
                .set(MEMBERSHIP.ROLE, role.name())
                .set(MEMBERSHIP.VERSION, MEMBERSHIP.VERSION.plus(1))
                .where(MEMBERSHIP.ORGANIZATION_ID.eq(organizationId))
                .and(MEMBERSHIP.USER_ID.eq(userId))
                .and(MEMBERSHIP.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** Ends a membership unless someone else changed it since {@code expectedVersion}. */
    boolean removeMembership(UUID organizationId, UUID userId, long expectedVersion) {
        return dsl.deleteFrom(MEMBERSHIP)
                .where(MEMBERSHIP.ORGANIZATION_ID.eq(organizationId))
                .and(MEMBERSHIP.USER_ID.eq(userId))
                .and(MEMBERSHIP.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** Deletes a user who belongs to no organization any more, so the account cannot sign in. */
    void deleteUserWithoutMemberships(UUID userId) {
        dsl.select(Routines.deleteAccountWithoutMemberships(userId)).fetchSingle();
    }

    /**
     * An account as sign-in sees it; {@code mustChangePassword} after an administrator's reset, which set
     * the password at {@code passwordSetAt}.
     */
    record SignInAccount(UUID id, String email, String displayName, String passwordHash, boolean enabled,
                         boolean mustChangePassword, Instant passwordSetAt) {
    }
}
