package dev.outpost.sim.literature;

import dev.outpost.sim.literature.io.ArcConvention;
import dev.outpost.sim.literature.io.VrpInstance;
import dev.outpost.sim.literature.io.VrpNode;
import dev.outpost.sim.literature.io.VrpObjective;
import dev.outpost.sim.literature.io.VrpSolution;
import dev.outpost.sim.literature.io.VrpSolverAdapter;
import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic baseline: sequential cheapest insertion in the spirit of Solomon's (1987)
 * insertion heuristics, respecting capacity, time windows and the depot's due time.
 *
 * <p>A route is opened with the unrouted customer farthest from the depot (ties: lowest index);
 * then the feasible (customer, position) with the least added distance
 * {@code d(i,u) + d(u,j) - d(i,j)} is inserted (ties: lowest customer index, then earliest
 * position) until no unrouted customer fits; then the next route is opened. Feasibility of an
 * insertion is O(1) from forward earliest-start and backward latest-start arrays. When the vehicle
 * limit is reached, the remaining customers are returned unassigned. Travel time equals the arc
 * under the given convention.
 *
 * <p>It ignores the seed and the time limit (it takes milliseconds) and the objective (it always
 * builds as few, as full routes as the greedy order allows). It is the harness's stand-in until
 * the OptaPlanner solver is wired in {@link Solvers#outpost()}, and a floor any real solver must beat.
 */
public final class CheapestInsertionVrpSolver implements VrpSolverAdapter {

    private static final double EPSILON = 1e-9;

    @Override
    public String name() {
        return "insertion";
    }

    @Override
    public VrpSolution solve(VrpInstance instance, ArcConvention convention, VrpObjective objective, double seconds,
            long seed) {
        List<VrpNode> nodes = instance.nodes();
        int n = nodes.size();
        double[] ready = new double[n];
        double[] due = new double[n];
        double[] service = new double[n];
        int[] demand = new int[n];
        double[][] arc = new double[n][n];
        for (int i = 0; i < n; i++) {
            VrpNode a = nodes.get(i);
            ready[i] = a.readyTime();
            due[i] = a.dueTime();
            service[i] = a.serviceTime();
            demand[i] = a.demand();
            for (int j = 0; j < n; j++) {
                arc[i][j] = convention.scaledArc(a, nodes.get(j)) / (double) convention.scale();
            }
        }
        boolean[] routed = new boolean[n];
        int unrouted = n - 1;
        List<List<Integer>> routes = new ArrayList<>();
        while (unrouted > 0 && routes.size() < instance.vehicleLimit()) {
            int seedCustomer = -1;
            for (int u = 1; u < n; u++) {
                if (!routed[u] && fitsAlone(u, arc, ready, due, service, demand, instance.capacity())
                        && (seedCustomer < 0 || arc[0][u] > arc[0][seedCustomer])) {
                    seedCustomer = u;
                }
            }
            if (seedCustomer < 0) {
                break;
            }
            List<Integer> route = new ArrayList<>();
            route.add(seedCustomer);
            routed[seedCustomer] = true;
            unrouted--;
            int load = demand[seedCustomer];
            while (unrouted > 0) {
                // Positions 0..m+1: depot, the m customers, depot again.
                int m = route.size();
                int[] seq = new int[m + 2];
                for (int k = 0; k < m; k++) {
                    seq[k + 1] = route.get(k);
                }
                double[] start = new double[m + 2];
                start[0] = ready[0];
                for (int k = 1; k <= m + 1; k++) {
                    start[k] = Math.max(start[k - 1] + service[seq[k - 1]] + arc[seq[k - 1]][seq[k]], k <= m ? ready[seq[k]] : 0);
                }
                double[] latest = new double[m + 2];
                latest[m + 1] = due[0];
                for (int k = m; k >= 0; k--) {
                    latest[k] = Math.min(k == 0 ? due[0] : due[seq[k]], latest[k + 1] - service[seq[k]] - arc[seq[k]][seq[k + 1]]);
                }
                int bestU = -1;
                int bestPos = -1;
                double bestCost = Double.POSITIVE_INFINITY;
                for (int u = 1; u < n; u++) {
                    if (routed[u] || load + demand[u] > instance.capacity()) {
                        continue;
                    }
                    for (int k = 0; k <= m; k++) {
                        int i = seq[k];
                        int j = seq[k + 1];
                        double cost = arc[i][u] + arc[u][j] - arc[i][j];
                        if (cost >= bestCost - EPSILON) {
                            continue;
                        }
                        double su = Math.max(start[k] + service[i] + arc[i][u], ready[u]);
                        if (su > due[u] + EPSILON || su + service[u] + arc[u][j] > latest[k + 1] + EPSILON) {
                            continue;
                        }
                        bestCost = cost;
                        bestU = u;
                        bestPos = k;
                    }
                }
                if (bestU < 0) {
                    break;
                }
                route.add(bestPos, bestU);
                routed[bestU] = true;
                unrouted--;
                load += demand[bestU];
            }
            routes.add(route);
        }
        List<Integer> unassigned = new ArrayList<>();
        for (int u = 1; u < n; u++) {
            if (!routed[u]) {
                unassigned.add(u);
            }
        }
        return new VrpSolution(routes, unassigned);
    }

    private static boolean fitsAlone(int u, double[][] arc, double[] ready, double[] due, double[] service,
            int[] demand, int capacity) {
        double su = Math.max(ready[0] + arc[0][u], ready[u]);
        return demand[u] <= capacity && su <= due[u] + EPSILON && su + service[u] + arc[u][0] <= due[0] + EPSILON;
    }
}
