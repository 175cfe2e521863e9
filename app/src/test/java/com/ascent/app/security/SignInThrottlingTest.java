package com.ascent.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Password guessing over the real login endpoint with the default limits (5 failures before delays
 * that start at 1 s and double, a 15-minute lock after 10): before this, 30 wrong passwords went
 * through unslowed and the right one was accepted straight after.
 */
@IntegrationTest
class SignInThrottlingTest {

    static final String SIGNED_IN = "signed in";
    static final String WRONG = "/login?error";
    static final String PAUSED = "/login?locked";

    @Autowired
    WebApplicationContext web;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SignInLog log;
    @Autowired
    SignInAttemptRepository attempts;

    MockMvc mvc;
    String address;

    @BeforeEach
    void aFreshClientAddress() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        address = "10.%d.%d.%d".formatted(ThreadLocalRandom.current().nextInt(256),
                ThreadLocalRandom.current().nextInt(256), ThreadLocalRandom.current().nextInt(256));
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsAndTheWaitGrows() throws Exception {
        Account account = accounts.newOrganization(Role.HR);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(account.email(), "wrong guess " + i)).isEqualTo(WRONG);
        }
        assertThat(signIn(account.email(), account.password())).as("the right password straight after")
                .isEqualTo(PAUSED);

        Thread.sleep(1_100);
        assertThat(signIn(account.email(), "wrong guess 5")).isEqualTo(WRONG);
        Thread.sleep(1_100);
        assertThat(signIn(account.email(), account.password())).as("the second delay is 2 s").isEqualTo(PAUSED);
        Thread.sleep(1_000);
        assertThat(signIn(account.email(), account.password())).isEqualTo(SIGNED_IN);
    }

    @Test
    void delaysDoubleWithEveryFailureUntilTheAccountIsLockedForTheLockDuration() {
        SignInThrottle throttle = new SignInThrottle(attempts,
                new SignInLimits(3, 6, 1_000, 1_000, Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofHours(1)));
        String email = "guessed-" + UUID.randomUUID() + "@example.com";
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            throttle.record(email, address, SignInOutcome.FAILURE);
            waits.add(throttle.blockedUntil(email, address).map(until -> Duration.between(Instant.now(), until))
                    .orElse(Duration.ZERO));
        }
        assertThat(waits).extracting(wait -> Math.round(wait.toMillis() / 1_000.0))
                .containsExactly(0L, 0L, 10L, 20L, 40L, 15 * 60L);

        throttle.record(email, address, SignInOutcome.SUCCESS);
        assertThat(throttle.blockedUntil(email, address)).as("counted since the last successful sign-in").isEmpty();
    }

    @Test
    void oneAddressTryingManyEmailsIsSlowedDownToo() {
        SignInThrottle throttle = new SignInThrottle(attempts,
                new SignInLimits(1_000, 1_000, 3, 5, Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofHours(1)));
        for (int i = 0; i < 5; i++) {
            throttle.record("sprayed-" + UUID.randomUUID() + "@example.com", address, SignInOutcome.FAILURE);
        }
        assertThat(throttle.blockedUntil("anyone-" + UUID.randomUUID() + "@example.com", address))
                .hasValueSatisfying(until -> assertThat(until).isAfter(Instant.now().plus(Duration.ofMinutes(14))));
        assertThat(throttle.blockedUntil("anyone@example.com", "10.255.255.254")).as("another address").isEmpty();
    }

    @Test
    void anUnknownEmailGetsExactlyTheAnswersOfAKnownOne() throws Exception {
        Account account = accounts.newOrganization(Role.HR);
        String unknown = "nobody-" + UUID.randomUUID() + "@example.com";
        assertThat(answersToSixGuesses(unknown)).isEqualTo(answersToSixGuesses(account.email()))
                .containsExactly(WRONG, WRONG, WRONG, WRONG, WRONG, PAUSED);
    }

    private List<String> answersToSixGuesses(String email) throws Exception {
        aFreshClientAddress();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(signIn(email, "wrong guess " + i));
        }
        return answers;
    }

    @Test
    void aWrongPasswordTakesAsLongForAnUnknownEmailAsForAKnownOne() throws Exception {
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Account account = accounts.newOrganization(Role.VIEWER);
            known.add(timeOf(account.email()));
            unknown.add(timeOf("nobody-" + UUID.randomUUID() + "@example.com"));
        }
        long knownMedian = known.stream().sorted().toList().get(2);
        long unknownMedian = unknown.stream().sorted().toList().get(2);
        assertThat(unknownMedian).as("unknown %s vs known %s ns: a password hash is computed for both", unknown, known)
                .isBetween(knownMedian / 2, knownMedian * 2);
    }

    @Test
    void administratorsReadTheSignInsOfTheirOwnUsersOnly() throws Exception {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account colleague = accounts.newColleague(admin, Role.HR);
        Account stranger = accounts.newOrganization(Role.HR);
        signIn(colleague.email(), "a wrong password");
        signIn(colleague.email(), colleague.password());
        signIn(stranger.email(), stranger.password());

        accounts.signIn(admin);
        assertThat(log.list(SignInFilter.ALL, 0, 50)).extracting(SignInRecord::email, SignInRecord::address, SignInRecord::outcome)
                .containsExactly(tuple(colleague.email(), address, SignInOutcome.SUCCESS),
                        tuple(colleague.email(), address, SignInOutcome.FAILURE));
    }

    private long timeOf(String email) throws Exception {
        aFreshClientAddress();
        long start = System.nanoTime();
        assertThat(signIn(email, "a wrong password")).isEqualTo(WRONG);
        return System.nanoTime() - start;
    }

    /** Posts the login form; where the browser is sent tells the outcome. */
    private String signIn(String email, String password) throws Exception {
        String location = mvc.perform(post("/login").param("username", email).param("password", password)
                        .with(csrf()).with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn().getResponse().getRedirectedUrl();
        return location != null && (location.endsWith(WRONG) || location.endsWith(PAUSED))
                ? location.substring(location.indexOf("/login")) : SIGNED_IN;
    }
}
