package dev.outpost.dispatch;

import dev.outpost.check.PlanChecker;
import dev.outpost.dispatch.Decision.Status;
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
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.RoutingSolver;
import dev.outpost.routing.Stop;
import dev.outpost.routing.UnassignedReason;
import dev.outpost.routing.UnassignedReasons;
import dev.outpost.routing.route.LegSeconds;
import dev.outpost.routing.route.RouteClock;
import dev.outpost.routing.route.RouteKernel;
import dev.outpost.routing.route.RouteSlack;
import dev.outpost.routing.route.RouteWalk;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dispatcher's state and its rules; single-threaded (the {@link Dispatcher} serialises access).
 *
 * <p>Per courier: its fixed past as courier state (free point, free second, load on board, and the
 * pickup it drives to or stands at), its planned stops (pickup ids) and a {@link RouteSlack} kept
 * up to date incrementally: an event refreshes only the routes it changes, so a request costs one
 * amortised O(1) kernel append (no travel-table work, no copy of the pickup arrays unless they are
 * full), one O(1)-per-position scan and one O(route) refresh.
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

    private final LiveTable table;
    /** Locations farther than this from the road network are refused (see {@link DispatcherOptions#maxSnapMetres()}). */
    private final double maxSnapMetres;
    /** The static table, or of a time-of-day fleet null until {@link #travel()} makes it (not on the request path). */
    private TravelTimes travel;
    /** The points the last snapshot references (re-optimisation may still read them): not reused until the next. */
    private BitSet pinned = new BitSet();
    /** The time-of-day tables over the points of {@code travel}, or null (static). */
    private TravelTables tables;
    private final int hub;
    private final int cutoff;
    private final RoutingOptions options;
    private RouteKernel kernel;
    private int now;
    private long version;

    private final List<LiveCourier> active = new ArrayList<>();
    private final Map<String, LiveCourier> couriers = new HashMap<>();
    private final List<Courier> kernelCouriers = new ArrayList<>();
    private RouteSlack[] slacks = new RouteSlack[0];

    private final Map<String, LiveRequest> requests = new HashMap<>();
    /** Open, not fixed requests, in request order (the routing problem's pickups). */
    private final LinkedHashSet<String> plannable = new LinkedHashSet<>();
    /** Unserved requests still open, in request order. */
    private final LinkedHashSet<String> pool = new LinkedHashSet<>();
    private final List<Pickup> kernelPickups = new ArrayList<>();
    private final Map<String, Integer> kernelIndex = new HashMap<>();
    private int[] sequenceBuffer = new int[64];

    DispatchState(Fleet fleet, RoutingOptions options, int startSecond) {
        this(fleet, options, startSecond, DispatcherOptions.DEFAULT_MAX_SNAP_METRES);
    }

    /** As the three-argument constructor, locations farther than {@code maxSnapMetres} from the road network refused. */
    DispatchState(Fleet fleet, RoutingOptions options, int startSecond, double maxSnapMetres) {
        this.maxSnapMetres = maxSnapMetres;
        this.table = new LiveTable(fleet);
        this.travel = table.table();
        this.tables = table.tables();
        this.hub = fleet.hubPoint();
        this.cutoff = fleet.cutoffSecond();
        this.options = options;
        this.now = startSecond;
        RoutingProblem empty = new RoutingProblem(List.of(), List.of(), hub, cutoff, travel(), tables);
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

    /** Applies one event; returns the decisions it caused. */
    List<Decision> apply(DispatchEvent event) {
        List<Decision> out;
        if (event instanceof PickupRequested e) {
            out = request(e);
        } else if (event instanceof PickupCancelled e) {
            out = cancel(e);
        } else if (event instanceof CourierMoved e) {
            out = moved(e);
        } else if (event instanceof ArrivedAtStop e) {
            out = arrived(e);
        } else if (event instanceof PickupDone e) {
            out = done(e);
        } else if (event instanceof CourierUnavailable e) {
            out = unavailable(e);
        } else if (event instanceof CourierAdded e) {
            out = courierAdded(e);
        } else if (event instanceof ClockAdvanced e) {
            out = clock(e);
        } else {
            throw new IllegalArgumentException("The event (" + event + ") is not a known dispatch event.");
        }
        return out;
    }

    // ---- Events -----------------------------------------------------------------------------

    private List<Decision> request(PickupRequested e) {
        Pickup p = e.pickup();
        if (requests.containsKey(p.id())) {
            throw new IllegalArgumentException("The pickup id (" + p.id() + ") was already requested; use a new id per request.");
        }
        if (e.location() != null) {
            p = p.toBuilder().point(pointAt("pickup (" + p.id() + ") location", e.location(), null)).build();
        } else {
            requirePoint("pickup (" + p.id() + ") point", p.point());
        }
        LiveRequest r = new LiveRequest(p, e.responseTargetSeconds());
        requests.put(p.id(), r);
        plannable.add(p.id());
        boolean compacted = compactIfSparse();
        kernelIndex.put(p.id(), kernelPickups.size());
        kernelPickups.add(p);
        // One appended pickup: amortised O(1) (in place, copy on grow); after a compaction, a full derivation.
        kernel = compacted ? kernel.derive(kernelCouriers, kernelPickups) : kernel.withPickup(p);
        version++;
        return List.of(place(r));
    }

    private List<Decision> cancel(PickupCancelled e) {
        LiveRequest r = open(e.pickupId());
        if (r.courier != null) {
            LiveCourier s = couriers.get(r.courier);
            if (e.pickupId().equals(s.fixed)) {
                // It was driving there: it is free where it is, now.
                s.fixed = null;
                s.freeSecond = Math.max(s.freeSecond, now);
            } else {
                s.route.remove(e.pickupId());
            }
            updateCourier(s);
        }
        close(r, Status.CANCELLED);
        version++;
        List<Decision> out = new ArrayList<>();
        out.add(Decision.closed(r.pickup.id(), Status.CANCELLED, version));
        out.addAll(offerPool());
        return out;
    }

    private List<Decision> moved(CourierMoved e) {
        LiveCourier s = activeCourier(e.courierId());
        if (e.drivingTo() != null) {
            requireFixable(s, e.drivingTo());
        }
        int point;
        if (e.location() != null) {
            // Its previous position's point is free again unless something else is there: reused, not grown.
            point = pointAt("courier (" + e.courierId() + ") location", e.location(), s);
        } else {
            requirePoint("courier (" + e.courierId() + ") point", e.point());
            point = e.point();
        }
        if (e.drivingTo() != null) {
            fix(s, e.drivingTo());
        }
        s.freePoint = point;
        s.freeSecond = e.second();
        List<Decision> out = updateCourier(s);
        version++;
        return out;
    }

    private List<Decision> arrived(ArrivedAtStop e) {
        LiveCourier s = activeCourier(e.courierId());
        fix(s, e.pickupId());
        s.freePoint = requests.get(e.pickupId()).pickup.point();
        s.freeSecond = e.second();
        List<Decision> out = updateCourier(s);
        version++;
        return out;
    }

    private List<Decision> done(PickupDone e) {
        LiveCourier s = activeCourier(e.courierId());
        fix(s, e.pickupId());
        LiveRequest r = requests.get(e.pickupId());
        s.fixed = null;
        s.freePoint = r.pickup.point();
        s.freeSecond = e.second();
        s.load += r.pickup.size();
        close(r, Status.SERVED);
        List<Decision> out = new ArrayList<>();
        out.addAll(updateCourier(s));
        version++;
        out.add(0, Decision.closed(r.pickup.id(), Status.SERVED, version));
        return out;
    }

    private List<Decision> unavailable(CourierUnavailable e) {
        LiveCourier s = activeCourier(e.courierId());
        List<String> back = new ArrayList<>();
        if (s.fixed != null) {
            back.add(s.fixed);
            plannable.add(s.fixed);
        }
        back.addAll(s.route);
        s.fixed = null;
        s.route.clear();
        s.active = false;
        active.remove(s);
        rebuildKernel();
        version++;
        List<Decision> out = new ArrayList<>();
        for (String id : back) {
            LiveRequest r = requests.get(id);
            r.courier = null;
            out.add(place(r));
        }
        return out;
    }

    private List<Decision> courierAdded(CourierAdded e) {
        Courier c = e.courier();
        if (couriers.containsKey(c.id())) {
            throw new IllegalArgumentException("The courier id (" + c.id() + ") is already in the fleet; use a new id.");
        }
        if (e.location() != null) {
            c = c.toBuilder().startPoint(pointAt("courier (" + c.id() + ") location", e.location(), null)).build();
        } else {
            requirePoint("courier (" + c.id() + ") startPoint", c.startPoint());
        }
        if (tables != null && c.profile() != null && tables.profileIndex(c.profile()) < 0) {
            throw new IllegalArgumentException("The courier (" + c.id() + ") profile ('" + c.profile()
                    + "') is not a profile of the fleet's travel tables " + tables.profileIds() + "; use one of them.");
        }
        addCourier(c);
        rebuildKernel();
        version++;
        return offerPool();
    }

    private List<Decision> clock(ClockAdvanced e) {
        if (e.second() < now) {
            throw new IllegalArgumentException("The clock (" + e.second() + ") is before the dispatcher's clock (" + now
                    + "); the clock never goes back.");
        }
        now = e.second();
        List<Decision> out = new ArrayList<>();
        for (LiveCourier s : new ArrayList<>(active)) {
            if (s.fixed == null && s.freeSecond < now) {
                s.freeSecond = now;
                out.addAll(updateCourier(s));
            }
        }
        for (String id : new ArrayList<>(pool)) {
            LiveRequest r = requests.get(id);
            if (r.pickup.windowEndSecond() < now) {
                // Its window has ended: no courier can start it any more.
                pool.remove(id);
                plannable.remove(id);
                r.reason = UnassignedReason.TIME_WINDOW;
                out.add(Decision.unserved(id, r.reason, version + 1));
            }
        }
        version++;
        return out;
    }

    // ---- Rules ------------------------------------------------------------------------------

    /** Places an open request by cheapest insertion, or puts it in the pool with its reason. */
    private Decision place(LiveRequest r) {
        int p = kernelIndex.get(r.pickup.id());
        Scan scan = scan(p);
        if (scan.courier < 0) {
            r.status = Status.UNSERVED;
            r.courier = null;
            r.reason = UnassignedReasons.reason(kernel, slacks, p);
            pool.add(r.pickup.id());
            return Decision.unserved(r.pickup.id(), r.reason, version);
        }
        LiveCourier s = active.get(scan.courier);
        s.route.add(scan.position, r.pickup.id());
        r.status = Status.ASSIGNED;
        r.courier = s.base.id();
        r.reason = null;
        pool.remove(r.pickup.id());
        refresh(s);
        RouteWalk walk = kernel.walker().start(scan.courier);
        for (int i = 0; i <= scan.position; i++) {
            walk.visit(kernelIndex.get(s.route.get(i)));
        }
        int start = walk.serviceStart();
        boolean within = r.responseTarget == 0 || start - r.pickup.releaseSecond() <= r.responseTarget;
        return new Decision(r.pickup.id(), Status.ASSIGNED, s.base.id(), scan.position, walk.arrival(), start, scan.cost,
                scan.nextCourier < 0 ? null : active.get(scan.nextCourier).base.id(), scan.nextCourier < 0 ? -1 : scan.nextCost,
                null, within, version);
    }

    private record Scan(int courier, int position, long cost, int nextCourier, long nextCost) {
    }

    /**
     * The cheapest feasible insertion of kernel pickup p and the cheapest on another courier. The
     * order is the kernel's ({@link RouteKernel#cheapestInsertion}): couriers by id, positions
     * ascending, only a strictly cheaper insertion replaces the best, so ties go to the lower
     * courier id, then the lower position.
     */
    private Scan scan(int p) {
        long best = RouteKernel.INFEASIBLE;
        int bestCourier = -1;
        int bestPosition = -1;
        long next = RouteKernel.INFEASIBLE;
        int nextCourier = -1;
        for (int rank = 0; rank < kernel.courierCount(); rank++) {
            int c = kernel.courierByRank(rank);
            RouteSlack slack = slacks[c];
            if (!kernel.canTake(slack, p)) {
                continue;
            }
            long own = RouteKernel.INFEASIBLE;
            int ownPosition = -1;
            for (int pos = 0; pos <= slack.length(); pos++) {
                long cost = kernel.insertionCost(slack, p, pos);
                if (cost == RouteKernel.NO_LATER) {
                    break;
                }
                if (cost < own) {
                    own = cost;
                    ownPosition = pos;
                }
            }
            if (ownPosition < 0) {
                continue;
            }
            if (own < best) {
                next = best;
                nextCourier = bestCourier;
                best = own;
                bestCourier = c;
                bestPosition = ownPosition;
            } else if (own < next) {
                next = own;
                nextCourier = c;
            }
        }
        return new Scan(bestCourier, bestPosition, best, nextCourier, next);
    }

    /** Makes {@code pickupId} the courier's fixed stop (it must be that stop already, or one of its planned stops). */
    private void fix(LiveCourier s, String pickupId) {
        if (pickupId.equals(s.fixed)) {
            return;
        }
        requireFixable(s, pickupId);
        s.route.remove(pickupId);
        plannable.remove(pickupId);
        s.fixed = pickupId;
    }

    /** Rejects {@code pickupId} unless it is the courier's fixed stop or one of its planned stops. */
    private void requireFixable(LiveCourier s, String pickupId) {
        if (pickupId.equals(s.fixed)) {
            return;
        }
        LiveRequest r = requests.get(pickupId);
        if (r == null || r.status != Status.ASSIGNED || !s.base.id().equals(r.courier)) {
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
    private List<Decision> updateCourier(LiveCourier s) {
        int c = active.indexOf(s);
        Courier k = kernelCourier(s);
        if (!k.equals(kernelCouriers.get(c))) {
            // O(couriers) copies only when the courier's kernel data changed (not for a cancelled planned stop).
            kernelCouriers.set(c, k);
            kernel = kernel.withCourier(c, k);
        }
        refresh(s);
        int[] seq = sequence(s);
        if (kernel.feasible(c, seq, s.route.size(), kernel.walker()) || s.route.isEmpty()) {
            return List.of();
        }
        List<String> again = new ArrayList<>(s.route);
        s.route.clear();
        refresh(s);
        List<Decision> out = new ArrayList<>();
        for (String id : again) {
            out.add(place(requests.get(id)));
        }
        return out;
    }

    /** Offers every pooled request again, in request order. */
    private List<Decision> offerPool() {
        List<Decision> out = new ArrayList<>();
        for (String id : new ArrayList<>(pool)) {
            Decision d = place(requests.get(id));
            if (d.status() == Status.ASSIGNED) {
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
        int available = (int) Math.min(clock.time(), RoutingProblem.LATEST_SECOND);
        return s.base.toBuilder().startPoint(clock.point()).available(available)
                .shiftEnd(Math.max(s.base.shiftEndSecond(), available)).loadOnBoard(clock.load()).build();
    }

    /** Courier c's legs: its profile from the departure (within the routing day), or the static table. */
    private LegSeconds legs(Courier c) {
        TravelTimes t = travel;
        if (tables == null) {
            return (a, b, second) -> t.seconds(a, b);
        }
        int profile = profileIndex(c);
        return (a, b, second) -> tables.legSeconds(profile, a, b, (int) Math.min(second, RoutingProblem.LATEST_SECOND));
    }

    /** The courier's profile in the time-of-day tables (0 when unset). */
    private int profileIndex(Courier c) {
        return c.profile() == null ? 0 : tables.profileIndex(c.profile());
    }

    private LiveCourier addCourier(Courier c) {
        LiveCourier s = new LiveCourier(c);
        couriers.put(c.id(), s);
        active.add(s);
        return s;
    }

    /** Rebuilds the kernel's courier list (after a courier joins or leaves; O(couriers)). */
    private void rebuildKernel() {
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
    private boolean compactIfSparse() {
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
            if (r.status == Status.ASSIGNED || plannable.contains(p.id())) {
                kernelIndex.put(p.id(), keep.size());
                keep.add(p);
            }
        }
        kernelPickups.clear();
        kernelPickups.addAll(keep);
        return true;
    }

    private void refresh(LiveCourier s) {
        int c = active.indexOf(s);
        kernel.slack(c, sequence(s), s.route.size(), s.slack);
    }

    private int[] sequence(LiveCourier s) {
        if (sequenceBuffer.length < s.route.size()) {
            sequenceBuffer = new int[s.route.size() * 2];
        }
        for (int i = 0; i < s.route.size(); i++) {
            sequenceBuffer[i] = kernelIndex.get(s.route.get(i));
        }
        return sequenceBuffer;
    }

    private void close(LiveRequest r, Status status) {
        r.status = status;
        r.reason = null;
        plannable.remove(r.pickup.id());
        pool.remove(r.pickup.id());
    }

    private LiveRequest open(String pickupId) {
        LiveRequest r = requests.get(pickupId);
        if (r == null || (r.status != Status.ASSIGNED && !pool.contains(pickupId))) {
            throw new IllegalArgumentException("The pickup (" + pickupId + ") is not open (status "
                    + (r == null ? "unknown" : r.status) + "); only a planned or unserved request can be cancelled.");
        }
        return r;
    }

    private LiveCourier activeCourier(String id) {
        LiveCourier s = couriers.get(id);
        if (s == null || !s.active) {
            throw new IllegalArgumentException("The courier (" + id + ") is " + (s == null ? "not in the fleet" : "unavailable")
                    + "; add it with CourierAdded first.");
        }
        return s;
    }

    /** Events name points of the fleet's own table; the points added for locations are the dispatcher's. */
    private void requirePoint(String what, int point) {
        if (point < 0 || point >= table.basePoints()) {
            throw new IllegalArgumentException("The " + what + " (" + point + ") is outside the travel table (0.."
                    + (table.basePoints() - 1) + ").");
        }
    }

    /**
     * The point of the travel table at {@code location}, added when new (see {@link LiveTable});
     * {@code moving}'s current position does not count as in use (its point may be reused).
     */
    private int pointAt(String what, Location location, LiveCourier moving) {
        addLocations(List.of(location), moving, what);
        return table.find(location);
    }

    /**
     * Whether batching the locations of queued events saves work: when each change of the table
     * copies it (a static table, or a model without live tables); live road tables grow in place,
     * so each event pays only for its own location.
     */
    boolean batchesLocations() {
        return !table.growsInPlace();
    }

    /** Whether the travel table has a point at {@code location} (an event there needs no model call). */
    boolean hasLocation(Location location) {
        return table.find(location) >= 0;
    }

    /**
     * Gives these locations points of the travel table now, with one model call for all the new
     * ones: the live dispatcher calls it with the locations of the events in its queue, which then
     * find their points without a model call of their own (batching).
     *
     * @throws IllegalArgumentException naming the first location and the model's reason
     */
    void prepareLocations(Collection<Location> locations) {
        addLocations(locations, null, "location");
    }

    /**
     * Gives these locations points of the travel table with one model call; a change of the table
     * rebuilds the kernel.
     *
     * @throws IllegalArgumentException naming {@code what}, the location and the model's reason
     */
    private void addLocations(Collection<Location> locations, LiveCourier moving, String what) {
        for (Location l : locations) {
            if (table.find(l) < 0) {
                requireNearRoads(what, l);
            }
        }
        boolean changed;
        try {
            changed = table.add(locations, pointsInUse(moving));
        } catch (IllegalArgumentException e) {
            Location first = locations.iterator().next();
            throw new IllegalArgumentException("The " + what + " (" + first.x() + ", " + first.y()
                    + ") cannot be added to the dispatcher's travel table: " + e.getMessage(), e);
        }
        if (changed) {
            tables = table.tables();
            if (table.growsInPlace()) {
                // Live road tables grew in place: the kernel reads them without a copy or an O(points²) check,
                // and no route's legs changed (only free or new points were written), so the slacks stay valid.
                travel = null;
                kernel = kernel.withTables(tables);
            } else {
                travel = table.table();
                kernel = RouteKernel.of(new RoutingProblem(kernelCouriers, kernelPickups, hub, cutoff, travel, tables),
                        options);
                for (LiveCourier s : active) {
                    refresh(s);
                }
            }
        }
    }

    /**
     * Refuses a location farther than the snapping distance from the road network, naming its
     * coordinates and the nearest road node's distance, and hinting at swapped latitude and
     * longitude when the swapped location would be near enough.
     */
    private void requireNearRoads(String what, Location l) {
        double metres = table.nearestRoadMetres(l);
        if (Double.isNaN(metres) || metres <= maxSnapMetres) {
            return;
        }
        Location swapped = new Location(l.y(), l.x());
        double swappedMetres = table.nearestRoadMetres(swapped);
        String hint = swappedMetres <= maxSnapMetres
                ? "; " + table.axes() + " look swapped: " + table.describe(swapped) + " is " + metres(swappedMetres)
                        + " from a road node" : "";
        throw new IllegalArgumentException("The " + what + " " + table.describe(l) + " is " + metres(metres)
                + " from the nearest road node, farther than the snapping distance of " + metres(maxSnapMetres)
                + " (DispatcherOptions.withMaxSnapMetres)" + hint + ".");
    }

    private static String metres(double m) {
        return m >= 10_000 ? String.format(java.util.Locale.ROOT, "%,.0f km", m / 1000)
                : String.format(java.util.Locale.ROOT, "%,.0f m", m);
    }

    /** The static table, or the first profile's free-flow table (made once per change of the tables: O(points²)). */
    private TravelTimes travel() {
        if (travel == null) {
            travel = table.table();
        }
        return travel;
    }

    /**
     * The points referenced now (open requests and the active couriers' positions, except
     * {@code moving}'s) and those the last snapshot referenced (the tables grow in place, so a
     * point that a re-optimisation round may still read is not rewritten).
     */
    private BitSet pointsInUse(LiveCourier moving) {
        BitSet used = (BitSet) pinned.clone();
        for (Pickup p : kernelPickups) {
            LiveRequest r = requests.get(p.id());
            if (r.status == Status.ASSIGNED || pool.contains(p.id())) {
                used.set(p.point());
            }
        }
        for (LiveCourier s : active) {
            if (s != moving) {
                used.set(s.freePoint);
            }
        }
        return used;
    }

    // ---- Plans ------------------------------------------------------------------------------

    /** The status of a request, or null when unknown. */
    Decision status(String pickupId) {
        LiveRequest r = requests.get(pickupId);
        if (r == null) {
            return null;
        }
        return switch (r.status) {
            case ASSIGNED -> new Decision(pickupId, Status.ASSIGNED, r.courier, -1, -1, -1, -1, null, -1, null, true, version);
            case UNSERVED -> Decision.unserved(pickupId, r.reason, version);
            default -> Decision.closed(pickupId, r.status, version);
        };
    }

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
        pinned = pointsInUse(null);
        return new Snapshot(version, List.copyOf(kernelCouriers), plannablePickups(), routes(), tables == null ? travel : null,
                tables);
    }

    /** The current plan, checked. */
    DispatchPlan plan() {
        return plan(routes(), DispatchPlan.Origin.INSERTION);
    }

    private DispatchPlan plan(List<List<String>> routes, DispatchPlan.Origin origin) {
        RoutingProblem problem = new RoutingProblem(kernelCouriers, plannablePickups(), hub, cutoff, travel(), tables);
        RoutePlan plan = RoutingSolver.evaluate(problem, options, routes);
        Map<String, String> fixed = new LinkedHashMap<>();
        for (LiveCourier s : active) {
            if (s.fixed != null) {
                fixed.put(s.base.id(), s.fixed);
            }
        }
        return new DispatchPlan(version, origin, problem, plan, fixed, PlanChecker.check(problem, options, plan));
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
    Optional<DispatchPlan> accept(Snapshot snapshot, RoutePlan result) {
        Map<String, List<String>> byCourier = new HashMap<>();
        for (CourierRoutePlan route : result.routes()) {
            List<String> ids = new ArrayList<>();
            for (Stop stop : route.stops()) {
                ids.add(stop.pickupId());
            }
            byCourier.put(route.courierId(), ids);
        }
        List<List<Integer>> candidate = new ArrayList<>(active.size());
        Set<String> placed = new HashSet<>();
        for (LiveCourier s : active) {
            List<String> ids = byCourier.get(s.base.id());
            List<Integer> seq = new ArrayList<>();
            for (String id : ids == null ? s.route : ids) {
                if (plannable.contains(id) && placed.add(id)) {
                    seq.add(kernelIndex.get(id));
                }
            }
            candidate.add(seq);
        }
        List<Integer> missing = new ArrayList<>();
        for (String id : plannable) {
            if (!placed.contains(id)) {
                missing.add(kernelIndex.get(id));
            }
        }
        if (!missing.isEmpty() && brokenPromise(kernel.insertAll(candidate, missing))) {
            // The result traded an assigned request for pooled ones (the solver may, to serve more
            // priority): keep the promise first. Take the pooled ones out, re-insert the dropped
            // assigned ones, then the pooled ones where they still fit.
            List<Integer> pooled = new ArrayList<>();
            for (List<Integer> seq : candidate) {
                seq.removeIf(p -> {
                    boolean wasPooled = pool.contains(kernelPickups.get(p).id());
                    if (wasPooled) {
                        pooled.add(p);
                    }
                    return wasPooled;
                });
            }
            Set<Integer> inRoutes = new HashSet<>();
            candidate.forEach(inRoutes::addAll);
            List<Integer> promised = new ArrayList<>();
            for (String id : plannable) {
                int p = kernelIndex.get(id);
                if (!inRoutes.contains(p) && !pool.contains(id)) {
                    promised.add(p);
                }
            }
            if (!kernel.insertAll(candidate, promised).isEmpty()) {
                return Optional.empty();
            }
            pooled.sort(null);
            kernel.insertAll(candidate, pooled);
        }
        RouteWalk walk = kernel.walker();
        long soft = 0;
        Set<String> served = new HashSet<>();
        for (int c = 0; c < active.size(); c++) {
            walk.start(c);
            for (int p : candidate.get(c)) {
                walk.visit(p);
                served.add(kernelPickups.get(p).id());
            }
            walk.finish();
            if (walk.hardPenalty() != 0) {
                return Optional.empty();
            }
            soft += walk.softCost();
        }
        long unservedPriority = 0;
        for (String id : plannable) {
            LiveRequest r = requests.get(id);
            if (!served.contains(id)) {
                if (r.status == Status.ASSIGNED) {
                    return Optional.empty();
                }
                unservedPriority += r.pickup.priority();
            }
        }
        long currentSoft = 0;
        long currentUnserved = 0;
        for (int c = 0; c < active.size(); c++) {
            LiveCourier s = active.get(c);
            walk.start(c);
            int[] seq = sequence(s);
            for (int i = 0; i < s.route.size(); i++) {
                walk.visit(seq[i]);
            }
            walk.finish();
            currentSoft += walk.softCost();
        }
        for (String id : pool) {
            currentUnserved += requests.get(id).pickup.priority();
        }
        if (unservedPriority > currentUnserved || (unservedPriority == currentUnserved && soft >= currentSoft)) {
            return Optional.empty();
        }
        List<List<String>> routes = new ArrayList<>(active.size());
        for (List<Integer> seq : candidate) {
            List<String> ids = new ArrayList<>(seq.size());
            seq.forEach(p -> ids.add(kernelPickups.get(p).id()));
            routes.add(ids);
        }
        long before = version;
        version++;
        DispatchPlan plan = plan(routes, DispatchPlan.Origin.REOPTIMISED);
        if (!plan.check().valid()) {
            version = before;
            return Optional.empty();
        }
        for (int c = 0; c < active.size(); c++) {
            LiveCourier s = active.get(c);
            s.route.clear();
            s.route.addAll(routes.get(c));
            for (String id : s.route) {
                LiveRequest r = requests.get(id);
                r.status = Status.ASSIGNED;
                r.courier = s.base.id();
                r.reason = null;
                pool.remove(id);
            }
            refresh(s);
        }
        for (UnassignedReasonEntry u : unassignedOf(plan)) {
            requests.get(u.id).reason = u.reason;
        }
        // When stale, the merge re-applied every event up to now: the plan is current, not stale.
        return Optional.of(plan);
    }

    /** Whether one of these kernel pickups (left over by an insertion) is an assigned request. */
    private boolean brokenPromise(List<Integer> left) {
        for (int p : left) {
            if (requests.get(kernelPickups.get(p).id()).status == Status.ASSIGNED) {
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

    /** Every request not closed (for shutdown reports and tests): id to status. */
    Map<String, Status> statuses() {
        Map<String, Status> out = new LinkedHashMap<>();
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
