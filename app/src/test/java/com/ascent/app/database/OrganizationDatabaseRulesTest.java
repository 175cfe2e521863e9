package com.ascent.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.val;

import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.app.support.TestPeople;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rules PostgreSQL keeps for organizations (V28), tried as the application's role: an archived
 * organization refuses every write to its rows and no other organization is affected; an
 * organization never loses its last administrator, not even to two administrators demoting each
 * other at once; erasing an organization (deleting its row) is refused by neither rule.
 */
@IntegrationTest
class OrganizationDatabaseRulesTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestPeople people;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Test
    void everyTableWithOrganizationRowsIsGuardedByTheArchive() {
        List<String> unguarded = dsl.resultQuery("""
                        select c.relname from pg_class c
                          join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = 'ascent' and c.relkind = 'r'
                           and (c.relname = 'organization' or exists (select from pg_attribute a
                                where a.attrelid = c.oid and a.attname = 'organization_id' and not a.attisdropped))
                           and c.relname not in ('audit_event', 'program_step_state')
                           and not exists (select from pg_trigger t
                                where t.tgrelid = c.oid and t.tgname = 'archived_organization_guard')
                         order by 1""")
                .fetch(0, String.class);
        assertThat(unguarded).as("tables whose migration did not call guard_archived_organization").isEmpty();
    }

    @Test
    void anArchivedOrganizationRefusesEveryWriteUntilItIsUnarchivedAndNoOtherOrganizationIsAffected() {
        Account a = accounts.newOrganization(Role.ADMIN);
        Account b = accounts.newOrganization(Role.ADMIN);
        UUID personOfA = people.add(a.organizationId(), TestPeople.Spec.of("Ana of A", "Sales", 5));
        as(a, () -> dsl.execute("update ascent.organization set archived = true where id = {0}", val(a.organizationId())));

        assertRefusedAsArchived(() -> people.add(a.organizationId(), TestPeople.Spec.of("Newcomer", "Sales", 3)));
        assertRefusedAsArchived(() -> as(a, () -> dsl.execute(
                "update ascent.person set title = 'Director' where id = {0}", val(personOfA))));
        assertRefusedAsArchived(() -> as(a, () -> dsl.execute("delete from ascent.person where id = {0}", val(personOfA))));
        assertRefusedAsArchived(() -> as(a, () -> dsl.execute(
                "update ascent.organization set name = 'Renamed while archived' where id = {0}", val(a.organizationId()))));
        assertRefusedAsArchived(() -> as(a, () -> dsl.execute(
                "update ascent.membership set role = 'ADMIN' where user_id = {0}", val(a.userId()))));

        assertThat(as(a, () -> dsl.resultQuery("select count(*) from ascent.person").fetchSingle().get(0, Integer.class))).as("still readable")
                .isEqualTo(1);
        people.add(b.organizationId(), TestPeople.Spec.of("Bruno of B", "Sales", 5));

        as(a, () -> dsl.execute("update ascent.organization set archived = false where id = {0}", val(a.organizationId())));
        people.add(a.organizationId(), TestPeople.Spec.of("Newcomer", "Sales", 3));
        assertThat(as(a, () -> dsl.resultQuery("select count(*) from ascent.person").fetchSingle().get(0, Integer.class))).isEqualTo(2);
    }

    @Test
    void theLastAdministratorIsNeitherRemovedNorDemoted() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account hr = accounts.newColleague(admin, Role.HR);

        assertRefusedAsLastAdministrator(() -> as(admin, () -> dsl.execute(
                "delete from ascent.membership where user_id = {0}", val(admin.userId()))));
        assertRefusedAsLastAdministrator(() -> as(admin, () -> dsl.execute(
                "update ascent.membership set role = 'HR' where user_id = {0}", val(admin.userId()))));
        assertRefusedAsLastAdministrator(() -> as(admin, () -> dsl.execute(
                "update ascent.membership set role = 'VIEWER' where organization_id = {0}", val(admin.organizationId()))));

        as(admin, () -> dsl.execute("update ascent.membership set role = 'ADMIN' where user_id = {0}", val(hr.userId())));
        as(admin, () -> dsl.execute("update ascent.membership set role = 'HR' where user_id = {0}", val(admin.userId())));
        assertRefusedAsLastAdministrator(() -> as(hr, () -> dsl.execute(
                "delete from ascent.membership where user_id = {0}", val(hr.userId()))));
    }

    @Test
    void twoAdministratorsDemotingEachOtherAtOnceLeaveOneAdministrator() throws Exception {
        Account first = accounts.newOrganization(Role.ADMIN);
        Account second = accounts.newColleague(first, Role.ADMIN);
        CountDownLatch firstDemoted = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);

        ExecutorService twoTabs = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> demoteSecond = CompletableFuture.runAsync(() -> as(first, () -> {
            dsl.execute("update ascent.membership set role = 'HR' where user_id = {0}", val(second.userId()));
            firstDemoted.countDown();
            awaitQuietly(secondStarted);
            sleepQuietly(300); // the other transaction is waiting for the organization's lock by now
            return null;
        }), twoTabs);
        assertThat(firstDemoted.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> demoteFirst = CompletableFuture.runAsync(() -> as(second, () -> {
            secondStarted.countDown();
            dsl.execute("update ascent.membership set role = 'HR' where user_id = {0}", val(first.userId()));
            return null;
        }), twoTabs);

        demoteSecond.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> demoteFirst.get(30, TimeUnit.SECONDS))
                .satisfies(e -> assertThat(DatabaseRefusal.LAST_ADMINISTRATOR.causes(e)).as(e.toString()).isTrue());
        assertThat(as(first, () -> dsl.resultQuery(
                "select role from ascent.membership where organization_id = {0} order by role",
                val(first.organizationId())).fetch(0, String.class))).containsExactly("ADMIN", "HR");
        twoTabs.shutdown();
    }

    @Test
    void erasingAnArchivedOrganizationDeletesAllItsRowsAndNoOtherOrganizations() throws Exception {
        Account erased = accounts.newOrganization(Role.ADMIN);
        Account kept = accounts.newOrganization(Role.ADMIN);
        people.add(erased.organizationId(), TestPeople.Spec.of("Ana", "Sales", 5));
        people.add(kept.organizationId(), TestPeople.Spec.of("Bruno", "Sales", 5));
        as(erased, () -> dsl.execute("update ascent.organization set archived = true where id = {0}",
                val(erased.organizationId())));

        try (Connection connection = owner.getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from ascent.organization where id = ?")) {
            delete.setObject(1, erased.organizationId());
            assertThat(delete.executeUpdate()).isEqualTo(1);
        }

        assertThat(ownerCount("person", erased.organizationId())).isZero();
        assertThat(ownerCount("membership", erased.organizationId())).isZero();
        assertThat(ownerCount("person", kept.organizationId())).isEqualTo(1);
        assertThat(ownerCount("membership", kept.organizationId())).isEqualTo(1);
    }

    private int ownerCount(String table, UUID organizationId) throws Exception {
        try (Connection connection = owner.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from ascent." + table + " where organization_id = ?")) {
            count.setObject(1, organizationId);
            try (var rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void assertRefusedAsArchived(Runnable write) {
        assertThatThrownBy(write::run)
                .satisfies(e -> assertThat(DatabaseRefusal.ORGANIZATION_ARCHIVED.causes(e)).as(e.toString()).isTrue());
    }

    private static void assertRefusedAsLastAdministrator(Runnable write) {
        assertThatThrownBy(write::run)
                .satisfies(e -> assertThat(DatabaseRefusal.LAST_ADMINISTRATOR.causes(e)).as(e.toString()).isTrue());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Works in a transaction of {@code account}'s user and organization, as a signed-in request does. */
    private <T> T as(Account account, Supplier<T> work) {
        return OrganizationScope.callAs(account.organizationId(), () -> OrganizationScope.callAsUser(account.userId(),
                () -> transactions.execute(tx -> work.get())));
    }
}
