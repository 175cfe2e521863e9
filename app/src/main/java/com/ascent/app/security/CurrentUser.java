package com.ascent.app.security;

import com.ascent.app.database.OrganizationScopeSource;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The signed-in user of the current request, the organization they work in, and the switch to
 * another of their organizations (for consultants serving several clients).
 */
@Component
public class CurrentUser implements OrganizationScopeSource {

    private final AuthenticationContext authenticationContext;
    private final HttpSessionSecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    /** The signed-in user, if any. */
    public Optional<AscentUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AscentUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** The signed-in user; fails outside a signed-in request. */
    public AscentUser require() {
        return get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    @Override
    public Optional<UUID> organizationId() {
        return get().flatMap(AscentUser::activeMembership).map(Membership::organizationId);
    }

    @Override
    public Optional<UUID> userId() {
        return get().map(AscentUser::id);
    }

    /** Whether the signed-in user has {@code role} (or a higher one) in the active organization. */
    public boolean hasRole(Role role) {
        return switch (role) {
            case VIEWER -> authenticationContext.hasAnyRole("VIEWER", "HR", "ADMIN");
            case HR -> authenticationContext.hasAnyRole("HR", "ADMIN");
            case ADMIN -> authenticationContext.hasRole("ADMIN");
        };
    }

    /** Makes {@code organizationId} the active organization of this session. */
    public void switchOrganization(UUID organizationId) {
        AscentUser switched = require().withActiveOrganization(organizationId);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(switched, null,
                switched.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
    }

    /** Signs the user out and returns to the login page. */
    public void logout() {
        authenticationContext.logout();
    }
}
