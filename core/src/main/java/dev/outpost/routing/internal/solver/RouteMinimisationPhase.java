package dev.outpost.routing.internal.solver;

import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.RoutingSolutions;
import dev.outpost.routing.internal.domain.Visit;
import dev.outpost.routing.route.RouteKernel;
import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The route-minimisation phase (an OptaPlanner custom phase, between the construction and the
 * local search): {@link RouteMinimiser} empties as many routes of the working solution as its step
 * budget allows, and the changed routes are written back through the score director, so that
 * OptaPlanner's score calculator scores the result (and the best-solution recaller keeps it only
 * if it scores better). Under a vehicle fixed cost (the hierarchical objective, vehicles first) a
 * route is saved whenever the ejection search places all its customers; without one, only when
 * it costs nothing (a distance objective is never made worse by this phase: measured on Solomon
 * under vehicles first, a saved route's extra distance was not all recovered by the local search
 * in 10 s). The unlimited-fleet path before the solve ({@link #minimise}) accepts up to
 * {@link #DISTANCE_WORSENING} under a distance objective, where a spare route is a search trap.
 *
 * <p>Stateless: one instance is shared by every solver of a factory. Deterministic: the
 * minimiser's generator is seeded from the options' seed.
 */
public final class RouteMinimisationPhase implements CustomPhaseCommand<RoutingSolution> {

    /**
     * Pool steps per route to empty, per pickup of the problem. Was 20: at 4 the phase ended with
     * the same route counts on 11 Solomon instances (r101 r103 r105 r107 r109 r111 c101 c105 rc101
     * rc105 rc106, from the kernel's construction, both objectives) in 4 to 5 times fewer steps
     * (r101 distance: 14,048 to 2,848), most of them spent in the last, failed attempt.
     */
    static final int STEPS_PER_PICKUP = 4;
    /** Largest relative growth of the soft cost accepted by {@link #minimise} for a saved route without a vehicle fixed cost. */
    static final double DISTANCE_WORSENING = 0.03;
    /** Most routes saved by one phase. */
    static final int MAX_ROUTES_SAVED = 1000;

    private final long seed;

    /**
     * A phase for these options.
     *
     * @param options the solver's options (the seed is read)
     */
    public RouteMinimisationPhase(RoutingOptions options) {
        this.seed = options.seed();
    }

    /**
     * Whether route minimisation is on: unless the system property
     * {@value RoutingSolverConfig#ROUTE_MINIMISATION_PROPERTY} is {@code off} (for ablation runs).
     *
     * @return whether route minimisation is on
     */
    public static boolean enabled() {
        return !"off".equals(System.getProperty(RoutingSolverConfig.ROUTE_MINIMISATION_PROPERTY));
    }

    /**
     * Saves routes of given sequences as the phase does, outside a solve (the routing solver's
     * unlimited-fleet path, before it fixes the fleet).
     *
     * @param kernel    the route kernel of the sequences
     * @param sequences element c is courier c's pickup sequence; changed in place when routes are saved
     * @param seed      seed of the tie-breaks
     * @param deadlineNanos {@link System#nanoTime()} at which to stop (Long.MAX_VALUE: none)
     * @return the number of routes saved
     */
    public static int minimise(RouteKernel kernel, List<List<Integer>> sequences, long seed, long deadlineNanos) {
        return new RouteMinimiser(kernel, STEPS_PER_PICKUP * Math.max(1, kernel.pickupCount()),
                kernel.vehicleFixedCost() > 0 ? 0 : DISTANCE_WORSENING, seed, deadlineNanos)
                .minimise(sequences, MAX_ROUTES_SAVED);
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<RoutingSolution> scoreDirector) {
        RoutingSolution solution = scoreDirector.getWorkingSolution();
        RoutingData d = solution.getData();
        List<List<Integer>> sequences = RoutingSolutions.sequences(solution);
        int saved = new RouteMinimiser(d.kernel(), STEPS_PER_PICKUP * Math.max(1, d.kernel().pickupCount()), 0, seed,
                solution.getDeadlineNanos()).minimise(sequences, MAX_ROUTES_SAVED);
        if (saved == 0) {
            return;
        }
        write(scoreDirector, solution, sequences);
    }

    /** Sets every courier's list to its new sequence, notifying the score director (all "before" calls first). */
    static void write(ScoreDirector<RoutingSolution> scoreDirector, RoutingSolution solution,
            List<List<Integer>> sequences) {
        List<CourierRoute> routes = solution.getRoutes();
        List<Visit> visits = solution.getVisits();
        int couriers = sequences.size();
        boolean[] changed = new boolean[couriers];
        for (int c = 0; c < couriers; c++) {
            List<Visit> current = routes.get(c).getVisits();
            List<Integer> wanted = sequences.get(c);
            boolean same = current.size() == wanted.size();
            for (int i = 0; same && i < wanted.size(); i++) {
                same = current.get(i).getIndex() == wanted.get(i);
            }
            if (!same) {
                changed[c] = true;
                scoreDirector.beforeListVariableChanged(routes.get(c), "visits", 0, current.size());
            }
        }
        for (int c = 0; c < couriers; c++) {
            if (changed[c]) {
                List<Visit> current = routes.get(c).getVisits();
                current.clear();
                sequences.get(c).forEach(p -> current.add(visits.get(p)));
            }
        }
        for (int c = 0; c < couriers; c++) {
            if (changed[c]) {
                scoreDirector.afterListVariableChanged(routes.get(c), "visits", 0, sequences.get(c).size());
            }
        }
        scoreDirector.triggerVariableListeners();
    }
}
