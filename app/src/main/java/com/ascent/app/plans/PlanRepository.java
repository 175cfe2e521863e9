package com.ascent.app.plans;

import static com.ascent.app.db.Tables.CAPABILITY;
import static com.ascent.app.db.Tables.DEVELOPMENT_PLAN;
import static com.ascent.app.db.Tables.GOAL_OBJECTIVE;
import static com.ascent.app.db.Tables.PLAN_ACTIVITY;
import static com.ascent.app.db.Tables.PLAN_EXCEPTION;
import static com.ascent.app.db.Tables.PLAN_GAP;
import static com.ascent.app.db.Tables.PLAN_GOAL;
import static com.ascent.app.db.Tables.PLAN_PROGRESS;

import com.ascent.app.db.tables.records.DevelopmentPlanRecord;
import com.ascent.app.db.tables.records.PlanActivityRecord;
import com.ascent.app.db.tables.records.PlanProgressRecord;
import com.ascent.plugin.api.plans.Activity;
import com.ascent.plugin.api.plans.ActivityDraft;
import com.ascent.plugin.api.plans.ActivityKind;
import com.ascent.plugin.api.plans.ActivityStatus;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.Gap;
import com.ascent.plugin.api.plans.GapDraft;
import com.ascent.plugin.api.plans.Goal;
import com.ascent.plugin.api.plans.GoalDraft;
import com.ascent.plugin.api.plans.PlanException;
import com.ascent.plugin.api.plans.ProgressEntry;
import com.ascent.plugin.api.plans.SignOff;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Development plans of one organization's programs, with their gaps, goals, activities and history. */
@Repository
class PlanRepository {

    /** The parts of a plan that are changed one by one. */
    enum Part {
        GAP, GOAL, ACTIVITY
    }

    private static final Comparator<Activity> ACTIVITY_ORDER = Comparator
            .comparing(Activity::startsOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Activity::title);

    private final DSLContext dsl;

    PlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // --- Plans -----------------------------------------------------------------------------------

    List<DevelopmentPlan> plans(UUID org, UUID programId) {
        List<DevelopmentPlanRecord> rows = dsl.selectFrom(DEVELOPMENT_PLAN)
                .where(DEVELOPMENT_PLAN.ORGANIZATION_ID.eq(org).and(DEVELOPMENT_PLAN.PROGRAM_ID.eq(programId)))
                .fetch();
        return assemble(org, rows);
    }

    Optional<DevelopmentPlan> planOfHipo(UUID org, UUID programId, UUID hipoMemberId) {
        return onePlan(org, programId, DEVELOPMENT_PLAN.HIPO_MEMBER_ID.eq(hipoMemberId));
    }

    Optional<DevelopmentPlan> plan(UUID org, UUID programId, UUID planId) {
        return onePlan(org, programId, DEVELOPMENT_PLAN.ID.eq(planId));
    }

    private Optional<DevelopmentPlan> onePlan(UUID org, UUID programId, Condition which) {
        return dsl.selectFrom(DEVELOPMENT_PLAN)
                .where(DEVELOPMENT_PLAN.ORGANIZATION_ID.eq(org).and(DEVELOPMENT_PLAN.PROGRAM_ID.eq(programId))
                        .and(which))
                .fetchOptional()
                .map(row -> assemble(org, List.of(row)).getFirst());
    }

    /** Opens an empty plan unless the HiPo has one; two users opening at once get the same plan. */
    void insertIfAbsent(UUID org, UUID programId, UUID hipoMemberId) {
        dsl.insertInto(DEVELOPMENT_PLAN)
                .set(DEVELOPMENT_PLAN.ID, UUID.randomUUID())
                .set(DEVELOPMENT_PLAN.ORGANIZATION_ID, org)
                .set(DEVELOPMENT_PLAN.PROGRAM_ID, programId)
                .set(DEVELOPMENT_PLAN.HIPO_MEMBER_ID, hipoMemberId)
                .onConflict(DEVELOPMENT_PLAN.PROGRAM_ID, DEVELOPMENT_PLAN.HIPO_MEMBER_ID).doNothing()
                .execute();
    }

    boolean updateStrengths(UUID org, UUID planId, long expectedVersion, String strengths) {
        return update(DEVELOPMENT_PLAN, org, planId, expectedVersion, Map.of(DEVELOPMENT_PLAN.STRENGTHS, strengths));
    }

