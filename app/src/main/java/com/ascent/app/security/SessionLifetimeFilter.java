package com.ascent.app.security;

import com.ascent.app.security.SessionLifetime.Status;
import com.vaadin.flow.server.HandlerHelper.RequestType;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends signed-in sessions by {@link SessionLifetime}'s rules, whatever open tabs keep sending.
 * The servlet container's own timeout cannot: Vaadin's heartbeats and push keep the HTTP session
 * alive as long as a tab is open, and Vaadin's {@code closeIdleSessions} closes its own session
 * but leaves the HTTP session, and with it the sign-in, in place.
 *
 * <p>Every request of a signed-in session is first checked: an ended session is invalidated (the
 * request goes on signed out, so Vaadin reloads the tab onto the sign-in page) and why it ended is
 * kept for the sign-in page ({@link SessionEnd}). A request counts as the user's activity unless a
 * tab sends it on its own: Vaadin's heartbeats and push connection, and the tabs' look at
 * {@value #STATUS_PATH}, which this filter answers itself with how long the session has left.
 */
public final class SessionLifetimeFilter extends OncePerRequestFilter {

    /** Where open tabs ask how long the session has left (answered as JSON, never counted as activity). */
    public static final String STATUS_PATH = "/session/remaining";

    private static final String SIGNED_IN_AT = SessionLifetimeFilter.class.getName() + ".signedInAt";
    private static final String LAST_ACTIVITY = SessionLifetimeFilter.class.getName() + ".lastActivity";
    private static final Set<String> SENT_BY_OPEN_TABS = Set.of(
            ApplicationConstants.REQUEST_TYPE_PARAMETER + "=" + RequestType.HEARTBEAT.getIdentifier(),
            ApplicationConstants.REQUEST_TYPE_PARAMETER + "=" + RequestType.PUSH.getIdentifier());

    private final SessionLifetime lifetime;
    private final Clock clock;

    SessionLifetimeFilter(SessionLifetime lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean statusRequest = request.getRequestURI().equals(request.getContextPath() + STATUS_PATH);
        HttpSession session = request.getSession(false);
        @Nullable Status status = session != null && signedIn() ? check(session, request, statusRequest) : null;
        if (statusRequest) {
            answer(response, status);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Ends the session if its time is up, or else records the user's activity; null when it ended. */
    private @Nullable Status check(HttpSession session, HttpServletRequest request, boolean statusRequest) {
        Instant now = clock.instant();
        Instant signedInAt = instant(session, SIGNED_IN_AT, now);
        Instant lastActivity = instant(session, LAST_ACTIVITY, signedInAt);
        Status status = lifetime.status(signedInAt, lastActivity, now);
        SessionEnd ended = status.ended();
        if (ended != null) {
            ended.endSessionOf(request);
            return null;
        }
        if (statusRequest || sentByAnOpenTab(request)) {
            return status;
        }
        session.setAttribute(LAST_ACTIVITY, now);
        return lifetime.status(signedInAt, now, now);
    }

    /** The instant kept in {@code session} under {@code name}; the first time, {@code initial}, kept from now on. */
    private static Instant instant(HttpSession session, String name, Instant initial) {
        if (session.getAttribute(name) instanceof Instant kept) {
            return kept;
        }
        session.setAttribute(name, initial);
        return initial;
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AscentUser;
    }

    private static boolean sentByAnOpenTab(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String parameter : query.split("&")) {
            if (SENT_BY_OPEN_TABS.contains(parameter)) {
                return true;
            }
        }
        return false;
    }

    private static void answer(HttpServletResponse response, @Nullable Status status) throws IOException {
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(status == null ? "{\"signedIn\":false}"
                : "{\"signedIn\":true,\"warning\":" + status.warning()
                        + ",\"remainingMillis\":" + status.remaining().toMillis()
                        + ",\"nextCheckMillis\":" + status.nextCheck().toMillis() + "}");
    }
}
