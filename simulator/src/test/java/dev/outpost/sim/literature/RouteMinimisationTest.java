package dev.outpost.sim.literature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.route.RouteKernel;
import dev.outpost.sim.literature.check.VrpCheck;
import dev.outpost.sim.literature.check.VrpSolutionChecker;
import dev.outpost.sim.literature.io.ArcConvention;
import dev.outpost.sim.literature.io.BestKnownTable;
import dev.outpost.sim.literature.io.SolomonReader;
import dev.outpost.sim.literature.io.TsplibCvrpReader;
import dev.outpost.sim.literature.io.VrpInstance;
import dev.outpost.sim.literature.io.VrpObjective;
import dev.outpost.sim.literature.io.VrpSolution;
import dev.outpost.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Route minimisation (issue 23) on literature instances where the construction (the kernel's
 * sequential cheapest insertion, which the routing solver starts from) opens spare routes: the
 * solver must end at the best-known route count, checked by the independent
 * {@link VrpSolutionChecker}. Without route minimisation (system property
 * {@code outpost.routing.routeMinimisation=off}) A-n61-k9 ends with 10 routes and the Solomon
 * instances with the construction's. Step limits only, so the runs are deterministic and take well under
 * a second each; skipped with a message when the shared data is absent.
 */
class RouteMinimisationTest {

    private static final long STEPS = 2_000;

    /** Routes of the routing solver's construction on the instance, under the adapter's objective weights. */
    private static int constructionRoutes(VrpInstance instance, ArcConvention convention, VrpObjective objective) {
        RoutingProblem problem = OutpostVrpSolver.toProblem(instance, convention);
        RoutingOptions weights = RoutingOptions.defaults().withResponseWeight(0).withTravelSecondWeight(0).withMetreWeight(1)
                .withVehicleFixedCost(objective == VrpObjective.HIERARCHICAL ? OutpostVrpSolver.VEHICLE_COST : 0);
        RouteKernel kernel = RouteKernel.of(problem, weights);
        List<List<Integer>> routes = new ArrayList<>();
        problem.couriers().forEach(c -> routes.add(new ArrayList<>()));
        List<Integer> unplaced = kernel.insertAll(routes, IntStream.range(0, problem.pickups().size()).boxed().toList());
        assertEquals(List.of(), unplaced);
        return (int) routes.stream().filter(r -> !r.isEmpty()).count();
    }

    private static VrpCheck solveAndCheck(VrpInstance instance, ArcConvention convention, VrpObjective objective,
            long steps) {
        RoutingOptions base = RoutingOptions.defaults().withStepLimit(steps)
                .withAcceptor(RoutingOptions.Acceptor.SIMULATED_ANNEALING,
                        OutpostVrpSolver.TEMPERATURE_UNITS * convention.scale());
        VrpSolution solution = new OutpostVrpSolver(base).solve(instance, convention, objective, 0, 0);
        VrpCheck check = VrpSolutionChecker.check(instance, convention, solution);
        assertTrue(check.valid(), instance.name() + ": " + check.violations());
        assertEquals(List.of(), solution.unassigned());
        return check;
    }

    @Test
    void anUnlimitedFleetOnAugeratEndsAtTheBestKnownRouteCountNotTheConstructions() throws IOException {
        Path dir = SharedData.require("cvrp");
        BestKnownTable optima = BestKnownTable.read(dir.resolve("optima.csv"));
        for (String name : List.of("A-n45-k6", "A-n61-k9")) {
            VrpInstance published = TsplibCvrpReader.read(dir.resolve(name + ".vrp"));
            // The same customers with no fleet limit, as Uchoa's X instances are solved.
            VrpInstance unlimited = new VrpInstance(name, published.customerCount(), published.capacity(), published.nodes());
            assertTrue(unlimited.unlimitedFleet());
            int best = optima.get(name).vehicles();
            int constructed = constructionRoutes(unlimited, ArcConvention.ROUNDED_INTEGER, VrpObjective.DISTANCE);
            assertEquals(best + 1, constructed, name + ": the construction opens one spare route");
            VrpCheck check = solveAndCheck(unlimited, ArcConvention.ROUNDED_INTEGER, VrpObjective.DISTANCE, STEPS);
            assertEquals(best, check.vehicles(), name + ": the spare route is closed");
            assertTrue(check.distance() >= optima.get(name).value() - 1e-9, name + ": " + check.distance());
        }
    }

    @Test
    void vehiclesFirstOnSolomonThePhaseAloneReachesTheBestKnownFleet() throws IOException {
        Path dir = SharedData.require("solomon");
        BestKnownTable bks = BestKnownTable.read(dir.resolve("bks.csv"));
        for (String name : List.of("c101", "r101", "r105")) {
            VrpInstance instance = SolomonReader.read(dir.resolve(name + ".txt"));
            int best = bks.get(name).vehicles();
            int constructed = constructionRoutes(instance, ArcConvention.EXACT, VrpObjective.HIERARCHICAL);
            assertTrue(constructed > best, name + ": the construction opens spare routes (" + constructed + ")");
            // One local-search step: the routes closed are the phase's, not the local search's.
            VrpCheck check = solveAndCheck(instance, ArcConvention.EXACT, VrpObjective.HIERARCHICAL, 1);
            assertEquals(best, check.vehicles(), name + ": " + constructed + " routes constructed");
        }
    }
}
