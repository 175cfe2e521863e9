package com.ascent.plugins.selection.matching;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Optimal capacitated assignment on a bipartite graph: every edge joins a left node to a right
 * node and has a weight; a left node may use at most {@code supply} of its edges, a right node at
 * most {@code capacity} of its edges, and every edge at most once. The solver chooses the edges
 * that, first, are as many as possible and, among all such choices, have the highest total weight.
 *
 * <p>It is a min-cost flow solved by successive shortest paths with node potentials (Dijkstra on
 * reduced costs, one unit at a time): an edge costs {@code maxWeight - weight}, and a unit a left
 * node cannot place goes to an "unplaced" node at a cost higher than any number of edges can save,
 * which makes the number of placed units come first. Units are placed in the order of the left
 * nodes; ties in distance are broken by node number, so the same input always gives the same result.
 *
 * <p>A unit is placed once a node with spare capacity is reached; once a right node's capacity is
 * used up it never frees again, which keeps the potentials of nodes with spare capacity at zero and
 * the flow optimal at the end (no negative cycle in the residual graph).
 */
public final class AssignmentSolver {

    private static final int NODE_BITS = 21;
    private static final long NODE_MASK = (1L << NODE_BITS) - 1;
    private static final long UNREACHED = Long.MAX_VALUE;

    private final int[] supply;
    private final int[] capacity;
    private final int[] start;
    private final int[] head;
    private final int[] weight;
    private final int maxWeight;
    private final int lefts;
    private final int unplaced;
    private final long unplacedCost;

    private final long[] potential;
    private final long[] distance;
    private final int[] reachedInPhase;
    private final int[] settledInPhase;
    private final int[] predecessor;
    private final boolean[] used;
    private final int[] load;
    private final int[][] assigned;
    private final int[] settled;
    private final LongMinHeap heap = new LongMinHeap();
    private int settledCount;
    private int phase;

    private AssignmentSolver(int[] supply, int[] capacity, int[] start, int[] head, int[] weight) {
        this.supply = supply;
        this.capacity = capacity;
        this.start = start;
        this.head = head;
        this.weight = weight;
        this.lefts = supply.length;
        int nodes = lefts + capacity.length + 1;
        if (nodes > NODE_MASK) {
            throw new IllegalArgumentException("Too many nodes for one matching run: " + nodes);
        }
        this.unplaced = nodes - 1;
        this.maxWeight = Arrays.stream(weight).max().orElse(0);
        if (Arrays.stream(weight).anyMatch(w -> w < 0)) {
            throw new IllegalArgumentException("Weights must not be negative");
        }
        long units = Arrays.stream(supply).asLongStream().sum();
        // More than all edge savings together: placing one more unit always beats any weight.
        this.unplacedCost = (units + 1) * maxWeight + 1;
        this.potential = new long[nodes];
        this.distance = new long[nodes];
        this.reachedInPhase = new int[nodes];
        this.settledInPhase = new int[nodes];
        this.predecessor = new int[nodes];
        this.settled = new int[nodes];
        this.used = new boolean[head.length];
        this.load = new int[capacity.length];
        this.assigned = new int[capacity.length][];
        for (int r = 0; r < capacity.length; r++) {
            assigned[r] = new int[Math.min(capacity[r], start[lefts])];
        }
    }

    /**
     * Solves one instance.
     *
     * @param supply    how many edges each left node may use
     * @param capacity  how many edges each right node may use
     * @param start     edges of left node {@code l} are {@code start[l]} to {@code start[l + 1] - 1}
     * @param head      the right node of each edge
     * @param weight    the weight of each edge, at least 0
     * @param progress  hears the share of units placed
     * @param cancelled asked between units; true stops the run with {@link MatchingCancelledException}
     * @return for each edge, whether it is chosen
     */
    public static boolean[] solve(int[] supply, int[] capacity, int[] start, int[] head, int[] weight,
                                  Progress progress, BooleanSupplier cancelled) {
        if (start.length != supply.length + 1 || head.length != weight.length || start[supply.length] != head.length) {
            throw new IllegalArgumentException("Edges do not match the nodes");
        }
        return new AssignmentSolver(supply, capacity, start, head, weight).run(progress, cancelled);
    }

