package com.ascent.app.organizationdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.organizationdata.OrganizationErasureService.Outcome;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Erasing organization A deletes every row of A and the accounts that belonged to A only, leaves
 * organization B exactly as it was (its export is byte-identical before and after), and leaves a
 * record of the erasure with ids only.
 */
@IntegrationTest
class OrganizationErasureTest {

    @Autowired
    OrganizationErasureService erasure;
    @Autowired
    OrganizationExportService exports;
    @Autowired
    ProgramService programs;
    @Autowired
    TestAccounts accounts;
    @Autowired
    FullProgram fullProgram;
    /** The schema's owner: it sees every organization's rows, so it can tell that none of A's is left. */
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    Account adminOfA;
    Account hrOfA;
    Account consultant;
    Account adminOfB;

    @BeforeEach
    void twoOrganizationsWithFullPrograms() throws SQLException {
        adminOfB = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(adminOfB);
        fullProgram.create(adminOfB.organizationId());

        adminOfA = accounts.newOrganization(Role.ADMIN);
        hrOfA = accounts.newColleague(adminOfA, Role.HR);
        consultant = accounts.newColleague(adminOfA, Role.HR);
        accounts.addMembership(consultant, adminOfB, Role.HR);
        accounts.signIn(adminOfA);
        fullProgram.create(adminOfA.organizationId());
        ownerExecutes("insert into ascent.sign_in_attempt (email, address, outcome) values (?, '192.0.2.1', 'SUCCESS')",
                adminOfA.email().toLowerCase(Locale.ROOT));
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void erasingAOneDeletesEveryRowOfAAndTouchesNothingOfB() throws SQLException {
        accounts.signIn(adminOfB);
        byte[] exportOfBBefore = ExportedZip.of(exports).bytes();
        assertThat(rowsOf(adminOfA.organizationId())).as("A has rows before (the check is not vacuous)").isNotEmpty();

        accounts.signIn(adminOfA);
        assertThat(erasure.erase(adminOfA.organizationName())).isEqualTo(Outcome.ACCOUNT_ERASED);

        assertThat(rowsOf(adminOfA.organizationId())).as("rows of A left").isEmpty();
        assertThat(ownerCount("select count(*) from ascent.app_user where id = any (?)",
                new UUID[] {adminOfA.userId(), hrOfA.userId()})).as("accounts of A only").isZero();
        assertThat(ownerCount("select count(*) from ascent.app_user where id = any (?)",
                new UUID[] {consultant.userId(), adminOfB.userId()})).as("accounts still in B").isEqualTo(2);
        assertThat(ownerCount("select count(*) from ascent.sign_in_attempt where email = ?",
                adminOfA.email().toLowerCase(Locale.ROOT))).as("sign-ins of erased accounts").isZero();

        accounts.signIn(adminOfB);
        assertThat(ExportedZip.of(exports).bytes()).as("B's export").isEqualTo(exportOfBBefore);
        assertThat(accounts.memberships(consultant)).extracting(m -> m.organizationId())
                .containsExactly(adminOfB.organizationId());
    }

    @Test
    void theErasureIsRecordedWithIdsOnlyAndOutlivesTheOrganization() throws SQLException {
        erasure.erase(adminOfA.organizationName());

        try (Connection connection = owner.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select * from ascent.organization_erasure where erased_organization_id = ?")) {
            query.setObject(1, adminOfA.organizationId());
            try (ResultSet record = query.executeQuery()) {
                assertThat(record.next()).isTrue();
                assertThat(record.getObject("erased_by")).isEqualTo(adminOfA.userId());
                assertThat(record.getTimestamp("erased_at")).isNotNull();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= record.getMetaData().getColumnCount(); i++) {
                    columns.add(record.getMetaData().getColumnName(i));
                }
                assertThat(columns).containsExactly("id", "erased_organization_id", "erased_at", "erased_by");
            }
        }
    }

    @Test
    void aNameThatIsNotExactlyTheOrganizationsErasesNothing() {
        assertThatThrownBy(() -> erasure.erase(adminOfA.organizationName().toUpperCase(Locale.ROOT)))
                .isInstanceOfSatisfying(ErasureRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ErasureRefusedException.Reason.NAME_DIFFERS));
        assertThatThrownBy(() -> erasure.erase(adminOfA.organizationName() + " ")).isInstanceOf(ErasureRefusedException.class);

        assertThat(programs.list()).hasSize(1);
    }

    @Test
    void onlyAnAdministratorErasesAndOnlyTheOrganizationTheyWorkIn() throws SQLException {
        accounts.signIn(hrOfA);
        assertThatThrownBy(() -> erasure.erase(adminOfA.organizationName())).isInstanceOf(AuthorizationDeniedException.class);

        // The consultant is HR in B: typing B's name while working in A names another organization.
        accounts.signIn(adminOfA);
        assertThatThrownBy(() -> erasure.erase(adminOfB.organizationName())).isInstanceOf(ErasureRefusedException.class);
        assertThat(rowsOf(adminOfB.organizationId())).isNotEmpty();
        assertThat(rowsOf(adminOfA.organizationId())).isNotEmpty();
    }

    @Test
    void anAdministratorWhoBelongsToAnotherOrganizationKeepsTheirAccount() {
        accounts.addMembership(adminOfA, adminOfB, Role.VIEWER);
        accounts.signIn(adminOfA);

        assertThat(erasure.erase(adminOfA.organizationName())).isEqualTo(Outcome.ACCOUNT_KEPT);
        assertThat(accounts.memberships(adminOfA)).extracting(m -> m.organizationId())
                .containsExactly(adminOfB.organizationId());
    }

    /** "table: count" of every table that still holds rows of {@code organizationId}, as the owner sees them. */
    private List<String> rowsOf(UUID organizationId) throws SQLException {
        List<String> left = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        try (Connection connection = owner.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("""
                     select c.relname from pg_class c
                      where c.relnamespace = 'ascent'::regnamespace and c.relkind = 'r'
                        and exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'organization_id')
                      order by 1""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        tables.add("organization");
        for (String table : tables) {
            String column = table.equals("organization") ? "id" : "organization_id";
            long count = ownerCount("select count(*) from ascent." + table + " where " + column + " = ?", organizationId);
            if (count > 0) {
                left.add(table + ": " + count);
            }
        }
        return left;
    }

    private long ownerCount(String sql, Object parameter) throws SQLException {
        try (Connection connection = owner.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter instanceof UUID[] ids) {
                query.setArray(1, connection.createArrayOf("uuid", ids));
            } else {
                query.setObject(1, parameter);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void ownerExecutes(String sql, String parameter) throws SQLException {
        try (Connection connection = owner.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }
}
