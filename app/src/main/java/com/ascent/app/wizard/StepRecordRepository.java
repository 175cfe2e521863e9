package com.ascent.app.wizard;

import static com.ascent.app.db.Tables.STEP_RECORD;

import com.ascent.app.db.tables.records.StepRecordRecord;
import com.ascent.plugin.api.StepRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
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
                                String updatedBy) {
        return dsl.insertInto(STEP_RECORD)
                .set(STEP_RECORD.ORGANIZATION_ID, organizationId)
                .set(STEP_RECORD.PROGRAM_ID, programId)
                .set(STEP_RECORD.STEP_ID, stepId)
                .set(STEP_RECORD.KEY, key)
                .set(STEP_RECORD.VALUE, value)
                .set(STEP_RECORD.UPDATED_BY, updatedBy)
                .onConflictDoNothing()
                .returning()
                .fetchOptional(StepRecordRepository::toRecord);
    }

    /** Changes a key read at {@code expectedVersion}; empty when it changed or went meanwhile. */
    Optional<StepRecord> update(UUID organizationId, UUID programId, String stepId, String key, long expectedVersion,
                                String value, String updatedBy) {
        return dsl.update(STEP_RECORD)
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

    private static Condition ofStep(UUID organizationId, UUID programId, String stepId) {
        return STEP_RECORD.ORGANIZATION_ID.eq(organizationId)
                .and(STEP_RECORD.PROGRAM_ID.eq(programId))
                .and(STEP_RECORD.STEP_ID.eq(stepId));
    }

    private static StepRecord toRecord(StepRecordRecord r) {
        return new StepRecord(r.getKey(), r.getValue(), r.getVersion(), r.getUpdatedBy(), r.getUpdatedAt().toInstant());
    }
}
