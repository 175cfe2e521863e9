package com.ascent.plugins.selection.matching;

import com.ascent.plugins.selection.matching.Instance.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/** JGraphT's capacity-scaling min-cost flow: the independent solver the matcher is checked against. */
final class IndependentSolver {

    private IndependentSolver() {
    }

    /**
     * The same problem as a min-cost flow for JGraphT: every unit of a left node flows to a right
     * node over an edge (cost {@code big - weight}) or to an "unplaced" node at a cost no number
     * of pairs can make up for; right nodes and the unplaced node drain into a sink.
     */
    static Value best(Instance instance) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        int lefts = instance.supply().length;
        int units = 0;
        for (int l = 0; l < lefts; l++) {
            units += instance.supply()[l];
        }
        long maxWeight = 0;
        for (int w : instance.weight()) {
            maxWeight = Math.max(maxWeight, w);
        }
        double unplacedCost = (units + 1) * maxWeight + 1 + maxWeight;
        Map<DefaultWeightedEdge, Integer> capacities = new HashMap<>();
        Map<String, Integer> supplies = new HashMap<>();
        graph.addVertex("sink");
        graph.addVertex("unplaced");
        supplies.put("sink", -units);
        capacities.put(arc(graph, "unplaced", "sink", 0), units);
        for (int r = 0; r < instance.capacity().length; r++) {
            graph.addVertex("r" + r);
            capacities.put(arc(graph, "r" + r, "sink", 0), instance.capacity()[r]);
        }
        List<DefaultWeightedEdge> pairEdges = new ArrayList<>();
        for (int l = 0; l < lefts; l++) {
            graph.addVertex("l" + l);
            supplies.put("l" + l, instance.supply()[l]);
            capacities.put(arc(graph, "l" + l, "unplaced", unplacedCost), instance.supply()[l]);
            for (int e = instance.start()[l]; e < instance.start()[l + 1]; e++) {
                DefaultWeightedEdge edge = arc(graph, "l" + l, "r" + instance.head()[e], maxWeight - instance.weight()[e]);
                capacities.put(edge, 1);
                pairEdges.add(edge);
            }
        }
        MinimumCostFlow<DefaultWeightedEdge> flow = new CapacityScalingMinimumCostFlow<String, DefaultWeightedEdge>()
                .getMinimumCostFlow(new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
                        v -> supplies.getOrDefault(v, 0), capacities::get));
        boolean[] chosen = new boolean[instance.edges()];
        for (int e = 0; e < chosen.length; e++) {
            chosen[e] = flow.getFlow(pairEdges.get(e)) > 0.5;
        }
        return instance.value(chosen);
    }

    private static DefaultWeightedEdge arc(Graph<String, DefaultWeightedEdge> graph, String from, String to, double cost) {
        DefaultWeightedEdge edge = graph.addEdge(from, to);
        graph.setEdgeWeight(edge, cost);
        return edge;
    }
}
