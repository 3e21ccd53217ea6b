package dev.outpost.sim.literature.io;

import dev.outpost.model.SiteStatus;
import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingProblem;

/**
 * An OR-Library p-median instance: {@code n} vertices, each a client of weight 1 and a candidate
 * site, {@code p} medians, and the all-pairs shortest-path distances of the instance's graph.
 *
 * @param name      instance name (file name without extension)
 * @param n         vertices
 * @param p         medians to open
 * @param distances row-major {@code n x n} shortest-path distances (held, not copied)
 */
public record PmedInstance(String name, int n, int p, int[] distances) {

    /**
     * Distance from vertex {@code i} to vertex {@code j} (0-based).
     *
     * @param i the from vertex, 0-based
     * @param j the to vertex, 0-based
     * @return distance from vertex {@code i} to vertex {@code j} (0-based)
     */
    public int distance(int i, int j) {
        return distances[i * n + j];
    }

    /**
     * The p-median stationing problem: every vertex a client (weight 1, rate 0, target 0, service
     * 0) and a candidate site (cost 0, one courier), at most {@code p} outposts.
     *
     * @return the p-median stationing problem: every vertex a client (weight 1, rate 0, target 0, service 0) and a candidate site (cost 0, one courier), at most {@code p} outposts
     */
    public StationingProblem toProblem() {
        StationingProblem.Builder b = StationingProblem.builder(StationingObjective.P_MEDIAN);
        for (int i = 0; i < n; i++) {
            b.addClient("v" + (i + 1), 1, 0, 0, 0);
        }
        for (int i = 0; i < n; i++) {
            b.addSite("v" + (i + 1), SiteStatus.CANDIDATE, 0, 1);
        }
        // Undirected graph: distances are symmetric, so the vertex-major table is also site-major.
        b.travelSeconds(distances);
        b.budget(p, null, null);
        return b.build();
    }
}
