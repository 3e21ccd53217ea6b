package dev.outpost.sim.fleet;

import dev.outpost.model.Client;
import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import dev.outpost.routing.route.RouteClock;
import dev.outpost.sim.demand.Request;
import dev.outpost.sim.engine.Engine;
import dev.outpost.sim.engine.EventListener;
import dev.outpost.sim.engine.RandomStreams;
import dev.outpost.sim.engine.SimClock;
import dev.outpost.sim.engine.SimEvent;
import dev.outpost.sim.engine.Stream;
import dev.outpost.sim.engine.UnservedReason;
import dev.outpost.travel.ScenarioPoints;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * One simulated day: the requests come in, the dispatch policy gives them to couriers, couriers
 * drive (expected leg times from {@link LegTimes} times a lognormal noise factor per leg), serve,
 * unload at the hub when full, relocate when idle (the relocation policy), and drive to the hub to
 * end their day in time for the earlier of their shift end and the cut-off. Every fact is published
 * to the listeners. At the end every request is served or unserved with a reason; a broken
 * conservation throws.
 *
 * <p>Rules: a courier takes a request only if its estimated finish (expected legs) plus the leg to
 * the hub is within its shift end and the cut-off, and its load plus queued units plus the request
 * fits its capacity. A courier interrupted while relocating continues from the nearer end of the
 * drive (origin before half-way, destination after) and is charged the metres driven so far.
 * Breakdowns (optional) strike at an exponential time on duty; requests not yet at the door go back
 * to the dispatch policy; pickups on board are lost.
 *
 * <p>Breaks (when the courier type has them): a courier takes its break at the first moment it is
 * free inside [earliest, latest - minutes] (at the window's opening if it is idle or relocating
 * then; a relocation is broken off as for a dispatch), or, once latest - minutes has passed, right
 * after the stop it is at (a pickup or an unload at the hub): it never abandons a leg or a service.
 * Queued requests wait for the end of the break. A courier on break takes no new work
 * ({@link Courier#accepting()} is false); the policies admit work only if it brings the courier
 * back to the hub by its shift end less the breaks still to take ({@link Courier#workEnd()}). A
 * courier wrapping up its day skips the breaks it has not taken.
 */
public final class Day implements FleetControl {

    private static final int SHIFT_START = 0;
    private static final int LEG_END = 1;
    private static final int SERVICE_END = 2;
    private static final int ARRIVAL = 3;
    private static final int BREAKDOWN = 4;
    private static final int WRAP_UP = 5;
    private static final int BREAK_OPEN = 6;
    private static final int BREAK_END = 7;

    private record Payload(int kind, int courier, Request request) {
    }

    private final Scenario scenario;
    private final ScenarioPoints points;
    private final LegTimes legs;
    private final FleetOptions options;
    private final DispatchPolicy dispatch;
    private final RelocationPolicy relocation;
    private final RandomStreams random;
    private final Engine<Payload> engine = new Engine<>();
    private final List<Courier> couriers = new ArrayList<>();
    private final List<Courier> readOnlyCouriers = Collections.unmodifiableList(couriers);
    private final SplittableRandom[] noise;
    private Request[] requests = new Request[0];
    private int[] requestState = new int[0];
    private long lastPlaced = -1;
    private final LinkedHashSet<Long> waiting = new LinkedHashSet<>();
    private final Collection<Long> waitingView = Collections.unmodifiableSet(waiting);
    private final Set<Long> handedBack = new HashSet<>();
    private final Set<Long> arrivedWithCourier = new HashSet<>();
    private final String[] clientOutpost;
    private final int[] posts;
    private final int[] clientPoints;
    private final List<String> skillNames;
    private final long[] clientSkills;
    private final int cutoff;

    /**
     * A day ready to {@link #run}.
     *
     * @param scenario      the scenario
     * @param legs          the expected leg times and metres
     * @param options       the fleet options (travel noise, breakdowns, service times, growth)
     * @param dispatch      the dispatch policy for this day
     * @param relocation    the relocation policy for this day
     * @param random        the random streams (travel noise, breakdowns)
     * @param homes         the home point of each courier, fleet order (see {@link Fleets#courierIds})
     * @param clientOutpost the outpost id of each client (for KPIs), "-" when none
     * @param posts         the open outposts' points
     */
    public Day(Scenario scenario, LegTimes legs, FleetOptions options, DispatchPolicy dispatch, RelocationPolicy relocation,
            RandomStreams random, int[] homes, String[] clientOutpost, int[] posts) {
        this.scenario = scenario;
        this.points = ScenarioPoints.of(scenario);
        this.legs = legs;
        this.options = options;
        this.dispatch = dispatch;
        this.relocation = relocation;
        this.random = random;
        this.clientOutpost = clientOutpost.clone();
        this.posts = posts.clone();
        this.cutoff = scenario.hub().cutoffSeconds();
        TreeSet<String> names = new TreeSet<>();
        scenario.courierTypes().forEach(t -> names.addAll(t.skills()));
        scenario.clients().forEach(c -> names.addAll(c.requiredSkills()));
        skillNames = List.copyOf(names);
        clientSkills = new long[scenario.clients().size()];
        clientPoints = new int[scenario.clients().size()];
        for (int c = 0; c < clientSkills.length; c++) {
            clientSkills[c] = bits(scenario.clients().get(c).requiredSkills());
            clientPoints[c] = points.clientIndex(c);
        }
        List<String> ids = Fleets.courierIds(scenario);
        List<Integer> types = Fleets.courierTypes(scenario);
        if (homes.length != ids.size()) {
            throw new IllegalArgumentException("The homes (" + homes.length + ") must give one point per courier ("
                    + ids.size() + ").");
        }
        noise = new SplittableRandom[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            CourierType type = scenario.courierTypes().get(types.get(i));
            long end = Math.min(type.shift().endSeconds(), cutoff);
            couriers.add(new Courier(i, ids.get(i), types.get(i), type.capacity(), bits(type.skills()),
                    type.shift().startSeconds(), end, homes[i], type.breaks()));
            noise[i] = random.stream(Stream.TRAVEL_NOISE, i);
        }
    }

    private long bits(List<String> names) {
        long b = 0;
        for (String n : names) {
            b |= 1L << skillNames.indexOf(n);
        }
        return b;
    }

    /**
     * Adds a listener of the day's facts (before {@link #run}).
     *
     * @param listener the listener to add
     */
    public void listen(EventListener listener) {
        engine.listen(listener);
    }

    /**
     * Events handled by the engine so far.
     *
     * @return the number of events processed
     */
    public long processed() {
        return engine.processed();
    }

    /**
     * Runs the day over {@code dayRequests} (sorted by time).
     *
     * @param dayRequests the day's requests, ids 0, 1, ... in time order
     * @throws IllegalStateException when a request ends neither served nor unserved (a bug)
     */
    public void run(List<Request> dayRequests) {
        requests = new Request[dayRequests.size()];
        requestState = new int[dayRequests.size()];
        for (Request r : dayRequests) {
            if (r.id() < 0 || r.id() >= requests.length || requests[(int) r.id()] != null) {
                throw new IllegalArgumentException("The request id (" + r.id() + ") must be unique and 0 to "
                        + (requests.length - 1) + "; number a day's requests 0, 1, ... in time order.");
            }
            requests[(int) r.id()] = r;
            engine.schedule(r.time(), ARRIVAL, new Payload(ARRIVAL, -1, r));
        }
        for (Courier k : couriers) {
            engine.schedule(k.shiftStart, SHIFT_START, new Payload(SHIFT_START, k.index, null));
            scheduleBreakOpen(k);
            long wrap = Math.max(k.shiftStart, k.shiftEnd - Math.max(0, legs.seconds(k.type, k.home, hub(), k.shiftEnd)));
            if (options.breakdownsPerHour() > 0) {
                // Breakdowns strike only before the courier's latest possible wrap-up.
                SplittableRandom b = random.stream(Stream.BREAKDOWNS, k.index);
                double hours = -Math.log(1.0 - b.nextDouble()) / options.breakdownsPerHour();
                long at = k.shiftStart + Math.round(hours * 3600);
                if (at < wrap) {
                    engine.schedule(at, BREAKDOWN, new Payload(BREAKDOWN, k.index, null));
                }
            }
        }
        engine.run(this::handle);
        for (Long id : new ArrayList<>(waiting)) {
            UnservedReason reason = handedBack.contains(id) ? UnservedReason.COURIER_LOST
                    : arrivedWithCourier.contains(id) ? UnservedReason.END_OF_DAY : UnservedReason.NO_COURIER_IN_TIME;
            unserved(requests[id.intValue()], reason);
        }
        waiting.clear();
        dispatch.finished(this);
        for (int id = 0; id < requestState.length; id++) {
            if (requestState[id] != 2 && requestState[id] != 3) {
                throw new IllegalStateException("The request " + id + " ended neither served nor unserved"
                        + " (state " + requestState[id] + "); conservation broken.");
            }
        }
    }

    private void handle(Payload p) {
        switch (p.kind) {
            case SHIFT_START -> shiftStart(couriers.get(p.courier));
            case ARRIVAL -> arrival(p.request);
            case LEG_END -> legEnd(couriers.get(p.courier));
            case SERVICE_END -> serviceEnd(couriers.get(p.courier));
            case BREAKDOWN -> breakdown(couriers.get(p.courier));
            case WRAP_UP -> wrapUp(couriers.get(p.courier));
            case BREAK_OPEN -> breakOpen(couriers.get(p.courier));
            case BREAK_END -> breakEnd(couriers.get(p.courier));
            default -> throw new IllegalStateException("Unknown payload kind " + p.kind);
        }
    }

    private void shiftStart(Courier k) {
        k.status = CourierStatus.IDLE;
        engine.publish(new SimEvent.CourierOnDuty(now(), k.id, points.id(k.home)));
        if (k.breakOpen) {
            takeBreak(k);
        } else {
            becameIdle(k);
        }
    }

    /** Schedules the opening of the courier's next break window, if it has one left. */
    private void scheduleBreakOpen(Courier k) {
        if (k.nextBreak < k.breaks.size()) {
            long at = Math.max(now(), k.breaks.get(k.nextBreak).earliestSeconds());
            engine.schedule(at, BREAK_OPEN, new Payload(BREAK_OPEN, k.index, null));
        }
    }

    private void breakOpen(Courier k) {
        if (k.status == CourierStatus.LOST || k.status == CourierStatus.DONE || k.wrappingUp) {
            return;
        }
        k.breakOpen = true;
        if (k.free()) {
            interruptRelocation(k);
            takeBreak(k);
        }
    }

    /**
     * Whether the courier, done with a stop, takes its open break now: when it would otherwise be
     * idle, or when the break's latest start has passed.
     */
    private boolean breakDue(Courier k) {
        if (!k.breakOpen || k.wrappingUp) {
            return false;
        }
        boolean wouldIdle = k.queue.isEmpty() && !(k.load > 0 && k.load >= k.capacity);
        return wouldIdle || now() >= k.breaks.get(k.nextBreak).latestStartSeconds();
    }

    private void takeBreak(Courier k) {
        if (k.wrapHandle >= 0) {
            engine.cancel(k.wrapHandle);
            k.wrapHandle = -1;
        }
        if (k.status != CourierStatus.IDLE && k.status != CourierStatus.RELOCATING) {
            engine.publish(new SimEvent.CourierIdle(now(), k.id));
        }
        k.breakOpen = false;
        k.status = CourierStatus.ON_BREAK;
        k.current = -1;
        k.legStart = now();
        k.legEnd = now() + k.breaks.get(k.nextBreak).durationSeconds();
        engine.publish(new SimEvent.BreakStarted(now(), k.id));
        k.handle = engine.schedule(k.legEnd, BREAK_END, new Payload(BREAK_END, k.index, null));
    }

    private void breakEnd(Courier k) {
        k.handle = -1;
        k.nextBreak++;
        engine.publish(new SimEvent.BreakEnded(now(), k.id));
        scheduleBreakOpen(k);
        // Free again: a drive from here opens a new busy period; with nothing to do it is idle.
        k.status = CourierStatus.IDLE;
        startNext(k);
    }

    private void arrival(Request r) {
        Client client = scenario.clients().get(r.client());
        engine.publish(new SimEvent.RequestArrived(now(), r.id(), client.id(), client.kind().name(),
                clientOutpost[r.client()], client.responseTargetSeconds()));
        boolean skilled = false;
        boolean reachable = false;
        for (Courier k : couriers) {
            if ((clientSkills[r.client()] & ~k.skills) == 0) {
                skilled = true;
                if (legs.seconds(k.type, k.home, point(r), now()) >= 0 && legs.seconds(k.type, point(r), hub(), now()) >= 0) {
                    reachable = true;
                }
            }
        }
        if (!skilled) {
            unserved(r, UnservedReason.NO_SKILLED_COURIER);
        } else if (!reachable) {
            unserved(r, UnservedReason.UNREACHABLE);
        } else {
            requestState[(int) r.id()] = 1;
            for (Courier k : couriers) {
                if (k.accepting() && (clientSkills[r.client()] & ~k.skills) == 0) {
                    arrivedWithCourier.add(r.id());
                    break;
                }
            }
            lastPlaced = -1;
            dispatch.onRequest(r, this);
            if (lastPlaced != r.id()) {
                throw new IllegalStateException("The dispatch policy " + dispatch.getClass().getSimpleName()
                        + " neither assigned nor held request " + r.id() + ".");
            }
        }
    }

    private void unserved(Request r, UnservedReason reason) {
        requestState[(int) r.id()] = 3;
        engine.publish(new SimEvent.RequestUnserved(now(), r.id(), reason));
    }

    /** Starts the next job of a courier with nothing under way. */
    private void startNext(Courier k) {
        if (k.breakdownPending) {
            lose(k);
            return;
        }
        if (breakDue(k)) {
            takeBreak(k);
            return;
        }
        if (!k.queue.isEmpty()) {
            long id = k.queue.remove(0);
            Request r = requests[(int) id];
            k.queuedSize -= r.size();
            k.current = id;
            dispatch.onDeparted(k.index, r, this);
            drive(k, point(r), CourierStatus.TO_PICKUP);
            return;
        }
        k.current = -1;
        if (k.load > 0 && (k.wrappingUp || k.load >= k.capacity)) {
            drive(k, hub(), CourierStatus.TO_HUB);
            return;
        }
        if (k.wrappingUp) {
            offDuty(k);
            return;
        }
        k.status = CourierStatus.IDLE;
        engine.publish(new SimEvent.CourierIdle(now(), k.id));
        becameIdle(k);
    }

    private void becameIdle(Courier k) {
        dispatch.onCourierIdle(k.index, this);
        if (k.status == CourierStatus.IDLE && k.queue.isEmpty() && !k.wrappingUp) {
            int to = relocation.target(k.index, this);
            if (to >= 0 && to != k.point && legs.seconds(k.type, k.point, to, now()) > 0) {
                drive(k, to, CourierStatus.RELOCATING);
            }
            scheduleWrap(k);
        }
    }

    /**
     * A free courier heads for the hub when the drive from where it stands (or will stand after
     * relocating) just reaches the hub at its shift end; a busy one is kept in time by the
     * policies' admission rule and gets a new wrap-up time when it is free again.
     */
    private void scheduleWrap(Courier k) {
        if (k.wrapHandle >= 0) {
            engine.cancel(k.wrapHandle);
        }
        int from = k.status == CourierStatus.RELOCATING ? k.target : k.point;
        long drive = Math.max(0, legs.seconds(k.type, from, hub(), k.shiftEnd));
        if (k.status == CourierStatus.RELOCATING) {
            drive += k.legEnd - now();
        }
        long at = Math.max(now(), k.shiftEnd - drive);
        k.wrapHandle = engine.schedule(at, WRAP_UP, new Payload(WRAP_UP, k.index, null));
    }

    private void drive(Courier k, int to, CourierStatus status) {
        boolean wasFree = k.status == CourierStatus.IDLE || k.status == CourierStatus.RELOCATING;
        if (status != CourierStatus.RELOCATING && wasFree) {
            engine.publish(new SimEvent.CourierBusy(now(), k.id));
        }
        int expected = Math.max(0, legs.seconds(k.type, k.point, to, now()));
        double sigma = options.travelNoiseSigma();
        long seconds = expected;
        if (sigma > 0 && expected > 0) {
            double z = gaussian(noise[k.index]);
            seconds = Math.round(expected * Math.exp(sigma * z - sigma * sigma / 2));
        }
        k.status = status;
        k.target = to;
        k.legStart = now();
        k.legEnd = now() + seconds;
        k.handle = engine.schedule(k.legEnd, LEG_END, new Payload(LEG_END, k.index, null));
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller with one draw pair per leg, so each leg uses exactly two numbers of its stream.
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private void legEnd(Courier k) {
        int metres = Math.max(0, legs.metres(k.type, k.point, k.target));
        engine.publish(new SimEvent.CourierMoved(now(), k.id, metres, k.status == CourierStatus.RELOCATING));
        k.point = k.target;
        k.target = -1;
        k.handle = -1;
        switch (k.status) {
            case TO_PICKUP -> {
                Request r = requests[(int) k.current];
                k.status = CourierStatus.SERVING;
                engine.publish(new SimEvent.PickupStarted(now(), r.id(), k.id));
                dispatch.onPickupStarted(k.index, r, this);
                k.legStart = now();
                k.legEnd = now() + r.serviceSeconds();
                k.handle = engine.schedule(k.legEnd, SERVICE_END, new Payload(SERVICE_END, k.index, null));
            }
            case TO_HUB -> {
                engine.publish(new SimEvent.ArrivedAtHub(now(), k.id, k.load));
                k.load = 0;
                dispatch.onUnloaded(k.index, this);
                if (k.breakdownPending) {
                    lose(k);
                } else if (k.wrappingUp && k.queue.isEmpty()) {
                    offDuty(k);
                } else {
                    startNext(k);
                }
            }
            case RELOCATING -> {
                k.status = CourierStatus.IDLE;
                if (k.breakdownPending) {
                    lose(k);
                } else {
                    dispatch.onRelocated(k.index, this);
                }
            }
            default -> throw new IllegalStateException("The courier " + k.id + " ended a leg while " + k.status);
        }
    }

    private void serviceEnd(Courier k) {
        Request r = requests[(int) k.current];
        k.handle = -1;
        k.load += r.size();
        requestState[(int) r.id()] = 2;
        engine.publish(new SimEvent.PickupDone(now(), r.id(), k.id, r.size()));
        k.current = -1;
        dispatch.onPickupDone(k.index, r, this);
        // Still SERVING here, so a next drive is no new busy period; startNext publishes the idle moment.
        startNext(k);
    }

    private void wrapUp(Courier k) {
        k.wrapHandle = -1;
        if (k.status == CourierStatus.LOST || k.status == CourierStatus.DONE) {
            return;
        }
        k.wrappingUp = true;
        if (k.status == CourierStatus.IDLE || k.status == CourierStatus.RELOCATING || k.status == CourierStatus.OFF) {
            interruptRelocation(k);
            if (k.point != hub()) {
                drive(k, hub(), CourierStatus.TO_HUB);
            } else {
                if (k.load > 0) {
                    engine.publish(new SimEvent.ArrivedAtHub(now(), k.id, k.load));
                    k.load = 0;
                    dispatch.onUnloaded(k.index, this);
                }
                offDuty(k);
            }
        }
    }

    private void offDuty(Courier k) {
        if (k.status != CourierStatus.IDLE && k.status != CourierStatus.RELOCATING) {
            engine.publish(new SimEvent.CourierIdle(now(), k.id));
        }
        k.status = CourierStatus.DONE;
        engine.publish(new SimEvent.CourierOffDuty(now(), k.id));
        dispatch.onOffDuty(k.index, this);
    }

    private void breakdown(Courier k) {
        switch (k.status) {
            case IDLE, OFF -> lose(k);
            case RELOCATING, TO_PICKUP, TO_HUB -> {
                engine.cancel(k.handle);
                int full = Math.max(0, legs.metres(k.type, k.point, k.target));
                long span = Math.max(1, k.legEnd - k.legStart);
                int driven = (int) Math.round(full * (double) (now() - k.legStart) / span);
                engine.publish(new SimEvent.CourierMoved(now(), k.id, driven, k.status == CourierStatus.RELOCATING));
                if (k.status == CourierStatus.TO_PICKUP) {
                    k.queue.add(0, k.current);
                    k.queuedSize += requests[(int) k.current].size();
                    k.current = -1;
                }
                lose(k);
            }
            case SERVING -> k.breakdownPending = true;
            case ON_BREAK -> {
                engine.cancel(k.handle);
                k.handle = -1;
                engine.publish(new SimEvent.BreakEnded(now(), k.id));
                lose(k);
            }
            default -> {
            }
        }
    }

    private void lose(Courier k) {
        if (k.status != CourierStatus.IDLE && k.status != CourierStatus.RELOCATING && k.status != CourierStatus.ON_BREAK) {
            engine.publish(new SimEvent.CourierIdle(now(), k.id));
        }
        k.status = CourierStatus.LOST;
        engine.publish(new SimEvent.CourierLost(now(), k.id, k.load));
        k.load = 0;
        List<Long> back = new ArrayList<>(k.queue);
        k.queue.clear();
        k.queuedSize = 0;
        dispatch.onOffDuty(k.index, this);
        for (Long id : back) {
            handedBack.add(id);
            dispatch.onRequest(requests[id.intValue()], this);
        }
    }

    private void interruptRelocation(Courier k) {
        if (k.status != CourierStatus.RELOCATING) {
            return;
        }
        engine.cancel(k.handle);
        int full = Math.max(0, legs.metres(k.type, k.point, k.target));
        long span = Math.max(1, k.legEnd - k.legStart);
        double share = (now() - k.legStart) / (double) span;
        engine.publish(new SimEvent.CourierMoved(now(), k.id, (int) Math.round(full * share), true));
        if (share >= 0.5) {
            k.point = k.target;
        }
        k.target = -1;
        k.handle = -1;
        k.status = CourierStatus.IDLE;
    }

    // ---- FleetControl ----

    @Override
    public Scenario scenario() {
        return scenario;
    }

    @Override
    public SimClock clock() {
        return engine;
    }

    @Override
    public RandomStreams random() {
        return random;
    }

    private long now() {
        return engine.now();
    }

    @Override
    public List<Courier> couriers() {
        return readOnlyCouriers;
    }

    @Override
    public Request request(long id) {
        return requests[(int) id];
    }

    @Override
    public int point(Request request) {
        return clientPoints[request.client()];
    }

    @Override
    public Collection<Long> waiting() {
        return waitingView;
    }

    @Override
    public int[] posts() {
        return posts.clone();
    }

    @Override
    public int[] clientPoints() {
        return clientPoints.clone();
    }

    @Override
    public int legSeconds(int courier, int from, int to, long time) {
        return legs.seconds(couriers.get(courier).type, from, to, time);
    }

    @Override
    public int hub() {
        return points.hubIndex();
    }

    @Override
    public int anchorPoint(int courier) {
        Courier k = couriers.get(courier);
        return switch (k.status) {
            case TO_PICKUP, TO_HUB -> k.target;
            case RELOCATING -> (now() - k.legStart) * 2 >= (k.legEnd - k.legStart) ? k.target : k.point;
            default -> k.point;
        };
    }

    @Override
    public long anchorTime(int courier) {
        Courier k = couriers.get(courier);
        return switch (k.status) {
            case TO_PICKUP -> {
                // Arrival by the expected leg, not before now; then the service.
                Request r = requests[(int) k.current];
                RouteClock clock = new RouteClock((a, b, t) -> legs.seconds(k.type, a, b, t)).start(k.point, k.legStart, 0);
                clock.visit(k.target, now(), r.serviceSeconds(), r.size());
                yield clock.time();
            }
            case SERVING, ON_BREAK -> k.legEnd;
            case TO_HUB -> {
                RouteClock clock = new RouteClock((a, b, t) -> legs.seconds(k.type, a, b, t)).start(k.point, k.legStart, 0);
                clock.visit(k.target, now(), 0, 0);
                yield clock.time();
            }
            default -> now();
        };
    }

    @Override
    public boolean able(int courier, Request request) {
        Courier k = couriers.get(courier);
        return (clientSkills[request.client()] & ~k.skills) == 0
                && legs.seconds(k.type, anchorPoint(courier), point(request), now()) >= 0
                && legs.seconds(k.type, point(request), hub(), now()) >= 0;
    }

    @Override
    public void hold(Request request) {
        waiting.add(request.id());
        lastPlaced = request.id();
    }

    @Override
    public void assign(Request request, int courier, int position) {
        Courier k = couriers.get(courier);
        if (!k.accepting()) {
            throw new IllegalArgumentException("The courier " + k.id + " (" + k.status + (k.wrappingUp ? ", wrapping up" : "")
                    + ") does not accept work; choose a courier whose accepting() is true.");
        }
        if (position < 0 || position > k.queue.size()) {
            throw new IllegalArgumentException("The position (" + position + ") must be 0 to " + k.queue.size()
                    + " for courier " + k.id + ".");
        }
        waiting.remove(request.id());
        lastPlaced = request.id();
        k.queue.add(position, request.id());
        k.queuedSize += request.size();
        engine.publish(new SimEvent.RequestAssigned(now(), request.id(), k.id));
        if (k.status == CourierStatus.IDLE || k.status == CourierStatus.RELOCATING) {
            if (k.wrapHandle >= 0) {
                engine.cancel(k.wrapHandle);
                k.wrapHandle = -1;
            }
            interruptRelocation(k);
            startNext(k);
        }
    }

    @Override
    public dev.outpost.travel.TravelTables legTables() {
        return legs.tables();
    }

    @Override
    public int legMetres(int courier, int from, int to) {
        return legs.metres(couriers.get(courier).type, from, to);
    }

    @Override
    public int unassign(long requestId) {
        for (Courier k : couriers) {
            if (k.queue.remove(Long.valueOf(requestId))) {
                k.queuedSize -= requests[(int) requestId].size();
                return k.index;
            }
        }
        return -1;
    }
}
