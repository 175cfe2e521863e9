package com.ascent.app.security;

import static com.ascent.app.db.Tables.APP_USER;
import static com.ascent.app.db.Tables.MEMBERSHIP;
import static com.ascent.app.db.Tables.SIGN_IN_ATTEMPT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The record of sign-in attempts: what throttling counts and what administrators read. */
@Repository
class SignInAttemptRepository {

    private final DSLContext dsl;

    SignInAttemptRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void add(String email, String address, SignInOutcome outcome) {
        dsl.insertInto(SIGN_IN_ATTEMPT)
                .set(SIGN_IN_ATTEMPT.EMAIL, email)
                .set(SIGN_IN_ATTEMPT.ADDRESS, address)
                .set(SIGN_IN_ATTEMPT.OUTCOME, outcome.name())
                .execute();
    }

    /**
     * Failures of {@code email} after {@code since} and after its last successful sign-in. Counted by
     * a definer function (V20): before sign-in no organization is set, and the role may not read
     * other organizations' attempts.
     */
    Failures failuresOfEmail(String email, Instant since) {
        return failures("sign_in_failures_of_email", email, since);
    }

    /** Failures from {@code address} after {@code since}. */
    Failures failuresFromAddress(String address, Instant since) {
        return failures("sign_in_failures_from_address", address, since);
    }

    private Failures failures(String function, String who, Instant since) {
        var row = dsl.resultQuery("select failures, last_failure from ascent." + function + "({0}, {1})",
                        DSL.val(who), DSL.val(at(since)))
                .fetchSingle();
        OffsetDateTime last = row.get(1, OffsetDateTime.class);
        return new Failures(row.get(0, Integer.class), last == null ? null : last.toInstant());
    }

    /** The latest attempts with the e-mail of a member of {@code organizationId}, newest first. */
    List<SignInRecord> ofMembers(UUID organizationId, int limit) {
        return dsl.select(SIGN_IN_ATTEMPT.ATTEMPTED_AT, APP_USER.DISPLAY_NAME, SIGN_IN_ATTEMPT.EMAIL,
                        SIGN_IN_ATTEMPT.ADDRESS, SIGN_IN_ATTEMPT.OUTCOME)
                .from(SIGN_IN_ATTEMPT)
                .join(APP_USER).on(DSL.lower(APP_USER.EMAIL).eq(SIGN_IN_ATTEMPT.EMAIL))
                .join(MEMBERSHIP).on(MEMBERSHIP.USER_ID.eq(APP_USER.ID)
                        .and(MEMBERSHIP.ORGANIZATION_ID.eq(organizationId)))
                .orderBy(SIGN_IN_ATTEMPT.ATTEMPTED_AT.desc())
                .limit(limit)
                .fetch(r -> new SignInRecord(r.value1().toInstant(), r.value2(), r.value3(), r.value4(),
                        SignInOutcome.valueOf(r.value5())));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** How many failures, and when the last one was. */
    record Failures(int count, @Nullable Instant last) {
    }
}
