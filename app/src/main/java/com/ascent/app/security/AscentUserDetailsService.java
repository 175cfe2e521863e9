package com.ascent.app.security;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.security.UserAccountRepository.SignInAccount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads users by e-mail; a user starts in the first of their organizations. The account comes
 * from the sign-in function (the only way to a password hash); the memberships are read working
 * as that user, since row-level security shows a user's memberships to that user only. When the
 * database cannot be reached, sign-in fails with {@link SignInUnavailableException}, never as an
 * unknown user or a wrong password. A temporary password (an administrator's reset) works for
 * {@code ascent.passwords.temporary-valid-for} after it was set; after that, even the right one is
 * refused (Spring Security checks whether the credentials expired after checking the password, so
 * the answer tells nothing to somebody who does not know it).
 */
@Service
class AscentUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final TransactionTemplate readOnly;
    private final Duration temporaryPasswordValidFor;
    private final Clock clock = Clock.systemUTC();

    AscentUserDetailsService(UserAccountRepository accounts, PlatformTransactionManager transactions,
                             @Value("${ascent.passwords.temporary-valid-for}") Duration temporaryPasswordValidFor) {
        this.accounts = accounts;
        this.temporaryPasswordValidFor = temporaryPasswordValidFor;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // A transaction of its own, so that the user bound for it reaches PostgreSQL even when a
        // caller is inside another transaction already.
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        try {
            return load(email);
        } catch (RuntimeException e) {
            throw SignInUnavailableException.whenDatabaseDown(e);
        }
    }

    private UserDetails load(String email) {
        SignInAccount user = readOnly.execute(tx -> accounts.signInAccount(email))
                .filter(SignInAccount::enabled)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        List<Membership> memberships = membershipsOf(user.id());
        boolean temporaryPasswordExpired = user.mustChangePassword()
                && !clock.instant().isBefore(user.passwordSetAt().plus(temporaryPasswordValidFor));
        return new AscentUser(user.id(), user.email(), user.displayName(), user.passwordHash(),
                memberships, memberships.isEmpty() ? null : memberships.getFirst().organizationId(),
                user.mustChangePassword(), user.passwordSetAt(), temporaryPasswordExpired);
    }

    /**
     * The user's account as it is in the database now, read in one transaction of that user: their
     * memberships, and when their password was set ({@code null} once the account is gone).
     */
    AccountNow accountNow(UUID userId) {
        return OrganizationScope.callAsUser(userId, () -> readOnly.execute(tx -> new AccountNow(
                accounts.memberships(userId), accounts.passwordSetAt(userId).orElse(null))));
    }

    record AccountNow(List<Membership> memberships, @Nullable Instant passwordSetAt) {

        /** Whether a session signed in with the password of {@code signedInWith} must end: it was replaced since. */
        boolean passwordReplacedSince(Instant signedInWith) {
            return passwordSetAt != null && passwordSetAt.isAfter(signedInWith);
        }
    }

    /** The user's memberships as they are in the database now, read in a transaction of that user. */
    List<Membership> membershipsOf(UUID userId) {
        // The user is bound before the transaction starts, which hands it to PostgreSQL.
        return OrganizationScope.callAsUser(userId, () -> readOnly.execute(tx -> accounts.memberships(userId)));
    }
}