    /** Who signs a plan off: the manager from their own account, or an HR user recording it for them. */
    enum SignedAs { MANAGER, HR }

    /** Records a sign-off by the account {@code userId}, or withdraws it ({@code signOff} null). */
    boolean updateSignOff(UUID org, UUID planId, long expectedVersion, @Nullable SignOff signOff, @Nullable UUID userId,
                          @Nullable SignedAs as) {
        Map<Field<?>, @Nullable Object> values = new HashMap<>();
        values.put(DEVELOPMENT_PLAN.MANAGER_NAME, signOff == null ? null : signOff.managerName());
        values.put(DEVELOPMENT_PLAN.SIGNED_OFF_BY, signOff == null ? null : signOff.recordedBy());
        values.put(DEVELOPMENT_PLAN.MANAGER_SIGNED_OFF_AT, signOff == null ? null : OffsetDateTime.now());
        values.put(DEVELOPMENT_PLAN.SIGNED_OFF_BY_USER, signOff == null ? null : userId);
        values.put(DEVELOPMENT_PLAN.SIGNED_OFF_AS, signOff == null || as == null ? null : as.name());
        return update(DEVELOPMENT_PLAN, org, planId, expectedVersion, values);
    }

    /** Whether the plan's manager signed it off from their own account. */
    boolean signedByManager(UUID org, UUID planId) {
        return dsl.fetchExists(DEVELOPMENT_PLAN, DEVELOPMENT_PLAN.ORGANIZATION_ID.eq(org)
                .and(DEVELOPMENT_PLAN.ID.eq(planId)).and(DEVELOPMENT_PLAN.SIGNED_OFF_AS.eq(SignedAs.MANAGER.name())));
    }

    /** The plan a gap, goal or activity belongs to, if it is one of the program's. */
    Optional<UUID> planOf(UUID org, UUID programId, Part part, UUID partId) {
        Table<?> table = table(part);
        Field<UUID> planId = column(table, PLAN_GAP.PLAN_ID);
        return dsl.select(planId).from(table)
                .join(DEVELOPMENT_PLAN).on(DEVELOPMENT_PLAN.ID.eq(planId))
                .where(column(table, PLAN_GAP.ORGANIZATION_ID).eq(org).and(column(table, PLAN_GAP.ID).eq(partId))
                        .and(DEVELOPMENT_PLAN.PROGRAM_ID.eq(programId)))
                .fetchOptional(planId);
    }

    /** Removes a gap, goal or activity if it still has the version the user read. */
    boolean delete(Part part, UUID org, UUID partId, long expectedVersion) {
        return delete(table(part), org, partId, expectedVersion);
    }

    private static Table<?> table(Part part) {
        return switch (part) {
            case GAP -> PLAN_GAP;
            case GOAL -> PLAN_GOAL;
            case ACTIVITY -> PLAN_ACTIVITY;
        };
    }

    // --- Gaps ------------------------------------------------------------------------------------

    boolean gapExists(UUID org, UUID planId, UUID capabilityId, @Nullable UUID exceptGapId) {
        Condition condition = PLAN_GAP.ORGANIZATION_ID.eq(org).and(PLAN_GAP.PLAN_ID.eq(planId))
                .and(PLAN_GAP.CAPABILITY_ID.eq(capabilityId));
        return dsl.fetchExists(PLAN_GAP, exceptGapId == null ? condition : condition.and(PLAN_GAP.ID.ne(exceptGapId)));
    }

    UUID insertGap(UUID org, UUID planId, GapDraft draft) {
        return insert(PLAN_GAP, org, planId, values(draft));
    }

    boolean updateGap(UUID org, UUID gapId, long expectedVersion, GapDraft draft) {
        return update(PLAN_GAP, org, gapId, expectedVersion, values(draft));
    }

    private static Map<Field<?>, Object> values(GapDraft draft) {
        return Map.of(PLAN_GAP.CAPABILITY_ID, draft.capabilityId(), PLAN_GAP.CURRENT_LEVEL, draft.currentLevel(),
                PLAN_GAP.TARGET_LEVEL, draft.targetLevel(), PLAN_GAP.EVIDENCE, draft.evidence());
    }

    // --- Goals -----------------------------------------------------------------------------------

    UUID insertGoal(UUID org, UUID planId, GoalDraft draft) {
        UUID id = insert(PLAN_GOAL, org, planId, values(draft));
        linkObjectives(org, id, draft.objectiveIds());
        return id;
    }

