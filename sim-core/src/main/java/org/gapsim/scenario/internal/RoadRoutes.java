package org.gapsim.scenario.internal;

import org.gapsim.scenario.RoadNetwork;
import org.gapsim.scenario.RoadSegment;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.graph.WeightedMultigraph;

import java.util.List;
import java.util.Set;

/**
 * Not API: the one rule for a column's fastest road route, shared by the model's reroutes
 * ({@code CrossingPlan.shortestRoute}) and the budget layout's detours ({@code BudgetLayout}), so the layout mines
 * exactly the roads the model's columns will take. The road graph has every segment as an edge in the network's
 * order; a segment's time is its length / min(its speed limit, the column's top speed); Dijkstra's shortest path
 * (jgrapht), so ties resolve the same way for both callers.
 */
public final class RoadRoutes {
    private RoadRoutes() {
    }

    /**
     * @param network the road network
     * @return its road graph: every place a vertex, every segment an edge weighted by its length, km
     */
    public static Graph<String, RoadSegment> graph(RoadNetwork network) {
        WeightedMultigraph<String, RoadSegment> g = new WeightedMultigraph<>(RoadSegment.class);
        network.places().forEach(p -> g.addVertex(p.id()));
        for (RoadSegment s : network.segments()) {
            g.addEdge(s.from(), s.to(), s);
            g.setEdgeWeight(s, s.lengthKm());
        }
        return g;
    }

    /**
     * @param graph    a graph from {@link #graph}
     * @param from     start place id (a vertex of {@code graph})
     * @param to       end place id (a vertex of {@code graph})
     * @param blocked  ids of segments that may not be used
     * @param speedKmh the column's own top speed, km/h
     * @return the segments of the fastest route in order from {@code from}, or null if there is none
     */
    public static List<RoadSegment> fastest(Graph<String, RoadSegment> graph, String from, String to,
                                            Set<String> blocked, double speedKmh) {
        Graph<String, RoadSegment> open = blocked.isEmpty() ? graph
                : new MaskSubgraph<>(graph, v -> false, e -> blocked.contains(e.id()));
        Graph<String, RoadSegment> timed = new AsWeightedGraph<>(open,
                e -> e.lengthKm() / Math.min(e.speedLimitKmh(), speedKmh), true, false);
        GraphPath<String, RoadSegment> path = new DijkstraShortestPath<>(timed).getPath(from, to);
        return path == null ? null : path.getEdgeList();
    }
}
