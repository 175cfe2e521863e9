package com.ascent.plugins.selection.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.plugins.selection.matching.Instance.Value;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The solver's assignments are feasible and optimal: equal to exhaustive search on small
 * instances and to JGraphT's capacity-scaling min-cost flow (an independent solver) on larger ones.
 */
class AssignmentSolverTest {

    private static final AtomicInteger SEED = new AtomicInteger(1);

    @RepeatedTest(400)
    void isOptimalOnInstancesSmallEnoughToTryEveryAssignment() {
        Random random = new Random(SEED.getAndIncrement());
        Instance instance = Instance.random(random, 1 + random.nextInt(5), 1 + random.nextInt(4), 3, 3,
                0.3 + random.nextDouble() * 0.5, 1 + random.nextInt(100));
        if (instance.edges() > 16) {
            return;
        }
        boolean[] chosen = instance.solve();

        assertThat(instance.feasible(chosen)).isTrue();
        assertThat(instance.value(chosen)).isEqualTo(bruteForce(instance));
    }

    @RepeatedTest(30)
    void equalsAnIndependentMinCostFlowSolverOnLargerInstances() {
        Random random = new Random(1_000 + SEED.getAndIncrement());
        boolean manyGuidePlaces = random.nextBoolean();
        Instance instance = Instance.random(random, 40 + random.nextInt(160), 10 + random.nextInt(50),
                1, manyGuidePlaces ? 6 : 2, 0.05 + random.nextDouble() * 0.6, 10_000);
        boolean[] chosen = instance.solve();

        assertThat(instance.feasible(chosen)).isTrue();
        assertThat(instance.value(chosen)).isEqualTo(IndependentSolver.best(instance));
    }

    @Test
    void placesUnitsOfLeftNodesWithSeveralPlacesToo() {
        Random random = new Random(77);
        for (int round = 0; round < 10; round++) {
            Instance instance = Instance.random(random, 30, 120, 5, 1, 0.3, 10_000);
            boolean[] chosen = instance.solve();
            assertThat(instance.feasible(chosen)).isTrue();
            assertThat(instance.value(chosen)).isEqualTo(IndependentSolver.best(instance));
        }
    }

    @Test
    void prefersOneMorePairToAHigherTotalScore() {
        // Left 0 could take right 0 alone for 100; pairing both lefts (0 with 1, 1 with 0) gives 2 + 1.
        Instance instance = new Instance(new int[]{1, 1}, new int[]{1, 1}, new int[]{0, 2, 3},
                new int[]{0, 1, 0}, new int[]{100, 2, 1});
        boolean[] chosen = instance.solve();
        assertThat(instance.value(chosen)).isEqualTo(new Value(2, 3));
        assertThat(chosen).containsExactly(false, true, true);
    }

    @Test
    void equalAlternativesAreResolvedInNodeOrder() {
        // Two lefts, two rights, all weights equal: the first left gets the first right.
        Instance instance = new Instance(new int[]{1, 1}, new int[]{1, 1}, new int[]{0, 2, 4},
                new int[]{0, 1, 0, 1}, new int[]{5, 5, 5, 5});
        assertThat(instance.solve()).containsExactly(true, false, false, true);
        assertThat(instance.solve()).containsExactly(true, false, false, true);
    }

    @Test
    void leavesUnitsUnplacedWhenNothingHasCapacity() {
        Instance instance = new Instance(new int[]{1, 1}, new int[]{0}, new int[]{0, 1, 2}, new int[]{0, 0},
                new int[]{7, 9});
        assertThat(instance.value(instance.solve())).isEqualTo(new Value(0, 0));
    }

    @Test
    void stopsWhenCancelled() {
        Instance instance = Instance.random(new Random(5), 50, 10, 1, 5, 0.5, 100);
        assertThatThrownBy(() -> AssignmentSolver.solve(instance.supply(), instance.capacity(), instance.start(),
                instance.head(), instance.weight(), Progress.NONE, () -> true))
                .isInstanceOf(MatchingCancelledException.class);
    }

    /** Tries every subset of edges. */
    private static Value bruteForce(Instance instance) {
        Value best = new Value(0, 0);
        int edges = instance.edges();
        for (int mask = 0; mask < 1 << edges; mask++) {
            boolean[] chosen = new boolean[edges];
            for (int e = 0; e < edges; e++) {
                chosen[e] = (mask & 1 << e) != 0;
            }
            if (instance.feasible(chosen) && instance.value(chosen).compareTo(best) > 0) {
                best = instance.value(chosen);
            }
        }
        return best;
    }
}
