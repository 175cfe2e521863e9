package com.ascent.plugins.selection.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.CriteriaWeights;
import com.ascent.plugin.api.roster.CriterionScore;
import com.ascent.plugin.api.roster.FunctionRule;
import com.ascent.plugin.api.roster.MatchingCriteria;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.ascent.plugins.selection.matching.ScoringModel.Exclusion;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each criterion, the hard rules, and the fast row scoring agreeing with pair-by-pair scoring. */
class ScoringModelTest {

    static MatchingCriteria criteria(CriteriaWeights weights, FunctionRule rule, int gap) {
        return new MatchingCriteria(PairKind.MENTORING, 1, weights, rule, gap);
    }

    static ScoringModel model(MatchingCriteria criteria, List<String> objectives, RosterMember hipo,
                              RosterMember... guides) {
        return new ScoringModel(criteria, objectives, List.of(Profile.of(hipo, 0)),
                Arrays.stream(guides).map(g -> Profile.of(g, g.capacity())).toList());
    }

    @Test
    void capabilitiesCountTheShareOfNeedsAndObjectivesTheGuideCovers() {
        RosterMember hipo = Members.employee("Ana", "Finance", 5, RosterRole.HIPO, 0, List.of("English"),
                Availability.MEDIUM, List.of("Negotiation", "Change management"), "Warsaw", List.of());
        RosterMember guide = Members.employee("Mia", "Marketing", 9, RosterRole.MENTOR, 2, List.of("English"),
                Availability.MEDIUM, List.of("change MANAGEMENT", "Strategic thinking", "Coaching"), "Warsaw", List.of());
        ScoringModel model = model(criteria(new CriteriaWeights(1, 0, 0, 0, 0, 0), FunctionRule.PREFER_DIFFERENT, 2),
                List.of("Strategic thinking"), hipo, guide);

        assertThat(model.fit(Criterion.CAPABILITIES, 0, 0)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(model.points(0, 0)).isEqualTo(6667);
        CriterionScore line = model.explain(0, 0).getFirst();
        assertThat(line.criterion()).isEqualTo("capabilities");
        assertThat(line.facts()).containsExactly("2", "3", "Change management", "Strategic thinking");
    }

    @Test
    void seniorityRewardsTheMinimumGapAndPartOfIt() {
        RosterMember hipo = Members.hipo("Ana", "Finance", 5);
        ScoringModel model = model(criteria(new CriteriaWeights(0, 1, 0, 0, 0, 0), FunctionRule.PREFER_DIFFERENT, 2),
                List.of(), hipo, Members.mentor("Two up", "Sales", 7, 1), Members.mentor("One up", "Sales", 6, 1),
                Members.mentor("Peer", "Sales", 5, 1), Members.mentor("Junior", "Sales", 3, 1),
                Members.external("Claire", RosterRole.MENTOR, 1, null, List.of(), List.of()));

        assertThat(List.of(0, 1, 2, 3, 4)).extracting(g -> model.fit(Criterion.SENIORITY, 0, g))
                .containsExactly(1.0, 0.5, 0.0, 0.0, 0.5);
        assertThat(model.explain(0, 0).get(1).facts()).containsExactly("5", "7", "2");
        assertThat(model.explain(0, 4).get(1).facts()).as("an external's level is unknown").isEmpty();
    }

    @Test
    void functionScoresTheWayTheRulePrefersAndExternalsCountAsAnotherFunction() {
        RosterMember hipo = Members.hipo("Ana", "Finance", 5);
        RosterMember finance = Members.mentor("Felix", "finance", 9, 1);
        RosterMember marketing = Members.mentor("Mia", "Marketing", 9, 1);
        RosterMember external = Members.external("Claire", RosterRole.MENTOR, 1, null, List.of(), List.of());
        CriteriaWeights onlyFunction = new CriteriaWeights(0, 0, 1, 0, 0, 0);

        ScoringModel different = model(criteria(onlyFunction, FunctionRule.PREFER_DIFFERENT, 0), List.of(), hipo,
                finance, marketing, external);
        assertThat(List.of(0, 1, 2)).extracting(g -> different.fit(Criterion.FUNCTION, 0, g)).containsExactly(0.0, 1.0, 1.0);
        ScoringModel same = model(criteria(onlyFunction, FunctionRule.PREFER_SAME, 0), List.of(), hipo,
                finance, marketing, external);
        assertThat(List.of(0, 1, 2)).extracting(g -> same.fit(Criterion.FUNCTION, 0, g)).containsExactly(1.0, 0.0, 0.0);
        assertThat(same.explain(0, 0).get(2).facts()).containsExactly("Finance", "finance");
        assertThat(same.explain(0, 2).get(2).facts()).containsExactly("Finance", "");
    }

    @Test
    void locationLanguageAndAvailabilityCountHalfWhenUnknown() {
        RosterMember hipo = Members.employee("Ana", "Finance", 5, RosterRole.HIPO, 0, List.of("Polish", "English"),
                Availability.HIGH, List.of(), "Warsaw", List.of());
        RosterMember near = Members.employee("Mia", "Marketing", 9, RosterRole.MENTOR, 1, List.of("polish"),
                Availability.HIGH, List.of(), "warsaw", List.of());
        RosterMember far = Members.employee("Tom", "Sales", 9, RosterRole.MENTOR, 1, List.of("German"),
                Availability.MEDIUM, List.of(), "London", List.of());
        RosterMember busy = Members.employee("Bea", "Sales", 9, RosterRole.MENTOR, 1, List.of(),
                Availability.LOW, List.of(), "Berlin", List.of());
        RosterMember unknown = Members.external("Claire", RosterRole.MENTOR, 1, null, List.of(), List.of());
        ScoringModel model = model(criteria(new CriteriaWeights(0, 0, 0, 1, 1, 1), FunctionRule.PREFER_DIFFERENT, 0),
                List.of(), hipo, near, far, busy, unknown);

        assertThat(List.of(0, 1, 2, 3)).extracting(g -> model.fit(Criterion.LOCATION, 0, g))
                .containsExactly(1.0, 0.0, 0.0, 0.5);
        assertThat(List.of(0, 1, 2, 3)).extracting(g -> model.fit(Criterion.LANGUAGE, 0, g))
                .containsExactly(1.0, 0.0, 0.5, 0.5);
        assertThat(List.of(0, 1, 2, 3)).extracting(g -> model.fit(Criterion.AVAILABILITY, 0, g))
                .containsExactly(1.0, 0.5, 0.0, 1.0);
        assertThat(model.explain(0, 0).get(4).facts()).containsExactly("Polish");
        assertThat(model.points(0, 0)).isEqualTo(ScoringModel.FULL_SCORE);
        assertThat(ScoringModel.score(model.points(0, 1))).isEqualByComparingTo("16.67");
    }

    @Test
    void neverTheManagerAnyoneAboveOrSomeoneWhoReportsToTheHipo() {
        RosterMember boss = Members.mentor("Boss", "Sales", 12, 1);
        RosterMember manager = Members.mentor("Manager", "Sales", 9, 1);
        RosterMember hipo = Members.hipo("Ana", "Finance", 5, manager.personId(), boss.personId());
        RosterMember report = Members.employee("Rita", "Finance", 3, RosterRole.MENTOR, 1, List.of(),
                Availability.LOW, List.of(), "Warsaw", List.of(hipo.personId()));
        RosterMember stranger = Members.mentor("Stranger", "Sales", 9, 1);
        ScoringModel model = model(criteria(new CriteriaWeights(1, 1, 1, 1, 1, 1), FunctionRule.PREFER_DIFFERENT, 2),
                List.of(), hipo, manager, boss, report, stranger);

        assertThat(List.of(0, 1, 2, 3)).extracting(g -> model.exclusion(0, g)).containsExactly(Exclusion.REPORTING_LINE,
                Exclusion.REPORTING_LINE, Exclusion.REPORTING_LINE, Exclusion.NONE);
        int[] guides = new int[4];
        int[] points = new int[4];
        assertThat(model.scoreRow(0, new int[]{1, 1, 1, 1}, guides, points)).isEqualTo(1);
        assertThat(guides[0]).isEqualTo(3);
    }

    @Test
    void mustDifferAndMustBeSameExcludeByFunction() {
        RosterMember hipo = Members.hipo("Ana", "Finance", 5);
        RosterMember finance = Members.mentor("Felix", "Finance", 9, 1);
        RosterMember marketing = Members.mentor("Mia", "Marketing", 9, 1);
        RosterMember external = Members.external("Claire", RosterRole.MENTOR, 1, null, List.of(), List.of());
        CriteriaWeights weights = new CriteriaWeights(1, 1, 1, 1, 1, 1);

        ScoringModel differ = model(criteria(weights, FunctionRule.MUST_DIFFER, 2), List.of(), hipo, finance, marketing,
                external);
        assertThat(List.of(0, 1, 2)).extracting(g -> differ.exclusion(0, g))
                .containsExactly(Exclusion.FUNCTION_RULE, Exclusion.NONE, Exclusion.NONE);
        ScoringModel same = model(criteria(weights, FunctionRule.MUST_BE_SAME, 2), List.of(), hipo, finance, marketing,
                external);
        assertThat(List.of(0, 1, 2)).extracting(g -> same.exclusion(0, g))
                .containsExactly(Exclusion.NONE, Exclusion.FUNCTION_RULE, Exclusion.FUNCTION_RULE);
    }

    @Test
    void rowScoringGivesExactlyThePointsAndExclusionsOfPairByPairScoring() {
        for (long seed = 1; seed <= 20; seed++) {
            List<RosterMember> roster = new RosterGenerator(seed).roster(60, 40, 3);
            List<Profile> hipos = roster.stream().filter(m -> m.role() == RosterRole.HIPO).map(m -> Profile.of(m, 0)).toList();
            List<Profile> guides = roster.stream().filter(m -> m.role() != RosterRole.HIPO)
                    .map(m -> Profile.of(m, m.capacity())).toList();
            FunctionRule rule = FunctionRule.values()[(int) (seed % FunctionRule.values().length)];
            ScoringModel model = new ScoringModel(criteria(new CriteriaWeights((int) (seed % 4), 2, 1, (int) (seed % 3), 3,
                    1), rule, (int) (seed % 4)), RosterGenerator.OBJECTIVE_CAPABILITIES, hipos, guides);
            int[] places = new int[guides.size()];
            Arrays.fill(places, 1);
            places[0] = 0;
            int[] rowGuides = new int[guides.size()];
            int[] rowPoints = new int[guides.size()];
            for (int h = 0; h < hipos.size(); h++) {
                int count = model.scoreRow(h, places, rowGuides, rowPoints);
                int i = 0;
                for (int g = 1; g < guides.size(); g++) {
                    if (model.exclusion(h, g) == Exclusion.NONE) {
                        assertThat(rowGuides[i]).isEqualTo(g);
                        assertThat(rowPoints[i]).isEqualTo(model.points(h, g));
                        double mean = 0;
                        for (CriterionScore line : model.explain(h, g)) {
                            mean += line.weight() * line.fit();
                        }
                        assertThat(ScoringModel.score(rowPoints[i]).doubleValue())
                                .isCloseTo(100 * mean / model.criteria().weights().total(), within(0.005));
                        i++;
                    }
                }
                assertThat(count).isEqualTo(i);
            }
        }
    }

    @Test
    void memberIdsDoNotAffectScores() {
        UUID unrelated = UUID.randomUUID();
        RosterMember hipo = Members.hipo("Ana", "Finance", 5, unrelated);
        ScoringModel model = model(criteria(new CriteriaWeights(0, 1, 0, 0, 0, 0), FunctionRule.PREFER_DIFFERENT, 2),
                List.of(), hipo, Members.mentor("Mia", "Marketing", 7, 1));
        assertThat(model.exclusion(0, 0)).isEqualTo(Exclusion.NONE);
        assertThat(model.points(0, 0)).isEqualTo(ScoringModel.FULL_SCORE);
    }
}
