package dev.outpost.city;

import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;

/**
 * Makes the drawn network strongly connected (every junction reachable from every other) by
 * keeping its largest strongly connected component, and fails loudly if that would lose more
 * than {@link #MAX_LOSS} of the junctions: then the town is broken, not merely frayed (a thinned
 * suburban corner, a junction cut off by the river, a one-way trap).
 */
final class StrongConnectivity {

    /** Largest share of junctions that pruning may drop. */
    static final double MAX_LOSS = 0.05;

    private StrongConnectivity() {
    }

    /**
     * The sketch restricted to its largest strongly connected component (ties: the component
     * holding the lowest node number), renumbered in order.
     *
     * @throws IllegalStateException if more than {@link #MAX_LOSS} of the nodes would go
     */
    static RoadSketch keepLargestComponent(RoadSketch sketch) {
        List<Set<Integer>> components = new KosarajuStrongConnectivityInspector<>(toGraph(sketch))
                .stronglyConnectedSets();
        Set<Integer> largest = null;
        int largestLowest = Integer.MAX_VALUE;
        for (Set<Integer> component : components) {
            int lowest = component.stream().mapToInt(Integer::intValue).min().orElseThrow();
            if (largest == null || component.size() > largest.size()
                    || (component.size() == largest.size() && lowest < largestLowest)) {
                largest = component;
                largestLowest = lowest;
            }
        }
        int n = sketch.nodeCount();
        int lost = n - (largest == null ? 0 : largest.size());
        if (lost > MAX_LOSS * n) {
            throw new IllegalStateException("The road network falls apart: " + lost + " of " + n
                    + " junctions are not strongly connected to the rest; check the town parameters.");
        }
        boolean[] keep = new boolean[n];
        for (int i = 0; i < n; i++) {
            keep[i] = largest.contains(i);
        }
        return sketch.keepOnly(keep);
    }

    /** The sketch as a JGraphT directed graph on node numbers; a two-way edge gives two arcs. */
    static Graph<Integer, DefaultEdge> toGraph(RoadSketch sketch) {
        Graph<Integer, DefaultEdge> graph = new SimpleDirectedGraph<>(DefaultEdge.class);
        for (int i = 0; i < sketch.nodeCount(); i++) {
            graph.addVertex(i);
        }
        for (RoadSketch.Edge e : sketch.edges()) {
            graph.addEdge(e.from(), e.to());
            if (!e.oneway()) {
                graph.addEdge(e.to(), e.from());
            }
        }
        return graph;
    }
}
