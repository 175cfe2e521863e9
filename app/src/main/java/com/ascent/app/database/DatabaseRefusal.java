package com.ascent.app.database;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rules PostgreSQL keeps itself and refuses a write for (V28), by their SQLSTATE, each with the
 * translation key that explains it to the user.
 */
public enum DatabaseRefusal {

    /** A write to a row of an archived organization: archived organizations are read-only. */
    ORGANIZATION_ARCHIVED("AS001", "organizations.error.archived"),
    /** A membership change that would leave an organization without an administrator. */
    LAST_ADMINISTRATOR("AS002", "organizations.error.lastAdministrator");

    private final String sqlState;
    private final String messageKey;

    DatabaseRefusal(String sqlState, String messageKey) {
        this.sqlState = sqlState;
        this.messageKey = messageKey;
    }

    /** The translation key of the message that tells the user why nothing was saved. */
    public String messageKey() {
        return messageKey;
    }

    /** Whether {@code failure}, or anything that caused it, is this refusal. */
    public boolean causes(@Nullable Throwable failure) {
        return of(failure).filter(this::equals).isPresent();
    }

    /** The refusal {@code failure} (or anything that caused it) is, if any. */
    public static Optional<DatabaseRefusal> of(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                Optional<DatabaseRefusal> refusal = Arrays.stream(values())
                        .filter(r -> r.sqlState.equals(sql.getSQLState())).findFirst();
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }
}
