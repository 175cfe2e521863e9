package com.ascent.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.support.IntegrationTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * The start-up guard refuses an application role that could switch row-level security off: here,
 * one that was made the owner of a table. (A role that bypasses it is refused too; the
 * application's own role passes, as {@link RowLevelSecurityTest} shows.)
 */
@IntegrationTest
class RowLevelSecurityGuardTest {

    @Autowired
    RowLevelSecurityGuard guard;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Test
    void theApplicationStartsWithARoleThatOwnsNothing() {
        assertThatCode(() -> guard.run(new DefaultApplicationArguments())).doesNotThrowAnyException();
    }

    @Test
    void anApplicationRoleThatOwnsATableIsRefusedAtStartUp() throws SQLException {
        assertThat(guard).isInstanceOf(ApplicationRunner.class);
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            String grants = grantsOnPerson(statement);
            statement.execute("alter table ascent.person owner to " + EmbeddedDatabaseConfiguration.APP_ROLE);
            try {
                assertThatThrownBy(() -> guard.run(new DefaultApplicationArguments()))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("owns table ascent.person")
                        .hasMessageContaining("row-level security off");
            } finally {
                // Handing the table back drops the role's grants with its ownership: give them back.
                statement.execute("alter table ascent.person owner to current_user");
                statement.execute("grant select, insert, update, delete, maintain on ascent.person to "
                        + EmbeddedDatabaseConfiguration.APP_ROLE);
            }
            assertThat(grantsOnPerson(statement)).as("the table is as before for the other tests").isEqualTo(grants);
        }
    }

    private static String grantsOnPerson(Statement statement) throws SQLException {
        try (ResultSet acl = statement.executeQuery("select relacl::text from pg_class where oid = 'ascent.person'::regclass")) {
            acl.next();
            return acl.getString(1);
        }
    }
}
