package dev.outpost.sim.literature.io;

import java.util.List;

/**
 * A solution of a {@link VrpInstance}: one route per used vehicle, each the ordered indices of
 * the customers it visits (indices into {@link VrpInstance#nodes()}, so 1..n; the depot at both
 * ends is implied and not listed). Customers a solver could not serve are listed in
 * {@code unassigned}.
 *
 * @param routes     non-empty routes, in the solver's order
 * @param unassigned customers served by no route
 */
public record VrpSolution(List<List<Integer>> routes, List<Integer> unassigned) {
    /**
     * Copies {@code routes} and {@code unassigned} (unmodifiable).
     *
     * @param routes     non-empty routes, in the solver's order
     * @param unassigned customers served by no route
     */
    public VrpSolution {
        routes = routes.stream().map(List::copyOf).toList();
        unassigned = List.copyOf(unassigned);
    }
}
