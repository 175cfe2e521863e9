package com.ascent.app.resources;

import static com.ascent.app.db.Tables.CAPABILITY;
import static com.ascent.app.db.Tables.DEVELOPMENT_PLAN;
import static com.ascent.app.db.Tables.PLAN_GAP;
import static com.ascent.app.db.Tables.PLAN_GOAL;
import static com.ascent.app.db.Tables.PROGRAM;
import static com.ascent.app.db.Tables.RESOURCE;
import static com.ascent.app.db.Tables.RESOURCE_ASSIGNMENT;
import static com.ascent.app.db.Tables.SUPPORT_DECISION;

import com.ascent.app.db.tables.records.ResourceAssignmentRecord;
import com.ascent.app.db.tables.records.SupportDecisionRecord;
import com.ascent.plugin.api.support.Assignment;
import com.ascent.plugin.api.support.AssignmentStatus;
import com.ascent.plugin.api.support.NoSupportDecision;
import com.ascent.plugin.api.support.ResourceType;
import com.ascent.plugin.api.support.Tracking;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Assignments of resources to a program's HiPos, and HR's "no additional support" decisions. */
@Repository
class AssignmentRepository {

    private final DSLContext dsl;

    AssignmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Holds the program's row until the transaction ends, so that writes for one program happen in turn. */
    boolean lockProgram(UUID organizationId, UUID programId) {
        return dsl.select(PROGRAM.ID).from(PROGRAM)
                .where(PROGRAM.ORGANIZATION_ID.eq(organizationId).and(PROGRAM.ID.eq(programId)))
                .forNoKeyUpdate()
                .fetchOptional().isPresent();
    }

    boolean programExists(UUID organizationId, UUID programId) {
        return dsl.fetchExists(PROGRAM, PROGRAM.ORGANIZATION_ID.eq(organizationId).and(PROGRAM.ID.eq(programId)));
    }

    List<Assignment> assignments(UUID organizationId, UUID programId) {
        return select(RESOURCE_ASSIGNMENT.ORGANIZATION_ID.eq(organizationId)
                .and(RESOURCE_ASSIGNMENT.PROGRAM_ID.eq(programId)));
    }

    Optional<Assignment> assignment(UUID organizationId, UUID programId, UUID id) {
        return select(RESOURCE_ASSIGNMENT.ORGANIZATION_ID.eq(organizationId)
                .and(RESOURCE_ASSIGNMENT.PROGRAM_ID.eq(programId)).and(RESOURCE_ASSIGNMENT.ID.eq(id)))
                .stream().findFirst();
    }

    boolean isAssigned(UUID organizationId, UUID programId, UUID resourceId, UUID hipoMemberId) {
        return dsl.fetchExists(RESOURCE_ASSIGNMENT, RESOURCE_ASSIGNMENT.ORGANIZATION_ID.eq(organizationId)
                .and(RESOURCE_ASSIGNMENT.PROGRAM_ID.eq(programId)).and(RESOURCE_ASSIGNMENT.RESOURCE_ID.eq(resourceId))
                .and(RESOURCE_ASSIGNMENT.HIPO_MEMBER_ID.eq(hipoMemberId)));
    }

