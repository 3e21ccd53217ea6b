package dev.outpost.dispatch;

import dev.outpost.check.PlanChecker;
import dev.outpost.dispatch.Decision.Alternative;
import dev.outpost.dispatch.Decision.RefusalReason;
import dev.outpost.dispatch.DispatchEvent.CourierBreak;
import dev.outpost.dispatch.DispatchEvent.CourierOffDuty;
import dev.outpost.dispatch.DispatchEvent.CourierOnDuty;
import dev.outpost.dispatch.DispatchEvent.CourierUnloaded;
import dev.outpost.dispatch.DispatchEvent.PickupAssigned;
import dev.outpost.dispatch.DispatchEvent.ArrivedAtStop;
import dev.outpost.dispatch.DispatchEvent.ClockAdvanced;
import dev.outpost.dispatch.DispatchEvent.CourierAdded;
import dev.outpost.dispatch.DispatchEvent.CourierMoved;
import dev.outpost.dispatch.DispatchEvent.CourierUnavailable;
import dev.outpost.dispatch.DispatchEvent.PickupCancelled;
import dev.outpost.dispatch.DispatchEvent.PickupDone;
import dev.outpost.dispatch.DispatchEvent.PickupRequested;
import dev.outpost.model.Location;
import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.RoutingSolver;
import dev.outpost.routing.UnassignedReasons;
import dev.outpost.routing.route.LegSeconds;
import dev.outpost.routing.route.RouteClock;
import dev.outpost.routing.route.RouteKernel;
import dev.outpost.routing.route.RouteSlack;
import dev.outpost.routing.route.RouteWalk;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The dispatcher's state and its rules; single-threaded (the {@link Dispatcher} serialises access).
 *
 * <p>Per courier: its fixed past as courier state (free point, free second, load on board, and the
 * pickup it drives to or stands at), its planned stops (pickup ids) and a {@link RouteSlack} kept
 * up to date incrementally: an event refreshes only the routes it changes, so a request costs one
 * amortised O(1) kernel append (no travel-table work, no copy of the pickup arrays unless they are
 * full), one O(1)-per-position scan and one O(route) refresh.
 *
 * <p>This class holds the state and the rules every event shares: the clock (expiries, couriers'
 * availability lifted to it), placement by cheapest insertion, and a courier's kernel data and
 * slack after a change. The rest is in its parts, each over this state: {@link PickupEvents}
 * (request, cancellation, override), {@link CourierEvents} (a courier's reports and duty),
 * {@link InsertionRanking} (each courier's cheapest insertion, ranked), {@link StateLocations}
 * (the travel table and new locations), {@link StateReads} (statuses and ETAs) and
 * {@link PlanMerge} (adopting a re-optimised plan).
 */
final class DispatchState {

    /** What the background re-optimisation works on: copies, so any thread may read them. */
    record Snapshot(long version, List<Courier> couriers, List<Pickup> pickups, List<List<String>> routes,
            TravelTimes travel, TravelTables tables) {

        /**
         * The routing problem of this snapshot (time-dependent when {@code tables} is set; then
         * {@code travel} may be null and is made from the tables here, off the writer thread).
         */
        RoutingProblem problem(int hub, int cutoff) {
            return new RoutingProblem(couriers, pickups, hub, cutoff, travel != null ? travel : tables.freeFlow(0), tables);
        }
    }

    /** The travel table and the locations in it. */
    final StateLocations locations;
    /** The ranking of a pickup's insertions over the couriers. */
    final InsertionRanking ranking;
    private final PickupEvents pickupEvents;
    private final CourierEvents courierEvents;
    final StateReads reads;
    private final PlanMerge merge;

    final int hub;
    final int cutoff;
    final RoutingOptions options;
    RouteKernel kernel;
    int now;
    long version;
    final List<LiveCourier> active = new ArrayList<>();
    final Map<String, LiveCourier> couriers = new HashMap<>();
    final List<Courier> kernelCouriers = new ArrayList<>();
    RouteSlack[] slacks = new RouteSlack[0];
    final Map<String, LiveRequest> requests = new HashMap<>();
    /** Open, not fixed requests, in request order (the routing problem's pickups). */
    final LinkedHashSet<String> plannable = new LinkedHashSet<>();
    /** Unserved requests still open, in request order. */
    final LinkedHashSet<String> pool = new LinkedHashSet<>();
    final List<Pickup> kernelPickups = new ArrayList<>();
    final Map<String, Integer> kernelIndex = new HashMap<>();
    private int[] sequenceBuffer = new int[64];
    /** Open requests by window end (lazily cleaned): the clock expires them in order. */
    final PriorityQueue<Expiry> expiries = new PriorityQueue<>();

    /** A request's window end, for {@link #expiries}. */
    record Expiry(int windowEnd, String pickupId) implements Comparable<Expiry> {
        @Override
        public int compareTo(Expiry o) {
            int c = Integer.compare(windowEnd, o.windowEnd);
            return c != 0 ? c : pickupId.compareTo(o.pickupId);
        }
    }

    DispatchState(Fleet fleet, RoutingOptions options, int startSecond) {
        this(fleet, options, startSecond, DispatcherOptions.DEFAULT_MAX_SNAP_METRES, DispatcherOptions.DEFAULT_ALTERNATIVES, false);
    }

    /**
     * As the three-argument constructor, locations farther than {@code maxSnapMetres} from the road
     * network refused, at most {@code alternatives} ranked alternatives per answer, and with
     * {@code laterStops} an answer's insertion cost counting the later stops' delay
     * ({@link DispatcherOptions#laterStops()}).
     */
    DispatchState(Fleet fleet, RoutingOptions options, int startSecond, double maxSnapMetres, int alternatives,
            boolean laterStops) {
        this.locations = new StateLocations(this, fleet, maxSnapMetres);
        this.ranking = new InsertionRanking(this, alternatives, laterStops);
        this.pickupEvents = new PickupEvents(this);
        this.courierEvents = new CourierEvents(this);
        this.reads = new StateReads(this);
        this.merge = new PlanMerge(this);
        this.hub = fleet.hubPoint();
        this.cutoff = fleet.cutoffSecond();
        this.options = options;
        this.now = startSecond;
        RoutingProblem empty = new RoutingProblem(List.of(), List.of(), hub, cutoff, locations.travel(), locations.tables);
        this.kernel = RouteKernel.of(empty, options);
        for (Courier c : fleet.couriers()) {
            addCourier(c);
        }
        rebuildKernel();
    }

    long version() {
        return version;
    }

    int now() {
        return now;
    }

    /**
     * Applies one event; returns the decisions it caused: the event's own first (a request's
     * answer at index 0), then the consequences of the clock moving to its time. An event refused
     * by the rules returns one {@link Decision.Refused} and changes nothing; a malformed one
     * (unknown id, a point outside the table) throws {@link IllegalArgumentException} and changes
     * nothing either.
     */
    List<Decision> apply(DispatchEvent event) {
        int t = event.second();
        if (t > RoutingProblem.LATEST_SECOND) {
            return refuse(event, RefusalReason.BEYOND_LIMIT, "The " + EventNames.describe(event) + " second (" + t
                    + ") is beyond the model's limit RoutingProblem.LATEST_SECOND (" + RoutingProblem.LATEST_SECOND
                    + " s, day " + (RoutingProblem.LATEST_SECOND / DispatchEvent.DAY_SECONDS + 1) + ").");
        }
        if (event instanceof PickupRequested e) {
            return pickupEvents.request(e);
        } else if (event instanceof PickupCancelled e) {
            return pickupEvents.cancel(e);
        } else if (event instanceof CourierMoved e) {
            return courierEvents.moved(e);
        } else if (event instanceof ArrivedAtStop e) {
            return courierEvents.arrived(e);
        } else if (event instanceof PickupDone e) {
            return courierEvents.done(e);
        } else if (event instanceof CourierUnloaded e) {
            return courierEvents.unloaded(e);
        } else if (event instanceof CourierBreak e) {
            return courierEvents.takeBreak(e);
        } else if (event instanceof CourierOffDuty e) {
            return courierEvents.leave(e, e.courierId(), CourierStatus.Duty.OFF_DUTY);
        } else if (event instanceof CourierUnavailable e) {
            return courierEvents.leave(e, e.courierId(), CourierStatus.Duty.UNAVAILABLE);
        } else if (event instanceof CourierOnDuty e) {
            return courierEvents.onDuty(e);
        } else if (event instanceof CourierAdded e) {
            return courierEvents.courierAdded(e);
        } else if (event instanceof PickupAssigned e) {
            return pickupEvents.override(e);
        } else if (event instanceof ClockAdvanced e) {
            return clock(e);
        }
        throw new IllegalArgumentException("The event (" + event + ") is not a known dispatch event.");
    }

    List<Decision> refuse(DispatchEvent event, RefusalReason reason, String message) {
        return List.of(new Decision.Refused(event, reason, message, version));
    }

    // ---- Clock ------------------------------------------------------------------------------

    private List<Decision> clock(ClockAdvanced e) {
        if (e.second() < now) {
            return refuse(e, RefusalReason.STALE, "The clock (" + e.second() + ") is before the dispatcher's clock (" + now
                    + "); the clock never goes back.");
        }
        List<Decision> out = advance(e.second());
        version++;
        return out;
    }

    /**
     * Moves the clock to {@code t} when later: every open request whose window has ended is
     * closed with one {@link Decision.Expired}; then every courier's availability is lifted to
     * the clock at once, and the planned stops of couriers that can no longer make them are
     * re-placed (each request answered once). Returns those decisions.
     */
    List<Decision> advance(int t) {
        List<Decision> out = new ArrayList<>();
        if (t <= now) {
            return out;
        }
        now = t;
        Set<LiveCourier> touched = new LinkedHashSet<>();
        while (!expiries.isEmpty() && expiries.peek().windowEnd() < now) {
            LiveRequest r = requests.get(expiries.poll().pickupId());
            if (!r.open() || (r.courier != null && r.pickup.id().equals(couriers.get(r.courier).fixed))) {
                continue;
            }
            if (r.courier != null) {
                LiveCourier s = couriers.get(r.courier);
                s.route.remove(r.pickup.id());
                touched.add(s);
            }
            out.add(expire(r));
        }
        for (int c = 0; c < active.size(); c++) {
            LiveCourier s = active.get(c);
            Courier k = kernelCourier(s);
            if (!k.equals(kernelCouriers.get(c))) {
                // O(couriers) copies per lifted courier; the other couriers' slacks stay valid.
                kernelCouriers.set(c, k);
                kernel = kernel.withCourier(c, k);
                touched.add(s);
            }
        }
        touched.forEach(this::refresh);
        List<String> again = new ArrayList<>();
        for (int c = 0; c < active.size(); c++) {
            LiveCourier s = active.get(c);
            again.addAll(dropUnmakeable(s, c));
        }
        again.sort((a, b) -> Integer.compare(kernelIndex.get(a), kernelIndex.get(b)));
        for (String id : again) {
            out.add(place(requests.get(id), false));
        }
        return out;
    }

    private Decision expire(LiveRequest r) {
        close(r, LiveRequest.State.EXPIRED, now);
        r.courier = null;
        r.pinned = false;
        return new Decision.Expired(r.pickup.id(), r.pickup.windowEndSecond(), now, version + 1);
    }

    // ---- Rules ------------------------------------------------------------------------------

    /**
     * Places an open request by cheapest insertion, or puts it in the pool with its reason; a
     * request whose window has ended before the clock is expired instead. {@code withAlternatives}:
     * list the ranked alternatives (a request's answer), else only the chosen one.
     */
    Decision place(LiveRequest r, boolean withAlternatives) {
        if (r.pickup.windowEndSecond() < now) {
            return expire(r);
        }
        int p = kernelIndex.get(r.pickup.id());
        List<InsertionRanking.Insertion> ranked = ranking.ranked(p);
        if (ranked.isEmpty()) {
            r.status = LiveRequest.State.UNSERVED;
            r.courier = null;
            r.pinned = false;
            r.reason = UnassignedReasons.reason(kernel, slacks, p);
            pool.add(r.pickup.id());
            return new Decision.Unserved(r.pickup.id(), r.reason, version);
        }
        List<Alternative> alternatives = ranking.alternatives(withAlternatives ? ranked : ranked.subList(0, 1), p);
        InsertionRanking.Insertion best = ranked.get(0);
        // Timed before the insertion, from the slack (the same arrival as a walk of the new route up to it).
        int arrival = kernel.insertedArrival(slacks[best.courier()], p, best.position());
        LiveCourier s = active.get(best.courier());
        s.route.add(best.position(), r.pickup.id());
        if (r.pinned && !s.base.id().equals(r.courier)) {
            // Its pinned courier could no longer make it: placed again, the pin ends.
            r.pinned = false;
        }
        r.status = LiveRequest.State.ASSIGNED;
        r.courier = s.base.id();
        r.reason = null;
        pool.remove(r.pickup.id());
        refresh(s);
        return assigned(r, s, best.position(), arrival, kernel.serviceStart(arrival, p), best.cost(), alternatives);
    }

    /** The answer for request r planned on s at position (already in its route). */
    Decision.Assigned assigned(LiveRequest r, LiveCourier s, int position, long cost, List<Alternative> alternatives) {
        RouteWalk walk = kernel.walker().start(active.indexOf(s));
        for (int i = 0; i <= position; i++) {
            walk.visit(kernelIndex.get(s.route.get(i)));
        }
        return assigned(r, s, position, walk.arrival(), walk.serviceStart(), cost, alternatives);
    }

    /** The answer for request r planned on s at position with its arrival and service start. */
    Decision.Assigned assigned(LiveRequest r, LiveCourier s, int position, int arrival, int start, long cost,
            List<Alternative> alternatives) {
        return new Decision.Assigned(r.pickup.id(), s.base.id(), position, arrival, start, cost, late(r, start), alternatives,
                version);
    }

    static int late(LiveRequest r, int start) {
        return r.responseTarget == 0 ? 0 : Math.max(0, start - r.pickup.releaseSecond() - r.responseTarget);
    }

    /** Makes {@code pickupId} the courier's fixed stop (it must be that stop already, or one of its planned stops). */
    void fix(LiveCourier s, String pickupId) {
        if (pickupId.equals(s.fixed)) {
            return;
        }
        requireFixable(s, pickupId);
        s.route.remove(pickupId);
        plannable.remove(pickupId);
        s.fixed = pickupId;
    }

    /** Rejects {@code pickupId} unless it is the courier's fixed stop or one of its planned stops. */
    void requireFixable(LiveCourier s, String pickupId) {
        if (pickupId.equals(s.fixed)) {
            return;
        }
        LiveRequest r = requests.get(pickupId);
        if (r == null || r.status != LiveRequest.State.ASSIGNED || !s.base.id().equals(r.courier)) {
            throw new IllegalArgumentException("The pickup (" + pickupId + ") is not planned for courier (" + s.base.id()
                    + ") (status " + (r == null ? "unknown" : r.status + (r.courier == null ? "" : " with " + r.courier))
                    + "); report only stops of the courier's own plan.");
        }
        if (s.fixed != null) {
            throw new IllegalArgumentException("The courier (" + s.base.id() + ") is already at or driving to pickup ("
                    + s.fixed + "); report PickupDone or a cancellation for it before pickup (" + pickupId + ").");
        }
    }

    /**
     * After a change of a courier's state: refresh its kernel courier and slack; if its planned
     * stops are no longer feasible (it is late), take them out and place them again, in order.
     */
    List<Decision> updateCourier(LiveCourier s) {
        int c = active.indexOf(s);
        Courier k = kernelCourier(s);
        if (!k.equals(kernelCouriers.get(c))) {
            // O(couriers) copies only when the courier's kernel data changed (not for a cancelled planned stop).
            kernelCouriers.set(c, k);
            kernel = kernel.withCourier(c, k);
        }
        refresh(s);
        List<String> again = dropUnmakeable(s, c);
        List<Decision> out = new ArrayList<>(again.size());
        for (String id : again) {
            out.add(place(requests.get(id), false));
        }
        return out;
    }

    /**
     * When courier c's planned stops are no longer feasible (it is late, its availability was
     * lifted to the clock): keeps, in order, each stop that still fits after the ones kept (the whole
     * route checked, hub and shift included), takes the others off and returns them, to be placed
     * again. O(route^2) walk steps, only for an infeasible route; a feasible route is left as it is.
     */
    private List<String> dropUnmakeable(LiveCourier s, int c) {
        if (s.route.isEmpty() || kernel.feasible(c, sequence(s), s.route.size(), kernel.walker())) {
            return List.of();
        }
        int[] all = sequence(s).clone();
        int n = s.route.size();
        int[] keep = new int[n];
        int kept = 0;
        List<String> keptIds = new ArrayList<>(n);
        List<String> dropped = new ArrayList<>();
        RouteWalk walk = kernel.walker();
        for (int i = 0; i < n; i++) {
            keep[kept] = all[i];
            if (kernel.feasible(c, keep, kept + 1, walk)) {
                kept++;
                keptIds.add(s.route.get(i));
            } else {
                dropped.add(s.route.get(i));
            }
        }
        s.route.clear();
        s.route.addAll(keptIds);
        refresh(s);
        return dropped;
    }

    /** Offers every pooled request again, in request order; returns the assignments (and expiries) it made. */
    List<Decision> offerPool() {
        List<Decision> out = new ArrayList<>();
        for (String id : new ArrayList<>(pool)) {
            Decision d = place(requests.get(id), false);
            if (!(d instanceof Decision.Unserved)) {
                out.add(d);
            }
        }
        return out;
    }

    /** The courier as the routing kernel sees it: its fixed past folded into start point, available second and load. */
    private Courier kernelCourier(LiveCourier s) {
        RouteClock clock = new RouteClock(legs(s.base)).start(s.freePoint, s.freeSecond, s.load);
        if (s.fixed != null) {
            Pickup q = requests.get(s.fixed).pickup;
            clock.visit(q.point(), q.windowStartSecond(), q.serviceSeconds(), q.size());
        }
        // Never before the clock (no promise earlier than the event that asked), nor before its break ends.
        long free = Math.max(Math.max(clock.time() + s.pendingBreak, s.breakEnd), now);
        int available = (int) Math.min(free, RoutingProblem.LATEST_SECOND);
        return s.base.toBuilder().startPoint(clock.point()).available(available)
                .shiftEnd(Math.max(s.base.shiftEndSecond(), available)).loadOnBoard(clock.load()).build();
    }

    /** Courier c's legs: its profile from the departure (within the routing day), or the static table. */
    LegSeconds legs(Courier c) {
        TravelTimes t = locations.travel;
        if (locations.tables == null) {
            return (a, b, second) -> t.seconds(a, b);
        }
        int profile = profileIndex(c);
        return (a, b, second) -> locations.tables.legSeconds(profile, a, b, (int) Math.min(second, RoutingProblem.LATEST_SECOND));
    }

    /** The courier's profile in the time-of-day tables (0 when unset). */
    private int profileIndex(Courier c) {
        return c.profile() == null ? 0 : locations.tables.profileIndex(c.profile());
    }

    LiveCourier addCourier(Courier c) {
        requireLoadFits(c);
        LiveCourier s = new LiveCourier(c);
        couriers.put(c.id(), s);
        active.add(s);
        return s;
    }

    /** Rebuilds the kernel's courier list (after a courier joins or leaves; O(couriers)). */
    void rebuildKernel() {
        kernelCouriers.clear();
        slacks = new RouteSlack[active.size()];
        for (int c = 0; c < active.size(); c++) {
            kernelCouriers.add(kernelCourier(active.get(c)));
            slacks[c] = active.get(c).slack;
        }
        kernel = kernel.derive(kernelCouriers, kernelPickups);
        // Courier indices may have shifted: every slack is refilled.
        for (LiveCourier s : active) {
            refresh(s);
        }
    }

    /** Drops closed requests from the kernel's pickup list when they are more than half of it; whether it did. */
    boolean compactIfSparse() {
        int open = 0;
        for (LiveCourier s : active) {
            open += s.fixed == null ? 0 : 1;
        }
        open += plannable.size();
        if (kernelPickups.size() < 1024 || kernelPickups.size() < 2 * open) {
            return false;
        }
        List<Pickup> keep = new ArrayList<>();
        kernelIndex.clear();
        for (Pickup p : kernelPickups) {
            LiveRequest r = requests.get(p.id());
            if (r.status == LiveRequest.State.ASSIGNED || plannable.contains(p.id())) {
                kernelIndex.put(p.id(), keep.size());
                keep.add(p);
            }
        }
        kernelPickups.clear();
        kernelPickups.addAll(keep);
        return true;
    }

    void refresh(LiveCourier s) {
        int c = active.indexOf(s);
        kernel.slack(c, sequence(s), s.route.size(), s.slack);
    }

    int[] sequence(LiveCourier s) {
        if (sequenceBuffer.length < s.route.size()) {
            sequenceBuffer = new int[s.route.size() * 2];
        }
        for (int i = 0; i < s.route.size(); i++) {
            sequenceBuffer[i] = kernelIndex.get(s.route.get(i));
        }
        return sequenceBuffer;
    }

    static void requireLoadFits(Courier c) {
        if (c.loadOnBoard() > c.capacity()) {
            throw new IllegalArgumentException("The courier (" + c.id() + ") loadOnBoard (" + c.loadOnBoard()
                    + ") is above its capacity (" + c.capacity() + ").");
        }
    }

    void close(LiveRequest r, LiveRequest.State status, int second) {
        r.status = status;
        r.closedSecond = second;
        r.pinned = false;
        r.reason = null;
        plannable.remove(r.pickup.id());
        pool.remove(r.pickup.id());
    }

    LiveRequest known(String pickupId) {
        LiveRequest r = requests.get(pickupId);
        if (r == null) {
            throw new IllegalArgumentException("The pickup (" + pickupId + ") was never requested; name a requested pickup.");
        }
        return r;
    }

    LiveCourier courier(String id) {
        LiveCourier s = couriers.get(id);
        if (s == null) {
            throw new IllegalArgumentException("The courier (" + id + ") is not in the fleet; add it with CourierAdded first.");
        }
        return s;
    }

    // ---- Plans ------------------------------------------------------------------------------

    /** The routes (pickup ids per active courier, in courier order). */
    private List<List<String>> routes() {
        List<List<String>> routes = new ArrayList<>(active.size());
        for (LiveCourier s : active) {
            routes.add(List.copyOf(s.route));
        }
        return routes;
    }

    private List<Pickup> plannablePickups() {
        List<Pickup> pickups = new ArrayList<>(plannable.size());
        for (Pickup p : kernelPickups) {
            if (plannable.contains(p.id())) {
                pickups.add(p);
            }
        }
        return pickups;
    }

    /** A copy of what re-optimisation needs. */
    Snapshot snapshot() {
        locations.pinned = locations.referenced(null);
        return new Snapshot(version, List.copyOf(kernelCouriers), plannablePickups(), routes(), locations.tables == null ? locations.travel : null,
                locations.tables);
    }

    /** The current plan, checked. */
    DispatchPlan plan() {
        return plan(routes(), DispatchPlan.Origin.INSERTION);
    }

    DispatchPlan plan(List<List<String>> routes, DispatchPlan.Origin origin) {
        RoutingProblem problem = new RoutingProblem(kernelCouriers, plannablePickups(), hub, cutoff, locations.travel(), locations.tables);
        RoutePlan plan = RoutingSolver.evaluate(problem, options, routes);
        Map<String, String> fixed = new LinkedHashMap<>();
        for (LiveCourier s : active) {
            if (s.fixed != null) {
                fixed.put(s.base.id(), s.fixed);
            }
        }
        return new DispatchPlan(version, origin, problem, plan, fixed, PlanChecker.check(problem, options, plan));
    }

    // ---- Delegated: locations, reads, adoption ----------------------------------------------

    /** See {@link StateLocations#batchesLocations()}. */
    boolean batchesLocations() {
        return locations.batchesLocations();
    }

    /** Whether the travel table has a point at {@code location} (an event there needs no model call). */
    boolean hasLocation(Location location) {
        return locations.hasLocation(location);
    }

    /** See {@link StateLocations#prepareLocations(Collection)}. */
    void prepareLocations(Collection<Location> locations) {
        this.locations.prepareLocations(locations);
    }

    /** The status of a request now (an assignment with its current ETA), or null when unknown. */
    Decision status(String pickupId) {
        return reads.status(pickupId);
    }

    /** A courier's state now, with the current ETA to every stop. */
    CourierStatus courierStatus(String courierId) {
        return reads.courierStatus(courierId);
    }

    /** See {@link PlanMerge#accept(Snapshot, RoutePlan)}. */
    Optional<DispatchPlan> accept(Snapshot snapshot, RoutePlan result) {
        return merge.accept(snapshot, result);
    }

    /** Every request not closed (for shutdown reports and tests): id to status. */
    Map<String, LiveRequest.State> statuses() {
        Map<String, LiveRequest.State> out = new LinkedHashMap<>();
        requests.forEach((id, r) -> out.put(id, r.status));
        return out;
    }

    int hub() {
        return hub;
    }

    int cutoff() {
        return cutoff;
    }

    RoutingOptions options() {
        return options;
    }
}
