package com.ascent.app.participation;

import static com.ascent.app.db.Tables.DEVELOPMENT_PLAN;
import static com.ascent.app.db.Tables.PERSON;
import static com.ascent.app.db.Tables.PROGRAM;
import static com.ascent.app.db.Tables.ROSTER_MEMBER;

import com.ascent.plugin.api.roster.RosterRole;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Where a person of the directory takes part: their roster entries, and the plans of the HiPos reporting to them. */
@Repository
class ParticipationRepository {

    private final DSLContext dsl;

    ParticipationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The person's roster entries in programs that are not drafts any more (a draft is HR's until launched). */
    List<Entry> entriesOf(UUID org, UUID personId) {
        return dsl.select(ROSTER_MEMBER.PROGRAM_ID, ROSTER_MEMBER.ID, ROSTER_MEMBER.ROLE)
                .from(ROSTER_MEMBER)
                .join(PROGRAM).on(PROGRAM.ID.eq(ROSTER_MEMBER.PROGRAM_ID))
                .where(ROSTER_MEMBER.ORGANIZATION_ID.eq(org))
                .and(ROSTER_MEMBER.PERSON_ID.eq(personId))
                .and(PROGRAM.STATE.eq("RUNNING"))
                .orderBy(PROGRAM.START_DATE, PROGRAM.NAME)
                .fetch(r -> new Entry(r.value1(), r.value2(), RosterRole.valueOf(r.value3())));
    }

    /** The plans, in running programs, of the HiPos whose manager in the directory is {@code managerId}. */
    List<ReportPlan> plansOfReports(UUID org, UUID managerId) {
        return dsl.select(DEVELOPMENT_PLAN.PROGRAM_ID, DEVELOPMENT_PLAN.ID, DEVELOPMENT_PLAN.HIPO_MEMBER_ID)
                .from(DEVELOPMENT_PLAN)
                .join(ROSTER_MEMBER).on(ROSTER_MEMBER.ID.eq(DEVELOPMENT_PLAN.HIPO_MEMBER_ID))
                .join(PERSON).on(PERSON.ID.eq(ROSTER_MEMBER.PERSON_ID))
                .join(PROGRAM).on(PROGRAM.ID.eq(DEVELOPMENT_PLAN.PROGRAM_ID))
                .where(DEVELOPMENT_PLAN.ORGANIZATION_ID.eq(org))
                .and(PERSON.MANAGER_ID.eq(managerId))
                .and(PROGRAM.STATE.eq("RUNNING"))
                .orderBy(PERSON.FULL_NAME)
                .fetch(r -> new ReportPlan(r.value1(), r.value2(), r.value3()));
    }

    /** A roster entry of the participant. */
    record Entry(UUID programId, UUID memberId, RosterRole role) {
    }

    /** A plan the participant signs off as the HiPo's manager. */
    record ReportPlan(UUID programId, UUID planId, UUID hipoMemberId) {
    }
}
