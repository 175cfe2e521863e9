package com.ascent.app.audit;

import static com.ascent.app.db.Tables.APP_USER;
import static com.ascent.app.db.Tables.AUDIT_EVENT;
import static com.ascent.app.db.Tables.PROGRAM;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record10;
import org.jooq.SelectSeekStep2;
import org.springframework.stereotype.Repository;

/**
 * Reads the trail PostgreSQL writes (V21). Names of actors and programs are joined in as they are
 * today; row-level security leaves out users who are no longer members, so they read as former users.
 */
@Repository
class AuditRepository {

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The events matching {@code filter}, newest first, from {@code offset}. */
    List<AuditEntry> page(UUID organizationId, AuditFilter filter, ZoneId zone, int offset, int limit) {
        return select(organizationId, filter, zone).offset(offset).limit(limit).fetch(AuditRepository::entry);
    }

    int count(UUID organizationId, AuditFilter filter, ZoneId zone) {
        return dsl.fetchCount(AUDIT_EVENT, where(organizationId, filter, zone));
    }

    /** Hands every event matching {@code filter} to {@code sink}, newest first, without holding them all. */
    void forEach(UUID organizationId, AuditFilter filter, ZoneId zone, Consumer<AuditEntry> sink) {
        try (Cursor<Record10<Long, OffsetDateTime, UUID, String, String, String, String, String[], UUID,
                String>> events = select(organizationId, filter, zone).fetchSize(500).fetchLazy()) {
            events.forEach(r -> sink.accept(entry(r)));
        }
    }

    /** Those who made changes in the organization and are members still, by name. */
    List<AuditActor> actors(UUID organizationId) {
        return dsl.selectDistinct(APP_USER.ID, APP_USER.DISPLAY_NAME)
                .from(AUDIT_EVENT)
                .join(APP_USER).on(APP_USER.ID.eq(AUDIT_EVENT.ACTOR_ID))
                .where(AUDIT_EVENT.ORGANIZATION_ID.eq(organizationId))
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID)
                .fetch(r -> new AuditActor(r.value1(), r.value2()));
    }

    private SelectSeekStep2<Record10<Long, OffsetDateTime, UUID, String, String, String, String, String[],
            UUID, String>, OffsetDateTime, Long> select(UUID organizationId, AuditFilter filter, ZoneId zone) {
        return dsl.select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR_ID, APP_USER.DISPLAY_NAME,
                        AUDIT_EVENT.OPERATION, AUDIT_EVENT.ENTITY, AUDIT_EVENT.ENTITY_KEY, AUDIT_EVENT.FIELDS,
                        AUDIT_EVENT.PROGRAM_ID, PROGRAM.NAME)
                .from(AUDIT_EVENT)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(AUDIT_EVENT.ACTOR_ID))
                .leftJoin(PROGRAM).on(PROGRAM.ID.eq(AUDIT_EVENT.PROGRAM_ID))
                .where(where(organizationId, filter, zone))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc());
    }

    private static Condition where(UUID organizationId, AuditFilter filter, ZoneId zone) {
        Condition where = AUDIT_EVENT.ORGANIZATION_ID.eq(organizationId);
        Instant start = filter.period().start(zone);
        if (start != null) {
            where = where.and(AUDIT_EVENT.OCCURRED_AT.ge(start.atOffset(ZoneOffset.UTC)));
        }
        Instant end = filter.period().endExclusive(zone);
        if (end != null) {
            where = where.and(AUDIT_EVENT.OCCURRED_AT.lt(end.atOffset(ZoneOffset.UTC)));
        }
        if (filter.actorId() != null) {
            where = where.and(AUDIT_EVENT.ACTOR_ID.eq(filter.actorId()));
        }
        if (filter.area() != null) {
            where = where.and(AUDIT_EVENT.ENTITY.in(filter.area().tables()));
        }
        if (filter.programId() != null) {
            where = where.and(AUDIT_EVENT.PROGRAM_ID.eq(filter.programId()));
        }
        return where;
    }

    private static AuditEntry entry(Record10<Long, OffsetDateTime, UUID, String, String, String, String,
            String[], UUID, String> r) {
        return new AuditEntry(r.value1(), r.value2().toInstant(), r.value3(), r.value4(),
                AuditOperation.valueOf(r.value5()), r.value6(), r.value7(), Arrays.asList(r.value8()), r.value9(),
                r.value10());
    }
}
