package dev.outpost.sim.policy;

import dev.outpost.dispatch.DispatchEvent;
import dev.outpost.dispatch.DispatchPlan;
import dev.outpost.dispatch.Dispatcher;
import dev.outpost.dispatch.DispatcherInterruptedException;
import dev.outpost.dispatch.DispatcherOptions;
import dev.outpost.dispatch.Fleet;
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.Stop;
import dev.outpost.routing.route.RouteClock;
import dev.outpost.sim.demand.Request;
import dev.outpost.sim.engine.Stream;
import dev.outpost.sim.fleet.Courier;
import dev.outpost.sim.fleet.DispatchPolicy;
import dev.outpost.sim.fleet.FleetControl;
import dev.outpost.travel.TravelTables;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Cheapest insertion for the immediate answer (delegated to {@link CheapestInsertionPolicy}), plus
 * periodic re-optimisation of the open part of the day through core's {@link Dispatcher}.
 *
 * <p><b>When.</b> At the first request or idle courier at or after each multiple of the interval
 * (default 15 simulated minutes), and when a courier becomes idle with nothing to take while other
 * couriers have queued work (at most once per {@value #IDLE_GAP_SECONDS} s).
 *
 * <p><b>Snapshot.</b> Each accepting courier (on duty, not wrapping up) becomes a
 * {@link dev.outpost.routing.Courier} at its anchor point and anchor time (the job under way is the
 * committed past and never moves), with its load on board, capacity and the earlier of shift end and
 * cut-off. Its queued-not-started requests and every waiting request become {@link Pickup}s
 * (release and window start at the request time, window end at the latest courier end, its size,
 * service and priority). A request some courier may not take ({@link FleetControl#able}: skills,
 * reachability) gets a synthetic skill, one per distinct set of able couriers, that only those
 * couriers have; a snapshot with more than {@value #MAX_GROUPS} such sets is skipped (the route
 * kernel takes at most 64 skill names).
 *
 * <p><b>Travel.</b> The dispatcher plans on the simulator's own expected legs
 * ({@link FleetControl#legTables}) restricted to the points in play (hub, anchors, requests;
 * {@link TravelTables#select}): each courier drives by its courier type's profile, each leg timed
 * from its departure second ({@link Fleet#timeDependent}), so a planned route takes the times the
 * simulator drives before noise. The simulator still re-checks every route with its own rules.
 *
 * <p><b>Adoption.</b> The deterministic dispatcher ({@link DispatcherOptions#deterministic}, a small
 * step limit, its seed the next draw of the day's {@link Stream#REOPTIMISATION} stream, so
 * replications differ and set-ups on the same seed and replication draw the same seeds) answers
 * the submitted requests by insertion and
 * runs one {@link Dispatcher#reoptimise()} round. Each of its routes is kept as long as the
 * simulator's own rules admit it (skills, capacity, reachable legs, back at the hub by the courier's
 * end, all with expected legs); a stop that fails is left out. The plan is adopted only when every
 * request that was queued stays in some queue, and it either queues more requests or costs less
 * than the current queues in the objective both sides share (driving seconds plus
 * priority-weighted seconds from request to service start, from each courier's anchor to the hub).
 * Adopting it takes the snapshot's queued requests out ({@link FleetControl#unassign}) and assigns
 * them again in the plan's order; waiting requests the plan leaves out keep waiting. No request is
 * ever dropped, so conservation holds as for the other policies.
 */
public final class ReoptimisingPolicy implements DispatchPolicy {

    /** Default re-optimisation interval, simulated seconds (15 minutes). */
    public static final int DEFAULT_INTERVAL_SECONDS = 900;
    /** Default local-search steps of one re-optimisation round. */
    public static final long DEFAULT_STEPS = 300;
    /** Shortest gap between two re-optimisations triggered by idle couriers, simulated seconds. */
    public static final int IDLE_GAP_SECONDS = 300;

    /** Most distinct sets of able couriers a snapshot may have (the route kernel takes at most 64 skill names). */
    static final int MAX_GROUPS = 64;

    private final CheapestInsertionPolicy insertion = new CheapestInsertionPolicy();
    private final int intervalSeconds;
    private final long steps;
    private long nextDue = 0;
    private long lastRound = Long.MIN_VALUE / 2;
    private int rounds;
    private int adopted;
    private SplittableRandom seeds;
    private final List<Long> seedsUsed = new ArrayList<>();
    private Fleet lastFleet;

    /** With the default interval and steps. */
    public ReoptimisingPolicy() {
        this(DEFAULT_INTERVAL_SECONDS, DEFAULT_STEPS);
    }

    /**
     * @param intervalSeconds simulated seconds between periodic re-optimisations, at least 60
     * @param steps           local-search steps per round, at least 1
     */
    public ReoptimisingPolicy(int intervalSeconds, long steps) {
        if (intervalSeconds < 60) {
            throw new IllegalArgumentException("The re-optimisation intervalSeconds (" + intervalSeconds
                    + ") is below 60; use e.g. 900 (15 minutes).");
        }
        if (steps < 1) {
            throw new IllegalArgumentException("The re-optimisation steps (" + steps + ") must be at least 1.");
        }
        this.intervalSeconds = intervalSeconds;
        this.steps = steps;
    }

    /** {@return re-optimisation rounds run so far (dispatcher created and solved)} */
    public int rounds() {
        return rounds;
    }

    /** {@return the dispatcher seeds of the rounds so far, in order (for tests)} */
    List<Long> seedsUsed() {
        return List.copyOf(seedsUsed);
    }

    /** {@return the fleet the last round's dispatcher planned on, or null before the first round (for tests)} */
    Fleet lastFleet() {
        return lastFleet;
    }

    /** {@return rounds whose plan was adopted (queues changed)} */
    public int adopted() {
        return adopted;
    }

    @Override
    public void onRequest(Request request, FleetControl fleet) {
        // Re-optimise first: the day requires this request to be the last one placed.
        periodic(fleet);
        insertion.onRequest(request, fleet);
    }

    @Override
    public void onCourierIdle(int courier, FleetControl fleet) {
        insertion.onCourierIdle(courier, fleet);
        long now = fleet.clock().now();
        if (fleet.couriers().get(courier).free() && now - lastRound >= IDLE_GAP_SECONDS && Feasibility.someQueue(fleet)) {
            reoptimise(fleet);
        } else {
            periodic(fleet);
        }
    }

    private void periodic(FleetControl fleet) {
        long now = fleet.clock().now();
        if (now >= nextDue) {
            reoptimise(fleet);
        }
    }

    /** One round now: snapshot, dispatcher, check, adopt if better. */
    void reoptimise(FleetControl fleet) {
        long now = fleet.clock().now();
        nextDue = (now / intervalSeconds + 1) * intervalSeconds;
        lastRound = now;
        List<Courier> couriers = new ArrayList<>();
        for (Courier c : fleet.couriers()) {
            if (c.accepting() && fleet.anchorTime(c.index()) < c.workEnd()) {
                couriers.add(c);
            }
        }
        List<Request> open = new ArrayList<>();
        Set<Long> queued = new HashSet<>();
        for (Courier c : couriers) {
            for (long id : c.queue()) {
                open.add(fleet.request(id));
                queued.add(id);
            }
        }
        for (long id : fleet.waiting()) {
            open.add(fleet.request(id));
        }
        if (couriers.isEmpty() || open.isEmpty() || (couriers.size() == 1 && open.size() == 1)) {
            return;
        }
        open.sort((a, b) -> Long.compare(a.id(), b.id()));
        Map<String, List<Long>> routes = solve(fleet, now, couriers, open);
        if (routes == null) {
            return;
        }
        rounds++;
        Map<Integer, List<Long>> candidate = new HashMap<>();
        int served = 0;
        for (Courier c : couriers) {
            List<Long> kept = Feasibility.admitted(fleet, c, routes.getOrDefault(c.id(), List.of()));
            candidate.put(c.index(), kept);
            served += kept.size();
        }
        Set<Long> inCandidate = new HashSet<>();
        candidate.values().forEach(inCandidate::addAll);
        if (!inCandidate.containsAll(queued)) {
            return;
        }
        long oldCost = 0;
        long newCost = 0;
        for (Courier c : couriers) {
            oldCost += cost(fleet, c, c.queue());
            newCost += cost(fleet, c, candidate.get(c.index()));
        }
        if (served <= queued.size() && newCost >= oldCost) {
            return;
        }
        adopted++;
        for (Courier c : couriers) {
            for (long id : new ArrayList<>(c.queue())) {
                fleet.unassign(id);
            }
        }
        for (Courier c : couriers) {
            for (long id : candidate.get(c.index())) {
                fleet.assign(fleet.request(id), c.index(), c.queue().size());
            }
        }
    }

    /**
     * The dispatcher's routes: courier id to request ids in visiting order; null when the snapshot
     * has more than {@link #MAX_GROUPS} distinct sets of able couriers (the round is skipped).
     */
    private Map<String, List<Long>> solve(FleetControl fleet, long now, List<Courier> couriers, List<Request> open) {
        Map<Integer, Integer> index = new LinkedHashMap<>();
        index.put(fleet.hub(), 0);
        for (Courier c : couriers) {
            index.putIfAbsent(fleet.anchorPoint(c.index()), index.size());
        }
        for (Request r : open) {
            index.putIfAbsent(fleet.point(r), index.size());
        }
        int[] points = new int[index.size()];
        index.forEach((point, i) -> points[i] = point);
        TravelTables all = fleet.legTables();
        TravelTables tables = all.select(points);
        Map<Integer, List<String>> skills = new HashMap<>();
        Map<Long, String> privateSkill = new HashMap<>();
        Map<BitSet, String> groups = new LinkedHashMap<>();
        for (Request r : open) {
            BitSet able = new BitSet(couriers.size());
            for (int i = 0; i < couriers.size(); i++) {
                if (fleet.able(couriers.get(i).index(), r)) {
                    able.set(i);
                }
            }
            if (able.cardinality() < couriers.size()) {
                String skill = groups.get(able);
                if (skill == null) {
                    skill = "g" + groups.size();
                    groups.put(able, skill);
                    for (int i = able.nextSetBit(0); i >= 0; i = able.nextSetBit(i + 1)) {
                        skills.computeIfAbsent(couriers.get(i).index(), x -> new ArrayList<>()).add(skill);
                    }
                }
                privateSkill.put(r.id(), skill);
            }
        }
        if (groups.size() > MAX_GROUPS) {
            return null;
        }
        int end = 0;
        List<dev.outpost.routing.Courier> planned = new ArrayList<>();
        for (Courier c : couriers) {
            int shiftEnd = (int) c.workEnd();
            end = Math.max(end, shiftEnd);
            planned.add(dev.outpost.routing.Courier.builder(c.id()).profile(all.profileIds().get(c.type()))
                    .startPoint(index.get(fleet.anchorPoint(c.index())))
                    .available((int) fleet.anchorTime(c.index())).shiftEnd(shiftEnd).capacity(c.capacity())
                    .loadOnBoard(Math.min(c.load(), c.capacity())).skills(skills.getOrDefault(c.index(), List.of())).build());
        }
        if (seeds == null) {
            seeds = fleet.random().stream(Stream.REOPTIMISATION, 0);
        }
        long seed = seeds.nextLong();
        seedsUsed.add(seed);
        lastFleet = Fleet.timeDependent(tables, 0, end, planned);
        Dispatcher dispatcher = Dispatcher.create(lastFleet,
                DispatcherOptions.deterministic(steps, seed).withStartSecond((int) now));
        try {
            for (Request r : open) {
                String skill = privateSkill.get(r.id());
                Pickup p = Pickup.builder(Long.toString(r.id())).point(index.get(fleet.point(r)))
                        .window((int) Math.min(r.time(), end), end).serviceSeconds(r.serviceSeconds()).size(r.size())
                        .priority(r.priority()).requiredSkills(skill == null ? List.of() : List.of(skill))
                        .releaseSecond((int) Math.min(r.time(), end)).build();
                dispatcher.submit(new DispatchEvent.PickupRequested(p)).join();
            }
            dispatcher.reoptimise();
            DispatchPlan plan = dispatcher.currentPlan();
            Map<String, List<Long>> routes = new HashMap<>();
            for (CourierRoutePlan route : plan.plan().routes()) {
                List<Long> stops = new ArrayList<>();
                for (Stop s : route.stops()) {
                    stops.add(Long.parseLong(s.pickupId()));
                }
                routes.put(route.courierId(), stops);
            }
            dispatcher.shutdown();
            return routes;
        } catch (DispatcherInterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The re-optimisation at second " + now + " was interrupted.", e);
        }
    }


    /**
     * The shared objective of one queue: driving seconds from the anchor through the stops to the
     * hub plus each stop's priority times its seconds from request to service start (expected legs).
     */
    private static long cost(FleetControl fleet, Courier c, List<Long> queue) {
        int k = c.index();
        RouteClock clock = new RouteClock((a, b, t) -> fleet.legSeconds(k, a, b, t))
                .start(fleet.anchorPoint(k), fleet.anchorTime(k), c.load());
        long sum = 0;
        for (long id : queue) {
            Request r = fleet.request(id);
            int leg = Math.max(0, clock.visit(fleet.point(r), RouteClock.NO_WINDOW, r.serviceSeconds(), r.size()));
            sum += leg + (long) r.priority() * Math.max(0, clock.serviceStart() - r.time());
        }
        return sum + Math.max(0, clock.legTo(fleet.hub()));
    }
}
