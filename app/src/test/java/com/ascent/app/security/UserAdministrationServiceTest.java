package com.ascent.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.security.UserAdministrationService.Added;
import com.ascent.app.security.UserAdministrationService.NewMember;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class UserAdministrationServiceTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    UserAdministrationService users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AscentUserDetailsService userDetails;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aNewUserGetsAnAccountWithAHashedPasswordAndTheirRole() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        String email = uniqueEmail();

        Added added = users.add(new NewMember("Ana Kowalska", email, PASSWORD, Role.HR));

        assertThat(added.existingAccount()).isFalse();
        assertThat(users.members()).extracting(Member::email, Member::role)
                .contains(tuple(email, Role.HR));
        String hash = repository.signInAccount(email).orElseThrow().passwordHash();
        assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}").doesNotContain(PASSWORD);
        assertThat(passwordEncoder.matches(PASSWORD, hash)).isTrue();
        AscentUser signedIn = (AscentUser) userDetails.loadUserByUsername(email);
        assertThat(signedIn.memberships()).extracting(Membership::organizationId, Membership::role)
                .containsExactly(tuple(admin.organizationId(), Role.HR));
    }

    @Test
    void aConsultantWithAnAccountJoinsWithAMembershipAndKeepsTheirPassword() {
        Account consultant = accounts.newOrganization(Role.HR);
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);

        Added added = users.add(new NewMember("Someone else", consultant.email().toUpperCase(), "another password 123",
                Role.VIEWER));

        assertThat(added.existingAccount()).isTrue();
        assertThat(added.member().userId()).isEqualTo(consultant.userId());
        assertThat(accounts.memberships(consultant)).extracting(Membership::organizationId)
                .containsExactlyInAnyOrder(consultant.organizationId(), admin.organizationId());
        String hash = repository.signInAccount(consultant.email()).orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches(consultant.password(), hash)).isTrue();
        assertThat(added.member().displayName()).isEqualTo("Test hr");
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsStored() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        String email = uniqueEmail();

        assertRefused(new NewMember("Ana", "ana.example.com", PASSWORD, Role.HR), "email", "users.error.emailInvalid");
        assertRefused(new NewMember("Ana", email, "short pw 11", Role.HR), "password", "password.error.tooShort");
        assertRefused(new NewMember(" ", email, PASSWORD, Role.HR), "displayName", "users.error.nameRequired");
        assertRefused(new NewMember("Ana", email, PASSWORD, null), "role", "users.error.roleRequired");
        assertRefused(new NewMember("Me again", admin.email(), PASSWORD, Role.HR), "email", "users.error.alreadyMember");

        assertThat(users.members()).extracting(Member::userId).containsExactly(admin.userId());
        assertThat(repository.signInAccount(email)).isEmpty();
    }

    @Test
    void aRoleChangeIsStoredAndAStaleOneIsRefused() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account viewer = accounts.newColleague(admin, Role.VIEWER);
        accounts.signIn(admin);
        Member before = member(viewer);

        Member after = users.changeRole(before, Role.HR);

        assertThat(after.role()).isEqualTo(Role.HR);
        assertThat(accounts.memberships(viewer)).extracting(Membership::role).containsExactly(Role.HR);
        assertThatThrownBy(() -> users.changeRole(before, Role.ADMIN)).isInstanceOf(ConcurrentEditException.class);
        assertThat(member(viewer).role()).isEqualTo(Role.HR);
    }

    @Test
    void anAdministratorNeitherChangesNorRemovesTheirOwnAccess() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.newColleague(admin, Role.ADMIN);
        accounts.signIn(admin);
        Member self = member(admin);

        assertThatThrownBy(() -> users.changeRole(self, Role.VIEWER)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).isEqualTo("users.error.yourself"));
        assertThatThrownBy(() -> users.remove(self)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).isEqualTo("users.error.yourself"));
        assertThat(member(admin).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void theLastAdministratorStaysEvenWhenAnOutdatedSessionTriesToRemoveThem() {
        Account first = accounts.newOrganization(Role.ADMIN);
        Account second = accounts.newColleague(first, Role.ADMIN);
        accounts.signIn(first);
        SecurityContext sessionOfFirst = SecurityContextHolder.getContext();
        accounts.signIn(second);
        users.changeRole(member(first), Role.HR);

        SecurityContextHolder.setContext(sessionOfFirst); // an administrator here, no longer in the database
        Member lastAdmin = member(second);
        assertThatThrownBy(() -> users.changeRole(lastAdmin, Role.HR)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).isEqualTo("users.error.lastAdmin"));
        assertThatThrownBy(() -> users.remove(lastAdmin)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).isEqualTo("users.error.lastAdmin"));
        assertThat(member(second).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void removingTheOnlyMembershipDeletesTheAccountButAConsultantKeepsTheirOtherOrganizations() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account colleague = accounts.newColleague(admin, Role.HR);
        Account consultant = accounts.newOrganization(Role.HR);
        accounts.addMembership(consultant, admin, Role.VIEWER);
        accounts.signIn(admin);

        users.remove(member(colleague));
        users.remove(member(consultant));

        assertThat(users.members()).extracting(Member::userId).containsExactly(admin.userId());
        assertThat(repository.signInAccount(colleague.email())).as("nobody signs in without an organization").isEmpty();
        assertThat(accounts.memberships(consultant)).extracting(Membership::organizationId)
                .containsExactly(consultant.organizationId());
    }

    @Test
    void administratorsOnlyReachTheirOwnOrganization() {
        Account adminOfA = accounts.newOrganization(Role.ADMIN);
        Account adminOfB = accounts.newOrganization(Role.ADMIN);
        Account memberOfB = accounts.newColleague(adminOfB, Role.HR);
        accounts.signIn(adminOfB);
        Member target = member(memberOfB);

        accounts.signIn(adminOfA);
        assertThat(users.members()).extracting(Member::userId).containsExactly(adminOfA.userId());
        assertThatThrownBy(() -> users.changeRole(target, Role.ADMIN)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> users.remove(target)).isInstanceOf(ConcurrentEditException.class);
        assertThat(accounts.memberships(memberOfB)).extracting(Membership::role).containsExactly(Role.HR);
    }

    @Test
    void onlyAdministratorsManageUsers() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        assertThatThrownBy(() -> users.members()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.add(new NewMember("Ana", uniqueEmail(), PASSWORD, Role.ADMIN)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private void assertRefused(NewMember newMember, String field, String key) {
        assertThatThrownBy(() -> users.add(newMember)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(key);
        });
    }

    private Member member(Account account) {
        return users.members().stream().filter(m -> m.userId().equals(account.userId())).findFirst().orElseThrow();
    }

    private static String uniqueEmail() {
        return "ana-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
