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
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
    /** Open requests by window end (lazily cleaned): the clock expires them in order. */
    private final PriorityQueue<Expiry> expiries = new PriorityQueue<>();
    /** The most ranked alternatives a request's answer lists. */
    private final int alternativeCount;

    /** A request's window end, for {@link #expiries}. */
    private record Expiry(int windowEnd, String pickupId) implements Comparable<Expiry> {
        @Override
        public int compareTo(Expiry o) {
            int c = Integer.compare(windowEnd, o.windowEnd);
            return c != 0 ? c : pickupId.compareTo(o.pickupId);
        }
    }

    DispatchState(Fleet fleet, RoutingOptions options, int startSecond) {
        this(fleet, options, startSecond, DispatcherOptions.DEFAULT_MAX_SNAP_METRES, DispatcherOptions.DEFAULT_ALTERNATIVES);
    }

    /**
     * As the three-argument constructor, locations farther than {@code maxSnapMetres} from the road
     * network refused and at most {@code alternatives} ranked alternatives per answer.
     */
    DispatchState(Fleet fleet, RoutingOptions options, int startSecond, double maxSnapMetres, int alternatives) {
        this.maxSnapMetres = maxSnapMetres;
        this.alternativeCount = alternatives;
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
            return refuse(event, RefusalReason.BEYOND_LIMIT, "The " + describe(event) + " second (" + t
                    + ") is beyond the model's limit RoutingProblem.LATEST_SECOND (" + RoutingProblem.LATEST_SECOND
                    + " s, day " + (RoutingProblem.LATEST_SECOND / DispatchEvent.DAY_SECONDS + 1) + ").");
        }
        if (event instanceof PickupRequested e) {
            return request(e);
        } else if (event instanceof PickupCancelled e) {
            return cancel(e);
        } else if (event instanceof CourierMoved e) {
            return moved(e);
        } else if (event instanceof ArrivedAtStop e) {
            return arrived(e);
        } else if (event instanceof PickupDone e) {
            return done(e);
        } else if (event instanceof CourierUnloaded e) {
            return unloaded(e);
        } else if (event instanceof CourierBreak e) {
            return takeBreak(e);
        } else if (event instanceof CourierOffDuty e) {
            return leave(e, e.courierId(), CourierStatus.Duty.OFF_DUTY);
        } else if (event instanceof CourierUnavailable e) {
            return leave(e, e.courierId(), CourierStatus.Duty.UNAVAILABLE);
        } else if (event instanceof CourierOnDuty e) {
            return onDuty(e);
        } else if (event instanceof CourierAdded e) {
            return courierAdded(e);
        } else if (event instanceof PickupAssigned e) {
            return override(e);
        } else if (event instanceof ClockAdvanced e) {
            return clock(e);
        }
        throw new IllegalArgumentException("The event (" + event + ") is not a known dispatch event.");
    }

    private List<Decision> refuse(DispatchEvent event, RefusalReason reason, String message) {
        return List.of(new Decision.Refused(event, reason, message, version));
    }

    /** The event's kind and subject, for messages. */
    private static String describe(DispatchEvent event) {
        String kind = event.getClass().getSimpleName();
        if (event instanceof PickupRequested e) {
            return kind + " of pickup (" + e.pickup().id() + ")";
        }
        if (event instanceof PickupCancelled e) {
            return kind + " of pickup (" + e.pickupId() + ")";
        }
        if (event instanceof PickupAssigned e) {
            return kind + " of pickup (" + e.pickupId() + ")";
        }
        if (event instanceof CourierAdded e) {
            return kind + " of courier (" + e.courier().id() + ")";
        }
        String courier = courierOf(event);
        return courier == null ? kind : kind + " of courier (" + courier + ")";
    }

    private static String courierOf(DispatchEvent event) {
        if (event instanceof CourierMoved e) {
            return e.courierId();
        } else if (event instanceof ArrivedAtStop e) {
            return e.courierId();
        } else if (event instanceof PickupDone e) {
            return e.courierId();
        } else if (event instanceof CourierUnloaded e) {
            return e.courierId();
        } else if (event instanceof CourierBreak e) {
            return e.courierId();
        } else if (event instanceof CourierOffDuty e) {
            return e.courierId();
        } else if (event instanceof CourierUnavailable e) {
            return e.courierId();
        } else if (event instanceof CourierOnDuty e) {
            return e.courierId();
        }
        return null;
    }

    /**
     * The refusal of a courier's report that is not on duty or older than its last report (and,
     * for a GPS fix, older than the clock), or empty.
     */
    private Optional<List<Decision>> staleOrOffDuty(DispatchEvent event, LiveCourier s, boolean notBeforeClock) {
        if (!s.active) {
            return Optional.of(refuse(event, RefusalReason.DUTY, "The courier (" + s.base.id() + ") is "
                    + s.duty.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "; the " + describe(event)
                    + " applies to a courier on duty (CourierOnDuty brings it back)."));
        }
        if (event.second() < s.lastSecond) {
            return Optional.of(refuse(event, RefusalReason.STALE, "The " + describe(event) + " second (" + event.second()
                    + ") is older than the courier's last report (" + s.lastSecond + "); its reports must not go back."));
        }
        if (notBeforeClock && event.second() < now) {
            return Optional.of(refuse(event, RefusalReason.STALE, "The " + describe(event) + " second (" + event.second()
                    + ") is older than the dispatcher's clock (" + now + "); a position older than the clock would roll"
                    + " the courier's free time back."));
        }
        return Optional.empty();
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
        List<Decision> consequences = advance(e.second());
        LiveRequest r = new LiveRequest(p, e.responseTargetSeconds());
        requests.put(p.id(), r);
        plannable.add(p.id());
        boolean compacted = compactIfSparse();
        kernelIndex.put(p.id(), kernelPickups.size());
        kernelPickups.add(p);
        expiries.add(new Expiry(p.windowEndSecond(), p.id()));
        // One appended pickup: amortised O(1) (in place, copy on grow); after a compaction, a full derivation.
        kernel = compacted ? kernel.derive(kernelCouriers, kernelPickups) : kernel.withPickup(p);
        version++;
        return first(place(r, true), consequences);
    }

    private static List<Decision> first(Decision d, List<Decision> rest) {
        List<Decision> out = new ArrayList<>(rest.size() + 1);
        out.add(d);
        out.addAll(rest);
        return out;
    }

    private List<Decision> cancel(PickupCancelled e) {
        LiveRequest r = known(e.pickupId());
        if (!r.open()) {
            return refuse(e, RefusalReason.NOT_OPEN, "The pickup (" + e.pickupId() + ") is not open (status "
                    + r.status.name().toLowerCase(java.util.Locale.ROOT) + "); only a planned or unserved request can be cancelled.");
        }
        List<Decision> consequences = advance(e.second());
        if (r.status == LiveRequest.State.EXPIRED) {
            // The clock that the cancellation carries closed it first: its expiry is the answer.
            version++;
            return consequences;
        }
        if (r.courier != null) {
            LiveCourier s = couriers.get(r.courier);
            if (e.pickupId().equals(s.fixed)) {
                // It was driving there: it is free where it is, now.
                s.fixed = null;
                s.freeSecond = Math.max(s.freeSecond, now);
            } else {
                s.route.remove(e.pickupId());
            }
            updateCourier(s).forEach(consequences::add);
        }
        close(r, LiveRequest.State.CANCELLED, e.second());
        version++;
        List<Decision> out = first(new Decision.Cancelled(r.pickup.id(), e.second(), version), consequences);
        out.addAll(offerPool());
        return out;
    }

    private List<Decision> moved(CourierMoved e) {
        LiveCourier s = courier(e.courierId());
        Optional<List<Decision>> refused = staleOrOffDuty(e, s, true);
        if (refused.isPresent()) {
            return refused.get();
        }
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
            // Fixed before the clock moves, so that the clock's re-placements cannot take it away.
            fix(s, e.drivingTo());
        }
        List<Decision> out = advance(e.second());
        s.lastSecond = e.second();
        s.freePoint = point;
        s.freeSecond = e.second();
        out.addAll(updateCourier(s));
        version++;
        return out;
    }

    private List<Decision> arrived(ArrivedAtStop e) {
        LiveCourier s = courier(e.courierId());
        LiveRequest r = known(e.pickupId());
        Optional<List<Decision>> refused = staleOrOffDuty(e, s, false);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!r.open()) {
            return refuse(e, RefusalReason.NOT_OPEN, "The pickup (" + e.pickupId() + ") is not open (status "
                    + r.status.name().toLowerCase(java.util.Locale.ROOT) + "); the arrival changes nothing.");
        }
        // Fixed before the clock moves, so that the clock's re-placements cannot take it away.
        fix(s, e.pickupId());
        List<Decision> out = advance(e.second());
        s.lastSecond = e.second();
        r.arrived = true;
        r.arrivedSecond = e.second();
        s.freePoint = r.pickup.point();
        s.freeSecond = Math.max(e.second(), now);
        out.addAll(updateCourier(s));
        version++;
        return out;
    }

    private List<Decision> done(PickupDone e) {
        LiveCourier s = courier(e.courierId());
        LiveRequest r = known(e.pickupId());
        if (s.active && r.open() && r.arrived && e.second() < r.arrivedSecond) {
            // Named before the courier's own order (the arrival is also its last report): the more specific reason.
            return refuse(e, RefusalReason.OUT_OF_ORDER, "The " + describe(e) + " of pickup (" + e.pickupId() + ") second ("
                    + e.second() + ") is before the courier's arrival at it (" + r.arrivedSecond + ").");
        }
        Optional<List<Decision>> refused = staleOrOffDuty(e, s, false);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!r.open()) {
            return refuse(e, RefusalReason.NOT_OPEN, "The pickup (" + e.pickupId() + ") is not open (status "
                    + r.status.name().toLowerCase(java.util.Locale.ROOT) + "); it cannot be done.");
        }
        // Fixed before the clock moves, so that the clock's re-placements cannot take it away.
        fix(s, e.pickupId());
        List<Decision> out = advance(e.second());
        s.lastSecond = e.second();
        s.fixed = null;
        s.freePoint = r.pickup.point();
        s.freeSecond = Math.max(e.second(), now);
        if (s.pendingBreak > 0) {
            s.breakEnd = s.freeSecond + s.pendingBreak;
            s.pendingBreak = 0;
        }
        s.load += r.pickup.size();
        r.courier = s.base.id();
        close(r, LiveRequest.State.SERVED, e.second());
        out.addAll(updateCourier(s));
        version++;
        out.add(0, new Decision.Served(r.pickup.id(), s.base.id(), e.second(), version));
        return out;
    }

    private List<Decision> unloaded(CourierUnloaded e) {
        LiveCourier s = courier(e.courierId());
        Optional<List<Decision>> refused = staleOrOffDuty(e, s, false);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (s.fixed != null) {
            return refuse(e, RefusalReason.BUSY, "The courier (" + s.base.id() + ") is driving to or standing at pickup ("
                    + s.fixed + "); report it done (or cancelled) before unloading at the hub.");
        }
        List<Decision> out = advance(e.second());
        s.lastSecond = e.second();
        s.load = 0;
        s.freePoint = hub;
        s.freeSecond = Math.max(e.second(), now);
        out.addAll(updateCourier(s));
        version++;
        out.addAll(offerPool());
        return out;
    }

    private List<Decision> takeBreak(CourierBreak e) {
        LiveCourier s = courier(e.courierId());
        Optional<List<Decision>> refused = staleOrOffDuty(e, s, false);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Decision> out = advance(e.second());
        s.lastSecond = e.second();
        int seconds = e.minutes() * 60;
        if (s.fixed != null) {
            s.pendingBreak += seconds;
        } else {
            s.breakEnd = Math.max(Math.max(s.breakEnd, s.freeSecond), e.second()) + seconds;
        }
        out.addAll(updateCourier(s));
        version++;
        return out;
    }

    /** Off duty or unavailable: its fixed stop and planned stops are re-placed on the others. */
    private List<Decision> leave(DispatchEvent e, String courierId, CourierStatus.Duty duty) {
        LiveCourier s = courier(courierId);
        Optional<List<Decision>> refused = staleOrOffDuty(e, s, false);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Decision> consequences = advance(e.second());
        s.lastSecond = e.second();
        List<String> back = new ArrayList<>();
        if (s.fixed != null) {
            back.add(s.fixed);
            plannable.add(s.fixed);
        }
        back.addAll(s.route);
        s.fixed = null;
        s.route.clear();
        s.active = false;
        s.duty = duty;
        s.pendingBreak = 0;
        s.breakEnd = 0;
        if (duty == CourierStatus.Duty.OFF_DUTY) {
            // Its route is closed at the hub: it drives back from where it is and unloads there.
            int from = Math.max(s.freeSecond, e.second());
            s.freeSecond = from + Math.max(0, legs(s.base).seconds(s.freePoint, hub, from));
            s.freePoint = hub;
            s.load = 0;
        }
        active.remove(s);
        rebuildKernel();
        version++;
        List<Decision> out = new ArrayList<>();
        for (String id : back) {
            LiveRequest r = requests.get(id);
            r.courier = null;
            r.pinned = false;
            // Its arrival was this courier's; the next courier reports its own.
            r.arrived = false;
            out.add(place(r, false));
        }
        out.addAll(consequences);
        return out;
    }

    private List<Decision> onDuty(CourierOnDuty e) {
        LiveCourier s = courier(e.courierId());
        if (s.active) {
            return refuse(e, RefusalReason.DUTY, "The courier (" + s.base.id() + ") is already on duty.");
        }
        if (e.second() < s.lastSecond) {
            return refuse(e, RefusalReason.STALE, "The " + describe(e) + " second (" + e.second()
                    + ") is older than the courier's last report (" + s.lastSecond + "); its reports must not go back.");
        }
        int point = e.location() == null ? hub : pointAt("courier (" + s.base.id() + ") location", e.location(), s);
        List<Decision> out = advance(e.second());
        s.lastSecond = e.second();
        s.freePoint = point;
        s.freeSecond = Math.max(e.second(), now);
        s.load = 0;
        s.active = true;
        s.duty = CourierStatus.Duty.ON_DUTY;
        active.add(s);
        rebuildKernel();
        version++;
        List<Decision> offered = offerPool();
        offered.addAll(out);
        return offered;
    }

    private List<Decision> courierAdded(CourierAdded e) {
        Courier c = e.courier();
        if (couriers.containsKey(c.id())) {
            throw new IllegalArgumentException("The courier id (" + c.id() + ") is already in the fleet; use a new id.");
        }
        requireLoadFits(c);
        if (e.location() != null) {
            c = c.toBuilder().startPoint(pointAt("courier (" + c.id() + ") location", e.location(), null)).build();
        } else {
            requirePoint("courier (" + c.id() + ") startPoint", c.startPoint());
        }
        if (tables != null && c.profile() != null && tables.profileIndex(c.profile()) < 0) {
            throw new IllegalArgumentException("The courier (" + c.id() + ") profile ('" + c.profile()
                    + "') is not a profile of the fleet's travel tables " + tables.profileIds() + "; use one of them.");
        }
        List<Decision> consequences = advance(e.second());
        addCourier(c).lastSecond = e.second();
        rebuildKernel();
        version++;
        List<Decision> out = offerPool();
        out.addAll(consequences);
        return out;
    }

    private List<Decision> override(PickupAssigned e) {
        LiveRequest r = known(e.pickupId());
        LiveCourier s = courier(e.courierId());
        if (!r.open()) {
            return refuse(e, RefusalReason.NOT_OPEN, "The pickup (" + e.pickupId() + ") is not open (status "
                    + r.status.name().toLowerCase(java.util.Locale.ROOT) + "); it cannot be assigned.");
        }
        if (r.courier != null && r.pickup.id().equals(couriers.get(r.courier).fixed)) {
            return refuse(e, RefusalReason.NOT_OPEN, "The pickup (" + e.pickupId() + ") is fixed on courier (" + r.courier
                    + "), which is driving to or standing at it; it cannot be given to another.");
        }
        if (!s.active) {
            return refuse(e, RefusalReason.DUTY, "The courier (" + s.base.id() + ") is "
                    + s.duty.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "; it cannot take pickup ("
                    + e.pickupId() + ").");
        }
        // The clock first: the courier's availability and the expiries at the override's time.
        List<Decision> consequences = advance(e.second());
        if (!r.open()) {
            return first(new Decision.Refused(e, RefusalReason.TIME_WINDOW, "The pickup (" + e.pickupId()
                    + ") expired at the override's time (" + e.second() + ").", version), consequences);
        }
        int c = active.indexOf(s);
        int p = kernelIndex.get(r.pickup.id());
        LiveCourier from = r.courier == null ? null : couriers.get(r.courier);
        if (from == s) {
            r.pinned = r.pinned || e.pinned();
            version++;
            return first(assignedNow(r), consequences);
        }
        Insertion best = cheapestOn(c, p);
        if (best == null) {
            RefusalReason reason = whyNot(c, p);
            return first(new Decision.Refused(e, reason, "The courier (" + s.base.id() + ") cannot take pickup ("
                    + e.pickupId() + "): " + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " (" + explain(reason) + "); nothing changed.", version), consequences);
        }
        if (from != null) {
            from.route.remove(r.pickup.id());
            refresh(from);
        }
        List<Alternative> alternatives = alternatives(ranked(p), p);
        s.route.add(best.position, r.pickup.id());
        r.status = LiveRequest.State.ASSIGNED;
        r.courier = s.base.id();
        r.reason = null;
        r.pinned = e.pinned();
        pool.remove(r.pickup.id());
        refresh(s);
        version++;
        Decision answer = assigned(r, s, best.position, best.cost, alternatives);
        List<Decision> out = first(answer, consequences);
        if (from != null) {
            out.addAll(updateCourier(from));
        }
        return out;
    }

    private static String explain(RefusalReason reason) {
        return switch (reason) {
            case SKILLS -> "it lacks a skill the pickup requires";
            case CAPACITY -> "the pickup does not fit its free capacity";
            case TIME_WINDOW -> "it cannot start the pickup before its window ends";
            case SHIFT_END -> "serving it would end after its shift end or the cut-off";
            case UNREACHABLE -> "no path joins it to the pickup or the hub";
            default -> "its planned stops leave no feasible position for it";
        };
    }

    /** Why courier c cannot take kernel pickup p alone (the checks of {@code UnassignedReasons}), else ROUTE_FULL. */
    private RefusalReason whyNot(int c, int p) {
        int start = kernel.courierStart(c);
        int point = kernel.pickupPoint(p);
        boolean endAtHub = kernel.courierEndAtHub(c);
        if (!kernel.reachable(c, start, point) || (endAtHub && !kernel.reachable(c, point, hub))) {
            return RefusalReason.UNREACHABLE;
        }
        if (!kernel.hasSkills(c, p)) {
            return RefusalReason.SKILLS;
        }
        long planned = 0;
        for (String id : active.get(c).route) {
            planned += kernel.size(kernelIndex.get(id));
        }
        // Pickups only load: the route's planned stops stay on board until the hub.
        if (kernel.courierLoad(c) + planned + kernel.size(p) > kernel.courierCapacity(c)) {
            return RefusalReason.CAPACITY;
        }
        int arrival = kernel.arrival(c, start, kernel.courierAvailable(c), p);
        if (kernel.serviceStart(arrival, p) > kernel.windowEnd(p)) {
            return RefusalReason.TIME_WINDOW;
        }
        int departure = kernel.departure(arrival, p);
        int end = endAtHub ? departure + kernel.legSeconds(c, point, hub, departure) : departure;
        if (end > kernel.courierShiftEnd(c) || (endAtHub && end > cutoff)) {
            return RefusalReason.SHIFT_END;
        }
        return RefusalReason.ROUTE_FULL;
    }

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
    private List<Decision> advance(int t) {
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
    private Decision place(LiveRequest r, boolean withAlternatives) {
        if (r.pickup.windowEndSecond() < now) {
            return expire(r);
        }
        int p = kernelIndex.get(r.pickup.id());
        List<Insertion> ranked = ranked(p);
        if (ranked.isEmpty()) {
            r.status = LiveRequest.State.UNSERVED;
            r.courier = null;
            r.pinned = false;
            r.reason = UnassignedReasons.reason(kernel, slacks, p);
            pool.add(r.pickup.id());
            return new Decision.Unserved(r.pickup.id(), r.reason, version);
        }
        List<Alternative> alternatives = alternatives(withAlternatives ? ranked : ranked.subList(0, 1), p);
        Insertion best = ranked.get(0);
        // Timed before the insertion, from the slack (the same arrival as a walk of the new route up to it).
        int arrival = kernel.insertedArrival(slacks[best.courier], p, best.position);
        LiveCourier s = active.get(best.courier);
        s.route.add(best.position, r.pickup.id());
        if (r.pinned && !s.base.id().equals(r.courier)) {
            // Its pinned courier could no longer make it: placed again, the pin ends.
            r.pinned = false;
        }
        r.status = LiveRequest.State.ASSIGNED;
        r.courier = s.base.id();
        r.reason = null;
        pool.remove(r.pickup.id());
        refresh(s);
        return assigned(r, s, best.position, arrival, kernel.serviceStart(arrival, p), best.cost, alternatives);
    }

    /** The answer for request r planned on s at position (already in its route). */
    private Decision.Assigned assigned(LiveRequest r, LiveCourier s, int position, long cost, List<Alternative> alternatives) {
        RouteWalk walk = kernel.walker().start(active.indexOf(s));
        for (int i = 0; i <= position; i++) {
            walk.visit(kernelIndex.get(s.route.get(i)));
        }
        return assigned(r, s, position, walk.arrival(), walk.serviceStart(), cost, alternatives);
    }

    /** The answer for request r planned on s at position with its arrival and service start. */
    private Decision.Assigned assigned(LiveRequest r, LiveCourier s, int position, int arrival, int start, long cost,
            List<Alternative> alternatives) {
        return new Decision.Assigned(r.pickup.id(), s.base.id(), position, arrival, start, cost, late(r, start), alternatives,
                version);
    }

    private static int late(LiveRequest r, int start) {
        return r.responseTarget == 0 ? 0 : Math.max(0, start - r.pickup.releaseSecond() - r.responseTarget);
    }

    /** One courier's cheapest feasible insertion of a pickup. */
    private record Insertion(int courier, int position, long cost) {
    }

    /**
     * The cheapest feasible insertions of kernel pickup p, one per courier, ranked: lowest cost,
     * then courier id (the kernel's rank order, {@link RouteKernel#cheapestInsertion}), then
     * position; only the first {@code max(1, alternatives)} are kept (all that the answer reads), in a
     * small array filled as the couriers are scanned, so an answer allocates no object per courier
     * and sorts nothing (DispatchLatencyBenchmark 50:1000: the per-courier list and its sort were
     * most of an answer's allocation).
     */
    private List<Insertion> ranked(int p) {
        Insertion[] top = new Insertion[Math.max(1, alternativeCount)];
        int size = 0;
        for (int rank = 0; rank < kernel.courierCount(); rank++) {
            int c = kernel.courierByRank(rank);
            int position = cheapestPosition(c, p);
            if (position < 0 || size == top.length && scanCost >= top[size - 1].cost) {
                continue;
            }
            // After every kept insertion of the same or a lower cost: the stable order of the ranks.
            int i = size == top.length ? size - 1 : size++;
            while (i > 0 && top[i - 1].cost > scanCost) {
                top[i] = top[i - 1];
                i--;
            }
            top[i] = new Insertion(c, position, scanCost);
        }
        return Arrays.asList(top).subList(0, size);
    }

    /** The cost found by the last {@link #cheapestPosition} (the writer's thread only). */
    private long scanCost;
    /** The kernel's answer buffer for {@link #cheapestPosition}. */
    private final long[] scanResult = new long[1];

    /** Courier c's cheapest feasible insertion of kernel pickup p (lowest position on ties), or null. */
    private Insertion cheapestOn(int c, int p) {
        int position = cheapestPosition(c, p);
        return position < 0 ? null : new Insertion(c, position, scanCost);
    }

    /** The position of courier c's cheapest feasible insertion of kernel pickup p (lowest on ties), its cost in {@link #scanCost}; -1 if none. */
    private int cheapestPosition(int c, int p) {
        RouteSlack slack = slacks[c];
        if (!kernel.canTake(slack, p)) {
            return -1;
        }
        int position = kernel.cheapestPosition(slack, p, scanResult);
        scanCost = scanResult[0];
        return position;
    }

    /** The first {@link DispatcherOptions#alternatives()} insertions as answers: courier, position, arrival, start, cost. */
    private List<Alternative> alternatives(List<Insertion> ranked, int p) {
        int n = Math.min(ranked.size(), alternativeCount);
        List<Alternative> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Insertion in = ranked.get(i);
            // The arrival a walk of the stops before the position and then p would give, from the slack.
            int arrival = kernel.insertedArrival(slacks[in.courier], p, in.position);
            out.add(new Alternative(active.get(in.courier).base.id(), in.position, arrival, kernel.serviceStart(arrival, p),
                    in.cost));
        }
        return out;
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
    private List<Decision> updateCourier(LiveCourier s) {
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
    private List<Decision> offerPool() {
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
        requireLoadFits(c);
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
            if (r.status == LiveRequest.State.ASSIGNED || plannable.contains(p.id())) {
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

    private static void requireLoadFits(Courier c) {
        if (c.loadOnBoard() > c.capacity()) {
            throw new IllegalArgumentException("The courier (" + c.id() + ") loadOnBoard (" + c.loadOnBoard()
                    + ") is above its capacity (" + c.capacity() + ").");
        }
    }

    private void close(LiveRequest r, LiveRequest.State status, int second) {
        r.status = status;
        r.closedSecond = second;
        r.pinned = false;
        r.reason = null;
        plannable.remove(r.pickup.id());
        pool.remove(r.pickup.id());
    }

    private LiveRequest known(String pickupId) {
        LiveRequest r = requests.get(pickupId);
        if (r == null) {
            throw new IllegalArgumentException("The pickup (" + pickupId + ") was never requested; name a requested pickup.");
        }
        return r;
    }

    private LiveCourier courier(String id) {
        LiveCourier s = couriers.get(id);
        if (s == null) {
            throw new IllegalArgumentException("The courier (" + id + ") is not in the fleet; add it with CourierAdded first.");
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
        Location swapped = Location.ofLatLon(l.longitude(), l.latitude());
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
            if (r.status == LiveRequest.State.ASSIGNED || pool.contains(p.id())) {
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

    /** The status of a request now (an assignment with its current ETA), or null when unknown. */
    Decision status(String pickupId) {
        LiveRequest r = requests.get(pickupId);
        if (r == null) {
            return null;
        }
        return switch (r.status) {
            case ASSIGNED -> assignedNow(r);
            case UNSERVED -> new Decision.Unserved(pickupId, r.reason == null ? UnassignedReason.FLEET_FULL : r.reason, version);
            case SERVED -> new Decision.Served(pickupId, r.courier, r.closedSecond, version);
            case CANCELLED -> new Decision.Cancelled(pickupId, r.closedSecond, version);
            case EXPIRED -> new Decision.Expired(pickupId, r.pickup.windowEndSecond(), r.closedSecond, version);
        };
    }

    /** An assigned request's state now: its courier, position (0 for the fixed stop) and current ETA. */
    private Decision.Assigned assignedNow(LiveRequest r) {
        LiveCourier s = couriers.get(r.courier);
        if (r.pickup.id().equals(s.fixed)) {
            RouteClock clock = new RouteClock(legs(s.base)).start(s.freePoint, s.freeSecond, s.load);
            clock.visit(r.pickup.point(), r.pickup.windowStartSecond(), r.pickup.serviceSeconds(), r.pickup.size());
            int start = (int) clock.serviceStart();
            return new Decision.Assigned(r.pickup.id(), s.base.id(), 0, (int) clock.arrival(), start, 0, late(r, start),
                    List.of(), version);
        }
        int position = s.route.indexOf(r.pickup.id());
        return assigned(r, s, position, 0, List.of());
    }

    /** A courier's state now, with the current ETA to every stop. */
    CourierStatus courierStatus(String courierId) {
        LiveCourier s = courier(courierId);
        List<CourierStatus.StopEta> stops = new ArrayList<>();
        if (!s.active) {
            int back = s.duty == CourierStatus.Duty.OFF_DUTY ? s.freeSecond
                    : s.freeSecond + Math.max(0, legs(s.base).seconds(s.freePoint, hub, s.freeSecond));
            return new CourierStatus(s.base.id(), s.duty, now, s.freePoint, s.freeSecond, s.load, stops, back, version);
        }
        if (s.fixed != null) {
            Pickup q = requests.get(s.fixed).pickup;
            RouteClock clock = new RouteClock(legs(s.base)).start(s.freePoint, s.freeSecond, s.load);
            clock.visit(q.point(), q.windowStartSecond(), q.serviceSeconds(), q.size());
            stops.add(new CourierStatus.StopEta(q.id(), true, (int) clock.arrival(), (int) clock.serviceStart(),
                    (int) clock.time()));
        }
        int c = active.indexOf(s);
        RouteWalk walk = kernel.walker().start(c);
        for (String id : s.route) {
            walk.visit(kernelIndex.get(id));
            stops.add(new CourierStatus.StopEta(id, false, walk.arrival(), walk.serviceStart(), walk.departure()));
        }
        walk.finish();
        Courier k = kernelCouriers.get(c);
        return new CourierStatus(s.base.id(), s.duty, now, s.fixed == null ? s.freePoint : k.startPoint(),
                k.availableSecond(), s.load, stops, walk.hubArrival(), version);
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
        for (int c = 0; c < active.size(); c++) {
            for (int p : candidate.get(c)) {
                LiveRequest r = requests.get(kernelPickups.get(p).id());
                if (r.pinned && !active.get(c).base.id().equals(r.courier)) {
                    // A dispatcher's override pinned it to its courier: re-optimisation never moves it.
                    return Optional.empty();
                }
            }
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
                if (r.status == LiveRequest.State.ASSIGNED) {
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
                r.status = LiveRequest.State.ASSIGNED;
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
            if (requests.get(kernelPickups.get(p).id()).status == LiveRequest.State.ASSIGNED) {
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
