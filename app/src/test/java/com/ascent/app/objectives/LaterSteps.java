package com.ascent.app.objectives;

import static com.ascent.app.db.Tables.DEVELOPMENT_PLAN;
import static com.ascent.app.db.Tables.GOAL_OBJECTIVE;
import static com.ascent.app.db.Tables.METRIC;
import static com.ascent.app.db.Tables.PLAN_GOAL;
import static com.ascent.app.db.Tables.PERSON;
import static com.ascent.app.db.Tables.ROSTER_MEMBER;

import com.ascent.app.database.OrganizationScope;
import com.ascent.plugin.api.objectives.SuccessIndicator;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what the Measurement and Development plans steps store about objectives, straight into
 * the canonical tables, so tests can prove that Step 1 keeps that history.
 */
@Component
public class LaterSteps {

    private final DSLContext dsl;
    private final TransactionTemplate transactions;

    LaterSteps(DSLContext dsl, TransactionTemplate transactions) {
        this.dsl = dsl;
        this.transactions = transactions;
    }

    /** A metric of the Measurement step that records values against {@code indicator}. */
    public UUID measure(UUID organizationId, UUID programId, SuccessIndicator indicator) {
        UUID id = UUID.randomUUID();
        inOrganization(organizationId, () -> dsl.insertInto(METRIC)
                .set(METRIC.ID, id)
                .set(METRIC.ORGANIZATION_ID, organizationId)
                .set(METRIC.PROGRAM_ID, programId)
                .set(METRIC.INDICATOR_ID, indicator.id())
                .set(METRIC.NAME, indicator.name())
                .set(METRIC.UNIT, indicator.unit())
                .set(METRIC.SOURCE, indicator.source().name())
                .set(METRIC.KIRKPATRICK_LEVEL, "BEHAVIOUR")
                .execute());
        return id;
    }

    /** The indicator a metric refers to. */
    public @Nullable UUID indicatorOf(UUID organizationId, UUID metricId) {
        return inOrganization(organizationId, () -> dsl.select(METRIC.INDICATOR_ID).from(METRIC)
                .where(METRIC.ID.eq(metricId)).fetchSingle(METRIC.INDICATOR_ID));
    }

    /** A development-plan goal of a HiPo of the program, linked to {@code objectiveId}. */
    public void linkGoal(UUID organizationId, UUID programId, UUID objectiveId) {
        UUID person = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        inOrganization(organizationId, () -> {
            dsl.insertInto(PERSON).set(PERSON.ID, person).set(PERSON.ORGANIZATION_ID, organizationId)
                    .set(PERSON.EMPLOYEE_ID, "E-" + person).set(PERSON.FULL_NAME, "Ana Kowalska")
                    .set(PERSON.EMAIL, "ana.kowalska@example.com").set(PERSON.FUNCTION, "Finance")
                    .set(PERSON.TITLE, "Finance Manager").set(PERSON.LEVEL, 9).set(PERSON.LOCATION, "Warsaw").execute();
            dsl.insertInto(ROSTER_MEMBER).set(ROSTER_MEMBER.ID, member).set(ROSTER_MEMBER.ORGANIZATION_ID, organizationId)
                    .set(ROSTER_MEMBER.PROGRAM_ID, programId).set(ROSTER_MEMBER.PERSON_ID, person)
                    .set(ROSTER_MEMBER.ROLE, "HIPO").execute();
            dsl.insertInto(DEVELOPMENT_PLAN).set(DEVELOPMENT_PLAN.ID, plan)
                    .set(DEVELOPMENT_PLAN.ORGANIZATION_ID, organizationId).set(DEVELOPMENT_PLAN.PROGRAM_ID, programId)
                    .set(DEVELOPMENT_PLAN.HIPO_MEMBER_ID, member).execute();
            dsl.insertInto(PLAN_GOAL).set(PLAN_GOAL.ID, goal).set(PLAN_GOAL.ORGANIZATION_ID, organizationId)
                    .set(PLAN_GOAL.PLAN_ID, plan).set(PLAN_GOAL.OUTCOME, "Lead the Q3 launch team")
                    .set(PLAN_GOAL.MEASURE, "Launch on time").set(PLAN_GOAL.TARGET, "On time")
                    .set(PLAN_GOAL.DUE_DATE, LocalDate.of(2027, 9, 30)).execute();
            return dsl.insertInto(GOAL_OBJECTIVE).set(GOAL_OBJECTIVE.GOAL_ID, goal)
                    .set(GOAL_OBJECTIVE.OBJECTIVE_ID, objectiveId).set(GOAL_OBJECTIVE.ORGANIZATION_ID, organizationId)
                    .execute();
        });
    }

    /** Runs {@code work} in a transaction of {@code organizationId}, as row-level security requires. */
    public <T> T inOrganization(UUID organizationId, Supplier<T> work) {
        return OrganizationScope.callAs(organizationId, () -> transactions.execute(tx -> work.get()));
    }
}
