package com.ascent.app.mail;

import static com.ascent.app.db.Tables.APP_USER;
import static com.ascent.app.db.Tables.MAIL_MESSAGE;
import static com.ascent.app.db.Tables.MEMBERSHIP;
import static com.ascent.app.db.Tables.ORGANIZATION;

import com.ascent.app.db.Routines;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The outbox's rows. Every method works under the organization's row-level security. */
@Repository
class MailRepository {

    /** A message claimed for sending, with what the SMTP server needs. */
    record Claimed(UUID id, String recipientEmail, String recipientName, String subject, String body, int attempts) {
    }

    private final DSLContext dsl;

    MailRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Queues the requests in one statement (the rows travel as one array per column); a request whose
     * unique key the organization already has (or that repeats one of the batch) is skipped. Returns
     * how many were queued.
     */
    int insert(List<MailRequest> requests, MailStatus status, @Nullable Instant nextAttemptAt) {
        if (requests.isEmpty()) {
            return 0;
        }
        int n = requests.size();
        UUID[] ids = new UUID[n];
        UUID[] organizations = new UUID[n];
        String[][] texts = new String[7][n];
        for (int i = 0; i < n; i++) {
            MailRequest r = requests.get(i);
            ids[i] = UUID.randomUUID();
            organizations[i] = r.organizationId();
            String[] row = {r.uniqueKey(), r.recipientEmail().strip(), r.recipientName(), r.language().toLanguageTag(),
                    r.kind(), r.subject(), r.body()};
            for (int column = 0; column < row.length; column++) {
                texts[column][i] = row[column];
            }
        }
        OffsetDateTime next = nextAttemptAt == null ? null : nextAttemptAt.atOffset(ZoneOffset.UTC);
        return dsl.execute("""
                insert into {0} (id, organization_id, unique_key, recipient_email, recipient_name, language, kind,
                                 subject, body, status, next_attempt_at)
                select r.*, {1}, {2}
                from unnest({3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11}) as r
                on conflict (organization_id, unique_key) do nothing""",
                MAIL_MESSAGE, DSL.val(status.name()),
                DSL.val(next, MAIL_MESSAGE.NEXT_ATTEMPT_AT), DSL.val(ids), DSL.val(organizations),
                DSL.val(texts[0]), DSL.val(texts[1]), DSL.val(texts[2]), DSL.val(texts[3]), DSL.val(texts[4]),
                DSL.val(texts[5]), DSL.val(texts[6]));
    }

    /** The organizations that have queued messages due by {@code now} (any organization: the dispatcher's start). */
    List<UUID> organizationsWithMailDue(Instant now) {
        return dsl.selectFrom(Routines.organizationsWithMailDue(now.atOffset(ZoneOffset.UTC)))
                .fetch(r -> r.get(0, UUID.class));
    }

