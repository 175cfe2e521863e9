package com.ascent.plugins.selection.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.plugin.api.roster.CriteriaWeights;
import com.ascent.plugin.api.roster.FunctionRule;
import com.ascent.plugin.api.roster.MatchingCriteria;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.RosterMember;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 5,000 HiPos and 1,000 mentors with capacities 1 to 5: scoring plus optimal matching, against
 * two baselines measured in the same run (scoring alone, and a greedy assignment of the best
 * pairs first). Not part of the normal build; see docs/benchmarks.md for the command.
 */
@Tag("benchmark")
class MatchingBenchmark {

    private static final int HIPOS = 5_000;
    private static final int MENTORS = 1_000;
    private static final int MAX_CAPACITY = 5;
    private static final int ROUNDS = 3;

    @Test
    void fiveThousandHiposAndOneThousandMentors() throws IOException {
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "Java %s, %d processors, max heap %d MB",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        record Scenario(FunctionRule rule, int maxCapacity) {
        }
        // The case (capacities 1 to 5, fewer places than HiPos) with and without the cross-functional
        // rule, and a roster with more places than HiPos, where the solver places HiPos rather than guides' places.
        for (Scenario scenario : List.of(new Scenario(FunctionRule.PREFER_DIFFERENT, MAX_CAPACITY),
                new Scenario(FunctionRule.MUST_DIFFER, MAX_CAPACITY), new Scenario(FunctionRule.PREFER_DIFFERENT, 12))) {
            FunctionRule rule = scenario.rule();
            MatchingCriteria criteria = new MatchingCriteria(PairKind.MENTORING, 1, new CriteriaWeights(3, 2, 2, 1, 3, 1),
                    rule, 2);
            List<RosterMember> roster = new RosterGenerator(2027).roster(HIPOS, MENTORS, scenario.maxCapacity());
            int places = roster.stream().mapToInt(RosterMember::capacity).sum();
            long[] full = new long[ROUNDS + 1];
            long[] scoring = new long[ROUNDS + 1];
            long[] greedy = new long[ROUNDS + 1];
            MatchingPlan.Outcome outcome = null;
            long greedyTotal = 0;
            for (int round = 0; round <= ROUNDS; round++) {
                long t0 = System.nanoTime();
                MatchingPlan plan = MatchingPlan.prepare(PairKind.MENTORING, roster, List.of(), List.of(), criteria,
                        RosterGenerator.OBJECTIVE_CAPABILITIES);
                outcome = plan.run(Progress.NONE, () -> false);
                full[round] = System.nanoTime() - t0;

                long t1 = System.nanoTime();
                MatchingPlan again = MatchingPlan.prepare(PairKind.MENTORING, roster, List.of(), List.of(), criteria,
                        RosterGenerator.OBJECTIVE_CAPABILITIES);
                long[] edges = scoreAll(again.model());
                scoring[round] = System.nanoTime() - t1;
                greedyTotal = greedy(edges, again.model());
                greedy[round] = System.nanoTime() - t1;
            }
            report.add(String.format(Locale.ROOT,
                    "%s, capacities 1-%d: %d HiPos, %d mentors, %d places; %d pairs, total score %.2f (greedy %.2f); "
                            + "scoring + optimal matching %d ms; baselines: scoring alone %d ms, scoring + greedy %d ms "
                            + "(median of %d runs after a warm-up)",
                    rule, scenario.maxCapacity(), HIPOS, MENTORS, places, outcome.proposals().size(), outcome.totalPoints() / 100.0,
                    greedyTotal / 100.0, median(full), median(scoring), median(greedy), ROUNDS));
            assertThat(outcome.totalPoints()).isGreaterThanOrEqualTo(greedyTotal);
            assertThat(median(full)).as("scoring + optimal matching in ms").isLessThan(5_000);
        }
        report.forEach(System.out::println);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "matching-benchmark.txt"), report);
    }

    /** Every allowed pair, scored the way a run scores: {@code points << 32 | hipo << 12 | guide}. */
    private static long[] scoreAll(ScoringModel model) {
        int[] places = new int[model.guideCount()];
        for (int g = 0; g < places.length; g++) {
            places[g] = model.guide(g).capacity();
        }
        int[] guides = new int[places.length];
        int[] points = new int[places.length];
        long[] edges = new long[model.hipoCount() * places.length];
        int count = 0;
        for (int h = 0; h < model.hipoCount(); h++) {
            int row = model.scoreRow(h, places, guides, points);
            for (int i = 0; i < row; i++) {
                edges[count++] = (long) points[i] << 32 | (long) h << 12 | guides[i];
            }
        }
        return Arrays.copyOf(edges, count);
    }

    /** Best pairs first, as long as the HiPo is free and the guide has a place: the usual quick heuristic. */
    private static long greedy(long[] edges, ScoringModel model) {
        Arrays.sort(edges);
        boolean[] paired = new boolean[model.hipoCount()];
        int[] left = new int[model.guideCount()];
        for (int g = 0; g < left.length; g++) {
            left[g] = model.guide(g).capacity();
        }
        long total = 0;
        for (int e = edges.length - 1; e >= 0; e--) {
            int h = (int) (edges[e] >>> 12 & 0xFFFFF);
            int g = (int) (edges[e] & 0xFFF);
            if (!paired[h] && left[g] > 0) {
                paired[h] = true;
                left[g]--;
                total += edges[e] >>> 32;
            }
        }
        return total;
    }

    /** Median in milliseconds, skipping the warm-up round. */
    private static long median(long[] nanos) {
        long[] measured = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(measured);
        return measured[measured.length / 2] / 1_000_000;
    }
}
