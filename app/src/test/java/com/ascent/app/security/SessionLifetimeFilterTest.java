package com.ascent.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which requests keep a session alive and what an ended session leaves behind, request by
 * request as a browser with one open tab sends them (30 minutes idle, a minute's warning, 12 hours).
 */
class SessionLifetimeFilterTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T08:00:00Z"));
    final SessionLifetimeFilter filter = new SessionLifetimeFilter(new SessionLifetime(SessionLifetimeTest.DEFAULTS), clock);
    final AscentUser user = new AscentUser(UUID.randomUUID(), "ana@example.com", "Ana", null,
            List.of(new Membership(UUID.randomUUID(), "Nordwind", Role.HR)), null, false, Instant.EPOCH, false);
    MockHttpSession session = new MockHttpSession();

    @AfterEach
    void clearSignIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void heartbeatsPushAndTheTabsOwnChecksDoNotKeepAnIdleSessionAlive() throws Exception {
        send("v-r=uidl&v-uiId=0");
        for (int minute = 5; minute < 30; minute += 5) {
            clock.advance(Duration.ofMinutes(5));
            assertThat(send("v-r=heartbeat&v-uiId=0").passedOn()).isTrue();
            send("v-r=push&v-uiId=0");
            status();
        }
        clock.advance(Duration.ofMinutes(5));

        Sent heartbeat = send("v-r=heartbeat&v-uiId=0");

        assertThat(session.isInvalid()).as("the session ended 30 minutes after the last click").isTrue();
        assertThat(heartbeat.passedOn()).as("goes on, signed out: Vaadin reloads the tab onto the sign-in page").isTrue();
        assertThat(heartbeat.request().getSession(false).getAttribute(SessionEnd.ATTRIBUTE))
                .isEqualTo(new SessionEnd(SessionEnd.Reason.IDLE, Duration.ofMinutes(30)));
    }

    @Test
    void everyClickStartsTheThirtyMinutesAgain() throws Exception {
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(20));
            send("v-r=uidl&v-uiId=0");
        }
        clock.advance(Duration.ofMinutes(29));

        assertThat(send("v-r=heartbeat&v-uiId=0").passedOn()).isTrue();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void theTabsAskHowLongTheSessionHasLeftAndAreWarnedInTheLastMinute() throws Exception {
        send("v-r=uidl&v-uiId=0");
        clock.advance(Duration.ofMinutes(29).plusSeconds(30));

        Sent warned = status();
        assertThat(warned.passedOn()).as("answered by the filter itself").isFalse();
        assertThat(warned.response().getContentType()).isEqualTo("application/json");
        assertThat(warned.response().getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(warned.response().getContentAsString())
                .isEqualTo("{\"signedIn\":true,\"warning\":true,\"remainingMillis\":30000,\"nextCheckMillis\":5500}");

        clock.advance(Duration.ofSeconds(30));
        assertThat(status().response().getContentAsString()).isEqualTo("{\"signedIn\":false}");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void twelveHoursAfterSignInEvenAnActiveSessionEnds() throws Exception {
        send("v-r=uidl&v-uiId=0");
        for (int i = 0; i < 12 * 3 - 1; i++) {
            clock.advance(Duration.ofMinutes(20));
            send("v-r=uidl&v-uiId=0");
        }
        assertThat(session.isInvalid()).isFalse();
        clock.advance(Duration.ofMinutes(20));

        Sent click = send("v-r=uidl&v-uiId=0");

        assertThat(session.isInvalid()).isTrue();
        assertThat(click.request().getSession(false).getAttribute(SessionEnd.ATTRIBUTE))
                .isEqualTo(new SessionEnd(SessionEnd.Reason.ABSOLUTE, Duration.ofHours(12)));
    }

    @Test
    void withoutASignInTheTabsAreToldSoAndNothingIsKept() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", SessionLifetimeFilter.STATUS_PATH);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getContentAsString()).isEqualTo("{\"signedIn\":false}");
        assertThat(request.getSession(false)).isNull();
    }

    private record Sent(MockHttpServletRequest request, MockHttpServletResponse response, boolean passedOn) {
    }

    /** A Vaadin request of the open tab, with the session's sign-in as Spring Security would load it. */
    private Sent send(String query) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString(query);
        return send(request);
    }

    /** The tab's own look at the session. */
    private Sent status() throws Exception {
        return send(new MockHttpServletRequest("GET", SessionLifetimeFilter.STATUS_PATH));
    }

    private Sent send(MockHttpServletRequest request) throws Exception {
        if (session.isInvalid()) {
            session = new MockHttpSession();
        } else {
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        SecurityContextHolder.clearContext();
        return new Sent(request, response, chain.getRequest() != null);
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
