package com.ascent.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class UserAdministrationServiceTest {

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
    void aResetGivesATemporaryPasswordThatForcesAChangeAtTheNextSignIn() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account hr = accounts.newColleague(admin, Role.HR);
        accounts.signIn(admin);

        String temporary = users.resetPassword(member(hr));

        assertThat(temporary).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        var account = repository.signInAccount(hr.email()).orElseThrow();
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.passwordHash()).startsWith("{argon2@SpringSecurity_v5_8}");
        assertThat(passwordEncoder.matches(temporary, account.passwordHash())).isTrue();
        assertThat(passwordEncoder.matches(hr.password(), account.passwordHash())).as("the old one stops working")
                .isFalse();
        assertThat(((AscentUser) userDetails.loadUserByUsername(hr.email())).mustChangePassword()).isTrue();
        assertThat(users.resetPassword(member(hr))).as("random every time").isNotEqualTo(temporary);
    }

    @Test
    void anAdministratorResetsNoPasswordThatWouldOpenAnotherOrganizationToThem() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account otherClient = accounts.newOrganization(Role.ADMIN);
        Account consultant = accounts.newColleague(admin, Role.HR);
        accounts.addMembership(consultant, otherClient, Role.HR);
        accounts.signIn(admin);

        assertThatThrownBy(() -> users.resetPassword(member(consultant)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("users.error.resetElsewhere"));
        var account = repository.signInAccount(consultant.email()).orElseThrow();
        assertThat(passwordEncoder.matches(consultant.password(), account.passwordHash())).isTrue();
        assertThat(account.mustChangePassword()).isFalse();

        // Someone who administers every organization the consultant works in may.
        accounts.addMembership(admin, otherClient, Role.ADMIN);
        accounts.signIn(admin);
        users.resetPassword(member(consultant));
        assertThat(repository.signInAccount(consultant.email()).orElseThrow().mustChangePassword()).isTrue();
    }

    @Test
    void anAdministratorResetsNeitherTheirOwnPasswordNorAnotherOrganizationsUsers() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account adminOfB = accounts.newOrganization(Role.ADMIN);
        Account memberOfB = accounts.newColleague(adminOfB, Role.HR);
        accounts.signIn(adminOfB);
        Member ofB = member(memberOfB);
        accounts.signIn(admin);

        assertThatThrownBy(() -> users.resetPassword(member(admin))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).isEqualTo("users.error.resetYourself"));
        assertThatThrownBy(() -> users.resetPassword(ofB)).isInstanceOf(ConcurrentEditException.class);
        assertThat(repository.signInAccount(memberOfB.email()).orElseThrow().mustChangePassword()).isFalse();
        assertThat(repository.signInAccount(admin.email()).orElseThrow().mustChangePassword()).isFalse();
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
        Account colleague = accounts.newColleague(hr, Role.VIEWER);
        assertThatThrownBy(() -> users.resetPassword(new Member(colleague.userId(), "Test viewer", colleague.email(),
                Role.VIEWER, 1))).isInstanceOf(AuthorizationDeniedException.class);
    }

    private Member member(Account account) {
        return users.members().stream().filter(m -> m.userId().equals(account.userId())).findFirst().orElseThrow();
    }
}
