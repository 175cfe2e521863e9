package com.ascent.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.val;

import com.ascent.app.organizationdata.FullProgram;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.app.support.TestPeople;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * As the application's role, working for organization A, PostgreSQL shows no row of organization
 * B in any table, identity tables included; the signed-in user sees their own memberships (and
 * those organizations' names) for the organization switcher, and nobody reads password hashes
 * except through the sign-in function.
 */
@IntegrationTest
class IdentityRowLevelSecurityTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestPeople people;
    @Autowired
    FullProgram fullProgram;

    Account hrOfA;
    Account adminOfB;

    @BeforeEach
    void twoOrganizationsWithPeopleAndUsers() {
        hrOfA = accounts.newOrganization(Role.HR);
        adminOfB = accounts.newOrganization(Role.ADMIN);
        accounts.newColleague(adminOfB, Role.VIEWER);
        people.add(hrOfA.organizationId(), TestPeople.Spec.of("Ana of A", "Sales", 5));
        people.add(adminOfB.organizationId(), TestPeople.Spec.of("Bruno of B", "Sales", 5));
        // B's administrator signed in once: the attempt names B's e-mail and client address.
        as(adminOfB, () -> dsl.insertInto(table(name("ascent", "sign_in_attempt")))
                .set(field("email"), adminOfB.email().toLowerCase(Locale.ROOT))
                .set(field("address"), "192.0.2.7").set(field("outcome"), "SUCCESS").execute());
    }

    @Test
    void workingForANoTableShowsARowOfB() {
        // B holds data of all six steps, so that most tables have rows of B to leak.
        accounts.signIn(adminOfB);
        fullProgram.create(adminOfB.organizationId());
        accounts.signOut();
        List<String> tables = dsl.resultQuery("""
                        select table_name from information_schema.tables
                         where table_schema = 'ascent' and table_type = 'BASE TABLE'
                           -- schema-wide bookkeeping: migrations, and ShedLock's lock rows (no data of anyone)
                           and table_name not in ('flyway_schema_history', 'shedlock') order by 1""")
                .fetch(0, String.class);
        Map<String, Integer> seenByA = rowsOfB(hrOfA, tables);
        List<String> leaks = seenByA.entrySet().stream().filter(rows -> rows.getValue() > 0)
                .map(rows -> rows.getKey() + ": " + rows.getValue()).toList();
        List<String> withoutOrganization = seenByA.entrySet().stream().filter(rows -> rows.getValue() < 0)
                .map(Map.Entry::getKey).toList();
        List<String> filledByB = rowsOfB(adminOfB, tables).entrySet().stream().filter(rows -> rows.getValue() > 0)
                .map(Map.Entry::getKey).toList();
        assertThat(filledByB).as("tables where B itself sees rows of its own (the check below is not vacuous)")
                .hasSizeGreaterThanOrEqualTo(25);
        assertThat(leaks).as("tables showing rows of organization B").isEmpty();
        assertThat(withoutOrganization).as("tables that are neither identity tables nor organization-owned").isEmpty();
        assertThat(as(hrOfA, () -> List.of(count("person", null), count("organization", null), count("app_user", null),
                count("membership", null))))
                .as("A's own person, organization, user and membership are visible (the check above is not vacuous)")
                .containsExactly(1, 1, 1, 1);
    }

    @Test
    void everyTableWithOrganizationRowsHasRowLevelSecurity() {
        List<String> unprotected = dsl.resultQuery("""
                        select c.relname from pg_class c
                          join pg_namespace n on n.oid = c.relnamespace
                          join pg_attribute a on a.attrelid = c.oid and a.attname = 'organization_id'
                         where n.nspname = 'ascent' and c.relkind = 'r' and not c.relrowsecurity
                         order by 1""")
                .fetch(0, String.class);
        assertThat(unprotected).isEmpty();
    }

    @Test
    void aConsultantSeesTheirOwnMembershipsButNotTheOtherOrganizationsPeopleOrUsers() {
        Account consultant = accounts.newColleague(hrOfA, Role.HR);
        accounts.addMembership(consultant, adminOfB, Role.VIEWER);

        as(consultant, () -> {
            assertThat(dsl.select(field("organization_id", UUID.class), field("user_id", UUID.class))
                    .from(table(name("ascent", "membership")))
                    .where(field("organization_id").eq(adminOfB.organizationId()))
                    .fetch(r -> r.value2()))
                    .as("in B only their own membership, not B's administrator's")
                    .containsExactly(consultant.userId());
            assertThat(dsl.select(field("name", String.class)).from(table(name("ascent", "organization")))
                    .fetch(0, String.class))
                    .containsExactlyInAnyOrder(hrOfA.organizationName(), adminOfB.organizationName());
            assertThat(count("app_user", field("id").eq(adminOfB.userId()))).isZero();
            assertThat(count("person", field("organization_id").eq(adminOfB.organizationId()))).isZero();
            return null;
        });
    }

    @Test
    void withoutOrganizationAndUserNoIdentityRowIsVisible() {
        List<Integer> counts = transactions.execute(tx -> List.of(count("organization", null), count("app_user", null),
                count("membership", null)));
        assertThat(counts).containsExactly(0, 0, 0);
    }

    @Test
    void passwordHashesAreReadableOnlyThroughTheSignInFunctionForOneEmail() {
        assertThatThrownBy(() -> as(hrOfA, () -> dsl.resultQuery("select password_hash from ascent.app_user").fetch()))
                .rootCause().hasMessageContaining("permission denied");

        List<Record> signIn = transactions.execute(tx ->
                dsl.resultQuery("select * from ascent.sign_in_account({0})", val(hrOfA.email())).fetch());
        assertThat(signIn).hasSize(1);
        assertThat(signIn.getFirst().get("id", UUID.class)).isEqualTo(hrOfA.userId());
        assertThat(signIn.getFirst().get("password_hash", String.class)).startsWith("{argon2");
    }

    @Test
    void thePasswordChangeAndResetFunctionsAnswerAboutTheSignedInUserAndTheCurrentOrganizationOnly() {
        Account consultant = accounts.newColleague(hrOfA, Role.HR);
        accounts.addMembership(consultant, adminOfB, Role.VIEWER);

        String own = as(hrOfA, () -> dsl.resultQuery("select ascent.password_hash_of_current_user()")
                .fetchSingle().get(0, String.class));
        assertThat(own).as("the signed-in user's own hash").startsWith("{argon2");
        String nobodys = transactions.execute(tx -> dsl.resultQuery("select ascent.password_hash_of_current_user()")
                .fetchSingle().get(0, String.class));
        assertThat(nobodys).as("nobody signed in: no hash").isNull();

        // Working for A as A's HR user (no administrator anywhere): the consultant works in two organizations.
        assertThat(as(hrOfA, () -> outsideAdministration(consultant))).isEqualTo(2);
        // B's administrator, working for B, administers B only.
        assertThat(as(adminOfB, () -> outsideAdministration(consultant))).isEqualTo(1);
        // Nothing about a user who is not a member of the current organization.
        assertThat(as(hrOfA, () -> outsideAdministration(adminOfB))).isZero();
    }

    private int outsideAdministration(Account account) {
        return dsl.resultQuery("select ascent.memberships_outside_administration({0})", val(account.userId()))
                .fetchSingle().get(0, Integer.class);
    }

    @Test
    void aTransactionCannotCreateMembershipsInAnotherOrganization() {
        assertThatThrownBy(() -> as(hrOfA, () -> dsl.execute(
                "insert into ascent.membership (user_id, organization_id, role) values ({0}, {1}, 'ADMIN')",
                val(hrOfA.userId()), val(adminOfB.organizationId()))))
                .rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void anOrganizationIsCreatedRenamedOrArchivedOnlyByATransactionWorkingForIt() {
        Account consultant = accounts.newColleague(hrOfA, Role.HR);
        accounts.addMembership(consultant, adminOfB, Role.VIEWER);

        int changed = as(consultant, () -> dsl.execute(
                "update ascent.organization set name = 'Taken over', archived = true where id = {0}",
                val(adminOfB.organizationId())));
        assertThat(changed).as("working for A, B is visible in the switcher but cannot be changed").isZero();
        assertThatThrownBy(() -> as(consultant, () -> dsl.execute(
                "insert into ascent.organization (id, name) values ({0}, {1})",
                val(UUID.randomUUID()), val("Created for another id " + UUID.randomUUID()))))
                .rootCause().hasMessageContaining("row-level security");
        Boolean archived = as(adminOfB, () -> dsl.resultQuery(
                "select archived from ascent.organization where id = {0}", val(adminOfB.organizationId()))
                .fetchSingle().get(0, Boolean.class));
        assertThat(archived).as("B unchanged").isFalse();
    }

    /** For each table, the rows of B that {@code viewer} sees; -1 for a table that belongs to no organization. */
    private Map<String, Integer> rowsOfB(Account viewer, List<String> tables) {
        return as(viewer, () -> {
            Map<String, Integer> rows = new LinkedHashMap<>();
            for (String t : tables) {
                if (t.equals("organization_erasure")) {
                    continue; // the record of erased organizations: the owner's only, no grant to the role at all
                }
                var columns = dsl.meta().getTables(name("ascent", t)).getFirst().fields();
                boolean owned = List.of(columns).stream().anyMatch(f -> f.getName().equals("organization_id"));
                rows.put(t, switch (t) {
                    case "organization" -> count(t, field("id").eq(adminOfB.organizationId()));
                    case "app_user" -> count(t, field("id").eq(adminOfB.userId()));
                    // Not owned by an organization (an unknown e-mail belongs to none): keyed on members' e-mails.
                    case "sign_in_attempt" -> count(t, field("email").eq(adminOfB.email().toLowerCase(Locale.ROOT)));
                    default -> owned ? count(t, field("organization_id").eq(adminOfB.organizationId())) : -1;
                });
            }
            return rows;
        });
    }

    private int count(String tableName, @Nullable Condition condition) {
        var from = table(name("ascent", tableName));
        return condition == null ? dsl.fetchCount(from) : dsl.fetchCount(from, condition);
    }

    /** Works in a transaction of {@code account}'s user and organization, as a signed-in request does. */
    private <T> T as(Account account, Supplier<T> work) {
        return OrganizationScope.callAs(account.organizationId(), () -> OrganizationScope.callAsUser(account.userId(),
                () -> transactions.execute(tx -> work.get())));
    }
}
