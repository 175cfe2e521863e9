package com.ascent.app.roster;

import static com.ascent.app.db.Tables.PROGRAM;
import static com.ascent.app.db.Tables.ROSTER_MEMBER;

import com.ascent.app.db.tables.records.RosterMemberRecord;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.RosterRole;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Roster members of one organization's programs. */
@Repository
class RosterRepository {

    private final DSLContext dsl;

    RosterRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean programExists(UUID organizationId, UUID programId) {
        return dsl.fetchExists(PROGRAM, PROGRAM.ORGANIZATION_ID.eq(organizationId).and(PROGRAM.ID.eq(programId)));
    }

    /**
     * Holds the program's row until the transaction ends, so that writes of pairs for one program
     * happen one after the other and capacities are counted on settled data.
     */
    boolean lockProgram(UUID organizationId, UUID programId) {
        return dsl.select(PROGRAM.ID).from(PROGRAM)
                .where(PROGRAM.ORGANIZATION_ID.eq(organizationId).and(PROGRAM.ID.eq(programId)))
                .forNoKeyUpdate()
                .fetchOptional().isPresent();
    }

    List<MemberRow> members(UUID organizationId, UUID programId) {
        return dsl.selectFrom(ROSTER_MEMBER)
                .where(ROSTER_MEMBER.ORGANIZATION_ID.eq(organizationId).and(ROSTER_MEMBER.PROGRAM_ID.eq(programId)))
                .fetch(RosterRepository::toRow);
    }

    Optional<MemberRow> member(UUID organizationId, UUID programId, UUID id) {
        return dsl.selectFrom(ROSTER_MEMBER)
                .where(ROSTER_MEMBER.ORGANIZATION_ID.eq(organizationId).and(ROSTER_MEMBER.PROGRAM_ID.eq(programId))
                        .and(ROSTER_MEMBER.ID.eq(id)))
                .fetchOptional(RosterRepository::toRow);
    }

    UUID insert(UUID organizationId, UUID programId, MemberDraft draft) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(ROSTER_MEMBER)
                .set(ROSTER_MEMBER.ID, id)
                .set(ROSTER_MEMBER.ORGANIZATION_ID, organizationId)
                .set(ROSTER_MEMBER.PROGRAM_ID, programId)
                .set(ROSTER_MEMBER.PERSON_ID, draft.personId())
                .set(ROSTER_MEMBER.EXTERNAL_NAME, draft.externalName())
                .set(ROSTER_MEMBER.EXTERNAL_EMAIL, draft.externalEmail())
                .set(ROSTER_MEMBER.EXTERNAL_LOCATION, draft.externalLocation())
                .set(ROSTER_MEMBER.ROLE, draft.role().name())
                .set(ROSTER_MEMBER.CAPACITY, draft.capacity())
                .set(ROSTER_MEMBER.LANGUAGES, draft.languages().toArray(String[]::new))
                .set(ROSTER_MEMBER.AVAILABILITY, draft.availability().name())
                .set(ROSTER_MEMBER.CAPABILITIES, draft.capabilities().toArray(String[]::new))
                .execute();
        return id;
    }

    boolean update(UUID organizationId, UUID id, long expectedVersion, MemberDraft draft) {
        return dsl.update(ROSTER_MEMBER)
                .set(ROSTER_MEMBER.EXTERNAL_NAME, draft.externalName())
                .set(ROSTER_MEMBER.EXTERNAL_EMAIL, draft.externalEmail())
                .set(ROSTER_MEMBER.EXTERNAL_LOCATION, draft.externalLocation())
                .set(ROSTER_MEMBER.ROLE, draft.role().name())
                .set(ROSTER_MEMBER.CAPACITY, draft.capacity())
                .set(ROSTER_MEMBER.LANGUAGES, draft.languages().toArray(String[]::new))
                .set(ROSTER_MEMBER.AVAILABILITY, draft.availability().name())
                .set(ROSTER_MEMBER.CAPABILITIES, draft.capabilities().toArray(String[]::new))
                .set(ROSTER_MEMBER.VERSION, ROSTER_MEMBER.VERSION.plus(1))
                .where(ROSTER_MEMBER.ORGANIZATION_ID.eq(organizationId).and(ROSTER_MEMBER.ID.eq(id))
                        .and(ROSTER_MEMBER.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    boolean delete(UUID organizationId, UUID programId, UUID id, long expectedVersion) {
        return dsl.deleteFrom(ROSTER_MEMBER)
                .where(ROSTER_MEMBER.ORGANIZATION_ID.eq(organizationId).and(ROSTER_MEMBER.PROGRAM_ID.eq(programId))
                        .and(ROSTER_MEMBER.ID.eq(id)).and(ROSTER_MEMBER.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    private static MemberRow toRow(RosterMemberRecord r) {
        return new MemberRow(r.getId(), r.getVersion(), r.getPersonId(), r.getExternalName(), r.getExternalEmail(),
                r.getExternalLocation(), RosterRole.valueOf(r.getRole()), r.getCapacity(), List.of(r.getLanguages()),
                Availability.valueOf(r.getAvailability()), List.of(r.getCapabilities()));
    }
}
