package com.ascent.plugins.selection.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A random bipartite assignment instance in the solver's form, and how to judge a solution of it. */
record Instance(int[] supply, int[] capacity, int[] start, int[] head, int[] weight) {

    /** Every left node gets an edge to each right node with probability {@code density}. */
    static Instance random(Random random, int lefts, int rights, int maxSupply, int maxCapacity, double density,
                           int maxWeight) {
        int[] supply = new int[lefts];
        int[] capacity = new int[rights];
        for (int l = 0; l < lefts; l++) {
            supply[l] = 1 + random.nextInt(maxSupply);
        }
        for (int r = 0; r < rights; r++) {
            capacity[r] = random.nextInt(maxCapacity + 1);
        }
        int[] start = new int[lefts + 1];
        List<Integer> heads = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (int l = 0; l < lefts; l++) {
            for (int r = 0; r < rights; r++) {
                if (random.nextDouble() < density) {
                    heads.add(r);
                    weights.add(random.nextInt(maxWeight + 1));
                }
            }
            start[l + 1] = heads.size();
        }
        return new Instance(supply, capacity, start, heads.stream().mapToInt(i -> i).toArray(),
                weights.stream().mapToInt(i -> i).toArray());
    }

    int edges() {
        return head.length;
    }

    int tail(int edge) {
        int l = 0;
        while (start[l + 1] <= edge) {
            l++;
        }
        return l;
    }

    boolean[] solve() {
        return AssignmentSolver.solve(supply, capacity, start, head, weight, Progress.NONE, () -> false);
    }

    /** Whether the chosen edges respect every supply and capacity. */
    boolean feasible(boolean[] chosen) {
        int[] usedLeft = new int[supply.length];
        int[] usedRight = new int[capacity.length];
        for (int e = 0; e < chosen.length; e++) {
            if (chosen[e]) {
                usedLeft[tail(e)]++;
                usedRight[head[e]]++;
            }
        }
        for (int l = 0; l < supply.length; l++) {
            if (usedLeft[l] > supply[l]) {
                return false;
            }
        }
        for (int r = 0; r < capacity.length; r++) {
            if (usedRight[r] > capacity[r]) {
                return false;
            }
        }
        return true;
    }

    /** Number of chosen edges and their total weight. */
    Value value(boolean[] chosen) {
        int count = 0;
        long total = 0;
        for (int e = 0; e < chosen.length; e++) {
            if (chosen[e]) {
                count++;
                total += weight[e];
            }
        }
        return new Value(count, total);
    }

    /** What the solver optimises: more pairs first, then a higher total weight. */
    record Value(int pairs, long weight) implements Comparable<Value> {
        @Override
        public int compareTo(Value other) {
            return pairs != other.pairs ? Integer.compare(pairs, other.pairs) : Long.compare(weight, other.weight);
        }
    }
}
