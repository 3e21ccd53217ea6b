package dev.outpost.sim.literature;

import dev.outpost.check.PlanChecker;
import dev.outpost.routing.Courier;
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.PopulationOptions;
import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.RoutingSolver;
import dev.outpost.routing.Stop;
import dev.outpost.routing.UnassignedPickup;
import dev.outpost.sim.literature.io.ArcConvention;
import dev.outpost.sim.literature.io.VrpInstance;
import dev.outpost.sim.literature.io.VrpNode;
import dev.outpost.sim.literature.io.VrpObjective;
import dev.outpost.sim.literature.io.VrpSolution;
import dev.outpost.sim.literature.io.VrpSolverAdapter;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;

/**
 * Outpost's routing solver on literature instances. The instance becomes a
 * {@link RoutingProblem}: one point per node, travel seconds = metres = the scaled arc of the
 * {@link ArcConvention}; {@code vehicleLimit} identical couriers start at the depot at its ready
 * time, end at the hub (the depot) by its due time (cut-off and shift end); each customer is a
 * pickup with its scaled window, service time and demand. Unbounded windows (CVRP) become a
 * horizon of {@value #OPEN_HORIZON} scaled units. The objective is the metres (scaled distance)
 * alone for {@link VrpObjective#DISTANCE}; {@link VrpObjective#HIERARCHICAL} adds a fixed cost of
 * {@value #VEHICLE_COST} per used vehicle, larger than any route set's distance. Every plan is
 * re-checked by {@link PlanChecker} before it is returned.
 */
public final class OutpostVrpSolver implements VrpSolverAdapter {

    /** Scaled time used for "no limit". */
    public static final int OPEN_HORIZON = RoutingProblem.LATEST_SECOND;
    /** Fixed cost per used vehicle under the hierarchical objective. */
    public static final long VEHICLE_COST = 1_000_000_000L;

    /**
     * Starting temperature of simulated annealing in instance distance units (scaled by the
     * convention's scale): chosen by measurement on r101, r105, rc101, rc105 at 10 s (mean gap
     * 0.85% at 10 units against 1.45% at 30 units and 2.2-4.1% with late acceptance 30-400).
     */
    public static final int TEMPERATURE_UNITS = 10;

    private final RoutingOptions base;
    private final PopulationOptions population;

    /**
     * With the literature defaults: simulated annealing from {@value #TEMPERATURE_UNITS} distance
     * units, ruin-and-recreate weight 3.
     */
    public OutpostVrpSolver() {
        this(null);
    }

    /**
     * With the given search settings; null for the literature defaults. The weights, the seed
     * and the time limit are set per call; a step limit in {@code base} is kept (whichever limit
     * comes first ends the run), which makes runs reproducible.
     *
     * @param base the search settings, or null for the literature defaults
     */
    public OutpostVrpSolver(RoutingOptions base) {
        this(base, null);
    }

    /**
     * With the given search settings and the population phase.
     *
     * @param base       the search settings, or null for the literature defaults
     * @param population the population phase settings, or null for none (the default solver)
     */
    public OutpostVrpSolver(RoutingOptions base, PopulationOptions population) {
        this.base = base;
        this.population = population;
    }

    @Override
    public String name() {
        return population == null ? "outpost" : "outpost+population";
    }

    @Override
    public VrpSolution solve(VrpInstance instance, ArcConvention convention, VrpObjective objective, double seconds,
            long seed) {
        RoutingProblem problem = toProblem(instance, convention);
        RoutingOptions start = base != null ? base : RoutingOptions.defaults()
                .withAcceptor(RoutingOptions.Acceptor.SIMULATED_ANNEALING, TEMPERATURE_UNITS * convention.scale());
        RoutingOptions options = start.withResponseWeight(0).withTravelSecondWeight(0).withMetreWeight(1)
                .withVehicleFixedCost(objective == VrpObjective.HIERARCHICAL ? VEHICLE_COST : 0)
                .withTimeLimit(seconds > 0 ? java.time.Duration.ofNanos((long) (seconds * 1e9)) : null).withSeed(seed);
        RoutePlan plan = RoutingSolver.create(options, population).solve(problem);
        requireCheckerAgrees(instance, problem, options, plan);
        return toSolution(plan);
    }

