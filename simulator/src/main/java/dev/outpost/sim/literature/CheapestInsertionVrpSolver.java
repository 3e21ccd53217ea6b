package dev.outpost.sim.literature;

import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.route.RouteKernel;
import dev.outpost.routing.route.RouteSlack;
import dev.outpost.sim.literature.io.ArcConvention;
import dev.outpost.sim.literature.io.VrpInstance;
import dev.outpost.sim.literature.io.VrpObjective;
import dev.outpost.sim.literature.io.VrpSolution;
import dev.outpost.sim.literature.io.VrpSolverAdapter;
import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic baseline: sequential cheapest insertion in the spirit of Solomon's (1987)
 * insertion heuristics, respecting capacity, time windows and the depot's due time.
 *
 * <p>A route is opened with the unrouted customer farthest from the depot (ties: lowest index)
 * among those that fit alone; then the feasible (customer, position) with the least added
 * distance {@code d(i,u) + d(u,j) - d(i,j)} is inserted (ties: lowest customer index, then
 * earliest position) until no unrouted customer fits; then the next route is opened. Timing,
 * feasibility and added distance come from the route kernel ({@link RouteKernel#slack},
 * {@link RouteKernel#insertionCost}: O(1) per position) on the instance in the convention's
 * scaled integer units (travel time equals the scaled arc). When the vehicle limit is reached,
 * the remaining customers are returned unassigned.
 *
 * <p>It ignores the seed and the time limit (it takes milliseconds) and the objective (it always
 * builds as few, as full routes as the greedy order allows): a floor any real solver must beat.
 */
public final class CheapestInsertionVrpSolver implements VrpSolverAdapter {

    /** Scaled time used for "no limit". */

    @Override
    public String name() {
        return "insertion";
    }

    @Override
    public VrpSolution solve(VrpInstance instance, ArcConvention convention, VrpObjective objective, double seconds,
            long seed) {
        RoutingProblem problem = OutpostVrpSolver.toProblem(instance, convention);
        RouteKernel kernel = RouteKernel.of(problem, RoutingOptions.defaults().withResponseWeight(0)
                .withTravelSecondWeight(0).withMetreWeight(1));
        int pickups = kernel.pickupCount();
        boolean[] routed = new boolean[pickups];
        int unrouted = pickups;
        List<List<Integer>> routes = new ArrayList<>();
        RouteSlack slack = new RouteSlack();
        int[] sequence = new int[pickups];
        for (int courier = 0; courier < kernel.courierCount() && unrouted > 0; courier++) {
            kernel.slack(courier, sequence, 0, slack);
            int seedPickup = -1;
            for (int u = 0; u < pickups; u++) {
                if (!routed[u] && fits(kernel, slack, u, 0) && (seedPickup < 0
                        || kernel.legMetres(kernel.hub(), kernel.pickupPoint(u))
                                > kernel.legMetres(kernel.hub(), kernel.pickupPoint(seedPickup)))) {
                    seedPickup = u;
                }
            }
            if (seedPickup < 0) {
                break;
            }
            List<Integer> route = new ArrayList<>();
            route.add(seedPickup);
            routed[seedPickup] = true;
            unrouted--;
            while (unrouted > 0) {
                for (int i = 0; i < route.size(); i++) {
                    sequence[i] = route.get(i);
                }
                kernel.slack(courier, sequence, route.size(), slack);
                int bestU = -1;
                int bestPosition = -1;
                long bestCost = RouteKernel.INFEASIBLE;
                for (int u = 0; u < pickups; u++) {
                    if (routed[u] || !kernel.canTake(slack, u)) {
                        continue;
                    }
                    for (int pos = 0; pos <= route.size(); pos++) {
                        long cost = kernel.insertionCost(slack, u, pos);
                        if (cost == RouteKernel.NO_LATER) {
                            break;
                        }
                        // The empty-route fixed cost is 0 here, so cost is the added scaled distance.
                        if (cost < bestCost) {
                            bestCost = cost;
                            bestU = u;
                            bestPosition = pos;
                        }
                    }
                }
                if (bestU < 0) {
                    break;
                }
                route.add(bestPosition, bestU);
                routed[bestU] = true;
                unrouted--;
            }
            routes.add(route);
        }
        List<List<Integer>> nodeRoutes = new ArrayList<>();
        for (List<Integer> route : routes) {
            nodeRoutes.add(route.stream().map(u -> u + 1).toList());
        }
        List<Integer> unassigned = new ArrayList<>();
        for (int u = 0; u < pickups; u++) {
            if (!routed[u]) {
                unassigned.add(u + 1);
            }
        }
        return new VrpSolution(nodeRoutes, unassigned);
    }

    private static boolean fits(RouteKernel kernel, RouteSlack empty, int u, int position) {
        if (!kernel.canTake(empty, u)) {
            return false;
        }
        long cost = kernel.insertionCost(empty, u, position);
        return cost != RouteKernel.INFEASIBLE && cost != RouteKernel.NO_LATER;
    }
}
