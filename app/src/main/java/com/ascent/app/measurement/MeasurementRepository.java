package com.ascent.app.measurement;

import static com.ascent.app.db.Tables.FEEDBACK;
import static com.ascent.app.db.Tables.MEASUREMENT_SETTINGS;
import static com.ascent.app.db.Tables.METRIC;
import static com.ascent.app.db.Tables.OBSERVATION;
import static com.ascent.app.db.Tables.PERSON;
import static com.ascent.app.db.Tables.PROGRAM;
import static com.ascent.app.db.Tables.PROGRAM_BENEFIT;
import static com.ascent.app.db.Tables.PROGRAM_COST;
import static com.ascent.app.db.Tables.ROSTER_MEMBER;

import com.ascent.app.db.tables.records.FeedbackRecord;
import com.ascent.app.db.tables.records.MetricRecord;
import com.ascent.app.db.tables.records.ProgramBenefitRecord;
import com.ascent.app.db.tables.records.ProgramCostRecord;
import com.ascent.plugin.api.measurement.Benefit;
import com.ascent.plugin.api.measurement.BenefitDraft;
import com.ascent.plugin.api.measurement.CostCategory;
import com.ascent.plugin.api.measurement.CostDraft;
import com.ascent.plugin.api.measurement.CostItem;
import com.ascent.plugin.api.measurement.Feedback;
import com.ascent.plugin.api.measurement.FeedbackDraft;
import com.ascent.plugin.api.measurement.KirkpatrickLevel;
import com.ascent.plugin.api.measurement.MeasurementSettings;
import com.ascent.plugin.api.measurement.Metric;
import com.ascent.plugin.api.measurement.MetricDraft;
import com.ascent.plugin.api.measurement.Observation;
import com.ascent.plugin.api.measurement.ObservationDraft;
import com.ascent.plugin.api.measurement.Phase;
import com.ascent.plugin.api.measurement.RaterRole;
import com.ascent.plugin.api.objectives.MeasurementSource;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The measurement tables of one program, always within one organization. */
@Repository
class MeasurementRepository {

    private static final TypeReference<Map<String, Integer>> RATINGS = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final JsonMapper json;

