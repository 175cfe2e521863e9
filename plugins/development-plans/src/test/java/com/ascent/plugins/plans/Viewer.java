package com.ascent.plugins.plans;

import com.ascent.app.security.InvitationService;
import com.ascent.app.security.Role;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A colleague who may only look at programs. The test kit signs its administrator in for every
 * test; this invites a viewer to the same organization, as an administrator does, and signs them
 * in instead (the kit signs everyone out after the test).
 */
final class Viewer {

    private Viewer() {
    }

    static void signIn(InvitationService invitations, UserDetailsService users) {
        String email = "viewer-" + UUID.randomUUID().toString().substring(0, 8) + "@plugin-test.example";
        String token = invitations.invite(email, Role.VIEWER).token();
        invitations.acceptWithNewAccount(token, "Test viewer", "Pw-" + UUID.randomUUID());
        UserDetails viewer = users.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(viewer, null,
                viewer.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
