package dev.outpost.routing.internal.solver;

import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.Visit;
import dev.outpost.routing.route.RouteKernel;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Selects SWAP* moves ({@link SwapStarEvaluator}, {@link SwapStarMove}) on route pairs restricted
 * by neighbour lists: a random assigned visit and one of its {@link #NEIGHBOURS} nearest pickups
 * (by metres) in another courier's route pick the pair; the move is the best SWAP* of that pair
 * when it lowers the soft cost (a descent move, as in HGS: the acceptor sees improving SWAP* moves
 * only), else another pair is tried, and after {@code ATTEMPTS} pairs a move that is not doable
 * is returned (OptaPlanner skips it).
 * The evaluator, with its three best insertions per (route, customer), lives as long as this
 * factory (one solver) and recomputes a route's data only when that route changed. Random
 * selection only; deterministic by the solver's random.
 */
public class SwapStarMoveIteratorFactory implements MoveIteratorFactory<RoutingSolution, SwapStarMove> {

    /** Nearest pickups (by metres) whose routes may pair with a visit's route. */
    static final int NEIGHBOURS = 20;
    /** Tries at finding a route pair with an improving SWAP* per selected move. */
    private static final int ATTEMPTS = 2;

    private SwapStarEvaluator evaluator;
    private int[][] near;

    @Override
    public long getSize(ScoreDirector<RoutingSolution> scoreDirector) {
        return scoreDirector.getWorkingSolution().getVisits().size();
    }

    @Override
    public Iterator<SwapStarMove> createOriginalMoveIterator(ScoreDirector<RoutingSolution> scoreDirector) {
        throw new UnsupportedOperationException("The SWAP* move selector (original order) is not supported;"
                + " configure it with selectionOrder RANDOM.");
    }

    @Override
    public Iterator<SwapStarMove> createRandomMoveIterator(ScoreDirector<RoutingSolution> scoreDirector, Random workingRandom) {
        RoutingData d = scoreDirector.getWorkingSolution().getData();
        if (evaluator == null || evaluator.data() != d) {
            evaluator = new SwapStarEvaluator(d);
            near = new int[d.pickupCount][];
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public SwapStarMove next() {
                return select(scoreDirector.getWorkingSolution(), workingRandom);
            }
        };
    }

    private SwapStarMove select(RoutingSolution solution, Random random) {
        List<Visit> visits = solution.getVisits();
        List<CourierRoute> routes = solution.getRoutes();
        for (int attempt = 0; attempt < ATTEMPTS && !visits.isEmpty(); attempt++) {
            Visit first = visits.get(random.nextInt(visits.size()));
            CourierRoute routeA = first.getRoute();
            if (routeA == null || routeA.isBucket()) {
                continue;
            }
            int[] row = near(solution.getData(), first.getIndex());
            if (row.length == 0) {
                continue;
            }
            CourierRoute routeB = visits.get(row[random.nextInt(row.length)]).getRoute();
            if (routeB == null || routeB.isBucket() || routeB == routeA) {
                continue;
            }
            SwapStarEvaluator.Candidate best = evaluator.best(routeA.getIndex(), routeA.getVisits(), routeB.getIndex(),
                    routeB.getVisits());
            if (best == null || best.softDelta() >= 0) {
                // Descent only, as in HGS: a pair whose best SWAP* does not improve gives no move.
                continue;
            }
            return new SwapStarMove(routeA, visits.get(best.u()), best.vTo(), routeB, visits.get(best.v()), best.uTo(),
                    best.softDelta());
        }
        return new SwapStarMove(null, null, -1, null, null, -1, 0);
    }

    /** Pickup p's {@link #NEIGHBOURS} nearest other pickups by metres (ties by index), built on first use. */
    private int[] near(RoutingData d, int p) {
        int[] row = near[p];
        if (row != null) {
            return row;
        }
        RouteKernel k = d.kernel();
        int n = d.pickupCount;
        long[] keys = new long[Math.max(0, n - 1)];
        int from = k.pickupPoint(p);
        int i = 0;
        for (int q = 0; q < n; q++) {
            if (q != p) {
                long m = k.reachable(from, k.pickupPoint(q)) ? k.legMetres(from, k.pickupPoint(q)) : Integer.MAX_VALUE;
                keys[i++] = (m << 32) | q;
            }
        }
        Arrays.sort(keys);
        row = new int[Math.min(NEIGHBOURS, keys.length)];
        for (int j = 0; j < row.length; j++) {
            row[j] = (int) keys[j];
        }
        near[p] = row;
        return row;
    }
}
