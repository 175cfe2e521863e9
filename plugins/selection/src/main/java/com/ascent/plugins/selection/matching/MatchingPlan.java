package com.ascent.plugins.selection.matching;

import com.ascent.plugin.api.roster.MatchingCriteria;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairProposal;
import com.ascent.plugin.api.roster.PairStatus;
import com.ascent.plugin.api.roster.PairingWaiver;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * One matching run for one kind of pair: which HiPos still need a guide, which guides have places
 * left, and, once run, the optimal proposals and who could not be paired and why.
 *
 * <p>Locked and confirmed pairs stay as they are: their HiPos are not matched again and their
 * guides' places are taken. HiPos with a recorded exception for this kind are left out. Every
 * pair of a guide counts against the guide's capacity, mentoring and coaching together.
 */
public final class MatchingPlan {

    /** Why a HiPo got no proposal. */
    public enum Reason {
        /** The roster has no guide for this kind of pair. */
        NO_GUIDES,
        /** The hard rules or full capacities leave no guide for this HiPo. */
        NO_ELIGIBLE,
        /** Eligible guides exist, but their places serve other HiPos in the best overall assignment. */
        ALL_TAKEN
    }

    /**
     * A HiPo left without a proposal, with the counts that explain it.
     *
     * @param memberId      the HiPo's roster member id
     * @param name          the HiPo's name
     * @param function      the HiPo's function
     * @param reason        why
     * @param eligible      guides the rules allow and who had places left before this run
     * @param reportingLine guides excluded because they are in the HiPo's reporting line
     * @param functionRule  guides excluded by the program's function rule
     * @param full          guides the rules allow whose places were all taken by locked or confirmed pairs
     */
    public record Unmatched(UUID memberId, String name, String function, Reason reason, int eligible,
                            int reportingLine, int functionRule, int full) {
    }

    /**
     * What a run produced.
     *
     * @param kind        mentoring or coaching
     * @param proposals   the optimal pairs, with score and breakdown
     * @param unmatched   HiPos without a proposal, and why
     * @param totalPoints the sum of the proposals' points (score x 100)
     */
    public record Outcome(PairKind kind, List<PairProposal> proposals, List<Unmatched> unmatched, long totalPoints) {
    }

    /** The share of a run's progress that scoring takes; matching takes the rest. */
    private static final double SCORING_SHARE = 0.4;

    private final PairKind kind;
    private final ScoringModel model;
    private final int[] places;

    private MatchingPlan(PairKind kind, ScoringModel model, int[] places) {
        this.kind = kind;
        this.model = model;
        this.places = places;
    }

    /**
     * Prepares a run from the program's roster as it is now: unlocked proposals of this kind will
     * be replaced, everything else stays.
     *
     * @param objectiveCapabilities capabilities the program's objectives develop
     */
    public static MatchingPlan prepare(PairKind kind, List<RosterMember> members, List<Pair> pairs,
                                       List<PairingWaiver> waivers, MatchingCriteria criteria,
                                       Collection<String> objectiveCapabilities) {
        List<Pair> staying = pairs.stream()
                .filter(p -> p.kind() != kind || p.locked() || p.status() == PairStatus.CONFIRMED)
                .toList();
        return build(kind, members, staying, waivers, criteria, objectiveCapabilities);
    }

    /**
     * The program as it is, with every pair staying: its HiPos are those who have no pair of this
     * kind and no recorded exception, and {@link #unpaired()} says why.
     */
    public static MatchingPlan current(PairKind kind, List<RosterMember> members, List<Pair> pairs,
                                       List<PairingWaiver> waivers, MatchingCriteria criteria,
                                       Collection<String> objectiveCapabilities) {
        return build(kind, members, pairs, waivers, criteria, objectiveCapabilities);
    }

    private static MatchingPlan build(PairKind kind, List<RosterMember> members, List<Pair> staying,
                                      List<PairingWaiver> waivers, MatchingCriteria criteria,
                                      Collection<String> objectiveCapabilities) {
        Set<UUID> settled = staying.stream().filter(p -> p.kind() == kind).map(Pair::hipoMemberId)
                .collect(Collectors.toSet());
        waivers.stream().filter(w -> w.kind() == kind).forEach(w -> settled.add(w.hipoMemberId()));
        Map<UUID, Integer> taken = placesTaken(staying);
        Comparator<RosterMember> byId = Comparator.comparing(RosterMember::id);
        List<Profile> hipos = members.stream()
                .filter(m -> m.role() == RosterRole.HIPO && !settled.contains(m.id()))
                .sorted(byId).map(m -> Profile.of(m, 0)).toList();
        List<Profile> guides = members.stream()
                .filter(m -> m.role().guides(kind))
                .sorted(byId)
                .map(m -> Profile.of(m, Math.max(0, m.capacity() - taken.getOrDefault(m.id(), 0))))
                .toList();
        int[] places = guides.stream().mapToInt(Profile::capacity).toArray();
        return new MatchingPlan(kind, new ScoringModel(criteria, objectiveCapabilities, hipos, guides), places);
    }

    /** How many places of each guide the pairs take, mentoring and coaching together. */
    static Map<UUID, Integer> placesTaken(Collection<Pair> pairs) {
        Map<UUID, Integer> taken = new HashMap<>();
        pairs.forEach(p -> taken.merge(p.guideMemberId(), 1, Integer::sum));
        return taken;
    }

