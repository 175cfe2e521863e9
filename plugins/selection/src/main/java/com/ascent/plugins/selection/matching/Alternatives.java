package com.ascent.plugins.selection.matching;

import com.ascent.plugin.api.roster.CriterionScore;
import com.ascent.plugin.api.roster.MatchingCriteria;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.RosterMember;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The guides a pair's HiPo could have instead, for a swap by hand. */
public final class Alternatives {

    /**
     * Another guide for the HiPo, with the score the pair would have.
     *
     * @param guide       the guide
     * @param score       the pair's score with this guide
     * @param explanation its breakdown
     */
    public record Alternative(RosterMember guide, BigDecimal score, List<CriterionScore> explanation) {
    }

    private Alternatives() {
    }

    /**
     * Every guide of the pair's kind whom the hard rules allow for its HiPo and who has a place
     * left (the pair's own place aside), best score first, then by name.
     */
    public static List<Alternative> of(Pair pair, List<RosterMember> members, List<Pair> pairs,
                                       MatchingCriteria criteria, Collection<String> objectiveCapabilities) {
        RosterMember hipo = members.stream().filter(m -> m.id().equals(pair.hipoMemberId())).findFirst().orElseThrow();
        Map<UUID, Integer> taken = MatchingPlan.placesTaken(pairs.stream().filter(p -> !p.id().equals(pair.id())).toList());
        List<RosterMember> guides = members.stream()
                .filter(m -> m.role().guides(pair.kind()) && !m.id().equals(pair.guideMemberId()))
                .filter(m -> m.capacity() > taken.getOrDefault(m.id(), 0))
                .toList();
        ScoringModel model = new ScoringModel(criteria, objectiveCapabilities, List.of(Profile.of(hipo, 0)),
                guides.stream().map(g -> Profile.of(g, 1)).toList());
        List<Alternative> alternatives = new ArrayList<>();
        for (int g = 0; g < guides.size(); g++) {
            if (model.exclusion(0, g) == ScoringModel.Exclusion.NONE) {
                alternatives.add(new Alternative(guides.get(g), ScoringModel.score(model.points(0, g)),
                        model.explain(0, g)));
            }
        }
        alternatives.sort(Comparator.comparing(Alternative::score).reversed()
                .thenComparing(a -> a.guide().displayName())
                .thenComparing(a -> a.guide().id()));
        return alternatives;
    }

    /** The score the pair has now, recomputed under the current criteria. */
    public static BigDecimal currentScore(Pair pair, List<RosterMember> members, MatchingCriteria criteria,
                                          Collection<String> objectiveCapabilities) {
        RosterMember hipo = find(members, pair.hipoMemberId());
        RosterMember guide = find(members, pair.guideMemberId());
        ScoringModel model = new ScoringModel(criteria, objectiveCapabilities, List.of(Profile.of(hipo, 0)),
                List.of(Profile.of(guide, 1)));
        return ScoringModel.score(model.points(0, 0));
    }

    private static RosterMember find(List<RosterMember> members, UUID id) {
        return Objects.requireNonNull(members.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null),
                "member of the pair");
    }
}
