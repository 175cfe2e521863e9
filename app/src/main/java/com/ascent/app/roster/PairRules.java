package com.ascent.app.roster;

import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.roster.FunctionRule;
import com.ascent.plugin.api.roster.MatchingCriteria;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairProposal;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules every pair obeys, whichever step wrote it, checked against the pairs a program
 * already has and those accepted so far in the same write.
 */
final class PairRules {

    private final Map<UUID, RosterMember> members;
    private final Map<PairKind, MatchingCriteria> criteria;
    private final Map<UUID, Integer> guideLoad = new HashMap<>();
    private final Set<HipoKind> pairedHipos = new HashSet<>();

    private record HipoKind(UUID hipoMemberId, PairKind kind) {
    }

    PairRules(Collection<RosterMember> members, Collection<Pair> pairs, Map<PairKind, MatchingCriteria> criteria) {
        this.members = members.stream().collect(Collectors.toMap(RosterMember::id, Function.identity()));
        this.criteria = Map.copyOf(criteria);
        pairs.forEach(p -> count(p.hipoMemberId(), p.guideMemberId(), p.kind()));
    }

    /** Whether the HiPo already has a pair of this kind. */
    boolean paired(UUID hipoMemberId, PairKind kind) {
        return pairedHipos.contains(new HipoKind(hipoMemberId, kind));
    }

    /** Refuses a pair that breaks a rule; capacity is counted over every pair of the guide. */
    void check(PairProposal proposal) {
        RosterMember hipo = members.get(proposal.hipoMemberId());
        if (hipo == null || hipo.role() != RosterRole.HIPO) {
            throw new InvalidInputException("hipoMemberId", "roster.error.notAHipo");
        }
        RosterMember guide = members.get(proposal.guideMemberId());
        if (guide == null || !guide.role().guides(proposal.kind())) {
            throw new InvalidInputException("guideMemberId", "roster.error.guideRoleMismatch");
        }
        if (inReportingLine(hipo, guide)) {
            throw new InvalidInputException("guideMemberId", "roster.error.reportingLine");
        }
        FunctionRule rule = criteria.get(proposal.kind()).functionRule();
        if (!rule.allows(Objects.requireNonNull(hipo.function()), guide.function())) {
            throw new InvalidInputException("guideMemberId", rule == FunctionRule.MUST_DIFFER
                    ? "roster.error.functionMustDiffer" : "roster.error.functionMustBeSame");
        }
        if (guideLoad.getOrDefault(guide.id(), 0) >= guide.capacity()) {
            throw new InvalidInputException("guideMemberId", "roster.error.capacityExceeded");
        }
        BigDecimal score = proposal.score();
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new InvalidInputException("score", "roster.error.scoreRange");
        }
    }

    /** Counts an accepted pair. */
    void add(PairProposal proposal) {
        count(proposal.hipoMemberId(), proposal.guideMemberId(), proposal.kind());
    }

    /** Forgets a pair, e.g. the one whose guide is being changed. */
    void remove(Pair pair) {
        pairedHipos.remove(new HipoKind(pair.hipoMemberId(), pair.kind()));
        guideLoad.merge(pair.guideMemberId(), -1, Integer::sum);
    }

    private void count(UUID hipoMemberId, UUID guideMemberId, PairKind kind) {
        pairedHipos.add(new HipoKind(hipoMemberId, kind));
        guideLoad.merge(guideMemberId, 1, Integer::sum);
    }

    /** The guide manages the HiPo, directly or higher up, or reports to the HiPo. */
    static boolean inReportingLine(RosterMember hipo, RosterMember guide) {
        UUID guidePerson = guide.personId();
        UUID hipoPerson = hipo.personId();
        return guidePerson != null && hipoPerson != null
                && (hipo.reportingLine().contains(guidePerson) || guide.reportingLine().contains(hipoPerson));
    }
}
