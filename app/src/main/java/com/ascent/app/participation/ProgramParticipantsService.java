package com.ascent.app.participation;

import com.ascent.app.participation.Invitee.ProgramRole;
import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.InvitationService;
import com.ascent.app.security.InvitationService.Invited;
import com.ascent.app.security.InvitationService.ParticipantAccess;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.people.Person;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR invites the people of a program to take part: when the program launches, all at once, or one
 * by one later. External guides (not in the directory) are not invited: they have no person to be bound to.
 */
@Service
public class ProgramParticipantsService {

    private final ProgramRosterService roster;
    private final PeopleDirectory people;
    private final InvitationService invitations;

    ProgramParticipantsService(ProgramRosterService roster, PeopleDirectory people, InvitationService invitations) {
        this.roster = roster;
        this.people = people;
        this.invitations = invitations;
    }

    /** The program's people to invite, by name: its HiPos, its employed mentors and coaches, the HiPos' managers. */
    @Transactional(readOnly = true)
    @RolesAllowed("HR")
    public List<Invitee> invitees(UUID programId) {
        Map<UUID, Set<ProgramRole>> roles = new LinkedHashMap<>();
        Map<UUID, Person> persons = new LinkedHashMap<>();
        List<RosterMember> members = roster.members(programId);
        for (RosterMember member : members) {
            if (member.person() == null) {
                continue;
            }
            persons.put(member.person().id(), member.person());
            roles.computeIfAbsent(member.person().id(), id -> EnumSet.noneOf(ProgramRole.class))
                    .addAll(rolesOf(member.role()));
        }
        Set<UUID> managerIds = members.stream().filter(m -> m.role() == RosterRole.HIPO && m.person() != null)
                .map(m -> m.person().managerId()).filter(Objects::nonNull).collect(Collectors.toSet());
        people.getAll(managerIds).forEach((id, manager) -> {
            persons.putIfAbsent(id, manager);
            roles.computeIfAbsent(id, x -> EnumSet.noneOf(ProgramRole.class)).add(ProgramRole.MANAGER);
        });
        Map<UUID, ParticipantAccess> access = invitations.participantAccess(persons.keySet());
        return persons.values().stream()
                .map(p -> new Invitee(p.id(), p.fullName(), p.email(), roles.get(p.id()), access.get(p.id())))
                .sorted(Comparator.comparing(Invitee::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Invites one person of the program (again: an earlier invitation stops working).
     *
     * @throws InvalidInputException {@code participants.error.notInProgram} for a person who is not one of
     *                               {@link #invitees(UUID)}, and as {@link InvitationService#inviteParticipant}
     */
    @Transactional
    @RolesAllowed("HR")
    public Invited invite(UUID programId, UUID personId) {
        Invitee invitee = invitees(programId).stream().filter(i -> i.personId().equals(personId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("person", "participants.error.notInProgram"));
        return invitations.inviteParticipant(invitee.personId(), invitee.name(), invitee.email());
    }

    /** Invites everybody of the program who has not joined and has no open invitation; how many were invited. */
    @Transactional
    @RolesAllowed("HR")
    public int inviteAll(UUID programId) {
        int invited = 0;
        for (Invitee invitee : invitees(programId)) {
            if (invitee.toInvite()) {
                invitations.inviteParticipant(invitee.personId(), invitee.name(), invitee.email());
                invited++;
            }
        }
        return invited;
    }

    private static Set<ProgramRole> rolesOf(RosterRole role) {
        return switch (role) {
            case HIPO -> EnumSet.of(ProgramRole.HIPO);
            case MENTOR -> EnumSet.of(ProgramRole.MENTOR);
            case COACH -> EnumSet.of(ProgramRole.COACH);
            case MENTOR_AND_COACH -> EnumSet.of(ProgramRole.MENTOR, ProgramRole.COACH);
        };
    }
}