    boolean updateGoal(UUID org, UUID goalId, long expectedVersion, GoalDraft draft) {
        boolean updated = update(PLAN_GOAL, org, goalId, expectedVersion, values(draft));
        if (updated) {
            dsl.deleteFrom(GOAL_OBJECTIVE).where(GOAL_OBJECTIVE.ORGANIZATION_ID.eq(org).and(GOAL_OBJECTIVE.GOAL_ID.eq(goalId)))
                    .execute();
            linkObjectives(org, goalId, draft.objectiveIds());
        }
        return updated;
    }

    private static Map<Field<?>, Object> values(GoalDraft draft) {
        return Map.of(PLAN_GOAL.OUTCOME, draft.outcome(), PLAN_GOAL.MEASURE, draft.measure(),
                PLAN_GOAL.TARGET, draft.target(), PLAN_GOAL.DUE_DATE, Objects.requireNonNull(draft.dueDate()));
    }

    private void linkObjectives(UUID org, UUID goalId, Collection<UUID> objectiveIds) {
        for (UUID objectiveId : objectiveIds) {
            dsl.insertInto(GOAL_OBJECTIVE)
                    .set(GOAL_OBJECTIVE.GOAL_ID, goalId)
                    .set(GOAL_OBJECTIVE.OBJECTIVE_ID, objectiveId)
                    .set(GOAL_OBJECTIVE.ORGANIZATION_ID, org)
                    .execute();
        }
    }

    boolean updateProgress(UUID org, UUID goalId, long expectedVersion, int progress) {
        return update(PLAN_GOAL, org, goalId, expectedVersion, Map.of(PLAN_GOAL.PROGRESS, progress));
    }

    // --- Activities ------------------------------------------------------------------------------

    UUID insertActivity(UUID org, UUID planId, ActivityDraft draft) {
        return insert(PLAN_ACTIVITY, org, planId, values(draft));
    }

    boolean updateActivity(UUID org, UUID activityId, long expectedVersion, ActivityDraft draft) {
        return update(PLAN_ACTIVITY, org, activityId, expectedVersion, values(draft));
    }

    /** The activity's columns; a map that keeps the nulls of an unscheduled activity or one without goal. */
    private static Map<Field<?>, @Nullable Object> values(ActivityDraft draft) {
        Map<Field<?>, @Nullable Object> values = new HashMap<>();
        values.put(PLAN_ACTIVITY.GOAL_ID, draft.goalId());
        values.put(PLAN_ACTIVITY.KIND, draft.kind().name());
        values.put(PLAN_ACTIVITY.TITLE, draft.title());
        values.put(PLAN_ACTIVITY.STARTS_ON, draft.startsOn());
        values.put(PLAN_ACTIVITY.ENDS_ON, draft.endsOn());
        values.put(PLAN_ACTIVITY.OWNER_NAME, draft.owner());
        values.put(PLAN_ACTIVITY.STATUS, draft.status().name());
        return values;
    }

    // --- History ---------------------------------------------------------------------------------

    void insertProgress(UUID org, UUID planId, ProgressEntry entry) {
        dsl.insertInto(PLAN_PROGRESS)
                .set(PLAN_PROGRESS.ID, UUID.randomUUID())
                .set(PLAN_PROGRESS.ORGANIZATION_ID, org)
                .set(PLAN_PROGRESS.PLAN_ID, planId)
                .set(PLAN_PROGRESS.GOAL_ID, entry.goalId())
                .set(PLAN_PROGRESS.ACTIVITY_ID, entry.activityId())
                .set(PLAN_PROGRESS.SUBJECT, entry.subject())
                .set(PLAN_PROGRESS.PROGRESS, entry.progress())
                .set(PLAN_PROGRESS.STATUS, entry.status() == null ? null : entry.status().name())
                .set(PLAN_PROGRESS.NOTE, entry.note())
                .set(PLAN_PROGRESS.RECORDED_BY, entry.recordedBy())
                .execute();
    }

    List<ProgressEntry> history(UUID org, UUID planId) {
        return dsl.selectFrom(PLAN_PROGRESS)
                .where(PLAN_PROGRESS.ORGANIZATION_ID.eq(org).and(PLAN_PROGRESS.PLAN_ID.eq(planId)))
                .orderBy(PLAN_PROGRESS.RECORDED_AT.desc(), PLAN_PROGRESS.ID)
                .fetch(PlanRepository::toEntry);
    }

