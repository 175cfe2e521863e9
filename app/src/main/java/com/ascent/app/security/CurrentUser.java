package com.ascent.app.security;

import com.ascent.app.database.OrganizationScopeSource;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The signed-in user of the current request, the organization they work in, and the switch to
 * another of their organizations (for consultants serving several clients).
 *
 * <p>The session has one active organization, but a consultant may have several tabs open: each
 * tab (a Vaadin UI) is bound to the organization its header shows. After a switch in another
 * tab, the organization of a request from the old tab is refused ({@link #organizationId()}
 * throws), so that it neither stores its work in the new organization nor lists the new
 * organization's data under the old one's name.
 */
@Component
public class CurrentUser implements OrganizationScopeSource {

    private final AuthenticationContext authenticationContext;
    private final AscentUserDetailsService users;
    private final HttpSessionSecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    CurrentUser(AuthenticationContext authenticationContext, AscentUserDetailsService users) {
        this.authenticationContext = authenticationContext;
        this.users = users;
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

    /**
     * The organization of this request: the one the user works in, if the request's tab (if any)
     * shows it. Every query and every transaction resolves its organization here.
     *
     * @throws OrganizationSwitchedElsewhereException when the tab shows another organization
     */
    @Override
    public Optional<UUID> organizationId() {
        UI tab = UI.getCurrent();
        if (tab != null && switchedElsewhere(tab)) {
            throw new OrganizationSwitchedElsewhereException();
        }
        return activeOrganization();
    }

    private Optional<UUID> activeOrganization() {
        return get().flatMap(AscentUser::activeMembership).map(Membership::organizationId);
    }

    /** Binds {@code tab} to the organization the user works in now, which its header shows. */
    public void bindTab(UI tab) {
        ComponentUtil.setData(tab, TabOrganization.class, new TabOrganization(activeOrganization().orElse(null)));
    }

    /**
     * Whether {@code tab} shows another organization than the one the user works in now (they
     * switched in another tab, or lost the membership). A tab that never showed the header (a
     * sign-in page) is not bound, and never refused; nor is a request without any organization
     * (signed out), which can read and write nothing anyway.
     */
    public boolean switchedElsewhere(UI tab) {
        TabOrganization bound = ComponentUtil.getData(tab, TabOrganization.class);
        Optional<UUID> active = activeOrganization();
        return bound != null && active.isPresent() && !active.get().equals(bound.organizationId());
    }

    /** The organization a tab was opened for. */
    private record TabOrganization(@Nullable UUID organizationId) implements Serializable {
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
            case PARTICIPANT -> authenticationContext.hasRole("PARTICIPANT");
        };
    }

    /** The person of the directory the user is bound to in the active organization: their part as a participant. */
    public Optional<UUID> participantPerson() {
        return get().flatMap(AscentUser::activeMembership).map(Membership::personId);
    }

    /** Whether the user only takes part in programs here: the staff pages are not theirs. */
    public boolean participantOnly() {
        return get().flatMap(AscentUser::activeMembership).map(Membership::participantOnly).orElse(false);
    }

    /** Makes {@code organizationId} the active organization of this session and of the tab that asked. */
    public void switchOrganization(UUID organizationId) {
        replace(require().withActiveOrganization(organizationId));
    }

    /**
     * Lets this session go on after the user chose their own password at {@code setAt} (a forced
     * change is over); their other sessions, signed in with the old one, end.
     */
    void passwordChanged(Instant setAt) {
        replace(require().withPasswordChanged(setAt));
    }

    /**
     * The session learns the user's organizations as the database has them now (they created or
     * renamed one), working where it was; call it after the change was committed.
     */
    public void reloadMemberships() {
        membershipsChanged(users.membershipsOf(require().id()));
    }

    /** The session learns the user's memberships as they are now (they joined an organization), working where it was. */
    void membershipsChanged(List<Membership> memberships) {
        replace(require().withMemberships(memberships));
    }

    /** Keeps {@code user} in the session as the signed-in user from now on. */
    private void replace(AscentUser user) {
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null) { // a service called outside a browser request (a test) has no session to update
            contextRepository.saveContext(context, request.getHttpServletRequest(),
                    VaadinServletResponse.getCurrent().getHttpServletResponse());
        }
        UI tab = UI.getCurrent();
        if (tab != null) {
            bindTab(tab);
        }
    }

    /** Signs the user out and returns to the login page. */
    public void logout() {
        authenticationContext.logout();
    }
}
