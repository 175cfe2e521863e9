package com.ascent.app.security;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a session's end: {@link SessionLimits#idleTimeout()} after the user's last
 * activity or {@link SessionLimits#absoluteLifetime()} after sign-in, whichever comes first; the
 * user is warned {@link SessionLimits#idleWarning()} before an idle end (an absolute end cannot
 * be put off, so there is nothing to offer). Also when an open tab should look again.
 */
final class SessionLifetime {

    /** While the warning shows, tabs look this often, so that activity in another tab closes it. */
    static final Duration CHECK_DURING_WARNING = Duration.ofSeconds(5);
    /** Tabs look at least this often, whatever the limits. */
    static final Duration LONGEST_CHECK = Duration.ofMinutes(10);
    /** A check lands this long after the moment it is for, never just before it. */
    private static final Duration MARGIN = Duration.ofMillis(500);

    private final SessionLimits limits;

    SessionLifetime(SessionLimits limits) {
        this.limits = limits;
    }

    /**
     * Where a session signed in at {@code signedInAt}, last used at {@code lastActivity}, stands at {@code now}.
     *
     * @param ended      why it has ended, or {@code null} while it lasts
     * @param remaining  how long it lasts from now
     * @param warning    whether the user should be warned now
     * @param nextCheck  when an open tab should look again
     */
    record Status(@Nullable SessionEnd ended, Duration remaining, boolean warning, Duration nextCheck) {
    }

    Status status(Instant signedInAt, Instant lastActivity, Instant now) {
        Instant idleEnd = lastActivity.plus(limits.idleTimeout());
        Instant absoluteEnd = signedInAt.plus(limits.absoluteLifetime());
        boolean idleFirst = !idleEnd.isAfter(absoluteEnd);
        Duration remaining = Duration.between(now, idleFirst ? idleEnd : absoluteEnd);
        if (!remaining.isPositive()) {
            SessionEnd end = idleFirst ? new SessionEnd(SessionEnd.Reason.IDLE, limits.idleTimeout())
                    : new SessionEnd(SessionEnd.Reason.ABSOLUTE, limits.absoluteLifetime());
            return new Status(end, Duration.ZERO, false, Duration.ZERO);
        }
        boolean warning = idleFirst && remaining.compareTo(limits.idleWarning()) <= 0;
        Duration untilNextChange = warning ? min(remaining, CHECK_DURING_WARNING)
                : idleFirst ? remaining.minus(limits.idleWarning()) : remaining;
        return new Status(null, remaining, warning, min(untilNextChange.plus(MARGIN), LONGEST_CHECK));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
