package com.ascent.app.security;

import static com.ascent.app.db.Tables.INVITATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.security.InvitationService.Invited;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People join an organization only by accepting an invitation, and inviting tells the administrator
 * nothing about who has an Ascent account.
 */
@IntegrationTest
class InvitationServiceTest {

    static final String PASSWORD = "copper kettle on the windowsill";

    @Autowired
    InvitationService invitations;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void theAdministratorGetsTheSameAnswerForAnExistingAccountAndAnUnknownEmail() {
        Account adminOfB = accounts.newOrganization(Role.ADMIN);
        Account adminOfA = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(adminOfA);

        Invited existing = invitations.invite(adminOfB.email(), Role.HR);
        Invited unknown = invitations.invite(uniqueEmail(), Role.HR);

        // The same shape, nothing about the person: no name, no "already had an account".
        assertThat(Invited.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("email", "role", "expiresAt", "token");
        assertThat(List.of(existing, unknown)).allSatisfy(invited -> {
            assertThat(invited.role()).isEqualTo(Role.HR);
            assertThat(invited.token()).matches("[A-Za-z0-9_-]{43}");
            assertThat(Duration.between(Instant.now(), invited.expiresAt())).isBetween(Duration.ofDays(7).minusMinutes(1),
                    Duration.ofDays(7));
        });
        assertThat(invitations.pending()).extracting(PendingInvitation::email)
                .containsExactlyInAnyOrder(adminOfB.email(), unknown.email());
        assertThat(accounts.memberships(adminOfB)).as("nobody is attached without accepting")
                .extracting(Membership::organizationId).containsExactly(adminOfB.organizationId());
    }

    @Test
    void onlyTheTokensHashIsStored() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        Invited invited = invitations.invite(uniqueEmail(), Role.VIEWER);

        String stored = in(admin, () -> dsl.select(INVITATION.TOKEN_HASH).from(INVITATION)
                .where(INVITATION.EMAIL.eq(invited.email())).fetchSingle().value1());
        assertThat(stored).doesNotContain(invited.token()).matches("[0-9a-f]{64}");
    }

    @Test
    void aPersonWithoutAnAccountCreatesOneAndJoinsWithTheChosenRole() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        Invited invited = invitations.invite(uniqueEmail(), Role.VIEWER);
        accounts.signOut();

        assertRefused(() -> invitations.acceptWithNewAccount(invited.token(), " ", PASSWORD), "displayName",
                "invitation.error.nameRequired");
        assertRefused(() -> invitations.acceptWithNewAccount(invited.token(), "Jan Nowak", "aaaaaaaaaaaa"), "password",
                "password.error.repetitive");
        assertRefused(() -> invitations.acceptWithNewAccount(invited.token(), "J".repeat(100_000), PASSWORD),
                "displayName", "text.error.nameTooLong");
        assertThat(repository.signInAccount(invited.email())).as("nothing stored after a refusal").isEmpty();

        invitations.acceptWithNewAccount(invited.token(), "\u202EJan\u202C Nowak\n", PASSWORD);