    /**
     * Claims up to {@code limit} queued messages due by {@code now}, locking their rows until the
     * transaction ends; rows another dispatcher holds are skipped, so no two send one message.
     */
    List<Claimed> claimDue(UUID organizationId, Instant now, int limit) {
        return dsl.select(MAIL_MESSAGE.ID, MAIL_MESSAGE.RECIPIENT_EMAIL, MAIL_MESSAGE.RECIPIENT_NAME,
                        MAIL_MESSAGE.SUBJECT, MAIL_MESSAGE.BODY, MAIL_MESSAGE.ATTEMPTS)
                .from(MAIL_MESSAGE)
                .where(MAIL_MESSAGE.ORGANIZATION_ID.eq(organizationId)
                        .and(MAIL_MESSAGE.STATUS.eq(MailStatus.QUEUED.name()))
                        .and(MAIL_MESSAGE.NEXT_ATTEMPT_AT.le(now.atOffset(ZoneOffset.UTC))))
                .orderBy(MAIL_MESSAGE.NEXT_ATTEMPT_AT, MAIL_MESSAGE.ID)
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch(r -> new Claimed(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    void markSent(UUID id, Instant at) {
        dsl.update(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.STATUS, MailStatus.SENT.name())
                .set(MAIL_MESSAGE.ATTEMPTS, MAIL_MESSAGE.ATTEMPTS.plus(1))
                .set(MAIL_MESSAGE.SENT_AT, at.atOffset(ZoneOffset.UTC))
                .setNull(MAIL_MESSAGE.NEXT_ATTEMPT_AT)
                .setNull(MAIL_MESSAGE.LAST_ERROR)
                .set(MAIL_MESSAGE.VERSION, MAIL_MESSAGE.VERSION.plus(1))
                .where(MAIL_MESSAGE.ID.eq(id))
                .execute();
    }

    /** Records a failed attempt: queued again for {@code retryAt}, or FAILED when that is null. */
    void markAttemptFailed(UUID id, String error, @Nullable Instant retryAt) {
        dsl.update(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.STATUS, (retryAt == null ? MailStatus.FAILED : MailStatus.QUEUED).name())
                .set(MAIL_MESSAGE.ATTEMPTS, MAIL_MESSAGE.ATTEMPTS.plus(1))
                .set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, retryAt == null ? null : retryAt.atOffset(ZoneOffset.UTC))
                .set(MAIL_MESSAGE.LAST_ERROR, error)
                .set(MAIL_MESSAGE.VERSION, MAIL_MESSAGE.VERSION.plus(1))
                .where(MAIL_MESSAGE.ID.eq(id))
                .execute();
    }

    /** Queues a FAILED or HELD message again from its first attempt; false when it is in neither state. */
    boolean requeue(UUID organizationId, UUID id, MailStatus status, @Nullable Instant nextAttemptAt) {
        return dsl.update(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.STATUS, status.name())
                .set(MAIL_MESSAGE.ATTEMPTS, 0)
                .set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, nextAttemptAt == null ? null : nextAttemptAt.atOffset(ZoneOffset.UTC))
                .set(MAIL_MESSAGE.VERSION, MAIL_MESSAGE.VERSION.plus(1))
                .where(MAIL_MESSAGE.ORGANIZATION_ID.eq(organizationId).and(MAIL_MESSAGE.ID.eq(id))
                        .and(MAIL_MESSAGE.STATUS.in(MailStatus.FAILED.name(), MailStatus.HELD.name())))
                .execute() == 1;
    }

    /** The organization's messages, newest first. */
    List<MailMessage> list(UUID organizationId, int offset, int limit) {
        return dsl.selectFrom(MAIL_MESSAGE)
                .where(MAIL_MESSAGE.ORGANIZATION_ID.eq(organizationId))
                .orderBy(MAIL_MESSAGE.CREATED_AT.desc(), MAIL_MESSAGE.ID.desc())
                .offset(offset).limit(limit)
                .fetch(this::message);
    }

    int count(UUID organizationId) {
        return dsl.fetchCount(MAIL_MESSAGE, MAIL_MESSAGE.ORGANIZATION_ID.eq(organizationId));
    }

    Optional<MailMessage> find(UUID organizationId, UUID id) {
        return dsl.selectFrom(MAIL_MESSAGE)
                .where(MAIL_MESSAGE.ORGANIZATION_ID.eq(organizationId).and(MAIL_MESSAGE.ID.eq(id)))
                .fetchOptional(this::message);
    }

    /**
     * The chosen languages of the organization's members by lower-case e-mail: of all of them, or
     * only of the one with {@code onlyEmail}.
     */
    Map<String, String> memberLanguages(UUID organizationId, @Nullable String onlyEmail) {
        Condition who = onlyEmail == null ? DSL.noCondition()
                : DSL.lower(APP_USER.EMAIL).eq(onlyEmail.strip().toLowerCase(java.util.Locale.ROOT));
        return dsl.select(DSL.lower(APP_USER.EMAIL), APP_USER.LANGUAGE).from(APP_USER)
                .join(MEMBERSHIP).on(MEMBERSHIP.USER_ID.eq(APP_USER.ID).and(MEMBERSHIP.ORGANIZATION_ID.eq(organizationId)))
                .where(APP_USER.LANGUAGE.isNotNull()).and(who)
                .fetchMap(Record2::value1, Record2::value2);
    }

    Optional<String> defaultLanguage(UUID organizationId) {
        return dsl.select(ORGANIZATION.DEFAULT_LANGUAGE).from(ORGANIZATION).where(ORGANIZATION.ID.eq(organizationId))
                .fetchOptional(Record1::value1);
    }

    private MailMessage message(com.ascent.app.db.tables.records.MailMessageRecord r) {
        return new MailMessage(r.getId(), r.getRecipientEmail(), r.getRecipientName(), r.getLanguage(), r.getKind(),
                r.getSubject(), r.getBody(), MailStatus.valueOf(r.getStatus()), r.getAttempts(),
                instant(r.getNextAttemptAt()), instant(r.getSentAt()), r.getLastError(),
                r.getCreatedAt().toInstant());
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
