package dev.outpost.bench.peers;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.cost.AbstractForwardVehicleRoutingTransportCosts;
import com.graphhopper.jsprit.core.problem.driver.Driver;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleType;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Coordinate;
import com.graphhopper.jsprit.core.util.Solutions;
import dev.outpost.sim.literature.io.ArcConvention;
import dev.outpost.sim.literature.io.VrpInstance;
import dev.outpost.sim.literature.io.VrpNode;
import dev.outpost.sim.literature.io.VrpObjective;
import dev.outpost.sim.literature.io.VrpSolution;
import dev.outpost.sim.literature.io.VrpSolverAdapter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

/**
 * jsprit 1.8's default algorithm ({@code Jsprit.createAlgorithm}'s ruin-and-recreate set-up,
 * built through {@link Jsprit.Builder} only to pass the seed) behind the literature adapter, so that
 * it runs in the same harness and under the same rules as Outpost's solver.
 *
 * <p>Identical rules: arcs come from a custom transport-cost matrix of
 * {@link ArcConvention#scaledArc} integers (travel time = cost = distance, scaled), ready and due
 * times and service times are scaled the same way, the depot's due time is each vehicle's latest
 * arrival, and the fleet is finite: {@link VrpInstance#vehicleLimit()} identical vehicles of the
 * instance's capacity. CVRP instances have no windows (capacity only). For the hierarchical
 * objective each vehicle gets a fixed cost larger than any route set's distance, so fewer vehicles
 * come first. Jobs jsprit leaves unassigned are returned as unassigned (and the checker then marks
 * the solution invalid).
 *
 * <p>Time limit: a {@link TimeTermination} with the given seconds (wall time, or optionally the
 * solving thread's CPU time) and an iteration cap too large to bind. Seed: {@link Jsprit.Builder#setRandom}. One thread (jsprit's default). Under a time limit
 * the result depends on the machine's speed, so it is not reproducible run to run.
 */
public final class JspritVrpSolver implements VrpSolverAdapter {

    private final int maxIterations;
    private final boolean cpuTimeBudget;

    /** The literature set-up: stops on the wall-time limit only. */
    public JspritVrpSolver() {
        this(0, false);
    }

    /**
     * @param maxIterations when positive, also stop after this many ruin-and-recreate iterations,
     *                      for reproducible runs (tests); 0 for no iteration limit
     * @param cpuTimeBudget when true, the time limit counts the solving thread's CPU time instead of
     *                      wall time, so that on a shared, overloaded machine jsprit still gets the
     *                      equivalent of a dedicated core for the given seconds (wall time is longer)
     */
    public JspritVrpSolver(int maxIterations, boolean cpuTimeBudget) {
        if (maxIterations < 0) {
            throw new IllegalArgumentException("The iteration limit (" + maxIterations + ") must be 0 (none) or positive.");
        }
        this.maxIterations = maxIterations;
        this.cpuTimeBudget = cpuTimeBudget;
    }

    @Override
    public String name() {
        return cpuTimeBudget ? "jsprit-cpu" : "jsprit";
    }

