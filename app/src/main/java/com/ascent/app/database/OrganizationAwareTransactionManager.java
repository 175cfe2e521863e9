package com.ascent.app.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Starts every transaction by telling PostgreSQL which organization it works for. The setting
 * is local to the transaction, so a pooled connection never carries it over; a transaction
 * without an organization sees no organization-owned row at all.
 */
public class OrganizationAwareTransactionManager extends DataSourceTransactionManager {

    /** The PostgreSQL setting the row-level security policies read. */
    public static final String ORGANIZATION_SETTING = "ascent.organization_id";

    private final OrganizationScope scope;

    public OrganizationAwareTransactionManager(DataSource dataSource, OrganizationScope scope) {
        super(dataSource);
        this.scope = scope;
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        Optional<UUID> organization = scope.current();
        if (organization.isPresent()) {
            try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, true)")) {
                statement.setString(1, ORGANIZATION_SETTING);
                statement.setString(2, organization.get().toString());
                statement.execute();
            }
        }
    }
}