    /**
     * Re-checks the plan with the independent {@link PlanChecker}, so that every literature result
     * is checked twice: here in routing terms, and by the literature checker in the instance's own.
     *
     * @throws IllegalStateException if the checker's figures differ from the solver's score
     */
    private static void requireCheckerAgrees(VrpInstance instance, RoutingProblem problem, RoutingOptions options,
            RoutePlan plan) {
        PlanChecker.Result check = PlanChecker.check(problem, options, plan);
        if (!check.inconsistencies().isEmpty() || check.hardScore() != plan.hardScore()
                || check.mediumScore() != plan.mediumScore() || check.softScore() != plan.softScore()) {
            throw new IllegalStateException("The plan of " + instance.name() + " disagrees with PlanChecker (solver "
                    + plan.hardScore() + "/" + plan.mediumScore() + "/" + plan.softScore() + ", checker "
                    + check.hardScore() + "/" + check.mediumScore() + "/" + check.softScore() + ", "
                    + check.inconsistencies() + "); this is a solver bug, please report it.");
        }
    }

    /**
     * The routing problem of a literature instance under a convention (see the class comment).
     *
     * @param instance the literature instance
     * @param convention the arc convention of the instance's table
     * @return the routing problem of a literature instance under a convention (see the class comment)
     */
    public static RoutingProblem toProblem(VrpInstance instance, ArcConvention convention) {
        List<VrpNode> nodes = instance.nodes();
        int n = nodes.size();
        int[] table = new int[n * n];
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(Integer.toString(nodes.get(i).id()));
            for (int j = 0; j < n; j++) {
                table[i * n + j] = i == j ? 0 : convention.scaledArc(nodes.get(i), nodes.get(j));
            }
        }
        TravelTimes travel = new TravelTimes(ids, table, table);
        VrpNode depot = instance.depot();
        int open = scaledTime(depot.readyTime(), convention, 0);
        int close = scaledTime(depot.dueTime(), convention, OPEN_HORIZON);
        // More vehicles than customers is never needed; zero-padded ids keep the kernel's id tie order
        // equal to the index order.
        int vehicles = (int) Math.min(instance.vehicleLimit(), n - 1L);
        List<Courier> couriers = new ArrayList<>(vehicles);
        for (int v = 0; v < vehicles; v++) {
            couriers.add(Courier.builder("v" + String.format(java.util.Locale.ROOT, "%06d", v + 1)).startPoint(0).available(open).shiftEnd(close)
                    .capacity(instance.capacity()).build());
        }
        List<Pickup> pickups = new ArrayList<>(n - 1);
        for (int i = 1; i < n; i++) {
            VrpNode node = nodes.get(i);
            pickups.add(Pickup.builder(Integer.toString(node.id())).point(i)
                    .window(scaledTime(node.readyTime(), convention, 0), scaledTime(node.dueTime(), convention, OPEN_HORIZON))
                    .serviceSeconds(scaledTime(node.serviceTime(), convention, 0)).size(node.demand()).releaseSecond(0).build());
        }
        return new RoutingProblem(couriers, pickups, 0, close, travel);
    }

    private static int scaledTime(double value, ArcConvention convention, int ifInfinite) {
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            return ifInfinite;
        }
        return Math.min(OPEN_HORIZON, convention.scaled(value));
    }

    /**
     * The literature solution of a plan (node index = pickup index + 1).
     *
     * @param plan the routing plan
     * @return the literature solution of a plan (node index = pickup index + 1)
     */
    public static VrpSolution toSolution(RoutePlan plan) {
        List<List<Integer>> routes = new ArrayList<>();
        for (CourierRoutePlan route : plan.routes()) {
            if (route.stops().isEmpty()) {
                continue;
            }
            List<Integer> nodes = new ArrayList<>(route.stops().size());
            for (Stop stop : route.stops()) {
                nodes.add(stop.pickupIndex() + 1);
            }
            routes.add(nodes);
        }
        List<Integer> unassigned = new ArrayList<>();
        for (UnassignedPickup pickup : plan.unassigned()) {
            unassigned.add(pickup.pickupIndex() + 1);
        }
        return new VrpSolution(routes, unassigned);
    }
}
