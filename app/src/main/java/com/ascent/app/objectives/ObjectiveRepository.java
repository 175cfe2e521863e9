package com.ascent.app.objectives;

import static com.ascent.app.db.Tables.GOAL_OBJECTIVE;
import static com.ascent.app.db.Tables.METRIC;
import static com.ascent.app.db.Tables.OBJECTIVE;
import static com.ascent.app.db.Tables.OBJECTIVE_ALIGNMENT;
import static com.ascent.app.db.Tables.PROGRAM;
import static com.ascent.app.db.Tables.STRATEGY_STATEMENT;
import static com.ascent.app.db.Tables.SUCCESS_INDICATOR;

import com.ascent.app.db.tables.records.SuccessIndicatorRecord;
import com.ascent.plugin.api.model.ProgramState;
import com.ascent.plugin.api.objectives.Alignment;
import com.ascent.plugin.api.objectives.IndicatorDraft;
import com.ascent.plugin.api.objectives.MeasurementSource;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.objectives.ObjectiveDraft;
import com.ascent.plugin.api.objectives.Priority;
import com.ascent.plugin.api.objectives.SuccessIndicator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Objectives, their alignments and success indicators, always within one organization. */
@Repository
class ObjectiveRepository {

    private final DSLContext dsl;

    ObjectiveRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Objective> findByProgram(UUID organizationId, UUID programId) {
        var programObjectives = DSL.select(OBJECTIVE.ID).from(OBJECTIVE)
                .where(OBJECTIVE.ORGANIZATION_ID.eq(organizationId).and(OBJECTIVE.PROGRAM_ID.eq(programId)));
        Map<UUID, List<SuccessIndicator>> indicators = dsl.selectFrom(SUCCESS_INDICATOR)
                .where(SUCCESS_INDICATOR.ORGANIZATION_ID.eq(organizationId))
                .and(SUCCESS_INDICATOR.OBJECTIVE_ID.in(programObjectives))
                .orderBy(SUCCESS_INDICATOR.POSITION)
                .fetch(ObjectiveRepository::toIndicator)
                .stream()
                .collect(Collectors.groupingBy(SuccessIndicator::objectiveId));
        // In the order the strategy context lists its statements: leadership strategy first.
        Map<UUID, List<Alignment>> alignments = dsl.select(OBJECTIVE_ALIGNMENT.OBJECTIVE_ID,
                        OBJECTIVE_ALIGNMENT.STATEMENT_ID, OBJECTIVE_ALIGNMENT.HOW)
                .from(OBJECTIVE_ALIGNMENT)
                .join(STRATEGY_STATEMENT).on(STRATEGY_STATEMENT.ID.eq(OBJECTIVE_ALIGNMENT.STATEMENT_ID))
                .where(OBJECTIVE_ALIGNMENT.ORGANIZATION_ID.eq(organizationId))
                .and(STRATEGY_STATEMENT.ORGANIZATION_ID.eq(organizationId))
                .and(OBJECTIVE_ALIGNMENT.OBJECTIVE_ID.in(programObjectives))
                .orderBy(STRATEGY_STATEMENT.KIND.desc(), STRATEGY_STATEMENT.POSITION)
                .fetchGroups(OBJECTIVE_ALIGNMENT.OBJECTIVE_ID,
                        r -> new Alignment(r.get(OBJECTIVE_ALIGNMENT.STATEMENT_ID), r.get(OBJECTIVE_ALIGNMENT.HOW)));
        return dsl.selectFrom(OBJECTIVE)
                .where(OBJECTIVE.ORGANIZATION_ID.eq(organizationId).and(OBJECTIVE.PROGRAM_ID.eq(programId)))
                .orderBy(OBJECTIVE.POSITION)
                .fetch(r -> new Objective(r.getId(), r.getVersion(), r.getTitle(), r.getDescription(),
                        r.getCapabilityId(), Priority.valueOf(r.getPriority()),
                        alignments.getOrDefault(r.getId(), List.of()), indicators.getOrDefault(r.getId(), List.of())));
    }

    /** The state of the organization's program, empty when it has no such program. */
    Optional<ProgramState> programState(UUID organizationId, UUID programId) {
        return dsl.select(PROGRAM.STATE).from(PROGRAM)
                .where(PROGRAM.ORGANIZATION_ID.eq(organizationId).and(PROGRAM.ID.eq(programId)))
                .fetchOptional(PROGRAM.STATE)
                .map(ProgramState::valueOf);
    }

    Optional<UUID> programOf(UUID organizationId, UUID objectiveId) {
        return dsl.select(OBJECTIVE.PROGRAM_ID).from(OBJECTIVE)
                .where(OBJECTIVE.ORGANIZATION_ID.eq(organizationId).and(OBJECTIVE.ID.eq(objectiveId)))
                .fetchOptional(OBJECTIVE.PROGRAM_ID);
    }

