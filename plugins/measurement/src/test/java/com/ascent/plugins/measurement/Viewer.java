package com.ascent.plugins.measurement;

import com.ascent.app.security.InvitationService;
import com.ascent.app.security.Role;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Signs a viewer of the kit's organization in for the rest of a test. The kit signs its
 * administrator in for every test and offers no other role, so the viewer joins the way a
 * colleague does: invited by the administrator, accepting the invitation with a new account.
 */
final class Viewer {

    private Viewer() {
    }

    static void signIn(InvitationService invitations, UserDetailsService users) {
        String email = "viewer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        InvitationService.Invited invited = invitations.invite(email, Role.VIEWER);
        invitations.acceptWithNewAccount(invited.token(), "Vera Viewer", "viewer-" + UUID.randomUUID());
        UserDetails viewer = users.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(viewer, null,
                viewer.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
