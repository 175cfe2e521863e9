package com.ascent.app.wizard;

import static com.ascent.app.db.Tables.PAIR;
import static com.ascent.app.db.Tables.PERSON;
import static com.ascent.app.db.Tables.ROSTER_MEMBER;
import static com.ascent.app.db.Tables.STEP_RECORD;

import com.ascent.app.db.tables.records.StepRecordRecord;
import com.ascent.plugin.api.StepAttachment;
import com.ascent.plugin.api.StepRecord;
import com.ascent.plugin.api.WhenAttachedRemoved;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The small records steps keep per program, under keys they choose. */
@Repository
class StepRecordRepository {

    private final DSLContext dsl;

    StepRecordRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<StepRecord> find(UUID organizationId, UUID programId, String stepId, String key) {
        return dsl.selectFrom(STEP_RECORD)
                .where(ofStep(organizationId, programId, stepId)).and(STEP_RECORD.KEY.eq(key))
                .fetchOptional(StepRecordRepository::toRecord);
    }

    List<StepRecord> findAll(UUID organizationId, UUID programId, String stepId) {
        return dsl.selectFrom(STEP_RECORD)
                .where(ofStep(organizationId, programId, stepId))
                .orderBy(STEP_RECORD.KEY)
                .fetch(StepRecordRepository::toRecord);
    }

    /** Stores a new key; empty when the key exists already (someone else wrote it first). */
    Optional<StepRecord> insert(UUID organizationId, UUID programId, String stepId, String key, String value,
                                String updatedBy, @Nullable Attached attached) {
        return dsl.insertInto(STEP_RECORD)
                .set(STEP_RECORD.ORGANIZATION_ID, organizationId)
                .set(STEP_RECORD.PROGRAM_ID, programId)
                .set(STEP_RECORD.STEP_ID, stepId)
                .set(STEP_RECORD.KEY, key)
                .set(STEP_RECORD.VALUE, value)
                .set(STEP_RECORD.UPDATED_BY, updatedBy)
                .set(attachmentColumns(attached))
                .onConflictDoNothing()
                .returning()
                .fetchOptional(StepRecordRepository::toRecord);
    }

    /** Changes a key read at {@code expectedVersion}; empty when it changed or went meanwhile. */
    Optional<StepRecord> update(UUID organizationId, UUID programId, String stepId, String key, long expectedVersion,
                                String value, String updatedBy, @Nullable Attached attached) {
        return dsl.update(STEP_RECORD)
                .set(attached == null ? Map.of() : attachmentColumns(attached))
                .set(STEP_RECORD.VALUE, value)
                .set(STEP_RECORD.UPDATED_BY, updatedBy)
                .set(STEP_RECORD.UPDATED_AT, OffsetDateTime.now())
                .set(STEP_RECORD.VERSION, STEP_RECORD.VERSION.plus(1))
                .where(ofStep(organizationId, programId, stepId))
                .and(STEP_RECORD.KEY.eq(key))
                .and(STEP_RECORD.VERSION.eq(expectedVersion))
                .returning()
                .fetchOptional(StepRecordRepository::toRecord);
    }

    /** Removes a key read at {@code expectedVersion}; false when it changed or went meanwhile. */
    boolean delete(UUID organizationId, UUID programId, String stepId, String key, long expectedVersion) {
        return dsl.deleteFrom(STEP_RECORD)
                .where(ofStep(organizationId, programId, stepId))
                .and(STEP_RECORD.KEY.eq(key))
                .and(STEP_RECORD.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** Whether {@code attachment} names a member or pair of the program, or a person, of the organization. */
    boolean attachable(UUID organizationId, UUID programId, StepAttachment attachment) {
        UUID id = attachment.id();
        Condition exists = switch (attachment.kind()) {
            case MEMBER -> DSL.exists(DSL.selectOne().from(ROSTER_MEMBER).where(ROSTER_MEMBER.ID.eq(id)
                    .and(ROSTER_MEMBER.ORGANIZATION_ID.eq(organizationId)).and(ROSTER_MEMBER.PROGRAM_ID.eq(programId))));
            case PAIR -> DSL.exists(DSL.selectOne().from(PAIR).where(PAIR.ID.eq(id)
                    .and(PAIR.ORGANIZATION_ID.eq(organizationId)).and(PAIR.PROGRAM_ID.eq(programId))));
            case PERSON -> DSL.exists(DSL.selectOne().from(PERSON).where(PERSON.ID.eq(id)
                    .and(PERSON.ORGANIZATION_ID.eq(organizationId))));
        };
        return dsl.fetchValue(DSL.select(DSL.field(exists)));
    }

    /** The columns of a record written attached: one attachment, the step's rule, no longer orphaned. */
    private static Map<Field<?>, Object> attachmentColumns(@Nullable Attached attached) {
        Map<Field<?>, Object> columns = new HashMap<>();
        UUID id = attached == null ? null : attached.attachment().id();
        StepAttachment.Kind kind = attached == null ? null : attached.attachment().kind();
        columns.put(STEP_RECORD.MEMBER_ID, kind == StepAttachment.Kind.MEMBER ? id : null);
        columns.put(STEP_RECORD.PERSON_ID, kind == StepAttachment.Kind.PERSON ? id : null);
        columns.put(STEP_RECORD.PAIR_ID, kind == StepAttachment.Kind.PAIR ? id : null);
        columns.put(STEP_RECORD.WHEN_ATTACHED_REMOVED,
                (attached == null ? WhenAttachedRemoved.REMOVE : attached.whenRemoved()).name());
        columns.put(STEP_RECORD.ORPHANED_AT, null);
        return columns;
    }

    private static Condition ofStep(UUID organizationId, UUID programId, String stepId) {
        return STEP_RECORD.ORGANIZATION_ID.eq(organizationId)
                .and(STEP_RECORD.PROGRAM_ID.eq(programId))
                .and(STEP_RECORD.STEP_ID.eq(stepId));
    }

    private static StepRecord toRecord(StepRecordRecord r) {
        return new StepRecord(r.getKey(), r.getValue(), r.getVersion(), r.getUpdatedBy(), r.getUpdatedAt().toInstant(),
                attachment(r), r.getOrphanedAt() == null ? null : r.getOrphanedAt().toInstant());
    }

    private static @Nullable StepAttachment attachment(StepRecordRecord r) {
        if (r.getMemberId() != null) {
            return StepAttachment.member(r.getMemberId());
        }
        if (r.getPersonId() != null) {
            return StepAttachment.person(r.getPersonId());
        }
        return r.getPairId() == null ? null : StepAttachment.pair(r.getPairId());
    }

    /** What a record is attached to and what its step wants done with it when that goes. */
    record Attached(StepAttachment attachment, WhenAttachedRemoved whenRemoved) {
    }
}
