package com.ascent.app.participation;

import static com.ascent.app.db.Tables.ACTION_ITEM;
import static com.ascent.app.db.Tables.CALENDAR_EVENT;
import static com.ascent.app.db.Tables.DEVELOPMENT_PLAN;
import static com.ascent.app.db.Tables.MEMBERSHIP;
import static com.ascent.app.db.Tables.PAIR;
import static com.ascent.app.db.Tables.PERSON;
import static com.ascent.app.db.Tables.PLAN_GOAL;
import static com.ascent.app.db.Tables.PROGRAM;
import static com.ascent.app.db.Tables.ROSTER_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.participation.ParticipantFixture.Cohort;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL itself, as the application's role, shows a participant-only member their own part and
 * nothing else (V36), whatever query the application sends: no other pair, session, plan or person,
 * nothing of the tables a participant has no business with; and refuses their writes outside it.
 */
@IntegrationTest
class ParticipantRowLevelSecurityTest {

    @Autowired
    ParticipantFixture fixture;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate transactions;

    Cohort cohort;
    Account hanna;
    Account helena;

    @BeforeEach
    void cohortWithParticipants() {
        cohort = fixture.create();
        hanna = fixture.join(cohort, cohort.hanna());
        helena = fixture.join(cohort, cohort.helena());
        accounts.signOut();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aHipoReadsOnlyTheirOwnPart() {
        assertThat(as(hanna, () -> dsl.select(PAIR.ID).from(PAIR).fetch(PAIR.ID)))
                .containsExactly(cohort.hannaPair());
        assertThat(as(hanna, () -> dsl.selectDistinct(CALENDAR_EVENT.PAIR_ID).from(CALENDAR_EVENT)
                .where(CALENDAR_EVENT.PAIR_ID.isNotNull()).fetch(CALENDAR_EVENT.PAIR_ID)))
                .containsExactly(cohort.hannaPair());
        assertThat(as(hanna, () -> dsl.select(DEVELOPMENT_PLAN.ID).from(DEVELOPMENT_PLAN).fetch(DEVELOPMENT_PLAN.ID)))
                .containsExactly(cohort.hannaPlan());
        assertThat(as(hanna, () -> dsl.select(PLAN_GOAL.PLAN_ID).from(PLAN_GOAL).fetch(PLAN_GOAL.PLAN_ID)))
                .containsOnly(cohort.hannaPlan());
        assertThat(as(hanna, () -> dsl.select(PERSON.ID).from(PERSON).fetch(PERSON.ID)))
                .containsExactlyInAnyOrder(cohort.hanna(), cohort.helena(), cohort.marek());
        assertThat(as(hanna, () -> dsl.select(ROSTER_MEMBER.PERSON_ID).from(ROSTER_MEMBER).fetch(ROSTER_MEMBER.PERSON_ID)))
                .containsExactlyInAnyOrder(cohort.hanna(), cohort.marek());
        assertThat(as(hanna, () -> dsl.select(MEMBERSHIP.USER_ID).from(MEMBERSHIP).fetch(MEMBERSHIP.USER_ID)))
                .as("no list of the organization's staff").containsExactly(hanna.userId());
        assertThat(as(hanna, () -> dsl.fetchCount(PROGRAM))).isEqualTo(1);
    }

    @Test
    void tablesOfHrsWorkShowAParticipantNothing() {
        List<String> tables = List.of("step_record", "matching_criteria", "pairing_waiver", "resource",
                "resource_assignment", "metric", "observation", "feedback", "program_cost", "plan_exception",
                "audit_event", "calendar_feed", "mail_message", "program_step_state", "step_binding",
                "strategy_statement");
        Map<String, Integer> seen = as(hanna, () -> tables.stream().collect(Collectors.toMap(t -> t,
                t -> dsl.fetchCount(table(name("ascent", t))))));
        assertThat(seen).allSatisfy((t, rows) -> assertThat(rows).as(t).isZero());
        // HR of the organization does see its audit trail, say: the restriction is the participant's only.
        assertThat(as(cohort.hr(), () -> dsl.fetchCount(table(name("ascent", "audit_event"))))).isPositive();
    }

    @Test
    void writesOutsideTheirPartChangeNothing() {
        UUID piotrsEvent = as(cohort.hr(), () -> dsl.select(CALENDAR_EVENT.ID).from(CALENDAR_EVENT)
                .where(CALENDAR_EVENT.PAIR_ID.eq(cohort.piotrPair())).limit(1).fetchSingle(CALENDAR_EVENT.ID));
        UUID hannasEvent = as(cohort.hr(), () -> dsl.select(CALENDAR_EVENT.ID).from(CALENDAR_EVENT)
                .where(CALENDAR_EVENT.PAIR_ID.eq(cohort.hannaPair())).limit(1).fetchSingle(CALENDAR_EVENT.ID));

        assertThat(as(hanna, () -> dsl.update(CALENDAR_EVENT).set(CALENDAR_EVENT.STATUS, "HELD")
                .where(CALENDAR_EVENT.ID.eq(piotrsEvent)).execute())).isZero();
        assertThat(as(hanna, () -> dsl.update(CALENDAR_EVENT).set(CALENDAR_EVENT.STATUS, "HELD")
                .where(CALENDAR_EVENT.ID.eq(hannasEvent)).execute())).isOne();
        assertThat(as(hanna, () -> dsl.deleteFrom(CALENDAR_EVENT).where(CALENDAR_EVENT.ID.eq(hannasEvent)).execute()))
                .as("logging, not deleting").isZero();
        assertThat(as(hanna, () -> dsl.update(PAIR).set(PAIR.LOCKED, true).execute())).isZero();
        assertThat(as(hanna, () -> dsl.update(PERSON).set(PERSON.TITLE, "Chief").execute())).isZero();
        // A HiPo does not sign her own plan off; her manager does.
        assertThat(as(hanna, () -> signOff(cohort.hannaPlan()))).isZero();
        assertThat(as(helena, () -> signOff(cohort.piotrPlan()))).isZero();
        assertThat(as(helena, () -> signOff(cohort.hannaPlan()))).isOne();
        // An action item on somebody else's session cannot be added.
        assertThat(as(hanna, () -> {
            try {
                return dsl.insertInto(ACTION_ITEM).set(ACTION_ITEM.ID, UUID.randomUUID())
                        .set(ACTION_ITEM.ORGANIZATION_ID, hanna.organizationId()).set(ACTION_ITEM.EVENT_ID, piotrsEvent)
                        .set(ACTION_ITEM.DESCRIPTION, "x").set(ACTION_ITEM.OWNER_NAME, "x").execute();
            } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException refused) {
                return -1;
            }
        })).isEqualTo(-1);
    }

    private int signOff(UUID planId) {
        return dsl.update(DEVELOPMENT_PLAN).set(DEVELOPMENT_PLAN.MANAGER_SIGNED_OFF_AT, OffsetDateTime.now())
                .set(DEVELOPMENT_PLAN.SIGNED_OFF_BY, "someone").where(DEVELOPMENT_PLAN.ID.eq(planId)).execute();
    }

    private <T> T as(Account account, Supplier<T> work) {
        return OrganizationScope.callAs(account.organizationId(), () -> OrganizationScope.callAsUser(account.userId(),
                () -> transactions.execute(tx -> work.get())));
    }
}
