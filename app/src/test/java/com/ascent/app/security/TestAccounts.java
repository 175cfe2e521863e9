package com.ascent.app.security;

import com.ascent.app.database.OrganizationScope;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates organizations and users for tests through the real repositories and signs them in
 * the way the login does, so that services, views and row-level security see a real session.
 */
@Component
public class TestAccounts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AscentUserDetailsService users;
    private final SecurityContextHolderStrategy securityContexts;
    private final TransactionTemplate transactions;
    private final CurrentUser currentUser;

    TestAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AscentUserDetailsService users,
                 ObjectProvider<SecurityContextHolderStrategy> securityContexts, TransactionTemplate transactions,
                 CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.passwordEncoder = passwordEncoder;
        this.users = users;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** A signed-up user of one organization. */
    public record Account(UUID userId, String email, String password, UUID organizationId, String organizationName) {
    }

    /** A new organization with one user of {@code role}. */
    public Account newOrganization(Role role) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "Test organization " + suffix;
        UUID organizationId = UUID.randomUUID();
        return inOrganization(organizationId, () -> {
            accounts.createOrganization(organizationId, name);
            return newMember(organizationId, name, role);
        });
    }

    /** Another user of {@code role} in the organization of {@code colleague}. */
    public Account newColleague(Account colleague, Role role) {
        return inOrganization(colleague.organizationId(),
                () -> newMember(colleague.organizationId(), colleague.organizationName(), role));
    }

    /** Gives {@code account}'s user a role in {@code other}'s organization too (a consultant). */
    public void addMembership(Account account, Account other, Role role) {
        inOrganization(other.organizationId(), () -> {
            accounts.addMembership(account.userId(), other.organizationId(), role);
            return null;
        });
    }

    /** Row-level security lets a transaction write only to the organization it was started for. */
    private <T> T inOrganization(UUID organizationId, java.util.function.Supplier<T> work) {
        return OrganizationScope.callAs(organizationId, () -> transactions.execute(tx -> work.get()));
    }

    private Account newMember(UUID organizationId, String organizationName, Role role) {
        String email = "user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String password = "pw-" + UUID.randomUUID();
        UUID userId = accounts.createUser(email, "Test " + role.name().toLowerCase(), passwordEncoder.encode(password));
        accounts.addMembership(userId, organizationId, role);
        return new Account(userId, email, password, organizationId, organizationName);
    }

    /**
     * Signs {@code account} in, working in its organization, as the login form would. Every Spring
     * context of a test run installs its own security context strategy globally; signing in makes
     * this context's strategy the current one again, so that its method security sees the user.
     * After a sign-in the browser shows a new page: a browserless test's open UI is bound to the
     * new organization, as that page would be.
     */
    public void signIn(Account account) {
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
        AscentUser user = ((AscentUser) users.loadUserByUsername(account.email()))
                .withActiveOrganization(account.organizationId());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        UI tab = UI.getCurrent();
        if (tab != null) {
            currentUser.bindTab(tab);
        }
    }

    public void signOut() {
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
        SecurityContextHolder.clearContext();
    }

    /** The account's password hash as sign-in reads it. */
    public String passwordHash(Account account) {
        return accounts.signInAccount(account.email()).orElseThrow().passwordHash();
    }

    /** The authorities of the signed-in user. */
    public java.util.Collection<? extends org.springframework.security.core.GrantedAuthority> currentAuthorities() {
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities();
    }

    /** The id of the account signing in with {@code email}. */
    public UUID userId(String email) {
        return ((AscentUser) users.loadUserByUsername(email)).id();
    }

    /** The memberships as the login would load them. */
    public List<Membership> memberships(Account account) {
        return ((AscentUser) users.loadUserByUsername(account.email())).memberships();
    }
}
