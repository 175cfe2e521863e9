package com.ascent.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.security.SessionLifetime.Status;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a session ends and when its user is warned, with the default limits: 30 minutes idle, a minute's warning, 12 hours. */
class SessionLifetimeTest {

    static final SessionLimits DEFAULTS = new SessionLimits(Duration.ofMinutes(30), Duration.ofMinutes(1),
            Duration.ofHours(12));
    static final Instant SIGN_IN = Instant.parse("2026-12-02T08:00:00Z");

    final SessionLifetime lifetime = new SessionLifetime(DEFAULTS);

    @Test
    void aSessionLastsThirtyMinutesAfterTheUsersLastActivity() {
        Instant lastClick = SIGN_IN.plus(Duration.ofMinutes(5));

        Status meanwhile = lifetime.status(SIGN_IN, lastClick, lastClick.plus(Duration.ofMinutes(20)));
        assertThat(meanwhile.ended()).isNull();
        assertThat(meanwhile.remaining()).isEqualTo(Duration.ofMinutes(10));
        assertThat(meanwhile.warning()).isFalse();

        Status atTheEnd = lifetime.status(SIGN_IN, lastClick, lastClick.plus(Duration.ofMinutes(30)));
        assertThat(atTheEnd.ended()).isEqualTo(new SessionEnd(SessionEnd.Reason.IDLE, Duration.ofMinutes(30)));
    }

    @Test
    void theUserIsWarnedDuringTheLastMinuteAndOpenTabsLookAgainWhenThatCanChange() {
        Status before = lifetime.status(SIGN_IN, SIGN_IN, SIGN_IN.plus(Duration.ofMinutes(28)));
        assertThat(before.warning()).isFalse();
        assertThat(before.nextCheck()).as("when the warning is due, just after").isEqualTo(Duration.ofMillis(60_500));

        Status warned = lifetime.status(SIGN_IN, SIGN_IN, SIGN_IN.plus(Duration.ofMinutes(29)));
        assertThat(warned.warning()).isTrue();
        assertThat(warned.remaining()).isEqualTo(Duration.ofMinutes(1));
        assertThat(warned.nextCheck()).as("often, to notice a click in another tab").isEqualTo(Duration.ofMillis(5_500));

        Status lastSeconds = lifetime.status(SIGN_IN, SIGN_IN, SIGN_IN.plus(Duration.ofSeconds(30 * 60 - 2)));
        assertThat(lastSeconds.nextCheck()).as("just after the end").isEqualTo(Duration.ofMillis(2_500));
    }

    @Test
    void anActiveSessionIsCheckedAtLeastEveryTenMinutes() {
        Status fresh = lifetime.status(SIGN_IN, SIGN_IN, SIGN_IN);
        assertThat(fresh.remaining()).isEqualTo(Duration.ofMinutes(30));
        assertThat(fresh.nextCheck()).isEqualTo(SessionLifetime.LONGEST_CHECK);
    }

    @Test
    void theAbsoluteLifetimeEndsEvenASessionInUseWithoutAWarningThatCouldNotHelp() {
        Instant lastClick = SIGN_IN.plus(Duration.ofHours(12)).minus(Duration.ofSeconds(40));

        Status nearly = lifetime.status(SIGN_IN, lastClick, lastClick.plus(Duration.ofSeconds(10)));
        assertThat(nearly.remaining()).isEqualTo(Duration.ofSeconds(30));
        assertThat(nearly.warning()).as("staying signed in cannot put it off").isFalse();
        assertThat(nearly.nextCheck()).as("just after the end").isEqualTo(Duration.ofMillis(30_500));

        Status ended = lifetime.status(SIGN_IN, lastClick, SIGN_IN.plus(Duration.ofHours(12)));
        assertThat(ended.ended()).isEqualTo(new SessionEnd(SessionEnd.Reason.ABSOLUTE, Duration.ofHours(12)));
    }
}
