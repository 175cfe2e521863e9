package com.ascent.plugins.selection.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.CriteriaWeights;
import com.ascent.plugin.api.roster.FunctionRule;
import com.ascent.plugin.api.roster.MatchingCriteria;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairProposal;
import com.ascent.plugin.api.roster.PairStatus;
import com.ascent.plugin.api.roster.PairingWaiver;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.ascent.plugins.selection.matching.Instance.Value;
import com.ascent.plugins.selection.matching.MatchingPlan.Outcome;
import com.ascent.plugins.selection.matching.MatchingPlan.Reason;
import com.ascent.plugins.selection.matching.MatchingPlan.Unmatched;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A program's roster turned into optimal proposals: rules, capacities, ties, and who is left out and why. */
class MatchingPlanTest {

    static final MatchingCriteria MUST_DIFFER = criteria(FunctionRule.MUST_DIFFER);

    static MatchingCriteria criteria(FunctionRule rule) {
        return new MatchingCriteria(PairKind.MENTORING, 1, new CriteriaWeights(3, 2, 2, 1, 3, 1), rule, 2);
    }

    static Outcome run(List<RosterMember> roster, List<Pair> pairs, List<PairingWaiver> waivers,
                       MatchingCriteria criteria) {
        return MatchingPlan.prepare(PairKind.MENTORING, roster, pairs, waivers, criteria, List.of())
                .run(Progress.NONE, () -> false);
    }

    static Map<UUID, UUID> guideByHipo(Outcome outcome) {
        Map<UUID, UUID> map = new HashMap<>();
        outcome.proposals().forEach(p -> map.put(p.hipoMemberId(), p.guideMemberId()));
        return map;
    }

    @Test
    void aFinanceHipoGetsTheMarketingMentorWhenFunctionsMustDiffer() {
        RosterMember hipo = Members.hipo("Ana", "Finance", 5);
        RosterMember finance = Members.mentor("Felix", "Finance", 8, 1);
        RosterMember marketing = Members.mentor("Mia", "Marketing", 6, 1);
        List<RosterMember> roster = List.of(hipo, finance, marketing);

        assertThat(guideByHipo(run(roster, List.of(), List.of(), criteria(FunctionRule.PREFER_SAME))))
                .containsEntry(hipo.id(), finance.id());
        Outcome outcome = run(roster, List.of(), List.of(), MUST_DIFFER);
        assertThat(guideByHipo(outcome)).containsEntry(hipo.id(), marketing.id());
        assertThat(outcome.proposals().getFirst().explanation()).filteredOn(c -> c.criterion().equals("function"))
                .singleElement().satisfies(c -> assertThat(c.facts()).containsExactly("Finance", "Marketing"));
    }

    @Test
    void findsTheBestTotalWhereTakingTheBestPairFirstWouldNot() {
        // Ana fits Mia best, but Bo can only have Mia (Tom is Bo's manager): greedy gives Bo nobody.
        RosterMember tom = Members.mentor("Tom", "Sales", 9, 1);
        RosterMember mia = Members.mentor("Mia", "Marketing", 9, 1);
        RosterMember ana = Members.hipo("Ana", "Finance", 5);
        RosterMember bo = Members.hipo("Bo", "Finance", 5, tom.personId());
        Outcome outcome = run(List.of(ana, bo, tom, mia), List.of(), List.of(), MUST_DIFFER);

        assertThat(guideByHipo(outcome)).containsEntry(ana.id(), tom.id()).containsEntry(bo.id(), mia.id());
        assertThat(outcome.unmatched()).isEmpty();
    }

