package com.ascent.app.security;

import com.vaadin.flow.server.WrappedSession;
import java.io.Serializable;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Why a session was ended by its time limits, kept in the browser's next (anonymous) session
 * until the sign-in page has told the user.
 *
 * @param reason which limit ended it
 * @param after  the limit: the idle time, or the longest a session may last
 */
public record SessionEnd(Reason reason, Duration after) implements Serializable {

    static final String ATTRIBUTE = SessionEnd.class.getName();

    public enum Reason {
        /** No request of the user for the idle timeout. */
        IDLE,
        /** The absolute lifetime since sign-in was reached. */
        ABSOLUTE
    }

    /** Why the session before {@code session} ended, once: the sign-in page says it, then forgets it. */
    public static @Nullable SessionEnd takeFrom(WrappedSession session) {
        Object end = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return end instanceof SessionEnd sessionEnd ? sessionEnd : null;
    }
}