    private static ProgressEntry toEntry(PlanProgressRecord r) {
        return new ProgressEntry(r.getGoalId(), r.getActivityId(), r.getSubject(), r.getProgress(),
                r.getStatus() == null ? null : ActivityStatus.valueOf(r.getStatus()), r.getNote(), r.getRecordedBy(),
                r.getRecordedAt().toInstant());
    }

    // --- Exceptions ------------------------------------------------------------------------------

    List<PlanException> exceptions(UUID org, UUID programId) {
        return dsl.selectFrom(PLAN_EXCEPTION)
                .where(PLAN_EXCEPTION.ORGANIZATION_ID.eq(org).and(PLAN_EXCEPTION.PROGRAM_ID.eq(programId)))
                .orderBy(PLAN_EXCEPTION.RECORDED_AT)
                .fetch(r -> new PlanException(r.getId(), r.getVersion(), r.getHipoMemberId(), r.getReason(),
                        r.getRecordedBy(), r.getRecordedAt().toInstant()));
    }

    /** Records an exception, or rewrites the HiPo's existing one. */
    void upsertException(UUID org, UUID programId, UUID hipoMemberId, String reason, String recordedBy) {
        dsl.insertInto(PLAN_EXCEPTION)
                .set(PLAN_EXCEPTION.ID, UUID.randomUUID())
                .set(PLAN_EXCEPTION.ORGANIZATION_ID, org)
                .set(PLAN_EXCEPTION.PROGRAM_ID, programId)
                .set(PLAN_EXCEPTION.HIPO_MEMBER_ID, hipoMemberId)
                .set(PLAN_EXCEPTION.REASON, reason)
                .set(PLAN_EXCEPTION.RECORDED_BY, recordedBy)
                .onConflict(PLAN_EXCEPTION.HIPO_MEMBER_ID).doUpdate()
                .set(PLAN_EXCEPTION.REASON, reason)
                .set(PLAN_EXCEPTION.RECORDED_BY, recordedBy)
                .set(PLAN_EXCEPTION.RECORDED_AT, OffsetDateTime.now())
                .set(PLAN_EXCEPTION.VERSION, PLAN_EXCEPTION.VERSION.plus(1))
                .execute();
    }

    boolean deleteException(UUID org, UUID exceptionId, long expectedVersion) {
        return delete(PLAN_EXCEPTION, org, exceptionId, expectedVersion);
    }

    // --- Writes shared by the plan tables ----------------------------------------------------------

    /** Adds a gap, goal or activity to a plan; returns its id. */
    private UUID insert(Table<?> table, UUID org, UUID planId, Map<Field<?>, ? extends @Nullable Object> values) {
        UUID id = UUID.randomUUID();
        Map<Field<?>, @Nullable Object> row = new HashMap<>(values);
        row.put(column(table, PLAN_GAP.ID), id);
        row.put(column(table, PLAN_GAP.ORGANIZATION_ID), org);
        row.put(column(table, PLAN_GAP.PLAN_ID), planId);
        dsl.insertInto(table).set(row).execute();
        return id;
    }

    /** Writes {@code values} and raises the version, if the row still has the version the user read. */
    private boolean update(Table<?> table, UUID org, UUID id, long expectedVersion,
                           Map<Field<?>, ? extends @Nullable Object> values) {
        Field<Long> version = column(table, DEVELOPMENT_PLAN.VERSION);
        Map<Field<?>, @Nullable Object> withVersion = new HashMap<>(values);
        withVersion.put(version, version.plus(1));
        return dsl.update(table).set(withVersion).where(at(table, org, id, expectedVersion)).execute() == 1;
    }

    private boolean delete(Table<?> table, UUID org, UUID id, long expectedVersion) {
        return dsl.deleteFrom(table).where(at(table, org, id, expectedVersion)).execute() == 1;
    }

    /** The row of the organization with this id, if it still has the version the user read. */
    private static Condition at(Table<?> table, UUID org, UUID id, long expectedVersion) {
        return column(table, DEVELOPMENT_PLAN.ORGANIZATION_ID).eq(org).and(column(table, DEVELOPMENT_PLAN.ID).eq(id))
                .and(column(table, DEVELOPMENT_PLAN.VERSION).eq(expectedVersion));
    }

    /** The column of {@code table} named like {@code like}: every plan table has id, organization_id and version. */
    private static <T> Field<T> column(Table<?> table, Field<T> like) {
        return Objects.requireNonNull(table.field(like.getName(), like.getType()),
                () -> table.getName() + " has no column " + like.getName());
    }

