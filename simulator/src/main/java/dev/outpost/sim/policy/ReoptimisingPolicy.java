package dev.outpost.sim.policy;

import dev.outpost.dispatch.Decision;
import dev.outpost.dispatch.DispatchEvent;
import dev.outpost.dispatch.DispatchPlan;
import dev.outpost.dispatch.Dispatcher;
import dev.outpost.dispatch.DispatcherOptions;
import dev.outpost.dispatch.Fleet;
import dev.outpost.dispatch.wire.WireEvent;
import dev.outpost.dispatch.wire.WireLocation;
import dev.outpost.dispatch.wire.WireTime;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.route.RouteClock;
import dev.outpost.sim.demand.Request;
import dev.outpost.sim.engine.Stream;
import dev.outpost.sim.fleet.Courier;
import dev.outpost.sim.fleet.DispatchPolicy;
import dev.outpost.sim.fleet.FleetControl;
import dev.outpost.travel.ScenarioPoints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The simulator's dispatcher: one deterministic core {@link Dispatcher} per simulated day decides
 * which courier takes each request and in which order, hears the day's events as they happen, and
 * re-optimises its plan periodically; the simulator checks every route under its own rules and
 * executes what passes.
 *
 * <p>The {@code reoptimise} policy: every simulated day is a test of the live dispatcher (no event
 * refused, its final plan valid: {@link #refusals()}, {@link #finalPlan()}), and
 * {@code simulate --dispatch-log} writes what it heard for {@code outpost replay}. Its dispatcher
 * counts the delay a new pickup causes to the later stops ({@link DispatcherOptions#withLaterStops});
 * without it, it answered much worse than {@code cheapest-insertion} on the default city
 * (docs/simulation.md gives the figures).
 *
 * <p><b>The day's dispatcher.</b> Created at the day's first event on the scenario's fleet as
 * {@code outpost replay} builds it (each courier {@code <type>-<n>} at its home with its type's
 * shift, capacity, skills, breaks and profile; the simulator's expected time-of-day legs
 * ({@link FleetControl#legTables}); the hub's cut-off). It is told, in simulated-time order:
 * each request ({@code request}: the client, the request's service seconds and size, its window
 * to the end of the day, since the simulator serves a request whenever a courier reaches it), a
 * courier leaving for a request ({@code position} with {@code drivingTo}: the stop is fixed from
 * then on), its arrival and completion ({@code arrived}, {@code done}), each unload at the hub
 * ({@code unload}), the end of a relocation ({@code position}), a courier leaving the day (off
 * duty, or lost to a breakdown: {@code off-duty}) and each re-optimisation round
 * ({@code reoptimise} with its steps and seed). A courier that leaves for a request the dispatcher
 * has planned elsewhere (rare: a courier on break keeps its queue) is given it first by an
 * override ({@code assign}). Events at or after 24:00:00 are not sent (the dispatcher's day has
 * ended; the simulator then places by {@link CheapestInsertionPolicy}). Each event also goes, in
 * the wire format of {@code docs/event-log.md}, to the optional log, so that {@code outpost replay}
 * on the same scenario and layout gives the same answers.
 *
 * <p><b>Executing the plan.</b> After each event the simulator takes the dispatcher's planned
 * stops (not yet under way) courier by courier in the plan's order and keeps each stop its own
 * rules admit (skills, capacity with the load on board, reachable legs, back at the hub by the
 * courier's work end, all with expected legs timed by the route kernel's {@link RouteClock}); a
 * courier on break or wrapping up keeps its queue. A request the dispatcher leaves unserved, or
 * that the simulator's rules do not admit where it is planned, waits (FIFO) until a later plan
 * places it. No request is ever dropped, so conservation holds as for the other policies.
 *
 * <p><b>When.</b> At the first request or idle courier at or after each multiple of the interval
 * (default 7.5 simulated minutes), and when a courier becomes idle with nothing to take while other
 * couriers have queued work (at most once per {@value #IDLE_GAP_SECONDS} s); a round needs an
 * accepting courier before its work end and open requests (not one courier with one request). The
 * round's seed is the next draw of the day's {@link Stream#REOPTIMISATION} stream (so replications
 * differ and set-ups on the same seed and replication draw the same seeds).
 */
public final class ReoptimisingPolicy implements DispatchPolicy {

    /**
     * Default re-optimisation interval, simulated seconds (7.5 minutes: with 600 steps a round, on
     * the default city's three replications of seed 1, mean response 723 s against 750 s at 15
     * minutes and 300 steps; docs/simulation.md).
     */
    public static final int DEFAULT_INTERVAL_SECONDS = 450;
    /** Default local-search steps of one re-optimisation round. */
    public static final long DEFAULT_STEPS = 600;
    /** Shortest gap between two re-optimisations triggered by idle couriers, simulated seconds. */
    public static final int IDLE_GAP_SECONDS = 300;

    /** Steps of the dispatcher's own options, as {@code outpost replay} creates a day's dispatcher. */
    private static final long SESSION_STEPS = 300;

    private final CheapestInsertionPolicy insertion = new CheapestInsertionPolicy();
    private final int intervalSeconds;
    private final long steps;
    private final int day;
    private final Consumer<WireEvent> log;
    private long nextDue = 0;
    private long lastRound = Long.MIN_VALUE / 2;
    private int rounds;
    private int adopted;
    private int overrides;
    private SplittableRandom seeds;
    private final List<Long> seedsUsed = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private final List<List<Decision>> answers = new ArrayList<>();
    private Dispatcher dispatcher;
    private Fleet dispatchFleet;
    private DispatchPlan finalPlan;
    private ScenarioPoints points;
    private boolean planar;
    private final Map<String, Long> requestOf = new HashMap<>();
    private final Set<Integer> offDuty = new HashSet<>();

    /** With the default interval and steps, no log. */
    public ReoptimisingPolicy() {
        this(DEFAULT_INTERVAL_SECONDS, DEFAULT_STEPS);
    }

    /**
     * @param intervalSeconds simulated seconds between periodic re-optimisations, at least 60
     * @param steps           local-search steps per round, at least 1
     */
    public ReoptimisingPolicy(int intervalSeconds, long steps) {
        this(intervalSeconds, steps, 1, null);
    }

    /**
     * A policy whose dispatcher's events also go to {@code log} in the wire format, as day {@code day}.
     *
     * @param intervalSeconds simulated seconds between periodic re-optimisations, at least 60
     * @param steps           local-search steps per round, at least 1
     * @param day             the day of the log's events, from 1
     * @param log             receives each event sent to the dispatcher, in order; null for none
     */
    public ReoptimisingPolicy(int intervalSeconds, long steps, int day, Consumer<WireEvent> log) {
        if (intervalSeconds < 60) {
            throw new IllegalArgumentException("The re-optimisation intervalSeconds (" + intervalSeconds
                    + ") is below 60; use e.g. 900 (15 minutes).");
        }
        if (steps < 1) {
            throw new IllegalArgumentException("The re-optimisation steps (" + steps + ") must be at least 1.");
        }
        if (day < 1) {
            throw new IllegalArgumentException("The log's day (" + day + ") must be at least 1.");
        }
        this.intervalSeconds = intervalSeconds;
        this.steps = steps;
        this.day = day;
        this.log = log;
    }

    /** {@return re-optimisation rounds run so far} */
    public int rounds() {
        return rounds;
    }

    /** {@return rounds whose plan the dispatcher adopted (better than its plan before)} */
    public int adopted() {
        return adopted;
    }

    /** {@return overrides sent so far: a courier left for a request the dispatcher had planned elsewhere} */
    public int overrides() {
        return overrides;
    }

    /** {@return the events the dispatcher refused or failed, with their reasons (none expected)} */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    /**
     * The dispatcher's answer to each event sent, in order (a {@code reoptimise} event's is empty),
     * as {@code outpost replay}'s session answers the same lines.
     *
     * @return the answers so far
     */
    public List<List<Decision>> answers() {
        return List.copyOf(answers);
    }

    /** {@return the dispatcher's final plan of the day (checked), or null before the day is finished or when it never started} */
    public DispatchPlan finalPlan() {
        return finalPlan;
    }

    /** {@return the dispatcher seeds of the rounds so far, in order (for tests)} */
    List<Long> seedsUsed() {
        return List.copyOf(seedsUsed);
    }

    /** {@return the fleet the day's dispatcher plans on, or null before the day's first event (for tests)} */
    Fleet lastFleet() {
        return dispatchFleet;
    }

    // ---- the day's events ---------------------------------------------------------------------

    @Override
    public void onRequest(Request request, FleetControl fleet) {
        if (!live(fleet)) {
            insertion.onRequest(request, fleet);
            return;
        }
        periodic(fleet);
        String id = pickupId(request.id());
        if (!requestOf.containsKey(id)) {
            requestOf.put(id, request.id());
            send(request(fleet, request, now(fleet)));
        }
        execute(fleet, request);
    }

    @Override
    public void onCourierIdle(int courier, FleetControl fleet) {
        if (!live(fleet)) {
            insertion.onCourierIdle(courier, fleet);
            return;
        }
        long now = fleet.clock().now();
        if (fleet.couriers().get(courier).free() && now - lastRound >= IDLE_GAP_SECONDS && Feasibility.someQueue(fleet)) {
            reoptimise(fleet);
        } else {
            periodic(fleet);
        }
        execute(fleet, null);
    }

    @Override
    public void onDeparted(int courier, Request request, FleetControl fleet) {
        String pickup = pickupId(request.id());
        if (live(fleet) && requestOf.containsKey(pickup) && !offDuty.contains(courier)) {
            String c = courierId(fleet, courier);
            if (!(dispatcher.status(pickup) instanceof Decision.Assigned a && a.courierId().equals(c))) {
                overrides++;
                send(new Sent(new WireEvent.Assign(time(fleet), pickup, c), new DispatchEvent.PickupAssigned(pickup, c, false,
                        now(fleet))));
            }
            int point = fleet.couriers().get(courier).point();
            send(new Sent(new WireEvent.Position(time(fleet), c, location(point), pickup),
                    new DispatchEvent.CourierMoved(c, point, now(fleet), pickup)));
        }
    }

    @Override
    public void onPickupStarted(int courier, Request request, FleetControl fleet) {
        String pickup = pickupId(request.id());
        if (live(fleet) && requestOf.containsKey(pickup) && !offDuty.contains(courier)) {
            String c = courierId(fleet, courier);
            send(new Sent(new WireEvent.Arrived(time(fleet), c, pickup), new DispatchEvent.ArrivedAtStop(c, pickup, now(fleet))));
        }
    }

    @Override
    public void onPickupDone(int courier, Request request, FleetControl fleet) {
        String pickup = pickupId(request.id());
        if (live(fleet) && requestOf.containsKey(pickup) && !offDuty.contains(courier)) {
            String c = courierId(fleet, courier);
            send(new Sent(new WireEvent.Done(time(fleet), c, pickup), new DispatchEvent.PickupDone(c, pickup, now(fleet))));
            execute(fleet, null);
        }
    }

    @Override
    public void onUnloaded(int courier, FleetControl fleet) {
        if (live(fleet) && !offDuty.contains(courier)) {
            String c = courierId(fleet, courier);
            send(new Sent(new WireEvent.Unload(time(fleet), c), new DispatchEvent.CourierUnloaded(c, now(fleet))));
            execute(fleet, null);
        }
    }

    @Override
    public void onRelocated(int courier, FleetControl fleet) {
        if (live(fleet) && !offDuty.contains(courier)) {
            String c = courierId(fleet, courier);
            int point = fleet.couriers().get(courier).point();
            send(new Sent(new WireEvent.Position(time(fleet), c, location(point)),
                    new DispatchEvent.CourierMoved(c, point, now(fleet), null)));
            execute(fleet, null);
        }
    }

    @Override
    public void onOffDuty(int courier, FleetControl fleet) {
        if (live(fleet) && offDuty.add(courier)) {
            String c = courierId(fleet, courier);
            send(new Sent(new WireEvent.OffDuty(time(fleet), c), new DispatchEvent.CourierOffDuty(c, now(fleet))));
            execute(fleet, null);
        }
    }

    @Override
    public void finished(FleetControl fleet) {
        if (dispatcher != null) {
            finalPlan = dispatcher.shutdown();
            dispatcher = null;
        }
    }

    // ---- the dispatcher -----------------------------------------------------------------------

    /** An event as the log writes it and as the dispatcher takes it. */
    private record Sent(WireEvent wire, DispatchEvent event) {
    }

    /**
     * Whether the day's dispatcher takes events now (before 24:00:00 and before the day finished);
     * creates it at the day's first event, on the scenario's fleet as {@code outpost replay} builds it.
     */
    private boolean live(FleetControl fleet) {
        if (fleet.clock().now() >= WireTime.DAY_SECONDS || finalPlan != null) {
            return false;
        }
        if (dispatcher == null) {
            Scenario scenario = fleet.scenario();
            points = ScenarioPoints.of(scenario);
            planar = scenario.coordinates() == CoordinateSystem.PLANAR;
            List<String> profiles = fleet.legTables().profileIds();
            List<dev.outpost.routing.Courier> couriers = new ArrayList<>();
            for (Courier c : fleet.couriers()) {
                CourierType type = scenario.courierTypes().get(c.type());
                couriers.add(dev.outpost.routing.Courier.builder(c.id()).startPoint(c.home())
                        .available(type.shift().startSeconds()).shiftEnd(type.shift().endSeconds()).capacity(type.capacity())
                        .skills(type.skills()).endAtHub(true).profile(profiles.get(c.type())).breaks(type.breaks()).build());
            }
            dispatchFleet = Fleet.timeDependent(fleet.legTables(), fleet.hub(), scenario.hub().cutoffSeconds(), couriers);
            // Each answer's cost counts the delay to the later stops (as outpost replay's session does).
            dispatcher = Dispatcher.create(dispatchFleet, DispatcherOptions.deterministic(SESSION_STEPS, day).withLaterStops(true));
        }
        return true;
    }

    /** The request as a wire line and a dispatcher event, as {@code outpost replay}'s session turns that line into one. */
    private Sent request(FleetControl fleet, Request r, int now) {
        dev.outpost.model.Client client = fleet.scenario().clients().get(r.client());
        String id = pickupId(r.id());
        int end = WireTime.DAY_SECONDS;
        double serviceMinutes = r.serviceSeconds() / 60.0;
        WireEvent.Request wire = new WireEvent.Request(time(fleet), id, client.id(), null, serviceMinutes, null, r.size(),
                List.of(), end);
        Pickup pickup = Pickup.builder(id).point(fleet.point(r)).window(now, end)
                .serviceSeconds((int) Math.round(serviceMinutes * 60)).size(r.size()).priority(client.priority())
                .requiredSkills(client.requiredSkills()).releaseSecond(now).build();
        return new Sent(wire, new DispatchEvent.PickupRequested(pickup, null, client.responseTargetSeconds()));
    }

    private List<Decision> send(Sent sent) {
        if (log != null) {
            log.accept(sent.wire());
        }
        List<Decision> decisions;
        try {
            decisions = dispatcher.submit(sent.event()).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            refusals.add(sent.wire().type() + " at " + sent.wire().time() + ": INVALID: " + cause.getMessage());
            answers.add(List.of());
            return List.of();
        }
        for (Decision d : decisions) {
            if (d instanceof Decision.Refused f) {
                refusals.add(sent.wire().type() + " at " + sent.wire().time() + ": " + f.reason() + ": " + f.message());
            }
        }
        answers.add(decisions);
        return decisions;
    }

    /**
     * The simulator executes the dispatcher's plan: each accepting courier's queue becomes its
     * planned stops that are not under way, in the plan's order, as far as the simulator's rules
     * admit them; the rest wait. {@code arrived} (a new or handed-back request, or null) is placed
     * last, as the day requires.
     */
    private void execute(FleetControl fleet, Request arrived) {
        Set<Long> open = new HashSet<>(fleet.waiting());
        for (Courier c : fleet.couriers()) {
            open.addAll(c.queue());
        }
        if (arrived != null) {
            open.add(arrived.id());
        }
        Map<String, List<Decision.Assigned>> planned = new HashMap<>();
        for (long id : open) {
            if (dispatcher.status(pickupId(id)) instanceof Decision.Assigned a) {
                planned.computeIfAbsent(a.courierId(), x -> new ArrayList<>()).add(a);
            }
        }
        Map<Integer, List<Long>> wanted = new HashMap<>();
        Set<Long> placed = new HashSet<>();
        for (Courier c : fleet.couriers()) {
            if (!c.accepting()) {
                // On break or wrapping up: it keeps its queue.
                placed.addAll(c.queue());
            }
        }
        for (Courier c : fleet.couriers()) {
            if (!c.accepting()) {
                continue;
            }
            List<Decision.Assigned> stops = new ArrayList<>(planned.getOrDefault(c.id(), List.of()));
            stops.sort((x, y) -> Integer.compare(x.position(), y.position()));
            List<Long> route = new ArrayList<>();
            for (Decision.Assigned a : stops) {
                long id = requestOf.get(a.pickupId());
                if (!placed.contains(id)) {
                    route.add(id);
                }
            }
            List<Long> kept = Feasibility.admitted(fleet, c, route);
            wanted.put(c.index(), kept);
            placed.addAll(kept);
        }
        List<Long> unplaced = new ArrayList<>();
        for (Courier c : fleet.couriers()) {
            List<Long> want = wanted.get(c.index());
            if (want == null || want.equals(c.queue())) {
                continue;
            }
            for (long id : new ArrayList<>(c.queue())) {
                fleet.unassign(id);
                if (!placed.contains(id)) {
                    unplaced.add(id);
                }
            }
        }
        int arrivedCourier = -1;
        for (Courier c : fleet.couriers()) {
            List<Long> want = wanted.get(c.index());
            if (want == null || want.equals(c.queue())) {
                continue;
            }
            for (long id : want) {
                if (arrived != null && id == arrived.id()) {
                    arrivedCourier = c.index();
                } else if (!c.queue().contains(id) && fleet.couriers().get(c.index()).accepting()) {
                    fleet.assign(fleet.request(id), c.index(), c.queue().size());
                } else if (!c.queue().contains(id)) {
                    unplaced.add(id);
                }
            }
        }
        for (long id : unplaced) {
            if (arrived == null || id != arrived.id()) {
                fleet.hold(fleet.request(id));
            }
        }
        if (arrived != null) {
            Courier c = arrivedCourier < 0 ? null : fleet.couriers().get(arrivedCourier);
            if (c != null && c.accepting()) {
                List<Long> want = wanted.get(c.index());
                int before = want.indexOf(arrived.id());
                int position = 0;
                for (int i = before - 1; i >= 0; i--) {
                    int at = c.queue().indexOf(want.get(i));
                    if (at >= 0) {
                        position = at + 1;
                        break;
                    }
                }
                fleet.assign(arrived, c.index(), position);
            } else {
                fleet.hold(arrived);
            }
        }
    }

    private WireLocation location(int point) {
        return WireLocation.of(points.locations().get(point), planar);
    }

    private String pickupId(long requestId) {
        return "d" + day + "r" + requestId;
    }

    private static String courierId(FleetControl fleet, int courier) {
        return fleet.couriers().get(courier).id();
    }

    private static int now(FleetControl fleet) {
        return (int) fleet.clock().now();
    }

    private WireTime time(FleetControl fleet) {
        return new WireTime(day, now(fleet));
    }

    // ---- re-optimisation ----------------------------------------------------------------------

    private void periodic(FleetControl fleet) {
        long now = fleet.clock().now();
        if (now >= nextDue) {
            reoptimise(fleet);
        }
    }

    /** One round now, when there is something to re-plan: the dispatcher re-optimises its plan (the caller executes it). */
    void reoptimise(FleetControl fleet) {
        if (!live(fleet)) {
            return;
        }
        long now = fleet.clock().now();
        nextDue = (now / intervalSeconds + 1) * intervalSeconds;
        lastRound = now;
        int couriers = 0;
        int open = fleet.waiting().size();
        for (Courier c : fleet.couriers()) {
            if (c.accepting() && fleet.anchorTime(c.index()) < c.workEnd()) {
                couriers++;
                open += c.queue().size();
            }
        }
        if (couriers == 0 || open == 0 || (couriers == 1 && open == 1)) {
            return;
        }
        if (seeds == null) {
            seeds = fleet.random().stream(Stream.REOPTIMISATION, 0);
        }
        long seed = seeds.nextLong();
        seedsUsed.add(seed);
        if (log != null) {
            log.accept(new WireEvent.Reoptimise(time(fleet), steps, seed));
        }
        rounds++;
        if (dispatcher.reoptimise(steps, seed).isPresent()) {
            adopted++;
        }
        answers.add(List.of());
    }
}
