package com.ascent.app.database;

import static com.ascent.app.db.Tables.PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.support.IntegrationTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** PostgreSQL itself keeps organizations apart, whatever the application's code does. */
@IntegrationTest
class RowLevelSecurityTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestAccounts accounts;

    UUID organizationA;
    UUID organizationB;

    @BeforeEach
    void twoOrganizationsWithOneProgramEach() {
        organizationA = accounts.newOrganization(Role.HR).organizationId();
        organizationB = accounts.newOrganization(Role.HR).organizationId();
        insertProgram(organizationA, "Program of A");
        insertProgram(organizationB, "Program of B");
    }

    @Test
    void theApplicationRoleSeesNoRowWithoutAnOrganization() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from ascent.program")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    @Test
    void aTransactionSeesOnlyItsOrganizationsRowsEvenWithoutAWhereClause() {
        var names = OrganizationScope.callAs(organizationA, () -> transactions.execute(tx ->
                dsl.select(PROGRAM.NAME).from(PROGRAM).fetch(PROGRAM.NAME)));
        assertThat(names).containsExactly("Program of A");
    }

    @Test
    void aTransactionCannotWriteRowsOfAnotherOrganization() {
        assertThatThrownBy(() -> OrganizationScope.runAs(organizationA, () -> transactions.executeWithoutResult(tx ->
                dsl.insertInto(PROGRAM)
                        .set(PROGRAM.ID, UUID.randomUUID())
                        .set(PROGRAM.ORGANIZATION_ID, organizationB)
                        .set(PROGRAM.NAME, "Smuggled")
                        .set(PROGRAM.START_DATE, LocalDate.now())
                        .set(PROGRAM.END_DATE, LocalDate.now().plusMonths(12))
                        .set(PROGRAM.OWNER_NAME, "Mallory")
                        .execute())))
                .rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void theApplicationRoleNeitherOwnsTablesNorBypassesRowLevelSecurity() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet role = statement.executeQuery("""
                     select r.rolsuper, r.rolbypassrls,
                            exists (select 1 from pg_tables t where t.schemaname = 'ascent' and t.tableowner = current_user)
                     from pg_roles r where r.rolname = current_user""")) {
            role.next();
            assertThat(role.getBoolean(1)).as("superuser").isFalse();
            assertThat(role.getBoolean(2)).as("bypasses RLS").isFalse();
            assertThat(role.getBoolean(3)).as("owns a table").isFalse();
        }
    }

    private void insertProgram(UUID organizationId, String name) {
        OrganizationScope.runAs(organizationId, () -> transactions.executeWithoutResult(tx ->
                dsl.insertInto(PROGRAM)
                        .set(PROGRAM.ID, UUID.randomUUID())
                        .set(PROGRAM.ORGANIZATION_ID, organizationId)
                        .set(PROGRAM.NAME, name)
                        .set(PROGRAM.START_DATE, LocalDate.now())
                        .set(PROGRAM.END_DATE, LocalDate.now().plusMonths(12))
                        .set(PROGRAM.OWNER_NAME, "Owner")
                        .execute()));
    }
}
