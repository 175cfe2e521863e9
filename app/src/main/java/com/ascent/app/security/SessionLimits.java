package com.ascent.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a signed-in session lasts ({@code ascent.session.*}).
 *
 * @param idleTimeout      the session ends this long after the user's last request (heartbeats of
 *                         open tabs and their session checks do not count)
 * @param idleWarning      how long before that end the open tabs warn, offering to stay signed in
 * @param absoluteLifetime the session ends this long after sign-in, however active the user is
 */
@ConfigurationProperties("ascent.session")
record SessionLimits(Duration idleTimeout, Duration idleWarning, Duration absoluteLifetime) {
}
