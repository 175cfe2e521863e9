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
 * Starts every transaction by telling PostgreSQL which organization it works for and which user
 * it works as. The settings are local to the transaction, so a pooled connection never carries
 * them over; a transaction without an organization sees no organization-owned row at all, and
 * without a user none of a user's own memberships in other organizations.
 */
public class OrganizationAwareTransactionManager extends DataSourceTransactionManager {

    /** The PostgreSQL setting the row-level security policies read. */
    public static final String ORGANIZATION_SETTING = "ascent.organization_id";
    /** The PostgreSQL setting naming the signed-in user, read by the identity tables' policies. */
    public static final String USER_SETTING = "ascent.user_id";

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
        Optional<UUID> user = scope.currentUser();
        if (organization.isEmpty() && user.isEmpty()) {
            return;
        }
        // One round trip; an empty value means "none" to current_organization() and current_app_user().
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config(?, ?, true), set_config(?, ?, true)")) {
            statement.setString(1, ORGANIZATION_SETTING);
            statement.setString(2, organization.map(UUID::toString).orElse(""));
            statement.setString(3, USER_SETTING);
            statement.setString(4, user.map(UUID::toString).orElse(""));
            statement.execute();
        }
    }
}