    /** Why each HiPo of this plan has no pair, judged on the places guides have left now. */
    public List<Unmatched> unpaired() {
        List<Unmatched> result = new ArrayList<>();
        for (int h = 0; h < model.hipoCount(); h++) {
            result.add(explainUnmatched(h));
        }
        return result;
    }

    /** The scores of this run's HiPos and guides (guides' capacity is their places left). */
    public ScoringModel model() {
        return model;
    }

    /** How many HiPo-guide pairs this run scores: a measure of its size. */
    public long candidatePairs() {
        return (long) model.hipoCount() * model.guideCount();
    }

    /**
     * Scores every allowed pair and finds the optimal assignment.
     *
     * @param progress  hears how far the run is (scoring first, then matching)
     * @param cancelled asked regularly; true stops the run with {@link MatchingCancelledException}
     */
    public Outcome run(Progress progress, BooleanSupplier cancelled) {
        int hipos = model.hipoCount();
        int guides = model.guideCount();
        long placeCount = 0;
        for (int p : places) {
            placeCount += p;
        }
        // Units are placed from the scarcer side, so that the other side always has free nodes nearby.
        boolean hiposPlace = hipos <= placeCount;
        int lefts = hiposPlace ? hipos : guides;
        int rights = hiposPlace ? guides : hipos;
        int[] hipoStart = new int[hipos + 1];
        IntList heads = new IntList();
        IntList weights = new IntList();
        int[] rowGuides = new int[guides];
        int[] rowPoints = new int[guides];
        for (int h = 0; h < hipos; h++) {
            if (cancelled.getAsBoolean()) {
                throw new MatchingCancelledException();
            }
            int count = model.scoreRow(h, places, rowGuides, rowPoints);
            for (int i = 0; i < count; i++) {
                heads.add(rowGuides[i]);
                weights.add(rowPoints[i]);
            }
            hipoStart[h + 1] = heads.size();
            progress.report(SCORING_SHARE * (h + 1) / hipos);
        }
        int[] start = hipoStart;
        int[] head = heads.toArray();
        int[] weight = weights.toArray();
        if (!hiposPlace) {
            int[][] transposed = transpose(hipoStart, head, weight, guides);
            start = transposed[0];
            head = transposed[1];
            weight = transposed[2];
        }
        int[] supply = new int[lefts];
        int[] capacity = new int[rights];
        for (int g = 0; g < guides; g++) {
            if (hiposPlace) {
                capacity[g] = places[g];
            } else {
                supply[g] = places[g];
            }
        }
        Arrays.fill(hiposPlace ? supply : capacity, 1);
        boolean[] chosen = AssignmentSolver.solve(supply, capacity, start, head, weight,
                fraction -> progress.report(SCORING_SHARE + (1 - SCORING_SHARE) * fraction), cancelled);

        int[] guideOf = new int[hipos];
        Arrays.fill(guideOf, -1);
        for (int l = 0; l < lefts; l++) {
            for (int e = start[l]; e < start[l + 1]; e++) {
                if (chosen[e]) {
                    guideOf[hiposPlace ? l : head[e]] = hiposPlace ? head[e] : l;
                }
            }
        }
        return outcome(guideOf);
    }

    /** The same edges grouped by their other end: {start, head, weight}. */
    private static int[][] transpose(int[] start, int[] head, int[] weight, int others) {
        int[] otherStart = new int[others + 1];
        for (int other : head) {
            otherStart[other + 1]++;
        }
        for (int o = 0; o < others; o++) {
            otherStart[o + 1] += otherStart[o];
        }
        int[] fill = Arrays.copyOf(otherStart, others);
        int[] otherHead = new int[head.length];
        int[] otherWeight = new int[head.length];
        for (int node = 0; node + 1 < start.length; node++) {
            for (int e = start[node]; e < start[node + 1]; e++) {
                int slot = fill[head[e]]++;
                otherHead[slot] = node;
                otherWeight[slot] = weight[e];
            }
        }
        return new int[][]{otherStart, otherHead, otherWeight};
    }

    private Outcome outcome(int[] guideOf) {
        List<PairProposal> proposals = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        long total = 0;
        for (int h = 0; h < guideOf.length; h++) {
            int g = guideOf[h];
            if (g >= 0) {
                int points = model.points(h, g);
                total += points;
                proposals.add(new PairProposal(model.hipo(h).memberId(), model.guide(g).memberId(), kind,
                        ScoringModel.score(points), model.explain(h, g)));
            } else {
                unmatched.add(explainUnmatched(h));
            }
        }
        return new Outcome(kind, proposals, unmatched, total);
    }

    private Unmatched explainUnmatched(int h) {
        int eligible = 0;
        int reportingLine = 0;
        int functionRule = 0;
        int full = 0;
        for (int g = 0; g < model.guideCount(); g++) {
            switch (model.exclusion(h, g)) {
                case REPORTING_LINE -> reportingLine++;
                case FUNCTION_RULE -> functionRule++;
                case NONE -> {
                    if (places[g] > 0) {
                        eligible++;
                    } else {
                        full++;
                    }
                }
            }
        }
        Reason reason = model.guideCount() == 0 ? Reason.NO_GUIDES : eligible == 0 ? Reason.NO_ELIGIBLE : Reason.ALL_TAKEN;
        Profile hipo = model.hipo(h);
        return new Unmatched(hipo.memberId(), hipo.name(), hipo.function() == null ? "" : hipo.function(), reason,
                eligible, reportingLine, functionRule, full);
    }
}