    // --- Assembly --------------------------------------------------------------------------------

    private List<DevelopmentPlan> assemble(UUID org, List<DevelopmentPlanRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> planIds = rows.stream().map(DevelopmentPlanRecord::getId).toList();
        Map<UUID, List<Gap>> gaps = dsl.select(PLAN_GAP.PLAN_ID, PLAN_GAP.ID, PLAN_GAP.VERSION, PLAN_GAP.CAPABILITY_ID,
                        CAPABILITY.NAME, PLAN_GAP.CURRENT_LEVEL, PLAN_GAP.TARGET_LEVEL, PLAN_GAP.EVIDENCE)
                .from(PLAN_GAP).join(CAPABILITY).on(CAPABILITY.ID.eq(PLAN_GAP.CAPABILITY_ID))
                .where(PLAN_GAP.ORGANIZATION_ID.eq(org).and(PLAN_GAP.PLAN_ID.in(planIds)))
                .orderBy(CAPABILITY.NAME)
                .fetchGroups(r -> r.get(PLAN_GAP.PLAN_ID), r -> new Gap(r.get(PLAN_GAP.ID), r.get(PLAN_GAP.VERSION),
                        r.get(PLAN_GAP.CAPABILITY_ID), r.get(CAPABILITY.NAME), r.get(PLAN_GAP.CURRENT_LEVEL),
                        r.get(PLAN_GAP.TARGET_LEVEL), r.get(PLAN_GAP.EVIDENCE)));
        Map<UUID, List<UUID>> links = dsl.select(GOAL_OBJECTIVE.GOAL_ID, GOAL_OBJECTIVE.OBJECTIVE_ID)
                .from(GOAL_OBJECTIVE).join(PLAN_GOAL).on(PLAN_GOAL.ID.eq(GOAL_OBJECTIVE.GOAL_ID))
                .where(GOAL_OBJECTIVE.ORGANIZATION_ID.eq(org).and(PLAN_GOAL.PLAN_ID.in(planIds)))
                .fetchGroups(GOAL_OBJECTIVE.GOAL_ID, GOAL_OBJECTIVE.OBJECTIVE_ID);
        Map<UUID, List<Goal>> goals = dsl.selectFrom(PLAN_GOAL)
                .where(PLAN_GOAL.ORGANIZATION_ID.eq(org).and(PLAN_GOAL.PLAN_ID.in(planIds)))
                .orderBy(PLAN_GOAL.DUE_DATE, PLAN_GOAL.OUTCOME)
                .fetchGroups(PLAN_GOAL.PLAN_ID, r -> new Goal(r.getId(), r.getVersion(), r.getOutcome(), r.getMeasure(),
                        r.getTarget(), r.getDueDate(), r.getProgress(), links.getOrDefault(r.getId(), List.of())));
        Map<UUID, List<Activity>> activities = dsl.selectFrom(PLAN_ACTIVITY)
                .where(PLAN_ACTIVITY.ORGANIZATION_ID.eq(org).and(PLAN_ACTIVITY.PLAN_ID.in(planIds)))
                .fetch().stream()
                .collect(Collectors.groupingBy(PlanActivityRecord::getPlanId,
                        Collectors.mapping(PlanRepository::toActivity, Collectors.toList())));
        return rows.stream().map(r -> new DevelopmentPlan(r.getId(), r.getVersion(), r.getHipoMemberId(),
                r.getStrengths(), gaps.getOrDefault(r.getId(), List.of()), goals.getOrDefault(r.getId(), List.of()),
                activities.getOrDefault(r.getId(), List.of()).stream().sorted(ACTIVITY_ORDER).toList(),
                r.getManagerSignedOffAt() == null ? null : new SignOff(
                        r.getManagerName() == null ? "" : r.getManagerName(),
                        r.getSignedOffBy() == null ? "" : r.getSignedOffBy(), r.getManagerSignedOffAt().toInstant())))
                .toList();
    }

    private static Activity toActivity(PlanActivityRecord r) {
        return new Activity(r.getId(), r.getVersion(), r.getGoalId(), ActivityKind.valueOf(r.getKind()), r.getTitle(),
                r.getStartsOn(), r.getEndsOn(), r.getOwnerName(), ActivityStatus.valueOf(r.getStatus()));
    }
}