    @Test
    void keepsLockedAndConfirmedPairsAndCountsTheirPlacesAcrossBothKinds() {
        RosterMember ana = Members.hipo("Ana", "Finance", 5);
        RosterMember bo = Members.hipo("Bo", "Sales", 5);
        RosterMember cy = Members.hipo("Cy", "HR", 5);
        RosterMember dee = Members.hipo("Dee", "Legal", 5);
        RosterMember both = Members.employee("Mia", "Marketing", 9, RosterRole.MENTOR_AND_COACH, 2, List.of("English"),
                Availability.MEDIUM, List.of(), "Warsaw", List.of());
        RosterMember other = Members.mentor("Tom", "Operations", 9, 2);
        List<Pair> pairs = List.of(
                pair(ana, both, PairKind.MENTORING, PairStatus.CONFIRMED, true),
                pair(bo, both, PairKind.COACHING, PairStatus.PROPOSED, false),
                pair(cy, other, PairKind.MENTORING, PairStatus.PROPOSED, false));
        List<PairingWaiver> waivers = List.of(new PairingWaiver(UUID.randomUUID(), 1, dee.id(), PairKind.MENTORING,
                "Joins in spring", "HR", Instant.now()));

        Outcome outcome = run(List.of(ana, bo, cy, dee, both, other), pairs, waivers, MUST_DIFFER);

        assertThat(outcome.proposals()).extracting(PairProposal::hipoMemberId)
                .as("Ana is confirmed, Dee has an exception; Cy's unlocked proposal is redone")
                .containsExactlyInAnyOrder(bo.id(), cy.id());
        assertThat(outcome.proposals()).extracting(PairProposal::guideMemberId)
                .as("Mia's two places went to Ana's mentoring and Bo's coaching").containsOnly(other.id());
        assertThat(outcome.unmatched()).isEmpty();
    }

    @Test
    void sayWhyAHipoCannotBePaired() {
        RosterMember manager = Members.mentor("Manager", "Sales", 9, 1);
        RosterMember ana = Members.hipo("Ana", "Finance", 5, manager.personId());
        RosterMember felix = Members.mentor("Felix", "Finance", 9, 2);
        RosterMember fiona = Members.mentor("Fiona", "Finance", 9, 2);
        RosterMember busy = Members.mentor("Busy", "Marketing", 9, 1);
        RosterMember lucky = Members.hipo("Lucky", "HR", 5);
        List<Pair> pairs = List.of(pair(lucky, busy, PairKind.MENTORING, PairStatus.PROPOSED, true));

        Outcome outcome = run(List.of(ana, lucky, manager, felix, fiona, busy), pairs, List.of(), MUST_DIFFER);

        assertThat(outcome.unmatched()).singleElement().isEqualTo(new Unmatched(ana.id(), "Ana", "Finance",
                Reason.NO_ELIGIBLE, 0, 1, 2, 1));
    }

    @Test
    void sayWhenEligibleGuidesAreAllTakenOrThereAreNone() {
        RosterMember ana = Members.hipo("Ana", "Finance", 5);
        RosterMember bo = Members.hipo("Bo", "Finance", 5);
        RosterMember mia = Members.mentor("Mia", "Marketing", 9, 1);

        Outcome outcome = run(List.of(ana, bo, mia), List.of(), List.of(), MUST_DIFFER);
        assertThat(outcome.proposals()).hasSize(1);
        assertThat(outcome.unmatched()).singleElement()
                .satisfies(u -> {
                    assertThat(u.reason()).isEqualTo(Reason.ALL_TAKEN);
                    assertThat(u.eligible()).isEqualTo(1);
                });

        Outcome noGuides = run(List.of(ana, bo), List.of(), List.of(), MUST_DIFFER);
        assertThat(noGuides.unmatched()).extracting(Unmatched::reason).containsOnly(Reason.NO_GUIDES);
    }

    @Test
    void equalChoicesAreSettledByIdWhateverTheOrderOfTheRoster() {
        RosterMember first = Members.hipo("Zoe", "Finance", 5);
        RosterMember second = Members.hipo("Adam", "Finance", 5);
        RosterMember mentorA = Members.mentor("Mia", "Marketing", 9, 1);
        RosterMember mentorB = Members.mentor("Max", "Marketing", 9, 1);
        List<RosterMember> roster = new ArrayList<>(List.of(first, second, mentorA, mentorB));

        Outcome outcome = run(roster, List.of(), List.of(), MUST_DIFFER);
        assertThat(guideByHipo(outcome)).containsEntry(first.id(), mentorA.id()).containsEntry(second.id(), mentorB.id());
        for (long seed = 0; seed < 5; seed++) {
            Collections.shuffle(roster, new Random(seed));
            assertThat(run(roster, List.of(), List.of(), MUST_DIFFER)).isEqualTo(outcome);
        }
    }

