package com.ascent.app.security;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.security.UserAccountRepository.SignInAccount;
import java.util.List;
import java.util.UUID;
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
 * unknown user or a wrong password.
 */
@Service
class AscentUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final TransactionTemplate readOnly;

    AscentUserDetailsService(UserAccountRepository accounts, PlatformTransactionManager transactions) {
        this.accounts = accounts;
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
        return new AscentUser(user.id(), user.email(), user.displayName(), user.passwordHash(),
                memberships, memberships.isEmpty() ? null : memberships.getFirst().organizationId(),
                user.mustChangePassword());
    }

    /** The user's memberships as they are in the database now, read in a transaction of that user. */
    List<Membership> membershipsOf(UUID userId) {
        // The user is bound before the transaction starts, which hands it to PostgreSQL.
        return OrganizationScope.callAsUser(userId, () -> readOnly.execute(tx -> accounts.memberships(userId)));
    }
}
