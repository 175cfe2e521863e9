package com.ascent.app.security;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.text.InputText;
import com.ascent.plugin.api.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only way into an organization: an administrator invites an e-mail with a role, and the person
 * accepts, with the account they have or with one they create. Inviting answers the same whether an
 * account exists for the e-mail or not (nobody learns who has an account, and nobody is attached
 * without consent): a link with a single-use random token, valid for {@code ascent.invitations.valid-for}.
 * Only the token's SHA-256 hash is stored, so the database alone does not open an invitation.
 *
 * <p>Answering runs in the inviting organization's scope, since the person does not work there yet;
 * the token (or, for a signed-in person, their own e-mail) is what entitles them to it.
 */
@Service
public class InvitationService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private final InvitationRepository invitations;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final OrganizationScope organization;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final InvitationMail mail;
    private final Duration validFor;

    InvitationService(InvitationRepository invitations, UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                      OrganizationScope organization, CurrentUser currentUser, TransactionTemplate transactions,
                      InvitationMail mail, @Value("${ascent.invitations.valid-for}") Duration validFor) {
        this.mail = mail;
        this.invitations = invitations;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.organization = organization;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.validFor = validFor;
    }

    /**
     * Invites {@code email} to the active organization with {@code role}. An earlier unanswered
     * invitation to the same e-mail is withdrawn: its link stops working.
     *
     * @return the invitation and the token of its link, which is shown this once and never stored
     * @throws InvalidInputException naming the field with a message key when a value is not acceptable,
     *                               or when the e-mail is already one of the organization's users
     */
    @Transactional
    @RolesAllowed("ADMIN")
    public Invited invite(String email, @Nullable Role role) {
        UUID organizationId = organization.require();
        if (!AccountRules.isEmail(email)) {
            throw new InvalidInputException("email", "users.error.emailInvalid");
        }
        if (role == null) {
            throw new InvalidInputException("role", "users.error.roleRequired");
        }
        String address = email.trim();
        // The organization's own users are on the administrator's list already: saying so reveals nothing.
        if (accounts.members(organizationId).stream().anyMatch(m -> m.email().equalsIgnoreCase(address))) {
            throw new InvalidInputException("email", "users.error.alreadyMember");
        }
        invitations.withdrawUnanswered(organizationId, address);
        String token = newToken();
        Instant expiresAt = Instant.now().plus(validFor);
        String invitedBy = currentUser.require().displayName();
        UUID id = invitations.add(organizationId, address, role, hash(token), invitedBy, expiresAt);
        mail.queue(organizationId, id, organizationName(), address, address, role, invitedBy, token, validFor);
        return new Invited(address, role, expiresAt, token);
    }

    /**
     * Invites a person of the directory to take part in the organization's programs (their own part
     * only, row-level security V36): HR invites the people of a program. An earlier unanswered
     * invitation of the person is withdrawn. Accepting with an account that exists already (the
     * e-mail's, signed in) binds that account to the person instead of making a second one.
     *
     * @param personId the person of the active organization's directory
     * @param name     their name in the directory, to greet them
     * @param email    their e-mail in the directory
     * @throws InvalidInputException {@code participants.error.noEmail} for a person without a usable
     *                               e-mail, {@code participants.error.alreadyJoined} when an account is
     *                               bound to the person already
     */
    @Transactional
    @RolesAllowed("HR")
    public Invited inviteParticipant(UUID personId, String name, String email) {
        UUID organizationId = organization.require();
        if (!AccountRules.isEmail(email)) {
            throw new InvalidInputException("email", "participants.error.noEmail");
        }
        if (!accounts.boundPeople(organizationId, List.of(personId)).isEmpty()) {
            throw new InvalidInputException("person", "participants.error.alreadyJoined");
        }
        String address = email.trim();
        invitations.withdrawUnansweredOf(organizationId, personId);
        String token = newToken();
        Instant expiresAt = Instant.now().plus(validFor);
        String invitedBy = currentUser.require().displayName();
        UUID id = invitations.add(organizationId, address, Role.PARTICIPANT, personId, hash(token), invitedBy, expiresAt);
        mail.queue(organizationId, id, organizationName(), address, name, Role.PARTICIPANT, invitedBy, token, validFor);
        return new Invited(address, Role.PARTICIPANT, expiresAt, token);
    }

    /** Whether an invitation can go to {@code email} (a sign-in e-mail as Ascent accepts one). */
    public static boolean invitable(String email) {
        return AccountRules.isEmail(email);
    }

    /** Where each of {@code personIds} stands as a participant of the active organization. */
    @Transactional(readOnly = true)
    @RolesAllowed("HR")
    public Map<UUID, ParticipantAccess> participantAccess(Collection<UUID> personIds) {
        UUID organizationId = organization.require();
        Set<UUID> joined = accounts.boundPeople(organizationId, personIds);
        Map<UUID, Instant> invited = invitations.openParticipantInvitations(organizationId, personIds);
        Map<UUID, ParticipantAccess> access = new HashMap<>();
        for (UUID personId : personIds) {
            access.put(personId, joined.contains(personId) ? new ParticipantAccess(true, null)
                    : new ParticipantAccess(false, invited.get(personId)));
        }
        return access;
    }

    /**
     * A person's access as a participant.
     *
     * @param joined           an account is bound to the person
     * @param invitationExpiry when their open invitation expires; null when none is open
     */
    public record ParticipantAccess(boolean joined, @Nullable Instant invitationExpiry) {
    }

    /** The active organization's invitations that still wait for an answer. */
    @Transactional(readOnly = true)
    @RolesAllowed("ADMIN")
    public List<PendingInvitation> pending() {
        return invitations.pending(organization.require());
    }

    /** Withdraws an invitation: its link stops working. One answered in the meantime stays answered. */
    @Transactional
    @RolesAllowed("ADMIN")
    public void revoke(PendingInvitation invitation) {
        invitations.withdraw(organization.require(), invitation.id());
    }

    /** The open invitation a link's token stands for; empty when the token is unknown, used, withdrawn or expired. */
    @Transactional(readOnly = true)
    public Optional<OpenInvitation> find(String token) {
        return invitations.openByTokenHash(hash(token));
    }

    /** The open invitations to the signed-in user's e-mail, from any organization. */
    @Transactional(readOnly = true)
    public List<OpenInvitation> forCurrentUser() {
        return invitations.openFor(currentUser.require().email());
    }

    /**
     * The signed-in user accepts the invitation of a link and joins its organization.
     *
     * @throws InvalidInputException {@code invitation.gone} when the link no longer works,
     *                               {@code invitation.error.otherAccount} when it is for another e-mail
     */
    public OpenInvitation accept(String token) {
        OpenInvitation invitation = open(token);
        AscentUser user = currentUser.require();
        if (!invitation.email().equalsIgnoreCase(user.email())) {
            throw new InvalidInputException("invitation", "invitation.error.otherAccount");
        }
        join(invitation, user.id());
        return invitation;
    }

    /** The signed-in user accepts one of {@link #forCurrentUser()}. */
    public OpenInvitation accept(OpenInvitation invitation) {
        join(mine(invitation), currentUser.require().id());
        return invitation;
    }

    /**
     * Someone without an Ascent account accepts the invitation of a link: their account is created
     * with the invitation's e-mail, the name and password they chose, and joins the organization.
     *
     * @throws InvalidInputException naming the field with a message key when a value is not
     *                               acceptable; {@code invitation.error.accountExists} when the
     *                               e-mail has an account already (sign in to accept)
     */
    public OpenInvitation acceptWithNewAccount(String token, String typedName, String password) {
        OpenInvitation invitation = open(token);
        String displayName = InputText.name("displayName", typedName);
        if (displayName.isBlank()) {
            throw new InvalidInputException("displayName", "invitation.error.nameRequired");
        }
        PasswordPolicy.problem(password, invitation.email(), displayName, invitation.organizationName())
                .ifPresent(problem -> {
                    throw new InvalidInputException("password", problem);
                });
        String passwordHash = passwordEncoder.encode(password);
        inOrganizationOf(invitation, () -> {
            if (accounts.accountExists(invitation.email())) {
                throw new InvalidInputException("invitation", "invitation.error.accountExists");
            }
            UUID personId = invitations.personOf(invitation.id()).orElse(null);
            answer(invitation, true);
            UUID userId = accounts.createUser(invitation.email(), displayName, passwordHash);
            accounts.addMembership(userId, invitation.organizationId(), invitation.role(), personId);
        });
        return invitation;
    }

    /** Declines the invitation of a link: it is answered, and nobody joins. Anyone holding the link may. */
    public void decline(String token) {
        OpenInvitation invitation = open(token);
        inOrganizationOf(invitation, () -> answer(invitation, false));
    }

    /** The signed-in user declines one of {@link #forCurrentUser()}. */
    public void decline(OpenInvitation invitation) {
        OpenInvitation mine = mine(invitation);
        inOrganizationOf(mine, () -> answer(mine, false));
    }

    /** The name of the organization the user works in, as the invitation e-mail names it. */
    private String organizationName() {
        return currentUser.require().activeMembership().map(Membership::organizationName).orElse("");
    }

    /** Needs no transaction: the definer function answers without an organization or a user. */
    private OpenInvitation open(String token) {
        return invitations.openByTokenHash(hash(token)).orElseThrow(InvitationService::gone);
    }

    /** The invitation as it is now, provided it is addressed to the signed-in user. */
    private OpenInvitation mine(OpenInvitation invitation) {
        return forCurrentUser().stream().filter(i -> i.id().equals(invitation.id())).findFirst()
                .orElseThrow(InvitationService::gone);
    }

    /**
     * The signed-in user joins; their session knows the new organization at once (to switch into it).
     * A member already (staff who also take part in a program) keeps their membership, bound to the
     * invitation's person: one account, never a second.
     */
    private void join(OpenInvitation invitation, UUID userId) {
        inOrganizationOf(invitation, () -> {
            UUID personId = invitations.personOf(invitation.id()).orElse(null);
            answer(invitation, true);
            if (accounts.member(invitation.organizationId(), userId).isEmpty()) {
                accounts.addMembership(userId, invitation.organizationId(), invitation.role(), personId);
            } else if (personId != null) {
                accounts.bindPerson(invitation.organizationId(), userId, personId);
            }
        });
        currentUser.membershipsChanged(transactions.execute(tx -> accounts.memberships(userId)));
    }

    /** Records the answer once; a second answer (another tab, a double click) finds the invitation gone. */
    private void answer(OpenInvitation invitation, boolean accepted) {
        if (!invitations.answer(invitation.id(), accepted)) {
            throw gone();
        }
    }

    /** Row-level security lets a transaction write only to the organization it works for, bound before it starts. */
    private void inOrganizationOf(OpenInvitation invitation, Runnable work) {
        OrganizationScope.runAs(invitation.organizationId(), () -> transactions.executeWithoutResult(tx -> work.run()));
    }

    private static InvalidInputException gone() {
        return new InvalidInputException("invitation", "invitation.gone");
    }

    private static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the database keeps of a token: a leaked table opens no invitation. */
    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * A new invitation, as the inviting administrator sees it: the same for every e-mail.
     *
     * @param token the secret of the link, to pass on to the person; shown once, never stored
     */
    public record Invited(String email, Role role, Instant expiresAt, String token) {
    }
}