    MeasurementRepository(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    boolean programExists(UUID org, UUID programId) {
        return dsl.fetchExists(PROGRAM, PROGRAM.ORGANIZATION_ID.eq(org).and(PROGRAM.ID.eq(programId)));
    }

    // --- Settings ---------------------------------------------------------------------------------

    Optional<MeasurementSettings> settings(UUID org, UUID programId) {
        return dsl.selectFrom(MEASUREMENT_SETTINGS)
                .where(MEASUREMENT_SETTINGS.ORGANIZATION_ID.eq(org).and(MEASUREMENT_SETTINGS.PROGRAM_ID.eq(programId)))
                .fetchOptional(r -> new MeasurementSettings(r.getVersion(), r.getCurrency(), r.getHourlyRate(),
                        r.getAnonymityThreshold()));
    }

    boolean insertSettings(UUID org, UUID programId, MeasurementSettings settings) {
        return dsl.insertInto(MEASUREMENT_SETTINGS)
                .set(MEASUREMENT_SETTINGS.PROGRAM_ID, programId)
                .set(MEASUREMENT_SETTINGS.ORGANIZATION_ID, org)
                .set(MEASUREMENT_SETTINGS.CURRENCY, settings.currency())
                .set(MEASUREMENT_SETTINGS.HOURLY_RATE, settings.hourlyRate())
                .set(MEASUREMENT_SETTINGS.ANONYMITY_THRESHOLD, settings.anonymityThreshold())
                .onConflictDoNothing()
                .execute() == 1;
    }

    boolean updateSettings(UUID org, UUID programId, MeasurementSettings settings) {
        return dsl.update(MEASUREMENT_SETTINGS)
                .set(MEASUREMENT_SETTINGS.CURRENCY, settings.currency())
                .set(MEASUREMENT_SETTINGS.HOURLY_RATE, settings.hourlyRate())
                .set(MEASUREMENT_SETTINGS.ANONYMITY_THRESHOLD, settings.anonymityThreshold())
                .set(MEASUREMENT_SETTINGS.VERSION, MEASUREMENT_SETTINGS.VERSION.plus(1))
                .where(MEASUREMENT_SETTINGS.ORGANIZATION_ID.eq(org).and(MEASUREMENT_SETTINGS.PROGRAM_ID.eq(programId))
                        .and(MEASUREMENT_SETTINGS.VERSION.eq(settings.version())))
                .execute() == 1;
    }

    // --- Metrics ----------------------------------------------------------------------------------

    List<Metric> metrics(UUID org, UUID programId) {
        return dsl.selectFrom(METRIC)
                .where(METRIC.ORGANIZATION_ID.eq(org).and(METRIC.PROGRAM_ID.eq(programId)))
                .orderBy(METRIC.POSITION, METRIC.NAME)
                .fetch(MeasurementRepository::toMetric);
    }

    Optional<Metric> metric(UUID org, UUID programId, UUID id) {
        return dsl.selectFrom(METRIC)
                .where(METRIC.ORGANIZATION_ID.eq(org).and(METRIC.PROGRAM_ID.eq(programId)).and(METRIC.ID.eq(id)))
                .fetchOptional(MeasurementRepository::toMetric);
    }

    boolean metricNameTaken(UUID org, UUID programId, String name, Optional<UUID> except) {
        var condition = METRIC.ORGANIZATION_ID.eq(org).and(METRIC.PROGRAM_ID.eq(programId))
                .and(DSL.lower(METRIC.NAME).eq(name.trim().toLowerCase()));
        if (except.isPresent()) {
            condition = condition.and(METRIC.ID.ne(except.get()));
        }
        return dsl.fetchExists(METRIC, condition);
    }

    Metric insertMetric(UUID org, UUID programId, MetricDraft draft) {
        int position = dsl.select(DSL.coalesce(DSL.max(METRIC.POSITION), 0)).from(METRIC)
                .where(METRIC.ORGANIZATION_ID.eq(org).and(METRIC.PROGRAM_ID.eq(programId))).fetchSingle().value1() + 1;
        return dsl.insertInto(METRIC)
                .set(METRIC.ID, UUID.randomUUID())
                .set(METRIC.ORGANIZATION_ID, org)
                .set(METRIC.PROGRAM_ID, programId)
                .set(METRIC.INDICATOR_ID, draft.indicatorId())
                .set(METRIC.NAME, draft.name().trim())
                .set(METRIC.UNIT, draft.unit().trim())
                .set(METRIC.SOURCE, draft.source().name())
                .set(METRIC.KIRKPATRICK_LEVEL, draft.level().name())
                .set(METRIC.BASELINE_DATE, draft.baselineDate())
                .set(METRIC.FOLLOW_UP_DATES, sorted(draft.followUpDates()))
                .set(METRIC.POSITION, position)
                .returning()
                .fetchSingle(MeasurementRepository::toMetric);
    }

    Optional<Metric> updateMetric(UUID org, UUID programId, UUID id, long expectedVersion, MetricDraft draft) {
        return dsl.update(METRIC)
                .set(METRIC.INDICATOR_ID, draft.indicatorId())
                .set(METRIC.NAME, draft.name().trim())
                .set(METRIC.UNIT, draft.unit().trim())
                .set(METRIC.SOURCE, draft.source().name())
                .set(METRIC.KIRKPATRICK_LEVEL, draft.level().name())
                .set(METRIC.BASELINE_DATE, draft.baselineDate())
                .set(METRIC.FOLLOW_UP_DATES, sorted(draft.followUpDates()))
                .set(METRIC.VERSION, METRIC.VERSION.plus(1))
                .where(METRIC.ORGANIZATION_ID.eq(org).and(METRIC.PROGRAM_ID.eq(programId)).and(METRIC.ID.eq(id))
                        .and(METRIC.VERSION.eq(expectedVersion)))
                .returning()
                .fetchOptional(MeasurementRepository::toMetric);
    }

    boolean deleteMetric(UUID org, UUID programId, UUID id, long expectedVersion) {
        return dsl.deleteFrom(METRIC)
                .where(METRIC.ORGANIZATION_ID.eq(org).and(METRIC.PROGRAM_ID.eq(programId)).and(METRIC.ID.eq(id))
                        .and(METRIC.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    private static LocalDate[] sorted(List<LocalDate> dates) {
        return dates.stream().distinct().sorted().toArray(LocalDate[]::new);
    }

    private static Metric toMetric(MetricRecord r) {
        return new Metric(r.getId(), r.getVersion(), r.getIndicatorId(), r.getName(), r.getUnit(),
                MeasurementSource.valueOf(r.getSource()), KirkpatrickLevel.valueOf(r.getKirkpatrickLevel()),
                r.getBaselineDate(), Arrays.asList(r.getFollowUpDates()));
    }

    // --- Observations -----------------------------------------------------------------------------

    List<Observation> observations(UUID org, UUID programId) {
        return dsl.select(OBSERVATION.fields()).select(PERSON.FULL_NAME)
                .from(OBSERVATION)
                .join(METRIC).on(METRIC.ID.eq(OBSERVATION.METRIC_ID))
                .join(PERSON).on(PERSON.ID.eq(OBSERVATION.PERSON_ID))
                .where(OBSERVATION.ORGANIZATION_ID.eq(org).and(METRIC.PROGRAM_ID.eq(programId)))
                .orderBy(METRIC.POSITION, PERSON.FULL_NAME, OBSERVATION.PHASE, OBSERVATION.OBSERVED_ON)
                .fetch(MeasurementRepository::toObservation);
    }

    /** Records a value, replacing the one of the same metric, person, phase and date. */
    UUID upsertObservation(UUID org, ObservationDraft draft) {
        return dsl.insertInto(OBSERVATION)
                .set(OBSERVATION.ID, UUID.randomUUID())
                .set(OBSERVATION.ORGANIZATION_ID, org)
                .set(OBSERVATION.METRIC_ID, draft.metricId())
                .set(OBSERVATION.PERSON_ID, draft.personId())
                .set(OBSERVATION.OBSERVED_ON, draft.observedOn())
                .set(OBSERVATION.PHASE, draft.phase().name())
                .set(OBSERVATION.VALUE, draft.value())
                .set(OBSERVATION.COMPARISON_GROUP, draft.comparisonGroup())
                .onConflict(OBSERVATION.METRIC_ID, OBSERVATION.PERSON_ID, OBSERVATION.PHASE, OBSERVATION.OBSERVED_ON)
                .doUpdate()
                .set(OBSERVATION.VALUE, draft.value())
                .set(OBSERVATION.COMPARISON_GROUP, draft.comparisonGroup())
                .set(OBSERVATION.VERSION, OBSERVATION.VERSION.plus(1))
                .returning(OBSERVATION.ID)
                .fetchSingle(OBSERVATION.ID);
    }

    boolean deleteObservation(UUID org, UUID programId, UUID id, long expectedVersion) {
        return dsl.deleteFrom(OBSERVATION)
                .where(OBSERVATION.ORGANIZATION_ID.eq(org).and(OBSERVATION.ID.eq(id))
                        .and(OBSERVATION.VERSION.eq(expectedVersion))
                        .and(OBSERVATION.METRIC_ID.in(DSL.select(METRIC.ID).from(METRIC)
                                .where(METRIC.PROGRAM_ID.eq(programId)))))
                .execute() == 1;
    }

    private static Observation toObservation(Record r) {
        return new Observation(r.get(OBSERVATION.ID), r.get(OBSERVATION.VERSION), r.get(OBSERVATION.METRIC_ID),
                r.get(OBSERVATION.PERSON_ID), r.get(PERSON.FULL_NAME), r.get(OBSERVATION.OBSERVED_ON),
                Phase.valueOf(r.get(OBSERVATION.PHASE)), r.get(OBSERVATION.VALUE), r.get(OBSERVATION.COMPARISON_GROUP));
    }

    // --- People and roster ------------------------------------------------------------------------

    /** Directory ids by employee id, for the employee ids given. */
    Map<String, UUID> peopleByEmployeeId(UUID org, List<String> employeeIds) {
        return dsl.select(PERSON.EMPLOYEE_ID, PERSON.ID).from(PERSON)
                .where(PERSON.ORGANIZATION_ID.eq(org).and(PERSON.EMPLOYEE_ID.in(employeeIds)))
                .fetchMap(PERSON.EMPLOYEE_ID, PERSON.ID);
    }

    boolean personExists(UUID org, UUID personId) {
        return dsl.fetchExists(PERSON, PERSON.ORGANIZATION_ID.eq(org).and(PERSON.ID.eq(personId)));
    }

    /** Everyone on the program's roster who is in the directory, by directory id, with their role. */
    Map<UUID, String> rosterRoles(UUID org, UUID programId) {
        return dsl.select(ROSTER_MEMBER.PERSON_ID, ROSTER_MEMBER.ROLE).from(ROSTER_MEMBER)
                .where(ROSTER_MEMBER.ORGANIZATION_ID.eq(org).and(ROSTER_MEMBER.PROGRAM_ID.eq(programId))
                        .and(ROSTER_MEMBER.PERSON_ID.isNotNull()))
                .fetchMap(ROSTER_MEMBER.PERSON_ID, ROSTER_MEMBER.ROLE);
    }

    /** The program's HiPos: roster member id to name, sorted by name. */
    Map<UUID, String> hipos(UUID org, UUID programId) {
        return dsl.select(ROSTER_MEMBER.ID, PERSON.FULL_NAME).from(ROSTER_MEMBER)
                .join(PERSON).on(PERSON.ID.eq(ROSTER_MEMBER.PERSON_ID))
                .where(ROSTER_MEMBER.ORGANIZATION_ID.eq(org).and(ROSTER_MEMBER.PROGRAM_ID.eq(programId))
                        .and(ROSTER_MEMBER.ROLE.eq("HIPO")))
                .orderBy(PERSON.FULL_NAME)
                .fetch()
                .stream()
                .collect(Collectors.toMap(r -> r.value1(), r -> r.value2(), (a, b) -> a, LinkedHashMap::new));
    }

    // --- Feedback ---------------------------------------------------------------------------------

    List<Feedback> feedback(UUID org, UUID programId) {
        return dsl.selectFrom(FEEDBACK)
                .where(FEEDBACK.ORGANIZATION_ID.eq(org).and(FEEDBACK.PROGRAM_ID.eq(programId)))
                .orderBy(FEEDBACK.SUBMITTED_ON, FEEDBACK.ID)
                .fetch(this::toFeedback);
    }

    Feedback insertFeedback(UUID org, UUID programId, FeedbackDraft draft) {
        return dsl.insertInto(FEEDBACK)
                .set(FEEDBACK.ID, UUID.randomUUID())
                .set(FEEDBACK.ORGANIZATION_ID, org)
                .set(FEEDBACK.PROGRAM_ID, programId)
                .set(FEEDBACK.HIPO_MEMBER_ID, draft.hipoMemberId())
                .set(FEEDBACK.RATER_ROLE, draft.raterRole().name())
                .set(FEEDBACK.SUBMITTED_ON, draft.submittedOn())
                .set(FEEDBACK.RESPONSES, JSONB.valueOf(json.writeValueAsString(draft.ratings())))
                .set(FEEDBACK.COMMENT, draft.comment().trim())
                .returning()
                .fetchSingle(this::toFeedback);
    }

    private Feedback toFeedback(FeedbackRecord r) {
        return new Feedback(r.getId(), r.getVersion(), r.getHipoMemberId(), RaterRole.valueOf(r.getRaterRole()),
                r.getSubmittedOn(), json.readValue(r.getResponses().data(), RATINGS), r.getComment());
    }

    // --- Costs and benefits -----------------------------------------------------------------------

    List<CostItem> costs(UUID org, UUID programId) {
        return dsl.selectFrom(PROGRAM_COST)
                .where(PROGRAM_COST.ORGANIZATION_ID.eq(org).and(PROGRAM_COST.PROGRAM_ID.eq(programId)))
                .orderBy(PROGRAM_COST.CATEGORY, PROGRAM_COST.DESCRIPTION)
                .fetch(MeasurementRepository::toCost);
    }

    CostItem insertCost(UUID org, UUID programId, CostDraft draft) {
        return dsl.insertInto(PROGRAM_COST)
                .set(PROGRAM_COST.ID, UUID.randomUUID())
                .set(PROGRAM_COST.ORGANIZATION_ID, org)
                .set(PROGRAM_COST.PROGRAM_ID, programId)
                .set(PROGRAM_COST.CATEGORY, draft.category().name())
                .set(PROGRAM_COST.DESCRIPTION, draft.description().trim())
                .set(PROGRAM_COST.HOURS, draft.category().timeBased() ? draft.hours() : null)
                .set(PROGRAM_COST.AMOUNT, draft.category().timeBased() ? null : draft.amount())
                .returning()
                .fetchSingle(MeasurementRepository::toCost);
    }

    boolean deleteCost(UUID org, UUID programId, UUID id, long expectedVersion) {
        return dsl.deleteFrom(PROGRAM_COST)
                .where(PROGRAM_COST.ORGANIZATION_ID.eq(org).and(PROGRAM_COST.PROGRAM_ID.eq(programId))
                        .and(PROGRAM_COST.ID.eq(id)).and(PROGRAM_COST.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    private static CostItem toCost(ProgramCostRecord r) {
        return new CostItem(r.getId(), r.getVersion(), CostCategory.valueOf(r.getCategory()), r.getDescription(),
                r.getHours(), r.getAmount());
    }

    List<Benefit> benefits(UUID org, UUID programId) {
        return dsl.selectFrom(PROGRAM_BENEFIT)
                .where(PROGRAM_BENEFIT.ORGANIZATION_ID.eq(org).and(PROGRAM_BENEFIT.PROGRAM_ID.eq(programId)))
                .orderBy(PROGRAM_BENEFIT.POSITION)
                .fetch(MeasurementRepository::toBenefit);
    }

    Benefit insertBenefit(UUID org, UUID programId, BenefitDraft draft) {
        int position = dsl.select(DSL.coalesce(DSL.max(PROGRAM_BENEFIT.POSITION), 0)).from(PROGRAM_BENEFIT)
                .where(PROGRAM_BENEFIT.ORGANIZATION_ID.eq(org).and(PROGRAM_BENEFIT.PROGRAM_ID.eq(programId)))
                .fetchSingle().value1() + 1;
        return dsl.insertInto(PROGRAM_BENEFIT)
                .set(PROGRAM_BENEFIT.ID, UUID.randomUUID())
                .set(PROGRAM_BENEFIT.ORGANIZATION_ID, org)
                .set(PROGRAM_BENEFIT.PROGRAM_ID, programId)
                .set(PROGRAM_BENEFIT.METRIC_ID, draft.metricId())
                .set(PROGRAM_BENEFIT.DESCRIPTION, draft.description().trim())
                .set(PROGRAM_BENEFIT.VALUE, draft.value())
                .set(PROGRAM_BENEFIT.ISOLATION_PERCENT, draft.isolationPercent())
                .set(PROGRAM_BENEFIT.CONFIDENCE_PERCENT, draft.confidencePercent())
                .set(PROGRAM_BENEFIT.POSITION, position)
                .returning()
                .fetchSingle(MeasurementRepository::toBenefit);
    }

    boolean deleteBenefit(UUID org, UUID programId, UUID id, long expectedVersion) {
        return dsl.deleteFrom(PROGRAM_BENEFIT)
                .where(PROGRAM_BENEFIT.ORGANIZATION_ID.eq(org).and(PROGRAM_BENEFIT.PROGRAM_ID.eq(programId))
                        .and(PROGRAM_BENEFIT.ID.eq(id)).and(PROGRAM_BENEFIT.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    private static Benefit toBenefit(ProgramBenefitRecord r) {
        return new Benefit(r.getId(), r.getVersion(), r.getMetricId(), r.getDescription(), r.getValue(),
                r.getIsolationPercent(), r.getConfidencePercent());
    }
}
