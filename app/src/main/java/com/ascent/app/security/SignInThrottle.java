package com.ascent.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides whether a sign-in attempt (or a password change's check of the current password) may be
 * checked at all and records every attempt. Known and unknown e-mails are counted alike, so the
 * answers never tell whether an account exists.
 */
@Service
class SignInThrottle {

    /** The longest e-mail kept; longer input is cut (it is never an account's e-mail then). */
    private static final int MAX_EMAIL = 320;

    private final SignInAttemptRepository attempts;
    private final SignInLimits limits;
    private final Clock clock;

    SignInThrottle(SignInAttemptRepository attempts, SignInLimits limits) {
        this.attempts = attempts;
        this.limits = limits;
        this.clock = Clock.systemUTC();
    }

    /** Until when attempts for {@code email} or from {@code address} are refused unchecked, if they are. */
    @Transactional(readOnly = true)
    public Optional<Instant> blockedUntil(String email, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(limits.failureWindow());
        var ofEmail = attempts.failuresOfEmail(normalise(email), since);
        var fromAddress = attempts.failuresFromAddress(address, since);
        return Stream.of(
                        blockedUntil(ofEmail, limits.accountDelayAfter(), limits.accountLockAfter()),
                        blockedUntil(fromAddress, limits.addressDelayAfter(), limits.addressLockAfter()))
                .flatMap(Optional::stream)
                .filter(now::isBefore)
                .max(Instant::compareTo);
    }

    /** In a transaction of its own: a refused password change rolls its own transaction back, not this record. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String email, String address, SignInOutcome outcome) {
        attempts.add(normalise(email), address, outcome);
    }

    private Optional<Instant> blockedUntil(SignInAttemptRepository.Failures failures, int delayAfter, int lockAfter) {
        if (failures.last() == null || failures.count() < delayAfter) {
            return Optional.empty();
        }
        if (failures.count() >= lockAfter) {
            return Optional.of(failures.last().plus(limits.lockDuration()));
        }
        int doublings = Math.min(failures.count() - delayAfter, 30);
        Duration delay = limits.firstDelay().multipliedBy(1L << doublings);
        return Optional.of(failures.last().plus(delay.compareTo(limits.lockDuration()) < 0 ? delay : limits.lockDuration()));
    }

    static String normalise(String email) {
        String normalised = email.trim().toLowerCase(Locale.ROOT);
        return normalised.length() > MAX_EMAIL ? normalised.substring(0, MAX_EMAIL) : normalised;
    }
}