    UUID insert(UUID organizationId, UUID programId, UUID resourceId, UUID hipoMemberId, @Nullable UUID goalId,
                AssignmentStatus status, BigDecimal plannedCost) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(RESOURCE_ASSIGNMENT)
                .set(RESOURCE_ASSIGNMENT.ID, id)
                .set(RESOURCE_ASSIGNMENT.ORGANIZATION_ID, organizationId)
                .set(RESOURCE_ASSIGNMENT.PROGRAM_ID, programId)
                .set(RESOURCE_ASSIGNMENT.RESOURCE_ID, resourceId)
                .set(RESOURCE_ASSIGNMENT.HIPO_MEMBER_ID, hipoMemberId)
                .set(RESOURCE_ASSIGNMENT.GOAL_ID, goalId)
                .set(RESOURCE_ASSIGNMENT.STATUS, status.name())
                .set(RESOURCE_ASSIGNMENT.PLANNED_COST, plannedCost)
                .execute();
        return id;
    }

    boolean updateTracking(UUID organizationId, UUID programId, UUID id, long expectedVersion, Tracking tracking) {
        return dsl.update(RESOURCE_ASSIGNMENT)
                .set(RESOURCE_ASSIGNMENT.STATUS, tracking.status().name())
                .set(RESOURCE_ASSIGNMENT.COMPLETED_ON, tracking.completedOn())
                .set(RESOURCE_ASSIGNMENT.RATING, tracking.rating())
                .set(RESOURCE_ASSIGNMENT.ACTUAL_COST, tracking.actualCost())
                .set(RESOURCE_ASSIGNMENT.VERSION, RESOURCE_ASSIGNMENT.VERSION.plus(1))
                .where(RESOURCE_ASSIGNMENT.ORGANIZATION_ID.eq(organizationId)
                        .and(RESOURCE_ASSIGNMENT.PROGRAM_ID.eq(programId)).and(RESOURCE_ASSIGNMENT.ID.eq(id))
                        .and(RESOURCE_ASSIGNMENT.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    boolean delete(UUID organizationId, UUID programId, UUID id, long expectedVersion) {
        return dsl.deleteFrom(RESOURCE_ASSIGNMENT)
                .where(RESOURCE_ASSIGNMENT.ORGANIZATION_ID.eq(organizationId)
                        .and(RESOURCE_ASSIGNMENT.PROGRAM_ID.eq(programId)).and(RESOURCE_ASSIGNMENT.ID.eq(id))
                        .and(RESOURCE_ASSIGNMENT.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** Whether {@code goalId} is a goal of the HiPo's development plan in this program. */
    boolean isGoalOf(UUID organizationId, UUID programId, UUID hipoMemberId, UUID goalId) {
        return dsl.fetchExists(dsl.selectOne().from(PLAN_GOAL).join(DEVELOPMENT_PLAN).on(DEVELOPMENT_PLAN.ID.eq(PLAN_GOAL.PLAN_ID))
                .where(PLAN_GOAL.ORGANIZATION_ID.eq(organizationId).and(PLAN_GOAL.ID.eq(goalId))
                        .and(DEVELOPMENT_PLAN.PROGRAM_ID.eq(programId))
                        .and(DEVELOPMENT_PLAN.HIPO_MEMBER_ID.eq(hipoMemberId))));
    }

    /** The capabilities named as gaps in the HiPos' development plans of this program, per HiPo. */
    Map<UUID, List<String>> gapCapabilities(UUID organizationId, UUID programId) {
        return dsl.select(DEVELOPMENT_PLAN.HIPO_MEMBER_ID, CAPABILITY.NAME)
                .from(PLAN_GAP).join(DEVELOPMENT_PLAN).on(DEVELOPMENT_PLAN.ID.eq(PLAN_GAP.PLAN_ID))
                .join(CAPABILITY).on(CAPABILITY.ID.eq(PLAN_GAP.CAPABILITY_ID))
                .where(PLAN_GAP.ORGANIZATION_ID.eq(organizationId).and(DEVELOPMENT_PLAN.PROGRAM_ID.eq(programId)))
                .fetchGroups(DEVELOPMENT_PLAN.HIPO_MEMBER_ID, CAPABILITY.NAME);
    }

    List<NoSupportDecision> decisions(UUID organizationId, UUID programId) {
        return dsl.selectFrom(SUPPORT_DECISION)
                .where(SUPPORT_DECISION.ORGANIZATION_ID.eq(organizationId).and(SUPPORT_DECISION.PROGRAM_ID.eq(programId)))
                .orderBy(SUPPORT_DECISION.RECORDED_AT)
                .fetch(AssignmentRepository::toDecision);
    }

    Optional<NoSupportDecision> decisionOf(UUID organizationId, UUID hipoMemberId) {
        return dsl.selectFrom(SUPPORT_DECISION)
                .where(SUPPORT_DECISION.ORGANIZATION_ID.eq(organizationId)
                        .and(SUPPORT_DECISION.HIPO_MEMBER_ID.eq(hipoMemberId)))
                .fetchOptional(AssignmentRepository::toDecision);
    }

    UUID insertDecision(UUID organizationId, UUID programId, UUID hipoMemberId, String reason, String recordedBy) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(SUPPORT_DECISION)
                .set(SUPPORT_DECISION.ID, id)
                .set(SUPPORT_DECISION.ORGANIZATION_ID, organizationId)
                .set(SUPPORT_DECISION.PROGRAM_ID, programId)
                .set(SUPPORT_DECISION.HIPO_MEMBER_ID, hipoMemberId)
                .set(SUPPORT_DECISION.REASON, reason)
                .set(SUPPORT_DECISION.RECORDED_BY, recordedBy)
                .execute();
        return id;
    }

    boolean deleteDecision(UUID organizationId, UUID programId, UUID id, long expectedVersion) {
        return dsl.deleteFrom(SUPPORT_DECISION)
                .where(SUPPORT_DECISION.ORGANIZATION_ID.eq(organizationId).and(SUPPORT_DECISION.PROGRAM_ID.eq(programId))
                        .and(SUPPORT_DECISION.ID.eq(id)).and(SUPPORT_DECISION.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    private List<Assignment> select(Condition condition) {
        return dsl.select(RESOURCE_ASSIGNMENT.asterisk(), RESOURCE.TITLE, RESOURCE.TYPE, RESOURCE.STARTS_ON,
                        RESOURCE.ENDS_ON)
                .from(RESOURCE_ASSIGNMENT).join(RESOURCE).on(RESOURCE.ID.eq(RESOURCE_ASSIGNMENT.RESOURCE_ID))
                .where(condition)
                .fetch(AssignmentRepository::toAssignment);
    }

    private static Assignment toAssignment(Record row) {
        ResourceAssignmentRecord a = row.into(RESOURCE_ASSIGNMENT);
        return new Assignment(a.getId(), a.getVersion(), a.getResourceId(), row.get(RESOURCE.TITLE),
                ResourceType.valueOf(row.get(RESOURCE.TYPE)), row.get(RESOURCE.STARTS_ON), row.get(RESOURCE.ENDS_ON),
                a.getHipoMemberId(), a.getGoalId(), AssignmentStatus.valueOf(a.getStatus()), a.getCompletedOn(),
                a.getRating(), a.getPlannedCost(), a.getActualCost());
    }

    private static NoSupportDecision toDecision(SupportDecisionRecord r) {
        return new NoSupportDecision(r.getId(), r.getVersion(), r.getHipoMemberId(), r.getReason(), r.getRecordedBy());
    }
}
