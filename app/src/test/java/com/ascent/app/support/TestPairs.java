package com.ascent.app.support;

import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.support.TestPeople.Spec;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairProposal;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A program with confirmed pairs, made through the host's own services as the Coaches &amp; mentors
 * step would: Ana (Finance) is mentored by Mia (Marketing) and coached by Claire (external); Ben
 * (Sales) is mentored by Felix (Finance). The signed-in user must be HR of {@code organizationId}.
 */
@Component
public class TestPairs {

    private final ProgramService programs;
    private final ProgramRosterService roster;
    private final TestPeople people;

    TestPairs(ProgramService programs, ProgramRosterService roster, TestPeople people) {
        this.programs = programs;
        this.roster = roster;
        this.people = people;
    }

    public record Cohort(UUID programId, RosterMember ana, RosterMember ben, RosterMember mia, RosterMember felix,
                         RosterMember claire, Pair anaWithMia, Pair anaWithClaire, Pair benWithFelix) {
    }

    public Cohort programWithPairs(UUID organizationId, LocalDate start) {
        UUID programId = programs.create(new ProgramDraft("Future leaders " + UUID.randomUUID(), "", start,
                "Maria Nowak")).id();
        List<UUID> ids = people.addAll(organizationId, List.of(Spec.of("Ana Finance", "Finance", 5),
                Spec.of("Ben Sales", "Sales", 5), Spec.of("Mia Marketing", "Marketing", 9),
                Spec.of("Felix Finance", "Finance", 9)));
        RosterMember ana = roster.addMember(programId, MemberDraft.hipo(ids.get(0)));
        RosterMember ben = roster.addMember(programId, MemberDraft.hipo(ids.get(1)));
        RosterMember mia = roster.addMember(programId, guide(ids.get(2)));
        RosterMember felix = roster.addMember(programId, guide(ids.get(3)));
        RosterMember claire = roster.addMember(programId, MemberDraft.external("Claire Coach", "claire@coaching.example",
                "Berlin", RosterRole.COACH, 3, List.of("English"), Availability.HIGH, List.of("Change management")));
        Pair anaWithMia = roster.addPair(programId, proposal(ana, mia, PairKind.MENTORING));
        Pair anaWithClaire = roster.addPair(programId, proposal(ana, claire, PairKind.COACHING));
        Pair benWithFelix = roster.addPair(programId, proposal(ben, felix, PairKind.MENTORING));
        List<Pair> confirmed = roster.confirm(programId, List.of(anaWithMia, anaWithClaire, benWithFelix));
        return new Cohort(programId, ana, ben, mia, felix, claire, find(confirmed, anaWithMia),
                find(confirmed, anaWithClaire), find(confirmed, benWithFelix));
    }

    private static MemberDraft guide(UUID personId) {
        return MemberDraft.employee(personId, RosterRole.MENTOR, 2, List.of("English"), Availability.MEDIUM, List.of());
    }

    private static PairProposal proposal(RosterMember hipo, RosterMember guide, PairKind kind) {
        return new PairProposal(hipo.id(), guide.id(), kind, new BigDecimal("80"), List.of());
    }

    private static Pair find(List<Pair> pairs, Pair pair) {
        return pairs.stream().filter(p -> p.id().equals(pair.id())).findFirst().orElseThrow();
    }
}