    boolean titleTaken(UUID organizationId, UUID programId, String title, Optional<UUID> except) {
        Condition condition = OBJECTIVE.ORGANIZATION_ID.eq(organizationId).and(OBJECTIVE.PROGRAM_ID.eq(programId))
                .and(DSL.lower(OBJECTIVE.TITLE).eq(DSL.lower(DSL.val(title.trim()))));
        if (except.isPresent()) {
            condition = condition.and(OBJECTIVE.ID.ne(except.get()));
        }
        return dsl.fetchExists(OBJECTIVE, condition);
    }

    UUID insert(UUID organizationId, UUID programId, ObjectiveDraft draft) {
        UUID id = UUID.randomUUID();
        int position = dsl.select(DSL.coalesce(DSL.max(OBJECTIVE.POSITION), 0)).from(OBJECTIVE)
                .where(OBJECTIVE.ORGANIZATION_ID.eq(organizationId).and(OBJECTIVE.PROGRAM_ID.eq(programId)))
                .fetchSingle().value1() + 1;
        dsl.insertInto(OBJECTIVE)
                .set(OBJECTIVE.ID, id)
                .set(OBJECTIVE.ORGANIZATION_ID, organizationId)
                .set(OBJECTIVE.PROGRAM_ID, programId)
                .set(OBJECTIVE.TITLE, draft.title().trim())
                .set(OBJECTIVE.DESCRIPTION, draft.description().trim())
                .set(OBJECTIVE.CAPABILITY_ID, draft.capabilityId())
                .set(OBJECTIVE.PRIORITY, draft.priority().name())
                .set(OBJECTIVE.POSITION, position)
                .execute();
        replaceAlignments(organizationId, id, draft.alignments());
        return id;
    }

    boolean update(UUID organizationId, UUID id, long expectedVersion, ObjectiveDraft draft) {
        int updated = dsl.update(OBJECTIVE)
                .set(OBJECTIVE.TITLE, draft.title().trim())
                .set(OBJECTIVE.DESCRIPTION, draft.description().trim())
                .set(OBJECTIVE.CAPABILITY_ID, draft.capabilityId())
                .set(OBJECTIVE.PRIORITY, draft.priority().name())
                .set(OBJECTIVE.VERSION, OBJECTIVE.VERSION.plus(1))
                .where(OBJECTIVE.ORGANIZATION_ID.eq(organizationId).and(OBJECTIVE.ID.eq(id))
                        .and(OBJECTIVE.VERSION.eq(expectedVersion)))
                .execute();
        if (updated == 1) {
            replaceAlignments(organizationId, id, draft.alignments());
        }
        return updated == 1;
    }

