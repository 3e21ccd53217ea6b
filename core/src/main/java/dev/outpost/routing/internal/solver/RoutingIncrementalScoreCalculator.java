package dev.outpost.routing.internal.solver;

import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.Visit;
import dev.outpost.routing.route.Penalties;
import dev.outpost.routing.route.RouteKernel;
import dev.outpost.routing.route.RouteWalk;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.calculator.IncrementalScoreCalculator;

/**
 * The production scorer. Each courier's route contributes a hard and a soft part; a route whose
 * list or arrivals changed is marked dirty and recomputed once, in O(route length), by the route
 * kernel's walk ({@link RouteWalk}) when the score is asked for. The unassigned bucket's medium
 * part is kept exactly from the changed ranges.
 *
 * <p>Hard (all summed): lateness seconds past each window end; capacity excess units (load on
 * board plus sizes over capacity); seconds past shift end (hub arrival, or last departure when
 * the courier does not end at the hub); seconds past the hub cut-off; {@link Penalties#SKILL}
 * per pickup whose skills the courier lacks; {@link Penalties#UNREACHABLE_LEG} per
 * unreachable leg. Medium: minus the priority sum of unassigned pickups. Soft: minus the weighted
 * objective of {@link dev.outpost.routing.RoutingOptions}. A courier with no stops and nothing on
 * board contributes nothing; one with load on board but no stops still drives to the hub.
 */
public class RoutingIncrementalScoreCalculator
        implements IncrementalScoreCalculator<RoutingSolution, HardMediumSoftLongScore> {

    private RoutingData data;
    private RouteWalk walk;
    private List<CourierRoute> routes;
    private long[] routeHard;
    private long[] routeSoft;
    /** Each route's capacity excess units (part of its hard penalty), for the penalised education. */
    private long[] routeCapacity;
    private boolean[] dirty;
    private int[] dirtyStack;
    private int dirtyCount;
    private long hard;
    private long medium;
    private long soft;
    private long capacity;

    @Override
    public void resetWorkingSolution(RoutingSolution solution) {
        data = solution.getData();
        walk = data.kernel().walker();
        routes = solution.getRoutes();
        int n = data.courierCount;
        routeHard = new long[n];
        routeSoft = new long[n];
        routeCapacity = new long[n];
        dirty = new boolean[n];
        dirtyStack = new int[n];
        dirtyCount = 0;
        hard = 0;
        soft = 0;
        medium = 0;
        capacity = 0;
        for (int c = 0; c < n; c++) {
            recompute(c);
            hard += routeHard[c];
            soft += routeSoft[c];
            capacity += routeCapacity[c];
        }
        for (Visit visit : solution.bucket().getVisits()) {
            medium -= data.kernel().priority(visit.getIndex());
        }
    }

    private void markDirty(CourierRoute route) {
        if (route == null || route.isBucket()) {
            return;
        }
        int c = route.getIndex();
        if (!dirty[c]) {
            dirty[c] = true;
            dirtyStack[dirtyCount++] = c;
        }
    }

    @Override
    public void beforeListVariableChanged(Object entity, String variableName, int fromIndex, int toIndex) {
        CourierRoute route = (CourierRoute) entity;
        if (route.isBucket()) {
            List<Visit> visits = route.getVisits();
            for (int i = fromIndex; i < toIndex; i++) {
                medium += data.kernel().priority(visits.get(i).getIndex());
            }
        } else {
            markDirty(route);
        }
    }

    @Override
    public void afterListVariableChanged(Object entity, String variableName, int fromIndex, int toIndex) {
        CourierRoute route = (CourierRoute) entity;
        if (route.isBucket()) {
            List<Visit> visits = route.getVisits();
            for (int i = fromIndex; i < toIndex; i++) {
                medium -= data.kernel().priority(visits.get(i).getIndex());
            }
        } else {
            markDirty(route);
        }
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        if (entity instanceof Visit) {
            markDirty(((Visit) entity).getRoute());
        }
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        if (entity instanceof Visit) {
            markDirty(((Visit) entity).getRoute());
        }
    }

    @Override
    public void beforeEntityAdded(Object entity) {
        // The set of routes and visits is fixed for a solve.
    }

    @Override
    public void afterEntityAdded(Object entity) {
        // The set of routes and visits is fixed for a solve.
    }

    @Override
    public void beforeEntityRemoved(Object entity) {
        // The set of routes and visits is fixed for a solve.
    }

    @Override
    public void afterEntityRemoved(Object entity) {
        // The set of routes and visits is fixed for a solve.
    }

    @Override
    public HardMediumSoftLongScore calculateScore() {
        for (int k = 0; k < dirtyCount; k++) {
            int c = dirtyStack[k];
            dirty[c] = false;
            hard -= routeHard[c];
            soft -= routeSoft[c];
            capacity -= routeCapacity[c];
            recompute(c);
            hard += routeHard[c];
            soft += routeSoft[c];
            capacity += routeCapacity[c];
        }
        dirtyCount = 0;
        return HardMediumSoftLongScore.of(hard, medium, soft);
    }

    private void recompute(int c) {
        List<Visit> visits = routes.get(c).getVisits();
        RouteWalk w = walk.start(c);
        for (int i = 0, size = visits.size(); i < size; i++) {
            w.visit(visits.get(i).getIndex());
        }
        w.finish();
        routeHard[c] = -w.hardPenalty();
        routeSoft[c] = -w.softCost();
        routeCapacity[c] = capacityExcess(data.kernel(), c, w);
    }

    /**
     * Capacity excess units of the route after {@code walk.finish()}: the final load over the
     * courier's capacity, within its hard penalty (0 when the walk charged none, a courier with no
     * stops and no drive to the hub).
     */
    static long capacityExcess(RouteKernel kernel, int c, RouteWalk walk) {
        long hardPenalty = walk.hardPenalty();
        return hardPenalty <= 0 ? 0 : Math.min(hardPenalty, Math.max(0, walk.load() - kernel.courierCapacity(c)));
    }

    /**
     * Capacity excess units summed over the routes, as of the last {@link #calculateScore()}
     * (a part of minus its hard score).
     *
     * @return the capacity excess units
     */
    protected long capacityExcess() {
        return capacity;
    }
}
