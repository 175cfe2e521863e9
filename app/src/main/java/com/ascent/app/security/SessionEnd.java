package com.ascent.app.security;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Why a signed-in session was ended (by its time limits, or because its password was replaced),
 * kept in the browser's next (anonymous) session until the sign-in page has told the user.
 *
 * @param reason why it ended
 * @param after  the time limit that ended it: the idle time, or the longest a session may last (zero
 *               for an end that is not a time limit)
 */
public record SessionEnd(Reason reason, Duration after) implements Serializable {

    static final String ATTRIBUTE = SessionEnd.class.getName();

    public enum Reason {
        /** No request of the user for the idle timeout. */
        IDLE,
        /** The absolute lifetime since sign-in was reached. */
        ABSOLUTE,
        /** The password it was signed in with was replaced: reset by an administrator, or changed in another session. */
        PASSWORD_REPLACED
    }

    /**
     * Ends the signed-in session of {@code request}: the request goes on signed out (Vaadin then
     * reloads the tab onto the sign-in page), and the browser's new session keeps this reason.
     */
    void endSessionOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        request.getSession(true).setAttribute(ATTRIBUTE, this);
    }

    /** Why the session before {@code session} ended, once: the sign-in page says it, then forgets it. */
    public static @Nullable SessionEnd takeFrom(WrappedSession session) {
        Object end = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return end instanceof SessionEnd sessionEnd ? sessionEnd : null;
    }
}
