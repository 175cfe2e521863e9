package com.ascent.app.security;

import com.ascent.app.database.DatabaseRefusal;
import com.ascent.app.database.OrganizationScope;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users of the active organization, managed by its administrators: change a role, remove, reset
 * a forgotten password. People join only by accepting an invitation ({@link InvitationService}). An
 * administrator never changes or removes their own access, and an organization always keeps at least
 * one administrator.
 */
@Service
public class UserAdministrationService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final OrganizationScope organization;
    private final CurrentUser currentUser;

    UserAdministrationService(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                              OrganizationScope organization, CurrentUser currentUser) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.organization = organization;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @RolesAllowed("ADMIN")
    public List<Member> members() {
        return accounts.members(organization.require());
    }

    /**
     * Gives a member another role in the organization.
     *
     * @throws InvalidInputException     for the own role, or when the last administrator would go
     * @throws ConcurrentEditException   when someone else changed the member in the meantime
     */
    @Transactional
    @RolesAllowed("ADMIN")
    public Member changeRole(Member member, Role role) {
        UUID organizationId = organization.require();
        requireSomeoneElse(member);
        // A participant's part is their person's: only an invitation naming the person makes one.
        if (role == Role.PARTICIPANT && member.role() != Role.PARTICIPANT) {
            throw new InvalidInputException("role", "participants.error.participantByInvitation");
        }
        if (!keepingAnAdministrator(() -> accounts.changeRole(organizationId, member.userId(), member.version(), role))) {
            throw new ConcurrentEditException("users.error.concurrentEdit");
        }
        return accounts.member(organizationId, member.userId()).orElseThrow();
    }

    /**
     * Takes a member's access to the organization away. An account left without any
     * organization is deleted, so it can no longer sign in.
     *
     * @throws InvalidInputException     for oneself, or for the last administrator
     * @throws ConcurrentEditException   when someone else changed the member in the meantime
     */
    @Transactional
    @RolesAllowed("ADMIN")
    public void remove(Member member) {
        UUID organizationId = organization.require();
        requireSomeoneElse(member);
        if (!keepingAnAdministrator(() -> accounts.removeMembership(organizationId, member.userId(), member.version()))) {
            throw new ConcurrentEditException("users.error.concurrentEdit");
        }
        accounts.deleteUserWithoutMemberships(member.userId());
    }

    /**
     * Gives a member a new, random password, which they must replace with their own when they sign in
     * with it (within {@code ascent.passwords.temporary-valid-for}); their open sessions end. Refused for someone who also works in an organization this administrator does not
     * administer (a consultant): the reset would open that organization to this administrator.
     *
     * @return the temporary password, to hand to the member; it is not kept anywhere readable
     * @throws InvalidInputException     for oneself (change your own password instead), or for a
     *                                   member of an organization this administrator does not administer
     * @throws ConcurrentEditException   when the member is no longer a user of this organization
     */
    @Transactional
    @RolesAllowed("ADMIN")
    public String resetPassword(Member member) {
        if (member.userId().equals(currentUser.require().id())) {
            throw new InvalidInputException("member", "users.error.resetYourself");
        }
        if (accounts.membershipsOutsideAdministration(member.userId()) > 0) {
            throw new InvalidInputException("member", "users.error.resetElsewhere");
        }
        String temporary = TemporaryPassword.generate();
        if (accounts.setPassword(member.userId(), passwordEncoder.encode(temporary), true).isEmpty()) {
            throw new ConcurrentEditException("users.error.concurrentEdit");
        }
        return temporary;
    }

    private void requireSomeoneElse(Member member) {
        if (member.userId().equals(currentUser.require().id())) {
            throw new InvalidInputException("member", "users.error.yourself");
        }
    }

    /**
     * Runs a change of memberships that the database refuses when it would leave the organization
     * without an administrator (V28, under a lock of the organization: a session's own view of the
     * roles may be outdated, and two administrators may demote each other at once).
     */
    private static boolean keepingAnAdministrator(BooleanSupplier change) {
        try {
            return change.getAsBoolean();
        } catch (RuntimeException e) { // jOOQ's exception: no Spring translation knows Ascent's SQLSTATEs
            if (DatabaseRefusal.LAST_ADMINISTRATOR.causes(e)) {
                throw new InvalidInputException("member", "users.error.lastAdmin");
            }
            throw e;
        }
    }
}
