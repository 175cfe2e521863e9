package com.ascent.app.security;

import static com.ascent.app.db.Tables.APP_USER;
import static com.ascent.app.db.Tables.MEMBERSHIP;
import static com.ascent.app.db.Tables.SIGN_IN_ATTEMPT;

import com.ascent.app.db.Routines;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.SelectSeekStep1;
import org.jooq.Record2;
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
        var counted = Routines.signInFailuresOfEmail(email, at(since));
        return failures(dsl.select(counted.FAILURES, counted.LAST_FAILURE).from(counted).fetchSingle());
    }

    /** Failures from {@code address} after {@code since}. */
    Failures failuresFromAddress(String address, Instant since) {
        var counted = Routines.signInFailuresFromAddress(address, at(since));
        return failures(dsl.select(counted.FAILURES, counted.LAST_FAILURE).from(counted).fetchSingle());
    }

    private static Failures failures(Record2<Integer, OffsetDateTime> row) {
        OffsetDateTime last = row.value2();
        return new Failures(row.value1(), last == null ? null : last.toInstant());
    }

    /** The attempts matching {@code filter} with the e-mail of a member of {@code organizationId}, newest first. */
    List<SignInRecord> ofMembers(UUID organizationId, SignInFilter filter, ZoneId zone, int offset, int limit) {
        return ofMembers(organizationId, filter, zone).offset(offset).limit(limit).fetch(SignInAttemptRepository::record);
    }

    int countOfMembers(UUID organizationId, SignInFilter filter, ZoneId zone) {
        return dsl.fetchCount(ofMembers(organizationId, filter, zone));
    }

    /** Hands every attempt matching {@code filter} to {@code sink}, newest first, without holding them all. */
    void forEachOfMembers(UUID organizationId, SignInFilter filter, ZoneId zone, Consumer<SignInRecord> sink) {
        try (var attempts = ofMembers(organizationId, filter, zone).fetchSize(500).fetchLazy()) {
            attempts.forEach(r -> sink.accept(record(r)));
        }
    }

    private SelectSeekStep1<Record5<OffsetDateTime, String, String, String, String>, OffsetDateTime> ofMembers(
            UUID organizationId, SignInFilter filter, ZoneId zone) {
        Condition where = DSL.noCondition();
        Instant start = filter.period().start(zone);
        if (start != null) {
            where = where.and(SIGN_IN_ATTEMPT.ATTEMPTED_AT.ge(at(start)));
        }
        Instant end = filter.period().endExclusive(zone);
        if (end != null) {
            where = where.and(SIGN_IN_ATTEMPT.ATTEMPTED_AT.lt(at(end)));
        }
        if (!filter.email().isBlank()) {
            where = where.and(SIGN_IN_ATTEMPT.EMAIL.containsIgnoreCase(filter.email().strip()));
        }
        if (filter.outcome() != null) {
            where = where.and(SIGN_IN_ATTEMPT.OUTCOME.eq(filter.outcome().name()));
        }
        return dsl.select(SIGN_IN_ATTEMPT.ATTEMPTED_AT, APP_USER.DISPLAY_NAME, SIGN_IN_ATTEMPT.EMAIL,
                        SIGN_IN_ATTEMPT.ADDRESS, SIGN_IN_ATTEMPT.OUTCOME)
                .from(SIGN_IN_ATTEMPT)
                .join(APP_USER).on(DSL.lower(APP_USER.EMAIL).eq(SIGN_IN_ATTEMPT.EMAIL))
                .join(MEMBERSHIP).on(MEMBERSHIP.USER_ID.eq(APP_USER.ID)
                        .and(MEMBERSHIP.ORGANIZATION_ID.eq(organizationId)))
                .where(where)
                .orderBy(SIGN_IN_ATTEMPT.ATTEMPTED_AT.desc());
    }

    private static SignInRecord record(Record5<OffsetDateTime, String, String, String, String> r) {
        return new SignInRecord(r.value1().toInstant(), r.value2(), r.value3(), r.value4(),
                SignInOutcome.valueOf(r.value5()));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** How many failures, and when the last one was. */
    record Failures(int count, @Nullable Instant last) {
    }
}