    @Override
    public VrpSolution solve(VrpInstance instance, ArcConvention convention, VrpObjective objective, double seconds,
            long seed) {
        List<VrpNode> nodes = instance.nodes();
        int n = nodes.size();
        int[] arcs = new int[n * n];
        long longest = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                arcs[i * n + j] = convention.scaledArc(nodes.get(i), nodes.get(j));
                longest = Math.max(longest, arcs[i * n + j]);
            }
        }
        VrpNode depotNode = nodes.get(0);
        Location depot = location(0, depotNode);
        VehicleTypeImpl.Builder typeBuilder = VehicleTypeImpl.Builder.newInstance("vehicle")
                .addCapacityDimension(0, instance.capacity())
                .setCostPerDistance(1.0)
                .setCostPerTransportTime(0.0)
                .setCostPerWaitingTime(0.0);
        if (objective == VrpObjective.HIERARCHICAL) {
            // More than any solution's total distance: one vehicle less always wins.
            typeBuilder.setFixedCost((double) longest * n * 2);
        }
        VehicleType type = typeBuilder.build();
        VehicleRoutingProblem.Builder vrp = VehicleRoutingProblem.Builder.newInstance()
                .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE)
                .setRoutingCost(new MatrixCosts(arcs, n));
        for (int k = 0; k < instance.vehicleLimit(); k++) {
            vrp.addVehicle(VehicleImpl.Builder.newInstance("v" + k)
                    .setStartLocation(depot)
                    .setEarliestStart(convention.scaled(depotNode.readyTime()))
                    .setLatestArrival(scaledTime(convention, depotNode.dueTime()))
                    .setType(type)
                    .build());
        }
        for (int c = 1; c < n; c++) {
            VrpNode node = nodes.get(c);
            Service.Builder<Service> service = Service.Builder.newInstance(Integer.toString(c))
                    .addSizeDimension(0, node.demand())
                    .setLocation(location(c, node))
                    .setServiceTime(convention.scaled(node.serviceTime()));
            if (node.readyTime() > 0 || node.dueTime() < Double.POSITIVE_INFINITY) {
                service.addTimeWindow(convention.scaled(node.readyTime()), scaledTime(convention, node.dueTime()));
            }
            vrp.addJob(service.build());
        }
        VehicleRoutingProblem problem = vrp.build();
        VehicleRoutingAlgorithm algorithm = Jsprit.Builder.newInstance(problem)
                .setRandom(new Random(seed))
                .setProperty(Jsprit.Parameter.THREADS, "1")
                .buildAlgorithm();
        algorithm.setMaxIterations(maxIterations > 0 ? maxIterations : Integer.MAX_VALUE);
        TimeTermination time = new TimeTermination(Math.max(1L, Math.round(seconds * 1000)));
        if (cpuTimeBudget) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            // jsprit runs single-threaded in the calling thread, which also asks the termination.
            time.setTimeGetter(() -> threads.getCurrentThreadCpuTime() / 1_000_000L);
        }
        algorithm.addTerminationCriterion(time);
        algorithm.addListener(time);
        Collection<VehicleRoutingProblemSolution> solutions = algorithm.searchSolutions();
        return toSolution(Solutions.bestOf(solutions), n);
    }

    private static VrpSolution toSolution(VehicleRoutingProblemSolution best, int n) {
        List<List<Integer>> routes = new ArrayList<>();
        boolean[] routed = new boolean[n];
        for (VehicleRoute route : best.getRoutes()) {
            List<Integer> customers = new ArrayList<>();
            for (TourActivity activity : route.getActivities()) {
                if (activity instanceof TourActivity.JobActivity job) {
                    int c = Integer.parseInt(job.getJob().getId());
                    customers.add(c);
                    routed[c] = true;
                }
            }
            if (!customers.isEmpty()) {
                routes.add(customers);
            }
        }
        List<Integer> unassigned = new ArrayList<>();
        for (Job job : best.getUnassignedJobs()) {
            int c = Integer.parseInt(job.getId());
            if (!routed[c]) {
                unassigned.add(c);
            }
        }
        unassigned.sort(null);
        return new VrpSolution(routes, unassigned);
    }

    private static Location location(int index, VrpNode node) {
        return Location.Builder.newInstance()
                .setIndex(index)
                .setId(Integer.toString(index))
                .setCoordinate(Coordinate.newInstance(node.x(), node.y()))
                .build();
    }

    private static double scaledTime(ArcConvention convention, double value) {
        return value == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : convention.scaled(value);
    }

    /** Arc costs, times and distances from one scaled-integer matrix, by location index. */
    private static final class MatrixCosts extends AbstractForwardVehicleRoutingTransportCosts {
        private final int[] arcs;
        private final int n;

        MatrixCosts(int[] arcs, int n) {
            this.arcs = arcs;
            this.n = n;
        }

        private int arc(Location from, Location to) {
            return arcs[from.getIndex() * n + to.getIndex()];
        }

        @Override
        public double getDistance(Location from, Location to, double departureTime, Vehicle vehicle) {
            return arc(from, to);
        }

        @Override
        public double getTransportTime(Location from, Location to, double departureTime, Driver driver, Vehicle vehicle) {
            return arc(from, to);
        }

        @Override
        public double getTransportCost(Location from, Location to, double departureTime, Driver driver, Vehicle vehicle) {
            return arc(from, to);
        }
    }
}