    boolean delete(UUID organizationId, UUID id, long expectedVersion) {
        return dsl.deleteFrom(OBJECTIVE)
                .where(OBJECTIVE.ORGANIZATION_ID.eq(organizationId).and(OBJECTIVE.ID.eq(id))
                        .and(OBJECTIVE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    private void replaceAlignments(UUID organizationId, UUID objectiveId, List<Alignment> alignments) {
        dsl.deleteFrom(OBJECTIVE_ALIGNMENT)
                .where(OBJECTIVE_ALIGNMENT.ORGANIZATION_ID.eq(organizationId))
                .and(OBJECTIVE_ALIGNMENT.OBJECTIVE_ID.eq(objectiveId))
                .execute();
        for (Alignment alignment : alignments) {
            dsl.insertInto(OBJECTIVE_ALIGNMENT)
                    .set(OBJECTIVE_ALIGNMENT.OBJECTIVE_ID, objectiveId)
                    .set(OBJECTIVE_ALIGNMENT.STATEMENT_ID, alignment.statementId())
                    .set(OBJECTIVE_ALIGNMENT.ORGANIZATION_ID, organizationId)
                    .set(OBJECTIVE_ALIGNMENT.HOW, alignment.how().trim())
                    .execute();
        }
    }

    Optional<SuccessIndicator> findIndicator(UUID organizationId, UUID id) {
        return dsl.selectFrom(SUCCESS_INDICATOR)
                .where(SUCCESS_INDICATOR.ORGANIZATION_ID.eq(organizationId).and(SUCCESS_INDICATOR.ID.eq(id)))
                .fetchOptional(ObjectiveRepository::toIndicator);
    }

    boolean indicatorNameTaken(UUID organizationId, UUID objectiveId, String name, Optional<UUID> except) {
        Condition condition = SUCCESS_INDICATOR.ORGANIZATION_ID.eq(organizationId)
                .and(SUCCESS_INDICATOR.OBJECTIVE_ID.eq(objectiveId))
                .and(DSL.lower(SUCCESS_INDICATOR.NAME).eq(DSL.lower(DSL.val(name.trim()))));
        if (except.isPresent()) {
            condition = condition.and(SUCCESS_INDICATOR.ID.ne(except.get()));
        }
        return dsl.fetchExists(SUCCESS_INDICATOR, condition);
    }

    SuccessIndicator insertIndicator(UUID organizationId, UUID objectiveId, IndicatorDraft draft) {
        int position = dsl.select(DSL.coalesce(DSL.max(SUCCESS_INDICATOR.POSITION), 0)).from(SUCCESS_INDICATOR)
                .where(SUCCESS_INDICATOR.ORGANIZATION_ID.eq(organizationId)
                        .and(SUCCESS_INDICATOR.OBJECTIVE_ID.eq(objectiveId)))
                .fetchSingle().value1() + 1;
        return dsl.insertInto(SUCCESS_INDICATOR)
                .set(SUCCESS_INDICATOR.ID, UUID.randomUUID())
                .set(SUCCESS_INDICATOR.ORGANIZATION_ID, organizationId)
                .set(SUCCESS_INDICATOR.OBJECTIVE_ID, objectiveId)
                .set(SUCCESS_INDICATOR.NAME, draft.name().trim())
                .set(SUCCESS_INDICATOR.UNIT, draft.unit().trim())
                .set(SUCCESS_INDICATOR.SOURCE, draft.source().name())
                .set(SUCCESS_INDICATOR.BASELINE, draft.baseline())
                .set(SUCCESS_INDICATOR.TARGET, draft.target())
                .set(SUCCESS_INDICATOR.MEASURED_WHEN, draft.measuredWhen().trim())
                .set(SUCCESS_INDICATOR.POSITION, position)
                .returning()
                .fetchSingle(ObjectiveRepository::toIndicator);
    }

    Optional<SuccessIndicator> updateIndicator(UUID organizationId, UUID id, long expectedVersion, IndicatorDraft draft) {
        return dsl.update(SUCCESS_INDICATOR)
                .set(SUCCESS_INDICATOR.NAME, draft.name().trim())
                .set(SUCCESS_INDICATOR.UNIT, draft.unit().trim())
                .set(SUCCESS_INDICATOR.SOURCE, draft.source().name())
                .set(SUCCESS_INDICATOR.BASELINE, draft.baseline())
                .set(SUCCESS_INDICATOR.TARGET, draft.target())
                .set(SUCCESS_INDICATOR.MEASURED_WHEN, draft.measuredWhen().trim())
                .set(SUCCESS_INDICATOR.VERSION, SUCCESS_INDICATOR.VERSION.plus(1))
                .where(SUCCESS_INDICATOR.ORGANIZATION_ID.eq(organizationId).and(SUCCESS_INDICATOR.ID.eq(id))
                        .and(SUCCESS_INDICATOR.VERSION.eq(expectedVersion)))
                .returning()
                .fetchOptional(ObjectiveRepository::toIndicator);
    }

    boolean deleteIndicator(UUID organizationId, UUID id, long expectedVersion) {
        return dsl.deleteFrom(SUCCESS_INDICATOR)
                .where(SUCCESS_INDICATOR.ORGANIZATION_ID.eq(organizationId).and(SUCCESS_INDICATOR.ID.eq(id))
                        .and(SUCCESS_INDICATOR.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** Whether the Measurement step records values against the indicator (a metric refers to it). */
    boolean measured(UUID organizationId, UUID indicatorId) {
        return dsl.fetchExists(METRIC, METRIC.ORGANIZATION_ID.eq(organizationId).and(METRIC.INDICATOR_ID.eq(indicatorId)));
    }

    /** Whether the Measurement step records values against any indicator of the objective. */
    boolean anyIndicatorMeasured(UUID organizationId, UUID objectiveId) {
        return dsl.fetchExists(METRIC, METRIC.ORGANIZATION_ID.eq(organizationId)
                .and(METRIC.INDICATOR_ID.in(DSL.select(SUCCESS_INDICATOR.ID).from(SUCCESS_INDICATOR)
                        .where(SUCCESS_INDICATOR.ORGANIZATION_ID.eq(organizationId)
                                .and(SUCCESS_INDICATOR.OBJECTIVE_ID.eq(objectiveId))))));
    }

    /** Whether development-plan goals are linked to the objective. */
    boolean linkedToGoals(UUID organizationId, UUID objectiveId) {
        return dsl.fetchExists(GOAL_OBJECTIVE, GOAL_OBJECTIVE.ORGANIZATION_ID.eq(organizationId)
                .and(GOAL_OBJECTIVE.OBJECTIVE_ID.eq(objectiveId)));
    }

    private static SuccessIndicator toIndicator(SuccessIndicatorRecord r) {
        return new SuccessIndicator(r.getId(), r.getVersion(), r.getObjectiveId(), r.getName(), r.getUnit(),
                MeasurementSource.valueOf(r.getSource()), r.getBaseline(), r.getTarget(), r.getMeasuredWhen());
    }
}
