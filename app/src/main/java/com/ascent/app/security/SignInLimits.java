package com.ascent.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sign-in guessing is slowed down ({@code ascent.sign-in.*}). Failed attempts are counted per
 * e-mail (since its last successful sign-in) and per client address, within {@code failureWindow}.
 * From {@code accountDelayAfter} failures on, each further attempt must wait, twice as long after
 * every failure starting at {@code firstDelay}; from {@code accountLockAfter} failures on, sign-in is
 * locked for {@code lockDuration} after each failure. The same holds per address with its own,
 * higher counts (an office shares one address).
 *
 * @param accountDelayAfter failures of one e-mail after which attempts are delayed
 * @param accountLockAfter  failures of one e-mail after which it is locked
 * @param addressDelayAfter failures from one address after which attempts are delayed
 * @param addressLockAfter  failures from one address after which it is locked
 * @param firstDelay        the first delay; it doubles with every further failure
 * @param lockDuration      how long a lock lasts (and the longest delay)
 * @param failureWindow     failures older than this are forgotten
 */
@ConfigurationProperties("ascent.sign-in")
record SignInLimits(int accountDelayAfter, int accountLockAfter, int addressDelayAfter, int addressLockAfter,
                    Duration firstDelay, Duration lockDuration, Duration failureWindow) {
}