    @Test
    void generatedRostersAreSolvedOptimallyWithinTheRulesFromEitherSide() {
        for (long seed = 1; seed <= 16; seed++) {
            boolean scarcePlaces = seed % 2 == 0;
            List<RosterMember> roster = new RosterGenerator(seed).roster(120, scarcePlaces ? 20 : 60, 3);
            MatchingCriteria criteria = criteria(FunctionRule.values()[(int) (seed % 4)]);
            MatchingPlan plan = MatchingPlan.prepare(PairKind.MENTORING, roster, List.of(), List.of(), criteria,
                    RosterGenerator.OBJECTIVE_CAPABILITIES);
            Outcome outcome = plan.run(Progress.NONE, () -> false);

            ScoringModel model = plan.model();
            Map<UUID, Integer> hipoIndex = new HashMap<>();
            Map<UUID, Integer> guideIndex = new HashMap<>();
            for (int h = 0; h < model.hipoCount(); h++) {
                hipoIndex.put(model.hipo(h).memberId(), h);
            }
            for (int g = 0; g < model.guideCount(); g++) {
                guideIndex.put(model.guide(g).memberId(), g);
            }
            int[] load = new int[model.guideCount()];
            long total = 0;
            for (PairProposal p : outcome.proposals()) {
                int h = hipoIndex.get(p.hipoMemberId());
                int g = guideIndex.get(p.guideMemberId());
                assertThat(model.exclusion(h, g)).isEqualTo(ScoringModel.Exclusion.NONE);
                assertThat(p.score()).isEqualByComparingTo(ScoringModel.score(model.points(h, g)));
                load[g]++;
                total += model.points(h, g);
            }
            for (int g = 0; g < load.length; g++) {
                assertThat(load[g]).isLessThanOrEqualTo(model.guide(g).capacity());
            }
            assertThat(outcome.totalPoints()).isEqualTo(total);
            assertThat(new Value(outcome.proposals().size(), total)).isEqualTo(IndependentSolver.best(instanceOf(model)));
            assertThat(outcome.proposals().size() + outcome.unmatched().size()).isEqualTo(model.hipoCount());
        }
    }

    @Test
    void reportsProgressAndCanBeCancelled() {
        List<RosterMember> roster = new RosterGenerator(3).roster(200, 50, 3);
        MatchingPlan plan = MatchingPlan.prepare(PairKind.MENTORING, roster, List.of(), List.of(), MUST_DIFFER, List.of());
        List<Double> reported = new ArrayList<>();
        plan.run(reported::add, () -> false);
        assertThat(reported).isSorted().last().isEqualTo(1.0);

        int[] asked = new int[1];
        assertThatThrownBy(() -> plan.run(Progress.NONE, () -> ++asked[0] > 100))
                .isInstanceOf(MatchingCancelledException.class);
    }

    /** The model's allowed pairs as a plain instance: HiPos on the left, guides' places on the right. */
    static Instance instanceOf(ScoringModel model) {
        int[] supply = new int[model.hipoCount()];
        java.util.Arrays.fill(supply, 1);
        int[] capacity = new int[model.guideCount()];
        for (int g = 0; g < capacity.length; g++) {
            capacity[g] = model.guide(g).capacity();
        }
        int[] start = new int[supply.length + 1];
        List<Integer> heads = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (int h = 0; h < supply.length; h++) {
            for (int g = 0; g < capacity.length; g++) {
                if (capacity[g] > 0 && model.exclusion(h, g) == ScoringModel.Exclusion.NONE) {
                    heads.add(g);
                    weights.add(model.points(h, g));
                }
            }
            start[h + 1] = heads.size();
        }
        return new Instance(supply, capacity, start, heads.stream().mapToInt(i -> i).toArray(),
                weights.stream().mapToInt(i -> i).toArray());
    }

    static Pair pair(RosterMember hipo, RosterMember guide, PairKind kind, PairStatus status, boolean locked) {
        return new Pair(UUID.randomUUID(), 1, hipo.id(), guide.id(), kind, status, BigDecimal.TEN, locked, List.of());
    }
}
