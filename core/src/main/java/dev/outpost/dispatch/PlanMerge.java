package dev.outpost.dispatch;

import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.Stop;
import dev.outpost.routing.UnassignedReason;
import dev.outpost.routing.route.RouteWalk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adoption of a re-optimised plan by the {@link DispatchState}: the round's routes merged with the
 * events that came in meanwhile, checked against every promise and hard rule, and adopted only
 * when strictly better than the current plan.
 */
final class PlanMerge {

    private final DispatchState state;

    PlanMerge(DispatchState state) {
        this.state = state;
    }

    /**
     * Takes a re-optimised plan computed on {@code snapshot}. When events came in meanwhile it is
     * merged: its routes keep only the requests still open and not fixed, for couriers still active,
     * and every open request it lacks (new ones, ones of a courier that dropped out) is inserted by
     * cheapest insertion; the merged routes must be feasible for the couriers' current state.
     * Adopted, and returned, only when it keeps every assigned request assigned, breaks no hard rule,
     * passes the checker, and is strictly better (lower unserved priority, or equal and a lower
     * soft cost) than the current plan; otherwise empty and nothing changes.
     */
    Optional<DispatchPlan> accept(DispatchState.Snapshot snapshot, RoutePlan result) {
        Map<String, List<String>> byCourier = new HashMap<>();
        for (CourierRoutePlan route : result.routes()) {
            List<String> ids = new ArrayList<>();
            for (Stop stop : route.stops()) {
                ids.add(stop.pickupId());
            }
            byCourier.put(route.courierId(), ids);
        }
        List<List<Integer>> candidate = new ArrayList<>(state.active.size());
        Set<String> placed = new HashSet<>();
        for (LiveCourier s : state.active) {
            List<String> ids = byCourier.get(s.base.id());
            List<Integer> seq = new ArrayList<>();
            for (String id : ids == null ? s.route : ids) {
                if (state.plannable.contains(id) && placed.add(id)) {
                    seq.add(state.kernelIndex.get(id));
                }
            }
            candidate.add(seq);
        }
        List<Integer> missing = new ArrayList<>();
        for (String id : state.plannable) {
            if (!placed.contains(id)) {
                missing.add(state.kernelIndex.get(id));
            }
        }
        if (!missing.isEmpty() && brokenPromise(state.kernel.insertAll(candidate, missing))) {
            // The result traded an assigned request for pooled ones (the solver may, to serve more
            // priority): keep the promise first. Take the pooled ones out, re-insert the dropped
            // assigned ones, then the pooled ones where they still fit.
            List<Integer> pooled = new ArrayList<>();
            for (List<Integer> seq : candidate) {
                seq.removeIf(p -> {
                    boolean wasPooled = state.pool.contains(state.kernelPickups.get(p).id());
                    if (wasPooled) {
                        pooled.add(p);
                    }
                    return wasPooled;
                });
            }
            Set<Integer> inRoutes = new HashSet<>();
            candidate.forEach(inRoutes::addAll);
            List<Integer> promised = new ArrayList<>();
            for (String id : state.plannable) {
                int p = state.kernelIndex.get(id);
                if (!inRoutes.contains(p) && !state.pool.contains(id)) {
                    promised.add(p);
                }
            }
            if (!state.kernel.insertAll(candidate, promised).isEmpty()) {
                return Optional.empty();
            }
            pooled.sort(null);
            state.kernel.insertAll(candidate, pooled);
        }
        for (int c = 0; c < state.active.size(); c++) {
            for (int p : candidate.get(c)) {
                LiveRequest r = state.requests.get(state.kernelPickups.get(p).id());
                if (r.pinned && !state.active.get(c).base.id().equals(r.courier)) {
                    // A dispatcher's override pinned it to its courier: re-optimisation never moves it.
                    return Optional.empty();
                }
            }
        }
        RouteWalk walk = state.kernel.walker();
        long soft = 0;
        Set<String> served = new HashSet<>();
        for (int c = 0; c < state.active.size(); c++) {
            walk.start(c);
            for (int p : candidate.get(c)) {
                walk.visit(p);
                served.add(state.kernelPickups.get(p).id());
            }
            walk.finish();
            if (walk.hardPenalty() != 0) {
                return Optional.empty();
            }
            soft += walk.softCost();
        }
        long unservedPriority = 0;
        for (String id : state.plannable) {
            LiveRequest r = state.requests.get(id);
            if (!served.contains(id)) {
                if (r.status == LiveRequest.State.ASSIGNED) {
                    return Optional.empty();
                }
                unservedPriority += r.pickup.priority();
            }
        }
        long currentSoft = 0;
        long currentUnserved = 0;
        for (int c = 0; c < state.active.size(); c++) {
            LiveCourier s = state.active.get(c);
            walk.start(c);
            int[] seq = state.sequence(s);
            for (int i = 0; i < s.route.size(); i++) {
                walk.visit(seq[i]);
            }
            walk.finish();
            currentSoft += walk.softCost();
        }
        for (String id : state.pool) {
            currentUnserved += state.requests.get(id).pickup.priority();
        }
        if (unservedPriority > currentUnserved || (unservedPriority == currentUnserved && soft >= currentSoft)) {
            return Optional.empty();
        }
        List<List<String>> routes = new ArrayList<>(state.active.size());
        for (List<Integer> seq : candidate) {
            List<String> ids = new ArrayList<>(seq.size());
            seq.forEach(p -> ids.add(state.kernelPickups.get(p).id()));
            routes.add(ids);
        }
        long before = state.version;
        state.version++;
        DispatchPlan plan = state.plan(routes, DispatchPlan.Origin.REOPTIMISED);
        if (!plan.check().valid()) {
            state.version = before;
            return Optional.empty();
        }
        for (int c = 0; c < state.active.size(); c++) {
            LiveCourier s = state.active.get(c);
            s.route.clear();
            s.route.addAll(routes.get(c));
            for (String id : s.route) {
                LiveRequest r = state.requests.get(id);
                r.status = LiveRequest.State.ASSIGNED;
                r.courier = s.base.id();
                r.reason = null;
                state.pool.remove(id);
            }
            state.refresh(s);
        }
        for (UnassignedReasonEntry u : unassignedOf(plan)) {
            state.requests.get(u.id).reason = u.reason;
        }
        // When stale, the merge re-applied every event up to now: the plan is current, not stale.
        return Optional.of(plan);
    }

    /** Whether one of these kernel pickups (left over by an insertion) is an assigned request. */
    private boolean brokenPromise(List<Integer> left) {
        for (int p : left) {
            if (state.requests.get(state.kernelPickups.get(p).id()).status == LiveRequest.State.ASSIGNED) {
                return true;
            }
        }
        return false;
    }

    private record UnassignedReasonEntry(String id, UnassignedReason reason) {
    }

    private static List<UnassignedReasonEntry> unassignedOf(DispatchPlan plan) {
        List<UnassignedReasonEntry> out = new ArrayList<>();
        plan.plan().unassigned().forEach(u -> out.add(new UnassignedReasonEntry(u.pickupId(), u.reason())));
        return out;
    }
}
