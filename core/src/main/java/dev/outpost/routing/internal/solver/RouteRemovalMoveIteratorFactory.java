package dev.outpost.routing.internal.solver;

import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.RoutingSolutions;
import dev.outpost.routing.internal.domain.Visit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Selects route-removal moves for the local search: on the working solution's routes,
 * {@link RouteMinimiser} tries to empty one of the smallest used routes by ejection search (at
 * most {@link #STEPS_PER_PICKUP} pool steps per pickup, tie-breaks seeded from the working
 * random); the move sets the routes to the result, and OptaPlanner's score and acceptor decide
 * (under simulated annealing a saved route that costs a little distance may be taken, under a
 * vehicle fixed cost a saved route is always an improvement). When no route can be emptied, or
 * the objective has no vehicle fixed cost, the move is not doable. The search runs only where it
 * can pay: above the route-count lower bound (total demand over capacity), and with an
 * exponential back-off after failed attempts at the same route count (measured before: run at
 * every selection, it cost the instances already at the best-known count distance under vehicles
 * first, Solomon 0.12% to 0.42% gap at 10 s). One instance per solver; reset when a phase starts.
 * Random selection only.
 */
public class RouteRemovalMoveIteratorFactory implements MoveIteratorFactory<RoutingSolution, RouteRemovalMoveIteratorFactory.RouteRemovalMove> {

    /** Pool steps per pickup of the problem for one move's ejection search. */
    static final int STEPS_PER_PICKUP = 4;

    /** Most selections skipped after consecutive failed attempts (2 to the power of the failures, capped here). */
    static final int MAX_BACKOFF_SHIFT = 5;

    /** The route-count lower bound of the problem of this phase ({@link RouteMinimiser#routeLowerBound}). */
    private int lowerBound;
    /** Selections since the phase started. */
    private long selections;
    /** Failed ejection searches in a row at {@link #failedAt} used routes. */
    private int failures;
    /** Used routes at the last failed attempt (-1: none). */
    private int failedAt = -1;
    /** The selection from which the next ejection search may run. */
    private long nextAttempt;
    /** Ejection searches run in this phase (for tests and logs). */
    private long attempts;

    @Override
    public void phaseStarted(ScoreDirector<RoutingSolution> scoreDirector) {
        lowerBound = RouteMinimiser.routeLowerBound(scoreDirector.getWorkingSolution().getData().kernel());
        selections = 0;
        failures = 0;
        failedAt = -1;
        nextAttempt = 0;
        attempts = 0;
    }

    /** Ejection searches run since the phase started. */
    long attempts() {
        return attempts;
    }

    @Override
    public long getSize(ScoreDirector<RoutingSolution> scoreDirector) {
        return scoreDirector.getWorkingSolution().getRoutes().size();
    }

    @Override
    public Iterator<RouteRemovalMove> createOriginalMoveIterator(ScoreDirector<RoutingSolution> scoreDirector) {
        throw new UnsupportedOperationException("The route-removal move selector (original order) is not supported;"
                + " configure it with selectionOrder RANDOM.");
    }

    @Override
    public Iterator<RouteRemovalMove> createRandomMoveIterator(ScoreDirector<RoutingSolution> scoreDirector,
            Random workingRandom) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public RouteRemovalMove next() {
                return nextMove(scoreDirector.getWorkingSolution(), workingRandom.nextLong());
            }
        };
    }

    /**
     * The next move: an ejection search only where it can pay. None (not doable, no search) under
     * a distance objective, at or below the route-count lower bound, and, after a failed attempt
     * at the current number of used routes, for the next 2^failures selections (at most
     * 2^{@value #MAX_BACKOFF_SHIFT}); the back-off restarts when the number of used routes changes.
     * Counted in selections, so deterministic for a seed.
     */
    RouteRemovalMove nextMove(RoutingSolution solution, long seed) {
        long selection = selections++;
        if (solution.getData().kernel().vehicleFixedCost() <= 0) {
            return NONE;
        }
        List<CourierRoute> routes = solution.getRoutes();
        int used = 0;
        for (int c = 0; c < routes.size() - 1; c++) {
            if (!routes.get(c).getVisits().isEmpty()) {
                used++;
            }
        }
        if (used <= lowerBound) {
            return NONE;
        }
        if (used != failedAt) {
            failures = 0;
            failedAt = -1;
        } else if (selection < nextAttempt) {
            return NONE;
        }
        attempts++;
        RouteRemovalMove move = select(solution, seed);
        if (move == NONE) {
            failedAt = used;
            failures = Math.min(failures + 1, MAX_BACKOFF_SHIFT);
            nextAttempt = selection + (1L << failures);
        }
        return move;
    }

    /** The not-doable move. */
    private static final RouteRemovalMove NONE = new RouteRemovalMove(null);

    static RouteRemovalMove select(RoutingSolution solution, long seed) {
        RoutingData d = solution.getData();
        if (d.kernel().vehicleFixedCost() <= 0) {
            // Under a distance objective a saved route that costs distance is rarely taken, so the ejection
            // search would mostly spend the local search's time.
            return NONE;
        }
        List<List<Integer>> sequences = RoutingSolutions.sequences(solution);
        RouteMinimiser minimiser = new RouteMinimiser(d.kernel(), STEPS_PER_PICKUP * Math.max(1, d.pickupCount),
                Double.POSITIVE_INFINITY, seed, solution.getDeadlineNanos());
        if (!minimiser.saveOne(sequences)) {
            return NONE;
        }
        List<Visit> visits = solution.getVisits();
        List<CourierRoute> routes = solution.getRoutes();
        Visit[][] target = new Visit[routes.size()][];
        for (int c = 0; c < d.courierCount; c++) {
            List<Integer> sequence = sequences.get(c);
            target[c] = new Visit[sequence.size()];
            for (int i = 0; i < target[c].length; i++) {
                target[c][i] = visits.get(sequence.get(i));
            }
        }
        target[d.courierCount] = routes.get(d.courierCount).getVisits().toArray(new Visit[0]);
        return new RouteRemovalMove(target);
    }

    /** Sets every route to the routes found by the ejection search; undone by {@link RestoreRoutesMove}. */
    static final class RouteRemovalMove extends AbstractMove<RoutingSolution> {

        private final Visit[][] target;

        RouteRemovalMove(Visit[][] target) {
            this.target = target;
        }

        @Override
        public boolean isMoveDoable(ScoreDirector<RoutingSolution> scoreDirector) {
            return target != null;
        }

        @Override
        protected AbstractMove<RoutingSolution> createUndoMove(ScoreDirector<RoutingSolution> scoreDirector) {
            return new RestoreRoutesMove(RestoreRoutesMove.take(scoreDirector.getWorkingSolution()));
        }

        @Override
        protected void doMoveOnGenuineVariables(ScoreDirector<RoutingSolution> scoreDirector) {
            new RestoreRoutesMove(target).doMoveOnly(scoreDirector);
        }

        @Override
        public List<Object> getPlanningEntities() {
            return new ArrayList<>();
        }

        @Override
        public List<Object> getPlanningValues() {
            return new ArrayList<>();
        }

        @Override
        public String getSimpleMoveTypeDescription() {
            return "RouteRemovalMove";
        }

        @Override
        public String toString() {
            return target == null ? "route removal (none)" : "route removal";
        }
    }
}
