package com.ascent.app.wizard;

import static com.ascent.app.db.Tables.PROGRAM_STEP_STATE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The last status each step reported for a program. */
@Repository
class StepStateRepository {

    private final DSLContext dsl;

    StepStateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void record(UUID organizationId, UUID programId, String stepId, boolean complete, List<String> missing) {
        String[] missingArray = missing.toArray(String[]::new);
        dsl.insertInto(PROGRAM_STEP_STATE)
                .set(PROGRAM_STEP_STATE.ORGANIZATION_ID, organizationId)
                .set(PROGRAM_STEP_STATE.PROGRAM_ID, programId)
                .set(PROGRAM_STEP_STATE.STEP_ID, stepId)
                .set(PROGRAM_STEP_STATE.COMPLETE, complete)
                .set(PROGRAM_STEP_STATE.MISSING, missingArray)
                .onConflict(PROGRAM_STEP_STATE.PROGRAM_ID, PROGRAM_STEP_STATE.STEP_ID)
                .doUpdate()
                .set(PROGRAM_STEP_STATE.COMPLETE, complete)
                .set(PROGRAM_STEP_STATE.MISSING, missingArray)
                .set(PROGRAM_STEP_STATE.CHECKED_AT, OffsetDateTime.now())
                .set(PROGRAM_STEP_STATE.VERSION, PROGRAM_STEP_STATE.VERSION.plus(1))
                .where(PROGRAM_STEP_STATE.ORGANIZATION_ID.eq(organizationId))
                .execute();
    }
}
