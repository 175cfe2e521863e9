package com.ascent.app.security;

import static com.ascent.app.db.Tables.INVITATION;

import com.ascent.app.db.Routines;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Invitations to join an organization. Row-level security shows an organization's invitations to
 * that organization only; the invited person, who does not work there yet, reaches their invitation
 * through the schema owner's two functions (V16): by the hash of the link's token, or by their e-mail.
 */
@Repository
class InvitationRepository {

    private final DSLContext dsl;

    InvitationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    UUID add(UUID organizationId, String email, Role role, String tokenHash, String invitedBy, Instant expiresAt) {
        return add(organizationId, email, role, null, tokenHash, invitedBy, expiresAt);
    }

    /** An invitation; a participant's names the person of the directory the accepted account is bound to. */
    UUID add(UUID organizationId, String email, Role role, @Nullable UUID personId, String tokenHash, String invitedBy,
             Instant expiresAt) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(INVITATION)
                .set(INVITATION.ID, id)
                .set(INVITATION.ORGANIZATION_ID, organizationId)
                .set(INVITATION.EMAIL, email)
                .set(INVITATION.ROLE, role.name())
                .set(INVITATION.PERSON_ID, personId)
                .set(INVITATION.TOKEN_HASH, tokenHash)
                .set(INVITATION.INVITED_BY, invitedBy)
                .set(INVITATION.EXPIRES_AT, expiresAt.atOffset(ZoneOffset.UTC))
                .execute();
        return id;
    }

    /** The organization's invitations nobody has answered yet and that still work, soonest to expire first. */
    List<PendingInvitation> pending(UUID organizationId) {
        return dsl.select(INVITATION.ID, INVITATION.EMAIL, INVITATION.ROLE, INVITATION.INVITED_BY, INVITATION.EXPIRES_AT)
                .from(INVITATION)
                .where(INVITATION.ORGANIZATION_ID.eq(organizationId))
                .and(INVITATION.ANSWERED_AT.isNull())
                .and(INVITATION.EXPIRES_AT.gt(DSL.currentOffsetDateTime()))
                .orderBy(INVITATION.EXPIRES_AT)
                .fetch(r -> new PendingInvitation(r.value1(), r.value2(), Role.valueOf(r.value3()), r.value4(),
                        r.value5().toInstant()));
    }

    /**
     * Withdraws the unanswered staff invitations of the organization to {@code email}; their links stop
     * working. A participant's invitation (to the same e-mail) stays.
     */
    void withdrawUnanswered(UUID organizationId, String email) {
        dsl.deleteFrom(INVITATION)
                .where(INVITATION.ORGANIZATION_ID.eq(organizationId))
                .and(DSL.lower(INVITATION.EMAIL).eq(email.trim().toLowerCase(Locale.ROOT)))
                .and(INVITATION.PERSON_ID.isNull())
                .and(INVITATION.ANSWERED_AT.isNull())
                .execute();
    }

    /** Withdraws the unanswered participant invitations of {@code personId}; their links stop working. */
    void withdrawUnansweredOf(UUID organizationId, UUID personId) {
        dsl.deleteFrom(INVITATION)
                .where(INVITATION.ORGANIZATION_ID.eq(organizationId))
                .and(INVITATION.PERSON_ID.eq(personId))
                .and(INVITATION.ANSWERED_AT.isNull())
                .execute();
    }

    /** The person a participant's invitation binds the account to; empty for a staff invitation. */
    Optional<UUID> personOf(UUID invitationId) {
        return dsl.select(INVITATION.PERSON_ID).from(INVITATION).where(INVITATION.ID.eq(invitationId))
                .fetchOptional(r -> r.value1());
    }

    /** When the open participant invitation of each of {@code personIds} that has one expires. */
    Map<UUID, Instant> openParticipantInvitations(UUID organizationId, Collection<UUID> personIds) {
        return dsl.select(INVITATION.PERSON_ID, DSL.max(INVITATION.EXPIRES_AT))
                .from(INVITATION)
                .where(INVITATION.ORGANIZATION_ID.eq(organizationId))
                .and(INVITATION.PERSON_ID.in(personIds))
                .and(INVITATION.ANSWERED_AT.isNull())
                .and(INVITATION.EXPIRES_AT.gt(DSL.currentOffsetDateTime()))
                .groupBy(INVITATION.PERSON_ID)
                .fetchMap(r -> r.value1(), r -> r.value2().toInstant());
    }

    /** Withdraws one unanswered invitation; false when it was answered or withdrawn already. */
    boolean withdraw(UUID organizationId, UUID invitationId) {
        return dsl.deleteFrom(INVITATION)
                .where(INVITATION.ORGANIZATION_ID.eq(organizationId))
                .and(INVITATION.ID.eq(invitationId))
                .and(INVITATION.ANSWERED_AT.isNull())
                .execute() == 1;
    }

    /** The open invitation whose link's token has this hash; none when it is unknown, answered or expired. */
    Optional<OpenInvitation> openByTokenHash(String tokenHash) {
        var open = Routines.openInvitationByToken(tokenHash);
        return dsl.select(open.ID, open.ORGANIZATION_ID, open.ORGANIZATION_NAME, open.EMAIL, open.ROLE, open.EXPIRES_AT)
                .from(open)
                .fetchOptional(InvitationRepository::open);
    }

    /** The open invitations addressed to {@code email}, in every organization. */
    List<OpenInvitation> openFor(String email) {
        var open = Routines.openInvitationsFor(email);
        return dsl.select(open.ID, open.ORGANIZATION_ID, open.ORGANIZATION_NAME, open.EMAIL, open.ROLE, open.EXPIRES_AT)
                .from(open)
                .fetch(InvitationRepository::open);
    }

    private static OpenInvitation open(Record6<UUID, UUID, String, String, String, OffsetDateTime> r) {
        return new OpenInvitation(r.value1(), r.value2(), r.value3(), r.value4(), Role.valueOf(r.value5()),
                r.value6().toInstant());
    }

    /**
     * Records the answer, once: false when the invitation was answered, withdrawn or expired in the
     * meantime. The transaction must work for the invitation's organization (row-level security).
     */
    boolean answer(UUID invitationId, boolean accepted) {
        return dsl.update(INVITATION)
                .set(INVITATION.ANSWERED_AT, DSL.currentOffsetDateTime())
                .set(INVITATION.ACCEPTED, accepted)
                .set(INVITATION.VERSION, INVITATION.VERSION.plus(1))
                .where(INVITATION.ID.eq(invitationId))
                .and(INVITATION.ANSWERED_AT.isNull())
                .and(INVITATION.EXPIRES_AT.gt(DSL.currentOffsetDateTime()))
                .execute() == 1;
    }
}
