package com.ascent.app.security;

import com.ascent.app.database.OrganizationScope;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users of the active organization, managed by its administrators: add (or, for someone who
 * already has an Ascent account, such as a consultant, add to this organization), change a
 * role, remove. An administrator never changes or removes their own access, and an organization
 * always keeps at least one administrator.
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
     * Gives {@code newMember} access to the organization. When the e-mail already belongs to an
     * account, that account joins with its own name and password; otherwise a new account is
     * created with the initial password.
     *
     * @throws InvalidInputException naming the field with a message key when a value is not acceptable
     */
    @Transactional
    @RolesAllowed("ADMIN")
    public Added add(NewMember newMember) {
        UUID organizationId = organization.require();
        if (!AccountRules.isEmail(newMember.email())) {
            throw new InvalidInputException("email", "users.error.emailInvalid");
        }
        if (newMember.role() == null) {
            throw new InvalidInputException("role", "users.error.roleRequired");
        }
        Optional<UUID> existing = accounts.accountId(newMember.email());
        UUID userId;
        if (existing.isPresent()) {
            userId = existing.get();
            if (accounts.member(organizationId, userId).isPresent()) {
                throw new InvalidInputException("email", "users.error.alreadyMember");
            }
        } else {
            if (newMember.displayName().isBlank()) {
                throw new InvalidInputException("displayName", "users.error.nameRequired");
            }
            PasswordPolicy.problem(newMember.password(), newMember.email(), newMember.displayName())
                    .ifPresent(problem -> {
                        throw new InvalidInputException("password", problem);
                    });
            userId = accounts.createUser(newMember.email(), newMember.displayName(),
                    passwordEncoder.encode(newMember.password()));
        }
        accounts.addMembership(userId, organizationId, newMember.role());
        return new Added(accounts.member(organizationId, userId).orElseThrow(), existing.isPresent());
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
        accounts.lockMemberships(organizationId);
        if (member.role() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherAdministrator(organizationId);
        }
        if (!accounts.changeRole(organizationId, member.userId(), member.version(), role)) {
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
        accounts.lockMemberships(organizationId);
        if (member.role() == Role.ADMIN) {
            requireAnotherAdministrator(organizationId);
        }
        if (!accounts.removeMembership(organizationId, member.userId(), member.version())) {
            throw new ConcurrentEditException("users.error.concurrentEdit");
        }
        accounts.deleteUserWithoutMemberships(member.userId());
    }

    private void requireSomeoneElse(Member member) {
        if (member.userId().equals(currentUser.require().id())) {
            throw new InvalidInputException("member", "users.error.yourself");
        }
    }

    /** Counted under the lock, from the database: a session's own view of roles may be outdated. */
    private void requireAnotherAdministrator(UUID organizationId) {
        if (accounts.countAdministrators(organizationId) <= 1) {
            throw new InvalidInputException("member", "users.error.lastAdmin");
        }
    }

    /**
     * What the administrator enters for a new user.
     *
     * @param displayName the user's name; ignored when the e-mail already has an account
     * @param email       the e-mail they sign in with
     * @param password    the initial password; ignored when the e-mail already has an account
     * @param role        their role in this organization
     */
    public record NewMember(String displayName, String email, String password, @Nullable Role role) {
    }

    /**
     * The result of adding a user.
     *
     * @param member          the new member
     * @param existingAccount whether they already had an account (and keep its password)
     */
    public record Added(Member member, boolean existingAccount) {
    }
}
