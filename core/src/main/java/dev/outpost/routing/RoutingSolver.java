package dev.outpost.routing;

import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.Visit;
import dev.outpost.routing.internal.solver.RoutingSolverConfig;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Facade of the pickup routing solver: OptaPlanner's planning list variable (couriers hold
 * ordered visits, an extra bucket holds the unassigned ones), scored by
 * {@link dev.outpost.routing.internal.solver.RoutingIncrementalScoreCalculator} and searched as configured
 * by {@link RoutingSolverConfig}.
 *
 * <p>Thread-safe: each call builds its own solver. Deterministic for the same problem, options
 * and seed when the options end on a step count only.
 */
public final class RoutingSolver {

    private RoutingSolver() {
    }

    /**
     * Solves the problem.
     *
     * @param problem the problem, not null
     * @param options weights, search settings and limits, not null
     * @return the plan: one route per courier and every other pickup unassigned with a reason
     * @throws IllegalStateException if a pickup would be missing from the plan (a bug)
     */
    public static RoutePlan solve(RoutingProblem problem, RoutingOptions options) {
        RoutingData data = new RoutingData(problem, options);
        RoutingSolution best = solveModel(data, options);
        return toPlan(problem, data, best);
    }

    /**
     * Builds the working solution (all lists empty, so the construction heuristic inserts every
     * visit) and runs OptaPlanner; exposed for tests and benchmarks that need the model.
     */
    public static RoutingSolution solveModel(RoutingData data, RoutingOptions options) {
        RoutingSolution solution = emptySolution(data);
        if (data.pickupCount == 0) {
            solution.setScore(HardMediumSoftLongScore.ZERO);
            return solution;
        }
        Solver<RoutingSolution> solver = SolverFactory.<RoutingSolution>create(RoutingSolverConfig.build(options)).buildSolver();
        return solver.solve(solution);
    }

    /** A solution with one empty route per courier, the empty bucket and one visit per pickup. */
    public static RoutingSolution emptySolution(RoutingData data) {
        List<Visit> visits = new ArrayList<>(data.pickupCount);
        for (int p = 0; p < data.pickupCount; p++) {
            visits.add(new Visit(p, data));
        }
        List<CourierRoute> routes = new ArrayList<>(data.courierCount + 1);
        for (int c = 0; c < data.courierCount; c++) {
            routes.add(new CourierRoute(c, false, data));
        }
        routes.add(new CourierRoute(data.courierCount, true, data));
        return new RoutingSolution(data, routes, visits);
    }

    /**
     * Turns a solved model into a plan: times recomputed from the sequences, unassigned pickups
     * with their reasons; checks that every pickup appears exactly once.
     */
    public static RoutePlan toPlan(RoutingProblem problem, RoutingData data, RoutingSolution solution) {
        int[][] sequences = new int[data.courierCount][];
        int[] seen = new int[data.pickupCount];
        for (int c = 0; c < data.courierCount; c++) {
            List<Visit> visits = solution.getRoutes().get(c).getVisits();
            sequences[c] = new int[visits.size()];
            for (int i = 0; i < visits.size(); i++) {
                int p = visits.get(i).getIndex();
                sequences[c][i] = p;
                seen[p]++;
            }
        }
        List<Integer> bucket = new ArrayList<>();
        for (Visit visit : solution.bucket().getVisits()) {
            seen[visit.getIndex()]++;
            bucket.add(visit.getIndex());
        }
        for (int p = 0; p < data.pickupCount; p++) {
            if (seen[p] != 1) {
                throw new IllegalStateException("The pickup (" + problem.pickups().get(p).id() + ") appears " + seen[p]
                        + " times in the solved plan instead of once; this is a solver bug, please report it.");
            }
        }
        List<CourierRoutePlan> routes = new ArrayList<>(data.courierCount);
        for (int c = 0; c < data.courierCount; c++) {
            routes.add(RouteTimeline.plan(problem, data, c, sequences[c]));
        }
        bucket.sort(Integer::compare);
        List<UnassignedPickup> unassigned = new ArrayList<>(bucket.size());
        for (int p : bucket) {
            unassigned.add(new UnassignedPickup(problem.pickups().get(p).id(), p,
                    UnassignedReasons.reason(data, sequences, p)));
        }
        HardMediumSoftLongScore score = solution.getScore() == null ? HardMediumSoftLongScore.ZERO : solution.getScore();
        if (data.pickupCount == 0) {
            score = HardMediumSoftLongScore.ZERO;
        }
        return new RoutePlan(routes, unassigned, score.hardScore(), score.mediumScore(), score.softScore());
    }
}
