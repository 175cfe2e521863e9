package com.ascent.app.database;

import jakarta.servlet.ServletRequest;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * The one rule for "the database cannot be reached": which failures mean it, and how a request
 * that found it out tells the later steps of the same request (the page it renders), so that
 * nothing waits for the connection timeout twice.
 */
public final class DatabaseUnavailable {

    private static final String REQUEST_ATTRIBUTE = DatabaseUnavailable.class.getName();

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

    /**
     * Runs {@code work} that needs the database, unless this request already found it unreachable.
     * When the database turns out to be unreachable now, the request is marked and {@code false}
     * returned; any other failure is thrown as it is.
     *
     * @return whether the work ran to its end
     */
    public static boolean attempt(@Nullable ServletRequest request, Runnable work) {
        if (foundIn(request).isPresent()) {
            return false;
        }
        try {
            work.run();
            return true;
        } catch (RuntimeException failure) {
            if (!causes(failure)) {
                throw failure;
            }
            mark(request, failure);
            return false;
        }
    }

    /** Marks {@code request} as one that found the database unreachable, because of {@code failure}. */
    public static void mark(@Nullable ServletRequest request, RuntimeException failure) {
        if (request != null) {
            request.setAttribute(REQUEST_ATTRIBUTE, failure);
        }
    }

    /** The failure with which an earlier step of {@code request} found the database unreachable, if it did. */
    public static Optional<RuntimeException> foundIn(@Nullable ServletRequest request) {
        return request != null && request.getAttribute(REQUEST_ATTRIBUTE) instanceof RuntimeException failure
                ? Optional.of(failure)
                : Optional.empty();
    }
}
