package com.ascent.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
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
 * not the ones they signed in with. Someone left without any organization is signed out.
 */
final class MembershipRefreshFilter extends OncePerRequestFilter {

    private final AscentUserDetailsService users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    MembershipRefreshFilter(AscentUserDetailsService users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AscentUser user) {
            refresh(user, request, response);
        }
        chain.doFilter(request, response);
    }

    private void refresh(AscentUser user, HttpServletRequest request, HttpServletResponse response) {
        List<Membership> memberships = users.membershipsOf(user.id());
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
