package com.ascent.app.participation;

import com.ascent.app.security.InvitationService;
import com.ascent.app.security.InvitationService.ParticipantAccess;
import java.util.Set;
import java.util.UUID;

/**
 * A person of a program whom HR invites to take part: a HiPo, a mentor or coach who works for the
 * organization, or the manager of a HiPo.
 *
 * @param roles  what they are in the program
 * @param access whether they joined, or until when their invitation works
 */
public record Invitee(UUID personId, String name, String email, Set<ProgramRole> roles, ParticipantAccess access) {

    public Invitee {
        roles = Set.copyOf(roles);
    }

    /** Whether an invitation would go to them now: not joined, none open, an e-mail to send it to. */
    public boolean toInvite() {
        return !access.joined() && access.invitationExpiry() == null && InvitationService.invitable(email);
    }

    /** What a person is in a program. */
    public enum ProgramRole { HIPO, MENTOR, COACH, MANAGER }
}
