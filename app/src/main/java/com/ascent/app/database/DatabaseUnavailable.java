package com.ascent.app.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, unreachable) from a query that
 * failed, so that users are told "try again in a moment" instead of something misleading. Nothing
 * remembers the failure: the connection pool reconnects by itself once the database is back.
 */
public final class DatabaseUnavailable {

    /** Set on a request that already found the database unreachable, so that nothing waits for it twice. */
    public static final String REQUEST_ATTRIBUTE = DatabaseUnavailable.class.getName();

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database could not be reached. */
    public static boolean causes(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            // 08: connection exception; 57P0x: the server is shutting down, crashed or starting up.
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}
