package com.ascent.app.security;

import com.ascent.app.database.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session in step with the database: when an administrator changes someone's
 * role or removes them from an organization, their very next request carries the new rights,
 * not the ones they signed in with. Someone left without any organization is signed out. A session
 * signed in with a password that has been replaced since (an administrator's reset, or a change
 * the user made in another session) is ended, and the sign-in page says why.
 *
 * <p>While the database cannot be reached, a request goes on with the rights the session has (it
 * can read nothing anyway) and is marked, so that the page says so at once instead of waiting for
 * the connection timeout again. For a few seconds after such a failure the requests of a page
 * load (its scripts, then its first navigation) do not wait for the database either; after that,
 * the next request tries again, so nothing stays unavailable once the database is back.
 */
final class MembershipRefreshFilter extends OncePerRequestFilter {

    private static final Duration ASSUME_UNREACHABLE_FOR = Duration.ofSeconds(5);

    private final AscentUserDetailsService users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private volatile @Nullable RecentFailure recentFailure;

    MembershipRefreshFilter(AscentUserDetailsService users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AscentUser user) {
            RecentFailure failure = recentFailure;
            if (failure != null && System.nanoTime() - failure.until() < 0) {
                DatabaseUnavailable.mark(request, failure.cause());
            } else if (!DatabaseUnavailable.attempt(request, () -> refresh(user, request, response))) {
                recentFailure = new RecentFailure(DatabaseUnavailable.foundIn(request).orElseThrow(),
                        System.nanoTime() + ASSUME_UNREACHABLE_FOR.toNanos());
            }
        }
        chain.doFilter(request, response);
    }

    /** The database was found unreachable; until {@code until} (a {@link System#nanoTime()}) nobody waits for it. */
    private record RecentFailure(RuntimeException cause, long until) {
    }

    private void refresh(AscentUser user, HttpServletRequest request, HttpServletResponse response) {
        AscentUserDetailsService.AccountNow account = users.accountNow(user.id());
        if (account.passwordReplacedSince(user.passwordSetAt())) {
            new SessionEnd(SessionEnd.Reason.PASSWORD_REPLACED, Duration.ZERO).endSessionOf(request);
            return;
        }
        List<Membership> memberships = account.memberships();
        if (memberships.equals(user.memberships())) {
            return;
        }
        if (memberships.isEmpty()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return;
        }
        AscentUser refreshed = user.withMemberships(memberships);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null,
                refreshed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
