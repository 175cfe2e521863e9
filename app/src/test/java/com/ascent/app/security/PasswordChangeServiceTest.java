package com.ascent.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A user changes their own password, and one reset by an administrator must be changed before anything else. */
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

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(key);
        });
    }
}
