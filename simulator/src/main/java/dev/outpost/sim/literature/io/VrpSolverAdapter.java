package dev.outpost.sim.literature.io;

/**
 * Solves a literature instance, so that Outpost's solver and peers (jsprit) run in one harness
 * under the same conventions and time limit. Implementations must be deterministic for the same
 * seed when given a step or iteration limit; under a wall-time limit they may not be.
 */
public interface VrpSolverAdapter {

    /**
     * Short name used in tables ("outpost", "jsprit").
     *
     * @return short name used in tables ("outpost", "jsprit")
     */
    String name();

    /**
     * @param instance   the instance
     * @param convention how arcs are measured (and scaled)
     * @param objective  what the published table ranks by
     * @param seconds    wall-time limit, seconds
     * @param seed       random seed
     * @return the solution; never null
     */
    VrpSolution solve(VrpInstance instance, ArcConvention convention, VrpObjective objective, double seconds, long seed);
}
