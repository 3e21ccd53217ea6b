package dev.outpost.dispatch;

import dev.outpost.model.Location;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.RoutingSolver;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real-time dispatcher: holds the live plan of a fleet, answers each pickup request at once
 * with the route kernel's cheapest insertion, and improves the whole plan in the background with
 * the routing solver, publishing each better plan, checked by {@code PlanChecker}, to listeners.
 *
 * <pre>{@code
 * Dispatcher dispatcher = Dispatcher.create(fleet, DispatcherOptions.live());
 * dispatcher.addPlanListener(plan -> log.info("plan {}: {} m", plan.version(), plan.metres()));
 * Decision d = dispatcher.submit(new DispatchEvent.PickupRequested(pickup)).get().get(0);
 * DispatchPlan last = dispatcher.shutdown();
 * }</pre>
 *
 * <p><b>Threads.</b> {@link #submit} may be called from any number of threads. In live mode one
 * writer thread applies events in the order they entered the bounded queue (a full queue blocks
 * {@code submit}: back-pressure; the timed {@code submit} refuses instead), and one worker thread
 * re-optimises: it takes a copy of the plan, runs {@link RoutingSolver#solve(RoutingProblem, RoutePlan)}
 * from it (warm start) for one round (a quarter of the routing options' time limit right after
 * events, then up to the full limit; see {@code LEVELS}), and hands the result to the writer, which merges it with the
 * events that came in meanwhile (or discards it) and publishes it only if it is better; plans are
 * never published stale (see {@link DispatchPlan#version()}). Listeners run on the writer thread
 * and must return quickly; they must not call submit, currentPlan, status or shutdown (the writer
 * would wait for itself). In deterministic mode there is no thread: calls run on the caller's
 * thread, one at a time.
 *
 * <p><b>The fixed past.</b> The stop a courier is driving to or standing at, and its done stops,
 * are courier state (start point, available second, load on board; see
 * {@link dev.outpost.routing.Courier}), outside the problem that re-optimisation sees, so it can
 * never move them.
 *
 * <p><b>Locations.</b> With a travel model ({@link Fleet#withModel}) a request and a courier's
 * position may be given as a coordinate; the dispatcher adds a point to its travel table for each
 * new location ({@link dev.outpost.travel.TravelModel#extend}: only the new rows and columns are
 * computed), reusing points nothing references any more (a courier's previous position), and in
 * live mode adds the new locations of the queued events with one model call. A model that cannot
 * place a location (a matrix) makes the event fail with its reason. See {@code LiveTable}.
 *
 * <p><b>Time of day.</b> A fleet on per-profile time-of-day tables ({@link Fleet#timeDependent})
 * plans every courier on its own profile, each leg timed from its departure second: the immediate
 * insertion, the promised arrival, background re-optimisation and the checked plans all use the
 * time-dependent {@link RoutingProblem}; new locations extend every profile's tables.
 *
 * <p>Logging: SLF4J (logger {@code dev.outpost.dispatch.Dispatcher}); no output of its own.
 */
public final class Dispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    /** A message to the writer thread. */
    private sealed interface Message {
    }

    private record EventMessage(DispatchEvent event, CompletableFuture<List<Decision>> reply) implements Message {
    }

    private record ResultMessage(Round round, RoutePlan result) implements Message {
    }

    /** One background round: the plan copy and its level (its length, see {@link #roundSolver}). */
    private record Round(DispatchState.Snapshot snapshot, int level) {
    }

    /** Longest single wait of a producer for room in the queue before it checks for shutdown. */
    private static final long ENQUEUE_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    /** Most new locations added to the travel table with one model call (bounds the table's growth per batch). */
    static final int LOCATION_BATCH = 64;

    /**
     * Round lengths: level {@code l} runs the routing options' time limit {@code T} times
     * {@code 2^(l - FULL_LEVEL)}, so T/4, T/2, T, 2T, 4T, 8T. After events the next round is a
     * short one (T/4: a first better plan early, and little work lost when more events come);
     * each adopted round is followed by a longer one up to T; a round that finds nothing is
     * retried at the next level with another seed, and after the last the worker rests until the
     * next event. (Measured with {@code DispatchImprovement}: 1 s rounds published their first
     * result after 1.5-2.5 s; see the benchmark.)
     */
    private static final int LEVELS = 6;
    private static final int FULL_LEVEL = 2;

    private record PlanQuery(CompletableFuture<DispatchPlan> reply) implements Message {
    }

    private record Stop(CompletableFuture<DispatchPlan> reply) implements Message {
    }

    private record StatusQuery(String pickupId, CompletableFuture<Decision> reply) implements Message {
    }

    private record CourierQuery(String courierId, CompletableFuture<CourierStatus> reply) implements Message {
    }

    private static final Round NO_MORE = new Round(new DispatchState.Snapshot(-1, List.of(), List.of(), List.of(), null, null), -1);

    private final DispatchState state;
    private final DispatcherOptions options;
    private final RoutingSolver solver;
    private final List<Consumer<DispatchPlan>> listeners = new CopyOnWriteArrayList<>();

    // Live mode only.
    private final BlockingQueue<Message> inbox;
    private final BlockingQueue<Message> results;
    private final SynchronousQueue<Round> work;
    private final RoutingSolver[] roundSolvers = new RoutingSolver[LEVELS];
    private final Thread writer;
    private final Thread worker;
    private volatile boolean stopping;
    private volatile DispatchPlan finalPlan;

    private Dispatcher(Fleet fleet, DispatcherOptions options) {
        this.options = options;
        this.state = new DispatchState(fleet, options.routing(), options.startSecond(), options.alternatives());
        this.solver = RoutingSolver.create(options.routing());
        if (options.deterministic()) {
            inbox = null;
            results = null;
            work = null;
            writer = null;
            worker = null;
        } else {
            inbox = new ArrayBlockingQueue<>(options.queueCapacity());
            results = new LinkedBlockingQueue<>();
            work = new SynchronousQueue<>();
            writer = new Thread(this::writeLoop, "outpost-dispatch-writer");
            RoutingProblem warmUp = warmUpProblem(fleet);
            worker = new Thread(() -> workLoop(warmUp), "outpost-dispatch-reoptimiser");
            writer.setDaemon(true);
            worker.setDaemon(true);
            writer.start();
            worker.start();
        }
    }

    /**
     * A dispatcher for this fleet; in live mode its two threads start at once.
     *
     * @param fleet   travel table, hub, cut-off and the couriers at the start
     * @param options live or deterministic, weights and re-optimisation limits
     * @throws IllegalArgumentException when a courier's start point is outside the travel table or an id repeats
     * @return a dispatcher for this fleet; in live mode its two threads start at once
     */
    public static Dispatcher create(Fleet fleet, DispatcherOptions options) {
        Objects.requireNonNull(fleet, "fleet");
        Objects.requireNonNull(options, "options");
        return new Dispatcher(fleet, options);
    }

    /**
     * Registers a listener for published plans (live: called on the writer thread; deterministic: on the caller's).
     *
     * @param listener called with each new plan
     */
    public void addPlanListener(Consumer<DispatchPlan> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Submits an event. Live: queued, blocking while the queue is full (back-pressure: the
     * producer waits until the writer has taken an event; nothing is dropped); the future
     * completes when the writer has applied it, with the decisions it caused (a request: its
     * answer; an event refused by the rules, such as a stale one, is answered with one
     * {@link Decision.Refused}), or exceptionally with an {@link IllegalArgumentException} naming what is wrong (an
     * unknown id, a stop not in the courier's plan); a rejected event changes
     * nothing. A producer blocked on a full queue when the dispatcher shuts down gets an
     * {@link IllegalStateException}. Deterministic: applied before returning.
     *
     * @param event the event to apply
     * @throws IllegalStateException when the dispatcher is shut down (the event was not queued)
     * @throws InterruptedException  when interrupted while waiting for room in the queue (the event was not queued)
     * @return a future of the decisions the event caused (a request: its answer); completed exceptionally when the event is rejected
     */
    public CompletableFuture<List<Decision>> submit(DispatchEvent event) throws InterruptedException {
        return submit(event, Long.MAX_VALUE, TimeUnit.NANOSECONDS);
    }

    /**
     * As {@link #submit(DispatchEvent)}, but waits at most {@code timeout} for room in a full
     * queue, then rejects the event: for producers that must not block (the other policy of
     * back-pressure). Deterministic mode never waits.
     *
     * @param event   the event to apply
     * @param timeout the longest wait for room in the queue
     * @param unit    the unit of {@code timeout}
     * @throws java.util.concurrent.RejectedExecutionException when the queue stayed full for
     *                                  {@code timeout} (the event was not queued; retry later, or raise
     *                                  {@link DispatcherOptions#withQueueCapacity})
     * @throws IllegalStateException when the dispatcher is shut down (the event was not queued)
     * @throws InterruptedException  when interrupted while waiting for room in the queue (the event was not queued)
     * @return a future of the decisions the event caused (a request: its answer); completed exceptionally when the event is rejected
     */
    public CompletableFuture<List<Decision>> submit(DispatchEvent event, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(event, "event");
        CompletableFuture<List<Decision>> reply = new CompletableFuture<>();
        if (options.deterministic()) {
            synchronized (state) {
                requireRunning();
                try {
                    reply.complete(state.apply(event));
                } catch (IllegalArgumentException e) {
                    reply.completeExceptionally(e);
                }
            }
            return reply;
        }
        if (!enqueue(new EventMessage(event, reply), unit.toNanos(timeout))) {
            throw new RejectedExecutionException("The dispatcher's queue (capacity " + options.queueCapacity()
                    + ") stayed full for " + unit.toMillis(timeout) + " ms; the event " + event
                    + " was not queued: retry later, or raise DispatcherOptions.withQueueCapacity.");
        }
        if (stopping && !reply.isDone()) {
            // Raced with shutdown: the writer may have stopped before reading it.
            reply.completeExceptionally(new IllegalStateException("The dispatcher is shut down; the event was not applied."));
        }
        return reply;
    }

    /**
     * Puts {@code m} into the queue, waiting at most {@code nanos} for room; whether it did. Waits
     * in short slices so that a producer never stays blocked on a dispatcher that has shut down.
     *
     * @throws IllegalStateException when the dispatcher shuts down meanwhile
     */
    private boolean enqueue(Message m, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + Math.max(0, Math.min(nanos, Long.MAX_VALUE / 4));
        requireRunning();
        while (!inbox.offer(m, Math.min(ENQUEUE_SLICE_NANOS, Math.max(0, deadline - System.nanoTime())), TimeUnit.NANOSECONDS)) {
            requireRunning();
            if (nanos != Long.MAX_VALUE && System.nanoTime() - deadline >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Deterministic mode only: one re-optimisation round now, on the caller's thread (step limit and
     * seed of the options), published to the listeners and returned if it is better than the
     * current plan.
     *
     * @throws IllegalStateException in live mode (it re-optimises by itself) or after shutdown
     * @return the better plan the round found, or empty when it found none better than the current plan
     */
    public Optional<DispatchPlan> reoptimise() {
        if (!options.deterministic()) {
            throw new IllegalStateException("The live dispatcher re-optimises in the background; reoptimise() is for"
                    + " deterministic mode (DispatcherOptions.deterministic).");
        }
        synchronized (state) {
            requireRunning();
            DispatchState.Snapshot snapshot = state.snapshot();
            Optional<DispatchPlan> plan = state.accept(snapshot, solve(solver, snapshot));
            plan.ifPresent(this::publish);
            return plan;
        }
    }

    /**
     * Deterministic mode only: as {@link #reoptimise()}, with this round's step limit and seed
     * instead of the options' (a replayed {@code reoptimise} line, or a simulator's round, gives its own).
     *
     * @param steps local-search steps of this round, at least 1
     * @param seed  the round's random seed
     * @throws IllegalStateException in live mode or after shutdown
     * @throws IllegalArgumentException when {@code steps} is below 1
     * @return the better plan the round found, or empty when it found none better than the current plan
     */
    public Optional<DispatchPlan> reoptimise(long steps, long seed) {
        if (!options.deterministic()) {
            throw new IllegalStateException("The live dispatcher re-optimises in the background; reoptimise(steps, seed) is"
                    + " for deterministic mode (DispatcherOptions.deterministic).");
        }
        if (steps < 1) {
            throw new IllegalArgumentException("The re-optimisation steps (" + steps + ") must be at least 1.");
        }
        RoutingSolver round = RoutingSolver.create(options.routing().withStepLimit(steps).withSeed(seed));
        synchronized (state) {
            requireRunning();
            DispatchState.Snapshot snapshot = state.snapshot();
            Optional<DispatchPlan> plan = state.accept(snapshot, solve(round, snapshot));
            plan.ifPresent(this::publish);
            return plan;
        }
    }

    /**
     * Deterministic mode only: offers these routes as a re-optimised plan (what a live dispatcher's
     * journal recorded: courier id to its planned pickup ids in visiting order), without any search.
     * They are timed by the kernel and adopted on the same terms as a round's result: every
     * promise kept, no hard violation, and better than the current plan; ids of pickups that are not
     * open and plannable (done, fixed, cancelled, unknown) are skipped, and open pickups in no route
     * are placed by cheapest insertion.
     *
     * @param routes courier id to pickup ids in visiting order
     * @throws IllegalStateException in live mode or after shutdown
     * @throws IllegalArgumentException naming a courier the dispatcher does not have on duty
     * @return the adopted plan, or empty when the routes were not adopted
     */
    public Optional<DispatchPlan> adopt(Map<String, List<String>> routes) {
        if (!options.deterministic()) {
            throw new IllegalStateException("adopt(routes) is for deterministic mode (DispatcherOptions.deterministic).");
        }
        synchronized (state) {
            requireRunning();
            DispatchState.Snapshot snapshot = state.snapshot();
            Set<String> couriers = new LinkedHashSet<>();
            snapshot.couriers().forEach(c -> couriers.add(c.id()));
            for (String id : routes.keySet()) {
                if (!couriers.contains(id)) {
                    throw new IllegalArgumentException("The plan's courier (" + id + ") is not on duty in this dispatcher;"
                            + " couriers: " + couriers + ".");
                }
            }
            Set<String> open = new LinkedHashSet<>();
            snapshot.pickups().forEach(p -> open.add(p.id()));
            List<List<String>> sequences = new java.util.ArrayList<>();
            Set<String> placed = new java.util.HashSet<>();
            for (String courier : couriers) {
                List<String> seq = new java.util.ArrayList<>();
                for (String id : routes.getOrDefault(courier, List.of())) {
                    if (open.contains(id) && placed.add(id)) {
                        seq.add(id);
                    }
                }
                sequences.add(seq);
            }
            RoutingProblem problem = snapshot.problem(state.hub(), state.cutoff());
            Optional<DispatchPlan> plan = state.accept(snapshot, RoutingSolver.evaluate(problem, options.routing(), sequences));
            plan.ifPresent(this::publish);
            return plan;
        }
    }

    /**
     * The current plan, checked (live: computed on the writer thread after the events queued before this call).
     *
     * @return the current plan, checked (live: computed on the writer thread after the events queued before this call)
     * @throws InterruptedException when interrupted while waiting for the writer thread (live mode)
     */
    public DispatchPlan currentPlan() throws InterruptedException {
        if (options.deterministic()) {
            synchronized (state) {
                return state.plan();
            }
        }
        CompletableFuture<DispatchPlan> reply = new CompletableFuture<>();
        enqueue(new PlanQuery(reply), Long.MAX_VALUE);
        return join(reply);
    }

    /**
     * The state of a request now, as a {@link Decision}: {@link Decision.Assigned} with its current
     * courier, position and ETA (no alternatives), {@link Decision.Unserved} with its reason, or
     * {@link Decision.Expired}, {@link Decision.Served}, {@link Decision.Cancelled} (live: after
     * the events queued before this call); null when the id is unknown.
     *
     * @param pickupId the pickup's id
     * @return the state of a request now: its status, courier or reason (live: after the events queued before this call); null when the id is unknown
     * @throws InterruptedException when interrupted while waiting for the writer thread (live mode)
     */
    public Decision status(String pickupId) throws InterruptedException {
        if (options.deterministic()) {
            synchronized (state) {
                return state.status(pickupId);
            }
        }
        CompletableFuture<Decision> reply = new CompletableFuture<>();
        enqueue(new StatusQuery(pickupId, reply), Long.MAX_VALUE);
        return join(reply);
    }

    /**
     * A courier's state now: duty, position, load and the current ETA to every stop of its plan
     * (live: after the events queued before this call).
     *
     * @param courierId the courier's id
     * @return the courier's state now
     * @throws IllegalArgumentException when the courier is not in the fleet
     * @throws InterruptedException when interrupted while waiting for the writer thread (live mode)
     */
    public CourierStatus courierStatus(String courierId) throws InterruptedException {
        Objects.requireNonNull(courierId, "courierId");
        if (options.deterministic()) {
            synchronized (state) {
                return state.courierStatus(courierId);
            }
        }
        CompletableFuture<CourierStatus> reply = new CompletableFuture<>();
        enqueue(new CourierQuery(courierId, reply), Long.MAX_VALUE);
        return join(reply);
    }

    /**
     * Stops: live, the events queued before this call are applied, the running re-optimisation
     * round ends (its result is dropped), both threads end; then the final plan is returned. Later
     * calls return the same plan.
     *
     * @return the final plan
     * @throws InterruptedException when interrupted while waiting for the threads to end (live mode)
     */
    public DispatchPlan shutdown() throws InterruptedException {
        if (options.deterministic()) {
            synchronized (state) {
                if (finalPlan == null) {
                    finalPlan = state.plan();
                    stopping = true;
                }
                return finalPlan;
            }
        }
        synchronized (this) {
            if (finalPlan != null) {
                return finalPlan;
            }
            CompletableFuture<DispatchPlan> reply = new CompletableFuture<>();
            Stop stop = new Stop(reply);
            // Waits for room like a producer (the events queued before it are applied first).
            while (writer.isAlive() && !inbox.offer(stop, 50, TimeUnit.MILLISECONDS)) {
                // The writer drains the queue; a writer that failed has ended.
            }
            writer.join();
            worker.join();
            DispatchPlan plan = reply.isDone() && !reply.isCompletedExceptionally() ? reply.getNow(null) : null;
            // A writer that failed ended without reading the stop: its last state is final.
            finalPlan = plan != null ? plan : state.plan();
            stopping = true;
            return finalPlan;
        }
    }

    /** {@link #shutdown()}. */
    @Override
    public void close() throws InterruptedException {
        shutdown();
    }

    // ---- Live threads -----------------------------------------------------------------------

    private void writeLoop() {
        boolean workerBusy = false;
        boolean eventsSinceRound = true;
        boolean resting = false;
        int level = 0;
        long idleSince = System.nanoTime();
        long fullRoundNanos = options.routing().timeLimit().toNanos();
        try {
            while (true) {
                Message m = results.poll();
                if (m == null) {
                    m = inbox.poll(workerBusy ? 20 : 100, TimeUnit.MILLISECONDS);
                }
                if (m == null) {
                    m = results.poll();
                }
                if (m instanceof EventMessage e) {
                    try {
                        prepareLocations(e.event());
                        e.reply().complete(state.apply(e.event()));
                        eventsSinceRound = true;
                    } catch (IllegalArgumentException ex) {
                        e.reply().completeExceptionally(ex);
                    } catch (RuntimeException ex) {
                        LOG.error("The dispatcher failed on event {}", e.event(), ex);
                        e.reply().completeExceptionally(ex);
                    }
                } else if (m instanceof ResultMessage r) {
                    workerBusy = false;
                    idleSince = System.nanoTime();
                    Optional<DispatchPlan> plan = state.accept(r.round().snapshot(), r.result());
                    plan.ifPresent(this::publish);
                    if (plan.isPresent()) {
                        level = Math.min(r.round().level() + 1, FULL_LEVEL);
                    } else {
                        level = r.round().level() + 1;
                        resting = level == LEVELS;
                        LOG.debug("Re-optimised plan of version {} not adopted (current version {}, level {})",
                                r.round().snapshot().version(), state.version(), r.round().level());
                    }
                } else if (m instanceof PlanQuery q) {
                    q.reply().complete(state.plan());
                } else if (m instanceof StatusQuery q) {
                    q.reply().complete(state.status(q.pickupId()));
                } else if (m instanceof CourierQuery q) {
                    try {
                        q.reply().complete(state.courierStatus(q.courierId()));
                    } catch (IllegalArgumentException ex) {
                        q.reply().completeExceptionally(ex);
                    }
                } else if (m instanceof Stop s) {
                    stopping = true;
                    s.reply().complete(state.plan());
                    break;
                }
                // Next round, when the worker is idle (see LEVELS for its length): short after events,
                // longer after an adopted one, longer still after one that found nothing, until the
                // last level finds nothing. While events wait in the queue they go first (a round on a
                // plan about to change is mostly lost, and it takes a core from the writer), for at
                // most one time limit: under a steady flood, rounds run anyway and are merged.
                boolean eventsWaiting = !inbox.isEmpty() && System.nanoTime() - idleSince < fullRoundNanos;
                if (!workerBusy && (eventsSinceRound || !resting) && !eventsWaiting) {
                    if (eventsSinceRound) {
                        level = 0;
                        resting = false;
                    }
                    DispatchState.Snapshot snapshot = state.snapshot();
                    if (snapshot.pickups().isEmpty()) {
                        resting = true;
                        eventsSinceRound = false;
                    } else if (work.offer(new Round(snapshot, level))) {
                        workerBusy = true;
                        eventsSinceRound = false;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("The dispatcher's writer thread failed", e);
        } finally {
            stopping = true;
            failQueued();
            try {
                // Wait for the worker's round to end, then stop it.
                while (!work.offer(NO_MORE, 50, TimeUnit.MILLISECONDS)) {
                    results.clear();
                }
            } catch (InterruptedException e) {
                worker.interrupt();
            }
        }
    }

    /**
     * Before an event at a location the table does not have: the new locations of this event and
     * of the next queued ones (up to {@link #LOCATION_BATCH}) get their points with one model call
     * (one copy of the table instead of one per event). A failure is left to each event.
     */
    private void prepareLocations(DispatchEvent event) {
        Location first = locationOf(event);
        if (first == null || state.hasLocation(first)) {
            return;
        }
        Set<Location> batch = new LinkedHashSet<>();
        batch.add(first);
        for (Message queued : inbox) {
            if (batch.size() >= LOCATION_BATCH) {
                break;
            }
            Location l = queued instanceof EventMessage q ? locationOf(q.event()) : null;
            if (l != null && !state.hasLocation(l)) {
                batch.add(l);
            }
        }
        if (batch.size() > 1) {
            try {
                state.prepareLocations(batch);
            } catch (IllegalArgumentException ex) {
                LOG.debug("Locations of queued events not added at once ({}); each event adds its own", ex.getMessage());
            }
        }
    }

    private static Location locationOf(DispatchEvent event) {
        if (event instanceof DispatchEvent.PickupRequested e) {
            return e.location();
        }
        if (event instanceof DispatchEvent.CourierAdded e) {
            return e.location();
        }
        if (event instanceof DispatchEvent.CourierOnDuty e) {
            return e.location();
        }
        return event instanceof DispatchEvent.CourierMoved e ? e.location() : null;
    }

    private void failQueued() {
        Message m;
        while ((m = inbox.poll()) != null) {
            IllegalStateException down = new IllegalStateException("The dispatcher is shut down; the event was not applied.");
            if (m instanceof EventMessage e) {
                e.reply().completeExceptionally(down);
            } else if (m instanceof PlanQuery q) {
                q.reply().completeExceptionally(down);
            } else if (m instanceof StatusQuery q) {
                q.reply().completeExceptionally(down);
            } else if (m instanceof CourierQuery q) {
                q.reply().completeExceptionally(down);
            } else if (m instanceof Stop s) {
                s.reply().complete(finalPlan);
            }
        }
    }

    /**
     * A one-pickup problem on the fleet's table that the worker solves once at start (result
     * dropped): it loads and initialises the solver's classes while the first events come in, so
     * that the first real round, a short one, is not spent on that (measured: a first round on a
     * cold JVM took over 0.5 s for one pickup). Null without couriers.
     */
    private static RoutingProblem warmUpProblem(Fleet fleet) {
        if (fleet.couriers().isEmpty()) {
            return null;
        }
        Pickup probe = Pickup.builder("warm-up").point(fleet.hubPoint()).window(0, Math.max(0, fleet.cutoffSecond())).build();
        return new RoutingProblem(List.of(fleet.couriers().get(0)), List.of(probe), fleet.hubPoint(), fleet.cutoffSecond(),
                fleet.travel(), fleet.tables());
    }

    private void workLoop(RoutingProblem warmUp) {
        try {
            if (warmUp != null) {
                try {
                    roundSolver(0).solve(warmUp);
                } catch (RuntimeException e) {
                    LOG.debug("The re-optimiser's warm-up solve failed; the first round will warm up instead", e);
                }
            }
            while (true) {
                Round round = work.take();
                if (round == NO_MORE) {
                    return;
                }
                RoutePlan result;
                try {
                    result = solve(roundSolver(round.level()), round.snapshot());
                } catch (RuntimeException e) {
                    LOG.error("Background re-optimisation of plan version {} failed", round.snapshot().version(), e);
                    result = emptyResult();
                }
                if (!stopping) {
                    results.put(new ResultMessage(round, result));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RoutePlan emptyResult() {
        return new RoutePlan(List.of(), List.of(), Long.MIN_VALUE, 0, 0);
    }

    // ---- Shared -----------------------------------------------------------------------------

    /** The solver of rounds of {@code level}: the options' time limit times 2^(level - FULL_LEVEL), seed plus level. */
    private RoutingSolver roundSolver(int level) {
        if (roundSolvers[level] == null) {
            RoutingOptions o = options.routing();
            Duration limit = level >= FULL_LEVEL ? o.timeLimit().multipliedBy(1L << (level - FULL_LEVEL))
                    : o.timeLimit().dividedBy(1L << (FULL_LEVEL - level));
            roundSolvers[level] = RoutingSolver.create(o.withTimeLimit(limit.isZero() ? Duration.ofMillis(1) : limit)
                    .withSeed(o.seed() + level));
        }
        return roundSolvers[level];
    }

    private RoutePlan solve(RoutingSolver solver, DispatchState.Snapshot snapshot) {
        RoutingProblem problem = snapshot.problem(state.hub(), state.cutoff());
        RoutePlan start = RoutingSolver.evaluate(problem, options.routing(), snapshot.routes());
        return solver.solve(problem, start);
    }

    private void publish(DispatchPlan plan) {
        for (Consumer<DispatchPlan> listener : listeners) {
            try {
                listener.accept(plan);
            } catch (RuntimeException e) {
                LOG.warn("A plan listener failed on plan version {}", plan.version(), e);
            }
        }
    }

    private void requireRunning() {
        if (stopping) {
            throw new IllegalStateException("The dispatcher is shut down; create a new one.");
        }
    }

    private static <T> T join(CompletableFuture<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
