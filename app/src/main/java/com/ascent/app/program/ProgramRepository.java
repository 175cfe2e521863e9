package com.ascent.app.program;

import static com.ascent.app.db.Tables.PROGRAM;

import com.ascent.app.db.tables.records.ProgramRecord;
import com.ascent.plugin.api.model.ProgramState;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Programs of one organization; every query names the organization (row-level security backs it). */
@Repository
class ProgramRepository {

    private final DSLContext dsl;

    ProgramRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Program> findAll(UUID organizationId) {
        return dsl.selectFrom(PROGRAM)
                .where(PROGRAM.ORGANIZATION_ID.eq(organizationId))
                .orderBy(PROGRAM.CREATED_AT.desc())
                .fetch(ProgramRepository::toProgram);
    }

    Optional<Program> find(UUID organizationId, UUID id) {
        return dsl.selectFrom(PROGRAM)
                .where(PROGRAM.ORGANIZATION_ID.eq(organizationId).and(PROGRAM.ID.eq(id)))
                .fetchOptional(ProgramRepository::toProgram);
    }

    Program insert(UUID organizationId, ProgramDraft draft) {
        return dsl.insertInto(PROGRAM)
                .set(PROGRAM.ID, UUID.randomUUID())
                .set(PROGRAM.ORGANIZATION_ID, organizationId)
                .set(PROGRAM.NAME, draft.name().trim())
                .set(PROGRAM.DESCRIPTION, draft.description().trim())
                .set(PROGRAM.START_DATE, draft.startDate())
                .set(PROGRAM.END_DATE, draft.endDate())
                .set(PROGRAM.OWNER_NAME, draft.ownerName().trim())
                .returning()
                .fetchSingle(ProgramRepository::toProgram);
    }

    /** Updates when {@code expectedVersion} is still current; empty when someone else changed it. */
    Optional<Program> update(UUID organizationId, UUID id, long expectedVersion, ProgramDraft draft) {
        return dsl.update(PROGRAM)
                .set(PROGRAM.NAME, draft.name().trim())
                .set(PROGRAM.DESCRIPTION, draft.description().trim())
                .set(PROGRAM.START_DATE, draft.startDate())
                .set(PROGRAM.END_DATE, draft.endDate())
                .set(PROGRAM.OWNER_NAME, draft.ownerName().trim())
                .set(PROGRAM.VERSION, PROGRAM.VERSION.plus(1))
                .where(PROGRAM.ORGANIZATION_ID.eq(organizationId).and(PROGRAM.ID.eq(id))
                        .and(PROGRAM.VERSION.eq(expectedVersion)))
                .returning()
                .fetchOptional(ProgramRepository::toProgram);
    }

    /** Changes the state when {@code expectedVersion} is still current; empty otherwise. */
    Optional<Program> changeState(UUID organizationId, UUID id, long expectedVersion, ProgramState state) {
        var update = dsl.update(PROGRAM)
                .set(PROGRAM.STATE, state.name())
                .set(PROGRAM.VERSION, PROGRAM.VERSION.plus(1));
        if (state == ProgramState.RUNNING) {
            update = update.set(PROGRAM.LAUNCHED_AT, OffsetDateTime.now());
        }
        return update.where(PROGRAM.ORGANIZATION_ID.eq(organizationId).and(PROGRAM.ID.eq(id))
                        .and(PROGRAM.VERSION.eq(expectedVersion)))
                .returning()
                .fetchOptional(ProgramRepository::toProgram);
    }

    private static Program toProgram(ProgramRecord r) {
        return new Program(r.getId(), r.getVersion(), r.getName(), r.getDescription(), r.getStartDate(),
                r.getOwnerName(), ProgramState.valueOf(r.getState()), r.getEndDate());
    }
}
