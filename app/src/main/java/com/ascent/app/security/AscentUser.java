package com.ascent.app.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user: their organizations and the one they are working in now. Authorities are
 * the role in the active organization only, so switching organization switches rights too. After an
 * administrator reset their password, they must choose a new one before anything else. The session
 * knows when the password it signed in with was set: a session whose password was replaced since is
 * ended ({@link MembershipRefreshFilter}).
 */
public final class AscentUser implements UserDetails, CredentialsContainer {

    private final UUID id;
    private final String email;
    private final String displayName;
    private @Nullable String passwordHash;
    private final List<Membership> memberships;
    private final @Nullable UUID activeOrganizationId;
    private final boolean mustChangePassword;
    private final Instant passwordSetAt;
    private final boolean temporaryPasswordExpired;

    /**
     * @param passwordSetAt            when the password the user signs in with was set
     * @param temporaryPasswordExpired the password is an administrator's temporary one, and too old to sign in with
     */
    AscentUser(UUID id, String email, String displayName, @Nullable String passwordHash, List<Membership> memberships,
               @Nullable UUID activeOrganizationId, boolean mustChangePassword, Instant passwordSetAt,
               boolean temporaryPasswordExpired) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.memberships = List.copyOf(memberships);
        this.activeOrganizationId = activeOrganizationId;
        this.mustChangePassword = mustChangePassword;
        this.passwordSetAt = passwordSetAt;
        this.temporaryPasswordExpired = temporaryPasswordExpired;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public List<Membership> memberships() {
        return memberships;
    }

    /** Whether they signed in with a password an administrator set, and must choose their own first. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** When the password this session was signed in with (or has chosen since) was set. */
    public Instant passwordSetAt() {
        return passwordSetAt;
    }

    /** The organization the user works in now. */
    public Optional<Membership> activeMembership() {
        return memberships.stream().filter(m -> m.organizationId().equals(activeOrganizationId)).findFirst();
    }

    /** The same user working in another of their organizations. */
    AscentUser withActiveOrganization(UUID organizationId) {
        if (memberships.stream().noneMatch(m -> m.organizationId().equals(organizationId))) {
            throw new IllegalArgumentException("Not a member of organization " + organizationId);
        }
        return new AscentUser(id, email, displayName, null, memberships, organizationId, mustChangePassword,
                passwordSetAt, false);
    }

    /** The same user once they have chosen their own password, at {@code setAt}. */
    AscentUser withPasswordChanged(Instant setAt) {
        return new AscentUser(id, email, displayName, null, memberships, activeOrganizationId, false, setAt, false);
    }

    /**
     * The same user with their organizations as they are now, still working in the active one if
     * they remain a member of it, otherwise in the first they have.
     */
    AscentUser withMemberships(List<Membership> current) {
        UUID active = current.stream().anyMatch(m -> m.organizationId().equals(activeOrganizationId))
                ? activeOrganizationId
                : current.isEmpty() ? null : current.getFirst().organizationId();
        return new AscentUser(id, email, displayName, null, current, active, mustChangePassword, passwordSetAt, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        // A staff member bound to a person is a participant too, and sees both.
        return activeMembership()
                .map(m -> m.participant() && !m.participantOnly()
                        ? List.of(new SimpleGrantedAuthority("ROLE_" + m.role().name()),
                                new SimpleGrantedAuthority("ROLE_" + Role.PARTICIPANT.name()))
                        : List.of(new SimpleGrantedAuthority("ROLE_" + m.role().name())))
                .orElse(List.of());
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    /** Spring Security refuses a sign-in whose credentials expired after checking the password. */
    @Override
    public boolean isCredentialsNonExpired() {
        return !temporaryPasswordExpired;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
