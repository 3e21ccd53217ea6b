package dev.outpost.sim.literature.check;

import dev.outpost.sim.literature.io.ArcConvention;
import dev.outpost.sim.literature.io.VrpInstance;
import dev.outpost.sim.literature.io.VrpNode;
import dev.outpost.sim.literature.io.VrpSolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a literature VRP solution from scratch, independently of any solver: it recomputes every
 * route in {@code double} arithmetic from the coordinates and the arc convention, and shares no
 * code with the solvers (it does not use {@link ArcConvention#scaledArc}).
 *
 * <p>Rules (the usual Solomon and TSPLIB conventions):
 * <ul>
 *   <li>every customer 1..n is on exactly one route, or listed unassigned (which makes the
 *       solution invalid: literature solutions must serve everyone); the depot (0) never appears
 *       inside a route;</li>
 *   <li>the demand of each route is at most the capacity;</li>
 *   <li>each vehicle leaves the depot at the depot's ready time; travel time equals the arc length
 *       under the convention (so truncated arcs are also truncated times, as in the exact-method
 *       literature); service starts at {@code max(arrival, ready)} and must not be after the due
 *       time (waiting is allowed, lateness is not); the vehicle must be back at the depot by the
 *       depot's due time;</li>
 *   <li>the number of non-empty routes is at most {@link VrpInstance#vehicleLimit()};</li>
 *   <li>the distance is the sum of the arcs: {@code floor(10 d) / 10} for
 *       {@link ArcConvention#TRUNCATED_ONE_DECIMAL}, {@code d} for {@link ArcConvention#EXACT},
 *       {@code floor(d + 0.5)} for {@link ArcConvention#ROUNDED_INTEGER}, with {@code d} the
 *       Euclidean distance.</li>
 * </ul>
 *
 * <p>Tolerance: times are compared with a slack of 1e-6; under {@link ArcConvention#EXACT}
 * a further half scaled unit (0.0005) per arc travelled so far on the route is allowed, because
 * solvers work on arcs rounded to 0.001 and may be that much optimistic. Empty routes are
 * ignored (they use no vehicle).
 */
public final class VrpSolutionChecker {

    private static final double EPSILON = 1e-6;

    private VrpSolutionChecker() {
    }

    /**
     * Checks a solution.
     *
     * @param instance   the instance; never null
     * @param convention how arcs (distances and travel times) are measured; never null
     * @param solution   the solution, customers as indices into {@link VrpInstance#nodes()}; never null
     * @return the figures and every violation found (not only the first)
     */
    public static VrpCheck check(VrpInstance instance, ArcConvention convention, VrpSolution solution) {
        List<VrpNode> nodes = instance.nodes();
        int n = nodes.size();
        int[] visits = new int[n];
        List<String> violations = new ArrayList<>();
        double perArcAllowance = convention == ArcConvention.EXACT ? 0.5 / convention.scale() : 0;
        VrpNode depot = nodes.get(0);
        double total = 0;
        int vehicles = 0;
        for (int r = 0; r < solution.routes().size(); r++) {
            List<Integer> route = solution.routes().get(r);
            if (route.isEmpty()) {
                continue;
            }
            vehicles++;
            long load = 0;
            double time = depot.readyTime();
            VrpNode previous = depot;
            int arcs = 0;
            boolean routeBroken = false;
            for (int position = 0; position < route.size(); position++) {
                int c = route.get(position);
                if (c < 1 || c >= n) {
                    violations.add(String.format(Locale.ROOT,
                            "Route %d position %d: the customer index (%d) is outside 1..%d.", r, position, c, n - 1));
                    routeBroken = true;
                    continue;
                }
                visits[c]++;
                VrpNode node = nodes.get(c);
                double arc = arc(previous, node, convention);
                total += arc;
                arcs++;
                load += node.demand();
                double arrival = time + arc;
                double start = Math.max(arrival, node.readyTime());
                if (start > node.dueTime() + EPSILON + arcs * perArcAllowance) {
                    violations.add(String.format(Locale.ROOT,
                            "Route %d: the customer %d (id %d) is served at %.4f, after its due time %.4f.",
                            r, c, node.id(), start, node.dueTime()));
                }
                time = start + node.serviceTime();
                previous = node;
            }
            double back = arc(previous, depot, convention);
            total += back;
            arcs++;
            double returnTime = time + back;
            if (!routeBroken && returnTime > depot.dueTime() + EPSILON + arcs * perArcAllowance) {
                violations.add(String.format(Locale.ROOT,
                        "Route %d: the vehicle is back at the depot at %.4f, after the depot's due time %.4f.",
                        r, returnTime, depot.dueTime()));
            }
            if (load > instance.capacity()) {
                violations.add(String.format(Locale.ROOT,
                        "Route %d: the load (%d) exceeds the capacity (%d).", r, load, instance.capacity()));
            }
        }
        for (int c : solution.unassigned()) {
            if (c < 1 || c >= n) {
                violations.add(String.format(Locale.ROOT,
                        "Unassigned: the customer index (%d) is outside 1..%d.", c, n - 1));
            } else if (visits[c] > 0) {
                violations.add(String.format(Locale.ROOT,
                        "The customer %d is listed unassigned but is also on a route.", c));
            }
        }
        boolean[] listedUnassigned = new boolean[n];
        for (int c : solution.unassigned()) {
            if (c >= 1 && c < n) {
                listedUnassigned[c] = true;
            }
        }
        int served = 0;
        int unassigned = 0;
        for (int c = 1; c < n; c++) {
            if (visits[c] > 0) {
                served++;
            }
            if (visits[c] > 1) {
                violations.add(String.format(Locale.ROOT, "The customer %d is visited %d times.", c, visits[c]));
            } else if (visits[c] == 0) {
                if (listedUnassigned[c]) {
                    unassigned++;
                } else {
                    violations.add(String.format(Locale.ROOT,
                            "The customer %d is neither on a route nor listed unassigned.", c));
                }
            }
        }
        if (unassigned > 0) {
            violations.add(String.format(Locale.ROOT, "%d customers are unassigned; every customer must be served.",
                    unassigned));
        }
        if (vehicles > instance.vehicleLimit()) {
            violations.add(String.format(Locale.ROOT, "The solution uses %d vehicles; the limit is %d.",
                    vehicles, instance.vehicleLimit()));
        }
        return new VrpCheck(vehicles, total, served, violations);
    }

    /** The arc length in instance units under the convention (also the travel time). */
    static double arc(VrpNode a, VrpNode b, ArcConvention convention) {
        double dx = a.x() - b.x();
        double dy = a.y() - b.y();
        double d = Math.sqrt(dx * dx + dy * dy);
        return switch (convention) {
            // 1e-9 keeps a distance such as 0.3 (stored as 0.29999...) from truncating to 0.2.
            case TRUNCATED_ONE_DECIMAL -> Math.floor(d * 10 + 1e-9) / 10;
            case EXACT -> d;
            case ROUNDED_INTEGER -> Math.floor(d + 0.5);
        };
    }
}
