package com.ascent.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A user changes their own password (guesses of the current one throttled like sign-in; their other
 * sessions end), and one reset by an administrator must be changed before anything else.
 */
@IntegrationTest
class PasswordChangeServiceTest {

    static final String NEW_PASSWORD = "seven blue herons at dusk";

    @Autowired
    PasswordChangeService passwords;
    @Autowired
    UserAdministrationService users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    SignInAttemptRepository attempts;
    @Autowired
    WebApplicationContext web;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aUserChangesTheirPasswordWithTheCurrentOne() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);

        passwords.change(hr.password(), NEW_PASSWORD);

        String hash = repository.signInAccount(hr.email()).orElseThrow().passwordHash();
        assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}");
        assertThat(passwordEncoder.matches(NEW_PASSWORD, hash)).isTrue();
        assertThat(passwordEncoder.matches(hr.password(), hash)).isFalse();
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndNothingChanges() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);

        assertRefused(() -> passwords.change(hr.password() + "x", NEW_PASSWORD), "currentPassword",
                "password.error.currentWrong");
        assertThat(passwordEncoder.matches(hr.password(),
                repository.signInAccount(hr.email()).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void theNewPasswordFollowsThePolicy() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);

        assertRefused(() -> passwords.change(hr.password(), "short one"), "newPassword", "password.error.tooShort");
        assertRefused(() -> passwords.change(hr.password(), "aaaaaaaaaaaa"), "newPassword", "password.error.repetitive");
        assertRefused(() -> passwords.change(hr.password(), "Password123!"), "newPassword", "password.error.common");
        assertRefused(() -> passwords.change(hr.password(), hr.organizationName() + " 2027"), "newPassword",
                "password.error.context");
        assertRefused(() -> passwords.change(hr.password(), hr.password()), "newPassword", "password.error.unchanged");
        assertThat(passwordEncoder.matches(hr.password(),
                repository.signInAccount(hr.email()).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void afterAResetTheUserMustChooseTheirOwnPasswordAndThenNoLonger() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account hr = accounts.newColleague(admin, Role.HR);
        accounts.signIn(admin);
        String temporary = users.resetPassword(users.members().stream()
                .filter(m -> m.userId().equals(hr.userId())).findFirst().orElseThrow());

        accounts.signIn(hr);
        assertThat(currentUser.require().mustChangePassword()).isTrue();
        assertRefused(() -> passwords.change(hr.password(), NEW_PASSWORD), "currentPassword",
                "password.error.currentWrong");

        passwords.change(temporary, NEW_PASSWORD);

        assertThat(currentUser.require().mustChangePassword()).as("the session goes on").isFalse();
        var account = repository.signInAccount(hr.email()).orElseThrow();
        assertThat(account.mustChangePassword()).as("and so does the next sign-in").isFalse();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, account.passwordHash())).isTrue();
    }

    @Test
    void changingOnesOwnPasswordEndsOnesOtherSessionsButNotThisOne() throws Exception {
        Account hr = accounts.newOrganization(Role.HR);
        MockHttpSession otherSession = signedInSession(hr);
        accounts.signIn(hr);

        passwords.change(hr.password(), NEW_PASSWORD);
        MockHttpSession thisSession = new MockHttpSession();
        thisSession.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                SecurityContextHolder.getContext());
        SecurityContextHolder.clearContext();

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        mvc.perform(get("/actuator/health").session(otherSession));
        mvc.perform(get("/actuator/health").session(thisSession));
        assertThat(otherSession.isInvalid()).as("signed in with the old password").isTrue();
        assertThat(thisSession.isInvalid()).as("the session that changed it").isFalse();
    }

    @Test
    void guessesOfTheCurrentPasswordAreThrottledLikeSignIn() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.%d.%d.%d".formatted(ThreadLocalRandom.current().nextInt(256),
                ThreadLocalRandom.current().nextInt(256), ThreadLocalRandom.current().nextInt(256)));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            for (int i = 0; i < 5; i++) {
                String guess = "guess number " + i;
                assertRefused(() -> passwords.change(guess, NEW_PASSWORD), "currentPassword",
                        "password.error.currentWrong");
            }
            assertRefused(() -> passwords.change(hr.password(), NEW_PASSWORD), "currentPassword",
                    "password.error.tooManyAttempts");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        assertThat(passwordEncoder.matches(hr.password(),
                repository.signInAccount(hr.email()).orElseThrow().passwordHash())).as("not even checked").isTrue();
        assertThat(attempts.failuresOfEmail(hr.email(), Instant.now().minus(Duration.ofHours(1))).count())
                .as("the guesses count against the account as failed sign-ins do").isEqualTo(5);
    }

    private MockHttpSession signedInSession(Account account) {
        accounts.signIn(account);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                SecurityContextHolder.getContext());
        SecurityContextHolder.clearContext();
        return session;
    }

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(key);
        });
    }
}
