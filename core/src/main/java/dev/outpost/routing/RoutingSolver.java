package dev.outpost.routing;

import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.RoutingSolutions;
import dev.outpost.routing.internal.solver.RouteMinimisationPhase;
import dev.outpost.routing.internal.solver.RoutingSolverConfig;
import dev.outpost.routing.route.RouteKernel;
import dev.outpost.routing.route.RouteSlack;
import dev.outpost.routing.route.RouteWalk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The pickup routing solver: OptaPlanner's planning list variable (couriers hold ordered visits,
 * an extra bucket holds the unassigned ones) searched with list moves and SISR ruin-and-recreate,
 * with the route kernel ({@link dev.outpost.routing.route}) timing every route.
 *
 * <pre>{@code
 * RoutingSolver solver = RoutingSolver.create(RoutingOptions.defaults().withTimeLimit(Duration.ofSeconds(1)));
 * RoutePlan plan = solver.solve(problem);
 * }</pre>
 *
 * <p>Thread-safe: one instance (its OptaPlanner factory is built once) may solve many problems,
 * also concurrently. Deterministic for the same problem, options and seed when the options end
 * on step limits only.
 *
 * <p>Construction is the kernel's sequential cheapest insertion
 * ({@link RouteKernel#insertAll}: pickups in problem order, each at its cheapest feasible position,
 * ties by courier id then position, else unassigned); it takes milliseconds. The time limit is a
 * deadline for the whole call, construction included; the local search ends at it. Every pickup
 * appears exactly once in the plan, unassigned ones with their reason.
 *
 * <p>Route minimisation ({@link RouteMinimisationPhase}, an OptaPlanner custom phase before the
 * local search, and a route-removal move in it) empties routes by ejection search. When the fleet
 * is unlimited (identical couriers, at least one per pickup) it runs on the construction first and
 * the search then keeps to the couriers of the routes left, as a fleet fixed at that count would.
 */
public final class RoutingSolver {

    /** Fires terminateEarly at deadlines; one daemon thread shared by all solvers. */
    private static final class Deadlines {
        static final ScheduledExecutorService TIMER;

        static {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
                Thread thread = new Thread(r, "outpost-routing-deadline");
                thread.setDaemon(true);
                return thread;
            });
            timer.setRemoveOnCancelPolicy(true);
            TIMER = timer;
        }
    }

    /** How often terminateEarly is repeated after the deadline (OptaPlanner clears it when solving starts). */
    private static final long REPEAT_MILLIS = 2;

    private final RoutingOptions options;
    private final SolverFactory<RoutingSolution> factory;

    private RoutingSolver(RoutingOptions options, PopulationOptions population) {
        this.options = options;
        this.factory = SolverFactory.create(RoutingSolverConfig.build(options, population));
    }

    /**
     * A solver for these options; builds the OptaPlanner factory once.
     *
     * @param options weights, search settings and limits, not null
     * @throws IllegalArgumentException when the options set no limit
     * @return a solver for these options; builds the OptaPlanner factory once
     */
    public static RoutingSolver create(RoutingOptions options) {
        return create(options, null);
    }

    /**
     * A solver for these options with the population phase ({@link PopulationOptions}) before the
     * local search.
     *
     * @param options    weights, search settings and limits, not null
     * @param population the population phase settings, or null for none (as {@link #create(RoutingOptions)})
     * @throws IllegalArgumentException when the options set no limit
     * @return a solver for these options
     */
    public static RoutingSolver create(RoutingOptions options, PopulationOptions population) {
        if (options == null) {
            throw new IllegalArgumentException("The routing options (null) must be set; use RoutingOptions.defaults().");
        }
        return new RoutingSolver(options, population);
    }

    /**
     * The options of this solver.
     *
     * @return the options of this solver
     */
    public RoutingOptions options() {
        return options;
    }

    /**
     * Solves the problem from scratch.
     *
     * @param problem the problem, not null
     * @return the plan: one route per courier and every other pickup unassigned with a reason
     * @throws IllegalArgumentException when the weights could overflow the score for this problem,
     *                                  or it uses more than 64 skill names
     * @throws IllegalStateException    if a pickup would be missing from the plan (a bug)
     */
    public RoutePlan solve(RoutingProblem problem) {
        return solve(problem, null);
    }

    /**
     * Solves the problem starting from a plan (warm start, for re-planning): the starting plan's
     * routes are kept as given (stops of pickups still in the problem, in their order, for couriers
     * still in the problem, matched by id); the pickups in no kept route are inserted by the
     * kernel's cheapest insertion in problem order (those that fit nowhere start unassigned); then
     * the local search runs within the limits.
     *
     * @param problem      the problem, not null
     * @param startingPlan a plan for this or an earlier version of the problem, or null for none
     * @return the plan
     */
    public RoutePlan solve(RoutingProblem problem, RoutePlan startingPlan) {
        long startNanos = System.nanoTime();
        long deadlineNanos = options.timeLimit() == null ? Long.MAX_VALUE : startNanos + options.timeLimit().toNanos();
        RoutingData data = new RoutingData(problem, options);
        RouteKernel kernel = data.kernel();
        // Construction: the kernel's cheapest insertion (milliseconds), into the kept routes of a
        // starting plan or into empty routes. OptaPlanner's own construction heuristic, if cut by
        // the deadline in the middle of a step, would place a visit after evaluating only some
        // positions; the kernel's never is cut, so the search starts from a complete solution.
        List<List<Integer>> initial = startingPlan != null ? keptRoutes(problem, startingPlan) : emptyRoutes(problem);
        List<Integer> initialBucket = kernel.insertAll(initial, missing(problem, initial, List.of()));
        RoutingData searched = data;
        if (RouteMinimisationPhase.enabled() && unlimitedFleet(data)) {
            // Identical couriers, at least one per pickup: save routes now, then search with the fleet
            // fixed at the routes left, so that the result never has more routes than that.
            RouteMinimisationPhase.minimise(kernel, initial, options.seed(), deadlineNanos);
            List<List<Integer>> used = new ArrayList<>();
            initial.stream().filter(r -> !r.isEmpty()).forEach(used::add);
            if (used.isEmpty()) {
                used.add(new ArrayList<>());
            }
            initial = used;
            searched = new RoutingData(kernel.derive(problem.couriers().subList(0, used.size()), problem.pickups()),
                    options.ruinRecreateWeight() > 0);
        }
        RoutingSolution working = RoutingSolutions.placed(searched, initial, initialBucket);
        working.setDeadlineNanos(deadlineNanos);
        RoutingSolution best = working;
        if (data.pickupCount > 0 && System.nanoTime() < deadlineNanos) {
            best = run(working, deadlineNanos);
        }
        List<List<Integer>> sequences = new ArrayList<>(RoutingSolutions.sequences(best));
        while (sequences.size() < data.courierCount) {
            sequences.add(new ArrayList<>());
        }
        List<Integer> bucket = new ArrayList<>();
        best.bucket().getVisits().forEach(v -> bucket.add(v.getIndex()));
        List<Integer> unplaced = missing(problem, sequences, bucket);
        if (!unplaced.isEmpty()) {
            // Not expected (the search starts complete); if OptaPlanner left a visit unplaced, insert it.
            bucket.addAll(kernel.insertAll(sequences, unplaced));
        }
        return toPlan(problem, kernel, sequences, bucket);
    }

    /**
     * The plan of given routes, without any search: each route timed by the kernel, every pickup in
     * no route unassigned with its reason. For callers that keep their own routes (a real-time
     * dispatcher) and want the same plan figures as {@link #solve}.
     *
     * @param problem the problem, not null
     * @param options the objective weights, not null
     * @param routes  one list of pickup ids per courier of the problem, in courier order
     * @return the plan
     * @throws IllegalArgumentException when the routes do not match the couriers, name an unknown
     *                                  pickup or repeat one
     */
    public static RoutePlan evaluate(RoutingProblem problem, RoutingOptions options, List<List<String>> routes) {
        if (routes.size() != problem.couriers().size()) {
            throw new IllegalArgumentException("The routes (" + routes.size() + ") do not match the couriers ("
                    + problem.couriers().size() + "); give one list of pickup ids per courier.");
        }
        Map<String, Integer> pickupIndex = new HashMap<>();
        for (int p = 0; p < problem.pickups().size(); p++) {
            pickupIndex.put(problem.pickups().get(p).id(), p);
        }
        boolean[] used = new boolean[problem.pickups().size()];
        List<List<Integer>> sequences = new ArrayList<>(routes.size());
        for (int c = 0; c < routes.size(); c++) {
            List<Integer> sequence = new ArrayList<>(routes.get(c).size());
            for (String id : routes.get(c)) {
                Integer p = pickupIndex.get(id);
                if (p == null || used[p]) {
                    throw new IllegalArgumentException("The route of courier (" + problem.couriers().get(c).id() + ") names pickup ("
                            + id + "), which is " + (p == null ? "not in the problem" : "already in a route") + ".");
                }
                used[p] = true;
                sequence.add(p);
            }
            sequences.add(sequence);
        }
        List<Integer> bucket = new ArrayList<>();
        for (int p = 0; p < used.length; p++) {
            if (!used[p]) {
                bucket.add(p);
            }
        }
        return toPlan(problem, RouteKernel.of(problem, options), sequences, bucket);
    }

    private RoutingSolution run(RoutingSolution working, long deadlineNanos) {
        Solver<RoutingSolution> solver = factory.buildSolver();
        ScheduledFuture<?> stop = null;
        if (deadlineNanos != Long.MAX_VALUE) {
            long delay = Math.max(0, deadlineNanos - System.nanoTime());
            stop = Deadlines.TIMER.scheduleAtFixedRate(solver::terminateEarly, delay, REPEAT_MILLIS * 1_000_000,
                    TimeUnit.NANOSECONDS);
        }
        try {
            return solver.solve(working);
        } finally {
            if (stop != null) {
                stop.cancel(false);
            }
        }
    }

    /**
     * Whether the fleet is unlimited: every courier alike (one courier class) and at least one
     * courier per pickup, as when a CVRP instance sets no fleet limit.
     */
    private static boolean unlimitedFleet(RoutingData data) {
        return data.courierClassCount == 1 && data.courierCount >= data.pickupCount && data.pickupCount > 1;
    }

    private static List<List<Integer>> emptyRoutes(RoutingProblem problem) {
        List<List<Integer>> routes = new ArrayList<>(problem.couriers().size());
        for (int c = 0; c < problem.couriers().size(); c++) {
            routes.add(new ArrayList<>());
        }
        return routes;
    }

    /** The starting plan's routes as pickup-index sequences per courier of the problem. */
    private static List<List<Integer>> keptRoutes(RoutingProblem problem, RoutePlan plan) {
        Map<String, Integer> pickupIndex = new HashMap<>();
        for (int p = 0; p < problem.pickups().size(); p++) {
            pickupIndex.put(problem.pickups().get(p).id(), p);
        }
        Map<String, CourierRoutePlan> byCourier = new HashMap<>();
        for (CourierRoutePlan route : plan.routes()) {
            byCourier.putIfAbsent(route.courierId(), route);
        }
        boolean[] used = new boolean[problem.pickups().size()];
        List<List<Integer>> sequences = new ArrayList<>(problem.couriers().size());
        for (Courier courier : problem.couriers()) {
            List<Integer> sequence = new ArrayList<>();
            CourierRoutePlan route = byCourier.get(courier.id());
            if (route != null) {
                for (Stop stop : route.stops()) {
                    Integer p = pickupIndex.get(stop.pickupId());
                    if (p != null && !used[p]) {
                        used[p] = true;
                        sequence.add(p);
                    }
                }
            }
            sequences.add(sequence);
        }
        return sequences;
    }

    /** The pickups in none of the sequences and not in {@code bucket}, in index order. */
    private static List<Integer> missing(RoutingProblem problem, List<List<Integer>> sequences, List<Integer> bucket) {
        boolean[] seen = new boolean[problem.pickups().size()];
        sequences.forEach(s -> s.forEach(p -> seen[p] = true));
        bucket.forEach(p -> seen[p] = true);
        List<Integer> missing = new ArrayList<>();
        for (int p = 0; p < seen.length; p++) {
            if (!seen[p]) {
                missing.add(p);
            }
        }
        return missing;
    }

    /**
     * The plan of the final sequences: times and scores recomputed by the kernel, unassigned
     * pickups with their reasons; checks that every pickup appears exactly once.
     */
    private static RoutePlan toPlan(RoutingProblem problem, RouteKernel kernel, List<List<Integer>> sequences,
            List<Integer> bucket) {
        int couriers = kernel.courierCount();
        int[] seen = new int[kernel.pickupCount()];
        sequences.forEach(s -> s.forEach(p -> seen[p]++));
        bucket.forEach(p -> seen[p]++);
        for (int p = 0; p < seen.length; p++) {
            if (seen[p] != 1) {
                throw new IllegalStateException("The pickup (" + problem.pickups().get(p).id() + ") appears " + seen[p]
                        + " times in the solved plan instead of once; this is a solver bug, please report it.");
            }
        }
        RouteWalk walk = kernel.walker();
        List<CourierRoutePlan> routes = new ArrayList<>(couriers);
        RouteSlack[] slacks = new RouteSlack[couriers];
        long hard = 0;
        long soft = 0;
        for (int c = 0; c < couriers; c++) {
            int[] sequence = sequences.get(c).stream().mapToInt(Integer::intValue).toArray();
            routes.add(RouteTimeline.plan(problem, kernel, walk, c, sequence));
            hard -= walk.hardPenalty();
            soft -= walk.softCost();
            slacks[c] = new RouteSlack();
            kernel.slack(c, sequence, sequence.length, slacks[c]);
        }
        List<Integer> sorted = new ArrayList<>(bucket);
        sorted.sort(Integer::compare);
        long medium = 0;
        List<UnassignedPickup> unassigned = new ArrayList<>(sorted.size());
        for (int p : sorted) {
            medium -= kernel.priority(p);
            unassigned.add(new UnassignedPickup(problem.pickups().get(p).id(), p, UnassignedReasons.reason(kernel, slacks, p)));
        }
        return new RoutePlan(routes, unassigned, hard, medium, soft);
    }
}