        var account = repository.signInAccount(invited.email()).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Jan Nowak");
        assertThat(passwordEncoder.matches(PASSWORD, account.passwordHash())).isTrue();
        assertThat(accounts.memberships(new Account(account.id(), invited.email(), PASSWORD, admin.organizationId(), "")))
                .extracting(Membership::organizationId, Membership::role)
                .containsExactly(tuple(admin.organizationId(), Role.VIEWER));
    }

    @Test
    void aSignedInPersonAcceptsAndJoinsWithTheChosenRoleKeepingTheirPassword() {
        Account consultant = accounts.newOrganization(Role.HR);
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        Invited invited = invitations.invite(consultant.email().toUpperCase(Locale.ROOT), Role.ADMIN);

        accounts.signIn(consultant);
        assertThat(invitations.find(invited.token())).hasValueSatisfying(open -> {
            assertThat(open.organizationName()).isEqualTo(admin.organizationName());
            assertThat(open.role()).isEqualTo(Role.ADMIN);
        });
        OpenInvitation accepted = invitations.accept(invited.token());

        assertThat(accepted.organizationId()).isEqualTo(admin.organizationId());
        assertThat(accounts.memberships(consultant)).extracting(Membership::organizationId, Membership::role)
                .containsExactlyInAnyOrder(tuple(consultant.organizationId(), Role.HR),
                        tuple(admin.organizationId(), Role.ADMIN));
        assertThat(passwordEncoder.matches(consultant.password(),
                repository.signInAccount(consultant.email()).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void anAccountIsNeverCreatedTwiceForOneEmail() {
        Account existing = accounts.newOrganization(Role.HR);
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        Invited invited = invitations.invite(existing.email(), Role.HR);
        accounts.signOut();

        assertRefused(() -> invitations.acceptWithNewAccount(invited.token(), "Mallory", PASSWORD), "invitation",
                "invitation.error.accountExists");
        assertThat(passwordEncoder.matches(existing.password(),
                repository.signInAccount(existing.email()).orElseThrow().passwordHash())).isTrue();
        assertThat(accounts.memberships(existing)).extracting(Membership::organizationId)
                .containsExactly(existing.organizationId());
        assertThat(invitations.find(invited.token())).as("still open, to accept after signing in").isPresent();
    }

    @Test
    void anInvitationWorksOnce() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        Invited invited = invitations.invite(uniqueEmail(), Role.HR);
        accounts.signOut();
        invitations.acceptWithNewAccount(invited.token(), "Jan Nowak", PASSWORD);

        assertThat(invitations.find(invited.token())).isEmpty();
        assertRefused(() -> invitations.acceptWithNewAccount(invited.token(), "Jan Nowak", PASSWORD), "invitation",
                "invitation.gone");
        assertRefused(() -> invitations.decline(invited.token()), "invitation", "invitation.gone");
        accounts.signIn(admin);
        assertThat(invitations.pending()).isEmpty();
    }

    @Test
    void anExpiredInvitationNoLongerWorks() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        Invited invited = invitations.invite(uniqueEmail(), Role.HR);
        in(admin, () -> dsl.update(INVITATION).set(INVITATION.EXPIRES_AT, OffsetDateTime.now().minusMinutes(1))
                .where(INVITATION.EMAIL.eq(invited.email())).execute());

        assertThat(invitations.pending()).isEmpty();
        accounts.signOut();
        assertThat(invitations.find(invited.token())).isEmpty();
        assertRefused(() -> invitations.acceptWithNewAccount(invited.token(), "Jan Nowak", PASSWORD), "invitation",
                "invitation.gone");
        assertThat(repository.signInAccount(invited.email())).isEmpty();
    }

    @Test
    void aRevokedInvitationNoLongerWorksAndInvitingAgainReplacesTheEarlierLink() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        String email = uniqueEmail();
        Invited first = invitations.invite(email, Role.HR);
        Invited second = invitations.invite(email, Role.VIEWER);

        assertThat(invitations.find(first.token())).as("replaced").isEmpty();
        PendingInvitation pending = invitations.pending().getFirst();
        assertThat(invitations.pending()).extracting(PendingInvitation::email, PendingInvitation::role,
                PendingInvitation::invitedBy).containsExactly(tuple(email, Role.VIEWER, "Test admin"));

        invitations.revoke(pending);

        assertThat(invitations.pending()).isEmpty();
        assertThat(invitations.find(second.token())).isEmpty();
    }

    @Test
    void decliningJoinsNobody() {
        Account consultant = accounts.newOrganization(Role.HR);
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        Invited invited = invitations.invite(consultant.email(), Role.HR);

        accounts.signIn(consultant);
        OpenInvitation open = invitations.forCurrentUser().getFirst();
        invitations.decline(open);

        assertThat(accounts.memberships(consultant)).extracting(Membership::organizationId)
                .containsExactly(consultant.organizationId());
        assertThat(invitations.forCurrentUser()).isEmpty();
        assertThat(invitations.find(invited.token())).isEmpty();
    }

    @Test
    void aSignedInUserSeesTheirOpenInvitationsAndAcceptsThemFromTheList() {
        Account consultant = accounts.newOrganization(Role.HR);
        Account clientA = accounts.newOrganization(Role.ADMIN);
        Account clientB = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(clientA);
        invitations.invite(consultant.email(), Role.HR);
        accounts.signIn(clientB);
        invitations.invite(consultant.email(), Role.VIEWER);
        invitations.invite(uniqueEmail(), Role.VIEWER);

        accounts.signIn(consultant);
        List<OpenInvitation> open = invitations.forCurrentUser();
        assertThat(open).extracting(OpenInvitation::organizationId, OpenInvitation::role).containsExactlyInAnyOrder(
                tuple(clientA.organizationId(), Role.HR), tuple(clientB.organizationId(), Role.VIEWER));

        invitations.accept(open.stream().filter(i -> i.organizationId().equals(clientB.organizationId())).findFirst()
                .orElseThrow());

        assertThat(accounts.memberships(consultant)).extracting(Membership::organizationId, Membership::role)
                .containsExactlyInAnyOrder(tuple(consultant.organizationId(), Role.HR),
                        tuple(clientB.organizationId(), Role.VIEWER));
        assertThat(invitations.forCurrentUser()).extracting(OpenInvitation::organizationId)
                .containsExactly(clientA.organizationId());
    }

    @Test
    void nobodyAcceptsAnInvitationForSomeoneElse() {
        Account invitee = accounts.newOrganization(Role.HR);
        Account other = accounts.newOrganization(Role.HR);
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        Invited invited = invitations.invite(invitee.email(), Role.ADMIN);

        accounts.signIn(invitee);
        OpenInvitation forInvitee = invitations.forCurrentUser().getFirst();
        accounts.signIn(other);
        assertRefused(() -> invitations.accept(invited.token()), "invitation", "invitation.error.otherAccount");
        assertRefused(() -> invitations.accept(forInvitee), "invitation", "invitation.gone");

        assertThat(accounts.memberships(other)).extracting(Membership::organizationId)
                .containsExactly(other.organizationId());
        assertThat(invitations.find(invited.token())).isPresent();
    }

    @Test
    void anotherOrganizationsInvitationsAreInvisibleAndCannotBeRevoked() {
        Account adminOfA = accounts.newOrganization(Role.ADMIN);
        Account adminOfB = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(adminOfA);
        Invited ofA = invitations.invite(uniqueEmail(), Role.HR);
        PendingInvitation pendingOfA = invitations.pending().getFirst();

        accounts.signIn(adminOfB);
        assertThat(invitations.pending()).isEmpty();
        invitations.revoke(pendingOfA);

        accounts.signIn(adminOfA);
        assertThat(invitations.pending()).extracting(PendingInvitation::email).containsExactly(ofA.email());
        assertThat(invitations.find(ofA.token())).isPresent();
    }

    @Test
    void theOrganizationsOwnUsersAreNotInvitedAgainAndBadInputIsRefused() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account colleague = accounts.newColleague(admin, Role.HR);
        accounts.signIn(admin);

        assertRefused(() -> invitations.invite(colleague.email().toUpperCase(Locale.ROOT), Role.ADMIN), "email",
                "users.error.alreadyMember");
        assertRefused(() -> invitations.invite("ana.example.com", Role.HR), "email", "users.error.emailInvalid");
        assertRefused(() -> invitations.invite(uniqueEmail(), null), "role", "users.error.roleRequired");
        assertThat(invitations.pending()).isEmpty();
    }

    @Test
    void onlyAdministratorsInvite() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        assertThatThrownBy(() -> invitations.invite(uniqueEmail(), Role.ADMIN))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> invitations.pending()).isInstanceOf(AuthorizationDeniedException.class);
    }

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(key);
        });
    }

    /** Works in a transaction of {@code account}'s organization, as the application's role. */
    private <T> T in(Account account, java.util.function.Supplier<T> work) {
        return OrganizationScope.callAs(account.organizationId(), () -> transactions.execute(tx -> work.get()));
    }

    private static String uniqueEmail() {
        return "invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
