package dev.outpost.routing.internal.solver;

import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.Visit;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.calculator.IncrementalScoreCalculator;

/**
 * The production scorer. Each courier's route contributes a hard and a soft part; a route whose
 * list or arrivals changed is marked dirty and recomputed once, in O(route length), when the score
 * is asked for. The unassigned bucket's medium part is kept exactly from the changed ranges.
 *
 * <p>Hard (all summed): lateness seconds past each window end; capacity excess units (load on
 * board plus sizes over capacity); seconds past shift end (hub arrival, or last departure when
 * the courier does not end at the hub); seconds past the hub cut-off; {@link RoutingData#SKILL_PENALTY}
 * per pickup whose skills the courier lacks; {@link RoutingData#UNREACHABLE_PENALTY} per
 * unreachable leg. Medium: minus the priority sum of unassigned pickups. Soft: minus the weighted
 * objective of {@link dev.outpost.routing.RoutingOptions}. A courier with no stops and nothing on
 * board contributes nothing; one with load on board but no stops still drives to the hub.
 */
public class RoutingIncrementalScoreCalculator
        implements IncrementalScoreCalculator<RoutingSolution, HardMediumSoftLongScore> {

    private RoutingData data;
    private List<CourierRoute> routes;
    private long[] routeHard;
    private long[] routeSoft;
    private boolean[] dirty;
    private int[] dirtyStack;
    private int dirtyCount;
    private long hard;
    private long medium;
    private long soft;

    @Override
    public void resetWorkingSolution(RoutingSolution solution) {
        data = solution.getData();
        routes = solution.getRoutes();
        int n = data.courierCount;
        routeHard = new long[n];
        routeSoft = new long[n];
        dirty = new boolean[n];
        dirtyStack = new int[n];
        dirtyCount = 0;
        hard = 0;
        soft = 0;
        medium = 0;
        for (int c = 0; c < n; c++) {
            recompute(c);
            hard += routeHard[c];
            soft += routeSoft[c];
        }
        for (Visit visit : solution.bucket().getVisits()) {
            medium -= data.priority[visit.getIndex()];
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
                medium += data.priority[visits.get(i).getIndex()];
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
                medium -= data.priority[visits.get(i).getIndex()];
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
            recompute(c);
            hard += routeHard[c];
            soft += routeSoft[c];
        }
        dirtyCount = 0;
        return HardMediumSoftLongScore.of(hard, medium, soft);
    }

    private void recompute(int c) {
        RoutingData d = data;
        List<Visit> visits = routes.get(c).getVisits();
        int size = visits.size();
        int load = d.courierLoad[c];
        if (size == 0 && (load == 0 || !d.courierEndAtHub[c])) {
            routeHard[c] = 0;
            routeSoft[c] = 0;
            return;
        }
        long skills = d.courierSkills[c];
        int previousPoint = d.courierStart[c];
        int previousDeparture = d.courierAvailable[c];
        long penalty = 0;
        long travelSeconds = 0;
        long metres = 0;
        long response = 0;
        for (int i = 0; i < size; i++) {
            Visit visit = visits.get(i);
            int p = visit.getIndex();
            int point = visit.getPoint();
            int flat = previousPoint * d.pointCount + point;
            int legSeconds = d.seconds[flat];
            if (legSeconds < 0) {
                penalty += RoutingData.UNREACHABLE_PENALTY;
            } else {
                travelSeconds += legSeconds;
                metres += d.metres[flat];
            }
            int start = Math.max(visit.arrivalSecond(), d.windowStart[p]);
            if (start > d.windowEnd[p]) {
                penalty += start - d.windowEnd[p];
            }
            if (start > d.release[p]) {
                response += (long) d.priority[p] * (start - d.release[p]);
            }
            if ((d.requiredSkills[p] & ~skills) != 0) {
                penalty += RoutingData.SKILL_PENALTY;
            }
            load += d.size[p];
            previousDeparture = start + d.service[p];
            previousPoint = point;
        }
        int end = previousDeparture;
        if (d.courierEndAtHub[c]) {
            int flat = previousPoint * d.pointCount + d.hub;
            int legSeconds = d.seconds[flat];
            if (legSeconds < 0) {
                penalty += RoutingData.UNREACHABLE_PENALTY;
            } else {
                travelSeconds += legSeconds;
                metres += d.metres[flat];
                end += legSeconds;
            }
            if (end > d.cutoff) {
                penalty += end - d.cutoff;
            }
        }
        if (end > d.courierShiftEnd[c]) {
            penalty += end - d.courierShiftEnd[c];
        }
        if (load > d.courierCapacity[c]) {
            penalty += load - d.courierCapacity[c];
        }
        routeHard[c] = -penalty;
        routeSoft[c] = -(d.responseWeight * response + d.travelSecondWeight * travelSeconds + d.metreWeight * metres
                + (size > 0 ? d.vehicleFixedCost : 0));
    }
}