    private boolean[] run(Progress progress, BooleanSupplier cancelled) {
        long units = Arrays.stream(supply).asLongStream().sum();
        long placed = 0;
        for (int left = 0; left < lefts; left++) {
            for (int unit = 0; unit < supply[left]; unit++) {
                if (cancelled.getAsBoolean()) {
                    throw new MatchingCancelledException();
                }
                placeOneUnit(left);
                progress.report(++placed / (double) units);
            }
        }
        return used;
    }

    /** One shortest path from {@code source} to the nearest node with spare capacity, then augment. */
    private void placeOneUnit(int source) {
        phase++;
        heap.clear();
        settledCount = 0;
        long bound = UNREACHED;
        reach(source, 0, -1);
        int target = -1;
        while (!heap.isEmpty()) {
            long item = heap.pop();
            int node = (int) (item & NODE_MASK);
            long dist = item >>> NODE_BITS;
            if (settledInPhase[node] == phase || dist != distance[node]) {
                continue;
            }
            settledInPhase[node] = phase;
            settled[settledCount++] = node;
            if (hasSpareCapacity(node)) {
                target = node;
                break;
            }
            if (node < lefts) {
                long base = dist + potential[node];
                long toUnplaced = base + unplacedCost - potential[unplaced];
                if (toUnplaced < bound && improves(unplaced, toUnplaced)) {
                    reach(unplaced, toUnplaced, node);
                    bound = toUnplaced;
                }
                for (int e = start[node]; e < start[node + 1]; e++) {
                    if (used[e]) {
                        continue;
                    }
                    int right = lefts + head[e];
                    long next = base + (maxWeight - weight[e]) - potential[right];
                    if (next < bound && improves(right, next)) {
                        reach(right, next, e);
                        if (hasSpareCapacity(right)) {
                            bound = next;
                        }
                    }
                }
            } else {
                int right = node - lefts;
                long base = dist + potential[node];
                for (int k = 0; k < load[right]; k++) {
                    int e = assigned[right][k];
                    int left = tailOf(e);
                    long next = base - (maxWeight - weight[e]) - potential[left];
                    if (next < bound && improves(left, next)) {
                        reach(left, next, e);
                    }
                }
            }
        }
        if (target < 0) {
            throw new IllegalStateException("The unplaced node is always reachable");
        }
        long targetDistance = distance[target];
        for (int i = 0; i < settledCount; i++) {
            int node = settled[i];
            potential[node] += distance[node] - targetDistance;
        }
        augment(source, target);
    }

    private boolean improves(int node, long dist) {
        return reachedInPhase[node] != phase || dist < distance[node];
    }

    private void reach(int node, long dist, int via) {
        reachedInPhase[node] = phase;
        distance[node] = dist;
        predecessor[node] = via;
        heap.push(dist << NODE_BITS | node);
    }

    private boolean hasSpareCapacity(int node) {
        return node == unplaced || (node >= lefts && load[node - lefts] < capacity[node - lefts]);
    }

    /** Walks the path back: forward edges become used, the backward edges on the way are released. */
    private void augment(int source, int target) {
        int left;
        if (target == unplaced) {
            left = predecessor[unplaced];
        } else {
            int e = predecessor[target];
            take(e, target - lefts);
            left = tailOf(e);
        }
        while (left != source) {
            int released = predecessor[left];
            int right = head[released];
            release(released, right);
            int e = predecessor[lefts + right];
            take(e, right);
            left = tailOf(e);
        }
    }

    private void take(int edge, int right) {
        used[edge] = true;
        assigned[right][load[right]++] = edge;
    }

    private void release(int edge, int right) {
        used[edge] = false;
        int[] edges = assigned[right];
        for (int k = 0; k < load[right]; k++) {
            if (edges[k] == edge) {
                edges[k] = edges[--load[right]];
                return;
            }
        }
        throw new IllegalStateException("Released an edge that was not assigned");
    }

    /** The left node of an edge: edges are grouped by left node, so a binary search over {@code start}. */
    private int tailOf(int edge) {
        int low = 0;
        int high = lefts - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (start[mid] <= edge) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
