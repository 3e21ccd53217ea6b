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
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
 * <p><b>Faults.</b> No input and no failed round stops the writer: a bad event fails its own
 * future with the reason (an {@link IllegalArgumentException} naming the field and value) and
 * changes nothing; a re-optimisation round that throws, a plan listener that throws, or an event
 * that fails on an internal error is logged, the last good plan stays published and
 * {@link #health()} reports {@link DispatcherHealth.Degraded} with the cause until the same kind
 * of work succeeds again. {@link #currentPlan()} and {@link #status} never block on a writer that
 * has ended: they answer from the last good plan and the final state. The calls throw no checked
 * exception: an interrupted wait restores the thread's interrupt flag and throws
 * {@link DispatcherInterruptedException}.
 *
 * <p>Logging: SLF4J (logger {@code dev.outpost.dispatch.Dispatcher}): faults at ERROR (WARN for a
 * plan listener, and for a fault repeating), rounds at DEBUG; no output of its own. OptaPlanner
 * logs each round's start and end at INFO under {@code org.optaplanner}: set that logger to WARN in
 * the application's SLF4J binding (see docs/dispatch-faults.md).
 */
public final class Dispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    /** A message to the writer thread. */
    private sealed interface Message {
    }

    private record EventMessage(DispatchEvent event, CompletableFuture<List<Decision>> reply) implements Message {
    }

    /** A round's result, or (result null) the error that ended it. */
    private record ResultMessage(Round round, RoutePlan result, Throwable failure) implements Message {
    }

    /** Runs one round's search (the routing solver; tests put in one that fails). */
    interface RoundRunner {
        /**
         * The plan the round found.
         *
         * @param solver  the round's solver
         * @param problem the open problem of the round's snapshot
         * @param start   the snapshot's plan (warm start)
         * @return the plan the round found
         */
        RoutePlan solve(RoutingSolver solver, RoutingProblem problem, RoutePlan start);
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

    /** A read of the state (a pickup's or a courier's status), answered on the writer thread. */
    private record ReadQuery<T>(Supplier<T> read, CompletableFuture<T> reply) implements Message {
        /** Completes the reply with the read, or with the exception the read threw. */
        void answer() {
            try {
                reply.complete(read.get());
            } catch (RuntimeException ex) {
                reply.completeExceptionally(ex);
            }
        }
    }

    private static final Round NO_MORE = new Round(new DispatchState.Snapshot(-1, List.of(), List.of(), List.of(), null, null), -1);

    private final DispatchState state;
    private final DispatcherOptions options;
    private final RoutingSolver solver;
    private final List<Consumer<DispatchPlan>> listeners = new CopyOnWriteArrayList<>();
    private final RoundRunner runner;
    private final DispatcherFaults faults = new DispatcherFaults();
    /** The last plan computed or published without a fault: what the reads answer when the writer cannot. */
    private volatile DispatchPlan lastGood;
    /** Set when the dispatcher has stopped (shut down, or its writer ended on an error). */
    private volatile DispatcherHealth.Stopped stopped;

    // Live mode only.
    private final BlockingQueue<Message> inbox;
    private final BlockingQueue<Message> results;
    private final SynchronousQueue<Round> work;
    private final RoutingSolver[] roundSolvers = new RoutingSolver[LEVELS];
    private final Thread writer;
    private final Thread worker;
    /** GPS fixes held while requests wait (writer thread only). */
    private final PendingFixes fixes = new PendingFixes();
    private volatile boolean stopping;
    private volatile DispatchPlan finalPlan;

    private Dispatcher(Fleet fleet, DispatcherOptions options, RoundRunner runner) {
        this.options = options;
        this.runner = runner;
        this.state = new DispatchState(fleet, options.routing(), options.startSecond(), options.maxSnapMetres(),
                options.alternatives());
        this.solver = RoutingSolver.create(options.routing());
        this.lastGood = state.plan();
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
        return new Dispatcher(fleet, options, RoutingSolver::solve);
    }

    /** As {@link #create(Fleet, DispatcherOptions)}, each round run by {@code runner} (tests inject failures). */
    static Dispatcher create(Fleet fleet, DispatcherOptions options, RoundRunner runner) {
        return new Dispatcher(Objects.requireNonNull(fleet, "fleet"), Objects.requireNonNull(options, "options"),
                Objects.requireNonNull(runner, "runner"));
    }

    /**
     * The dispatcher's health now, without waiting for its threads: running; degraded, with the
     * cause of the latest fault not yet cleared (a failed round, a plan listener that threw, an
     * event that failed on an internal error; see {@link DispatcherHealth}); or stopped.
     *
     * @return the dispatcher's health now
     */
    public DispatcherHealth health() {
        DispatcherHealth.Stopped s = stopped;
        if (s != null) {
            return s;
        }
        if (!options.deterministic() && !writer.isAlive()) {
            s = stopped;
            return s != null ? s : new DispatcherHealth.Stopped("the writer thread ended", null);
        }
        DispatcherHealth.Degraded d = faults.current();
        return d != null ? d : new DispatcherHealth.Running();
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
     * {@link IllegalStateException}. Deterministic: applied before returning. An event that fails
     * on an internal error (a travel model that throws, not bad input) fails its future with that
     * error, is logged and makes the dispatcher degraded ({@link #health()}); the writer goes on.
     *
     * @param event the event to apply
     * @throws IllegalStateException when the dispatcher is shut down (the event was not queued)
     * @throws DispatcherInterruptedException when interrupted while waiting for room in the queue (the event was not
     *                                        queued; the interrupt flag is set again)
     * @return a future of the decisions the event caused (a request: its answer); completed exceptionally when the event is rejected
     */
    public CompletableFuture<List<Decision>> submit(DispatchEvent event) {
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
     * @throws DispatcherInterruptedException when interrupted while waiting for room in the queue (the event was not
     *                                        queued; the interrupt flag is set again)
     * @return a future of the decisions the event caused (a request: its answer); completed exceptionally when the event is rejected
     */
    public CompletableFuture<List<Decision>> submit(DispatchEvent event, long timeout, TimeUnit unit) {
        Objects.requireNonNull(event, "event");
        CompletableFuture<List<Decision>> reply = new CompletableFuture<>();
        if (options.deterministic()) {
            synchronized (state) {
                requireRunning();
                try {
                    reply.complete(state.apply(event));
                    faults.clear(DispatcherFaults.Kind.EVENT);
                } catch (IllegalArgumentException e) {
                    reply.completeExceptionally(e);
                } catch (RuntimeException e) {
                    eventFailed(event, e);
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
     * @throws DispatcherInterruptedException when interrupted (the interrupt flag is set again)
     */
    private boolean enqueue(Message m, long nanos) {
        long deadline = System.nanoTime() + Math.max(0, Math.min(nanos, Long.MAX_VALUE / 4));
        requireRunning();
        try {
            while (!inbox.offer(m, Math.min(ENQUEUE_SLICE_NANOS, Math.max(0, deadline - System.nanoTime())), TimeUnit.NANOSECONDS)) {
                requireRunning();
                if (nanos != Long.MAX_VALUE && System.nanoTime() - deadline >= 0) {
                    return false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DispatcherInterruptedException("for room in the dispatcher's queue", e);
        }
        return true;
    }

    /**
     * Deterministic mode only: one re-optimisation round now, on the caller's thread (step limit and
     * seed of the options), published to the listeners and returned if it is better than the
     * current plan. A round that fails (the solver throws) is logged and makes the dispatcher
     * degraded ({@link #health()}); the plan stays as it was and the result is empty.
     *
     * @throws IllegalStateException in live mode (it re-optimises by itself) or after shutdown
     * @return the better plan the round found, or empty when it found none better than the current plan (or the round failed)
     */
    public Optional<DispatchPlan> reoptimise() {
        if (!options.deterministic()) {
            throw new IllegalStateException("The live dispatcher re-optimises in the background; reoptimise() is for"
                    + " deterministic mode (DispatcherOptions.deterministic).");
        }
        synchronized (state) {
            requireRunning();
            DispatchState.Snapshot snapshot = state.snapshot();
            Optional<DispatchPlan> plan = adopt(new Round(snapshot, FULL_LEVEL), () -> solve(solver, snapshot));
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
            Optional<DispatchPlan> plan = adopt(new Round(snapshot, FULL_LEVEL), () -> solve(round, snapshot));
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
            Optional<DispatchPlan> plan = adopt(new Round(snapshot, FULL_LEVEL),
                    () -> RoutingSolver.evaluate(problem, options.routing(), sequences));
            plan.ifPresent(this::publish);
            return plan;
        }
    }

    /**
     * The current plan, checked (live: computed on the writer thread after the events queued before
     * this call). Never blocks on a writer that has ended: after shutdown, or when the writer stopped
     * on an error, it returns the last good plan (the final one after a shutdown).
     *
     * @return the current plan, checked (live: computed on the writer thread after the events queued before this call)
     * @throws DispatcherInterruptedException when interrupted while waiting for the writer thread (live mode; the
     *                                        interrupt flag is set again)
     */
    public DispatchPlan currentPlan() {
        if (options.deterministic()) {
            synchronized (state) {
                return stopping ? finalPlan : planOrLastGood();
            }
        }
        Supplier<DispatchPlan> afterStop = () -> finalPlan != null ? finalPlan : lastGood;
        if (stopping) {
            return afterStop.get();
        }
        CompletableFuture<DispatchPlan> reply = new CompletableFuture<>();
        try {
            enqueue(new PlanQuery(reply), Long.MAX_VALUE);
        } catch (IllegalStateException stoppedMeanwhile) {
            return afterStop.get();
        }
        return await(reply, afterStop, "for the current plan");
    }

    /**
     * The state of a request now, as a {@link Decision}: {@link Decision.Assigned} with its current
     * courier, position and ETA (no alternatives), {@link Decision.Unserved} with its reason, or
     * {@link Decision.Expired}, {@link Decision.Served}, {@link Decision.Cancelled} (live: after
     * the events queued before this call); null when the id is unknown.
     *
     * @param pickupId the pickup's id
     * @return the state of a request now: its status, courier or reason (live: after the events queued before this call); null when the id is unknown
     * @throws DispatcherInterruptedException when interrupted while waiting for the writer thread (live mode; the
     *                                        interrupt flag is set again)
     */
    public Decision status(String pickupId) {
        return read(() -> state.status(pickupId), "for the status of pickup " + pickupId);
    }

    /**
     * A courier's state now: duty, position, load and the current ETA to every stop of its plan
     * (live: after the events queued before this call).
     *
     * @param courierId the courier's id
     * @return the courier's state now
     * @throws IllegalArgumentException when the courier is not in the fleet
     * @throws DispatcherInterruptedException when interrupted while waiting for the writer thread (live mode; the
     *                                        interrupt flag is set again)
     */
    public CourierStatus courierStatus(String courierId) {
        Objects.requireNonNull(courierId, "courierId");
        return read(() -> state.courierStatus(courierId), "for the status of courier " + courierId);
    }

    /**
     * A read of the state: deterministic, on the caller's thread; live, on the writer thread after
     * the events queued before it; once the writer has stopped (stopping is set after its last
     * change) the state is final and is read here, so a read never blocks on a dead writer.
     */
    private <T> T read(Supplier<T> read, String what) {
        if (options.deterministic()) {
            synchronized (state) {
                return read.get();
            }
        }
        if (stopping) {
            return read.get();
        }
        CompletableFuture<T> reply = new CompletableFuture<>();
        try {
            enqueue(new ReadQuery<>(read, reply), Long.MAX_VALUE);
        } catch (IllegalStateException stoppedMeanwhile) {
            return read.get();
        }
        return await(reply, read, what);
    }

    /**
     * Stops: live, the events queued before this call are applied, the running re-optimisation
     * round ends (its result is dropped), both threads end; then the final plan is returned. Later
     * calls return the same plan. After a writer that stopped on an error: its last state's plan,
     * or the last good plan when that cannot be computed.
     *
     * @return the final plan
     * @throws DispatcherInterruptedException when interrupted while waiting for the threads to end (live mode; the
     *                                        interrupt flag is set again; call again to finish)
     */
    public DispatchPlan shutdown() {
        if (options.deterministic()) {
            synchronized (state) {
                if (finalPlan == null) {
                    finalPlan = planOrLastGood();
                    stopped = new DispatcherHealth.Stopped("shut down", null);
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
            try {
                // Waits for room like a producer (the events queued before it are applied first).
                while (writer.isAlive() && !inbox.offer(stop, 50, TimeUnit.MILLISECONDS)) {
                    // The writer drains the queue; a writer that failed has ended.
                }
                writer.join();
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DispatcherInterruptedException("for the dispatcher's threads to end", e);
            }
            DispatchPlan plan = reply.isDone() && !reply.isCompletedExceptionally() ? reply.getNow(null) : null;
            // A writer that failed ended without reading the stop: its last state is final.
            finalPlan = plan != null ? plan : planOrLastGood();
            stopping = true;
            if (stopped == null) {
                stopped = new DispatcherHealth.Stopped("shut down", null);
            }
            return finalPlan;
        }
    }

    /** {@link #shutdown()}: no checked exception, so try-with-resources needs no handler. */
    @Override
    public void close() {
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
                    // Held GPS fixes are applied one per turn while the queue is empty (no wait then).
                    m = inbox.poll(!fixes.isEmpty() ? 0 : workerBusy ? 20 : 100, TimeUnit.MILLISECONDS);
                }
                if (m == null) {
                    m = results.poll();
                }
                // GPS fixes wait while requests are served (PendingFixes); anything else sees them first.
                // A fix already older than the clock is not held: it is answered (refused) at once.
                boolean held = m instanceof EventMessage e && e.event() instanceof DispatchEvent.CourierMoved fix
                        && fix.second() >= state.now();
                if (held) {
                    EventMessage e = (EventMessage) m;
                    fixes.hold((DispatchEvent.CourierMoved) e.event(), e.reply());
                    eventsSinceRound = true;
                } else if (m != null && !(m instanceof EventMessage e && e.event() instanceof DispatchEvent.PickupRequested)) {
                    applyFixes();
                }
                if (!held && m instanceof EventMessage e) {
                    applyEvent(e);
                    eventsSinceRound = true;
                } else if (m instanceof ResultMessage r) {
                    workerBusy = false;
                    idleSince = System.nanoTime();
                    Optional<DispatchPlan> plan = adopt(r.round(), () -> {
                        if (r.failure() != null) {
                            throw new RoundFailure(r.failure());
                        }
                        return r.result();
                    });
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
                    q.reply().complete(planOrLastGood());
                } else if (m instanceof ReadQuery<?> q) {
                    q.answer();
                } else if (m instanceof Stop s) {
                    stopped = new DispatcherHealth.Stopped("shut down", null);
                    stopping = true;
                    s.reply().complete(planOrLastGood());
                    break;
                }
                if (inbox.isEmpty()) {
                    applyNextFixes();
                }
                // Next round, when the worker is idle (see LEVELS for its length): short after events,
                // longer after an adopted one, longer still after one that found nothing, until the
                // last level finds nothing. While events wait in the queue they go first (a round on a
                // plan about to change is mostly lost, and it takes a core from the writer), for at
                // most one time limit: under a steady flood, rounds run anyway and are merged.
                boolean eventsWaiting = !inbox.isEmpty() && System.nanoTime() - idleSince < fullRoundNanos;
                if (!workerBusy && (eventsSinceRound || !resting) && !eventsWaiting && fixes.isEmpty()) {
                    if (eventsSinceRound) {
                        level = 0;
                        resting = false;
                    }
                    try {
                        DispatchState.Snapshot snapshot = state.snapshot();
                        if (snapshot.pickups().isEmpty()) {
                            resting = true;
                            eventsSinceRound = false;
                        } else if (work.offer(new Round(snapshot, level))) {
                            workerBusy = true;
                            eventsSinceRound = false;
                        }
                    } catch (RuntimeException ex) {
                        roundFailed(state.version(), ex);
                        resting = true;
                        eventsSinceRound = false;
                    }
                }
            }
        } catch (InterruptedException e) {
            stopped = new DispatcherHealth.Stopped("the writer thread was interrupted", e);
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            // Not contained above (an Error): the writer ends; reads answer from the last good plan.
            stopped = new DispatcherHealth.Stopped("the writer thread failed: " + e, e);
            LOG.error("The dispatcher's writer thread failed; the dispatcher has stopped (last good plan version {})",
                    lastGood.version(), e);
        } finally {
            stopping = true;
            failQueued();
            try {
                // Wait for the worker's round to end, then stop it (unless it has ended already).
                while (worker.isAlive() && !work.offer(NO_MORE, 50, TimeUnit.MILLISECONDS)) {
                    results.clear();
                }
            } catch (InterruptedException e) {
                worker.interrupt();
            }
        }
    }

    /**
     * Applies one event and completes its future: decisions, or the reason it was refused. Each event
     * is contained: what fails answers its own caller (and is logged) and the writer goes on.
     */
    private void applyEvent(EventMessage e) {
        try {
            prepareLocations(e.event());
            List<Decision> decisions = state.apply(e.event());
            faults.clear(DispatcherFaults.Kind.EVENT);
            e.reply().complete(decisions);
        } catch (IllegalArgumentException ex) {
            e.reply().completeExceptionally(ex);
        } catch (RuntimeException | Error ex) {
            if (fatal(ex)) {
                e.reply().completeExceptionally(ex);
                throw ex;
            }
            eventFailed(e.event(), ex); // before the answer: a caller that sees it sees the health too
            e.reply().completeExceptionally(ex);
        }
    }

    /** Wraps the error that ended a round, so that {@link #adopt} reports it as the round's failure. */
    private static final class RoundFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RoundFailure(Throwable cause) {
            super(cause);
        }
    }

    /**
     * The plan of a round: the result {@code search} gives (the round's own search, or the one the
     * worker sent), merged and adopted by the state when better. A search or a merge that fails is
     * logged, makes the dispatcher degraded, and adopts nothing: the last good plan stays.
     */
    private Optional<DispatchPlan> adopt(Round round, Supplier<RoutePlan> search) {
        long version = round.snapshot().version();
        Optional<DispatchPlan> plan;
        try {
            plan = state.accept(round.snapshot(), search.get());
        } catch (RoundFailure e) {
            roundFailed(version, e.getCause());
            return Optional.empty();
        } catch (RuntimeException e) {
            roundFailed(version, e);
            return Optional.empty();
        }
        faults.clear(DispatcherFaults.Kind.ROUND);
        return plan;
    }

    private void roundFailed(long version, Throwable e) {
        String what = "re-optimisation round on plan version " + version + " failed";
        if (faults.fail(DispatcherFaults.Kind.ROUND, what, e)) {
            LOG.error("A {}; the last good plan (version {}) stays published", what, lastGood.version(), e);
        } else {
            LOG.warn("A {} again ({}); the last good plan (version {}) stays published", what, e.toString(), lastGood.version());
        }
    }

    /** An error the dispatcher does not try to survive (out of memory, an internal JVM error); a stack overflow it does. */
    private static boolean fatal(Throwable e) {
        return e instanceof VirtualMachineError && !(e instanceof StackOverflowError);
    }

    private void eventFailed(DispatchEvent event, Throwable e) {
        String what = "event " + event + " failed";
        faults.fail(DispatcherFaults.Kind.EVENT, what, e);
        LOG.error("The dispatcher's {}; its future fails, the dispatcher goes on", what, e);
    }

    /**
     * The current plan, which becomes the last good one; when it cannot be computed (a fault), the
     * last good plan, and the dispatcher is degraded until a plan computes again.
     */
    private DispatchPlan planOrLastGood() {
        try {
            DispatchPlan plan = state.plan();
            lastGood = plan;
            faults.clear(DispatcherFaults.Kind.PLAN);
            return plan;
        } catch (RuntimeException e) {
            String what = "computing the plan of version " + state.version() + " failed";
            if (faults.fail(DispatcherFaults.Kind.PLAN, what, e)) {
                LOG.error("The dispatcher's {}; answering with the last good plan (version {})", what, lastGood.version(), e);
            }
            return lastGood;
        }
    }

    /**
     * Waits for the writer's answer; if the writer has ended without answering, {@code afterStop}
     * (never blocks on a dead writer).
     */
    private <T> T await(CompletableFuture<T> reply, Supplier<T> afterStop, String what) {
        try {
            while (true) {
                try {
                    return join(reply, ENQUEUE_SLICE_NANOS);
                } catch (TimeoutException e) {
                    if (!writer.isAlive() && !reply.isDone()) {
                        return afterStop.get();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DispatcherInterruptedException(what, e);
        }
    }

    /**
     * With the queue empty: the next held GPS fix, so that a request arriving meanwhile waits for
     * one fix at most (a fix on live road tables costs about as much as a request); all of them at
     * once when the table batches locations (each change copies it).
     */
    private void applyNextFixes() {
        if (fixes.isEmpty()) {
            return;
        }
        if (state.batchesLocations()) {
            applyFixes();
            return;
        }
        PendingFixes.Held h = fixes.pollFirst();
        applyEvent(heldFix(h));
    }

    /**
     * A held GPS fix as the state applies it. It was not older than the clock when it came in; the
     * requests served while it was held may have moved the clock past it, and the courier is where
     * the fix says no earlier than that: its second is lifted to the clock, so that holding it does
     * not make it stale (a fix older than the courier's last report is still refused).
     */
    private EventMessage heldFix(PendingFixes.Held h) {
        DispatchEvent.CourierMoved f = h.fix();
        int now = state.now();
        DispatchEvent.CourierMoved fix = f.second() >= now ? f
                : new DispatchEvent.CourierMoved(f.courierId(), f.point(), f.location(), now, f.drivingTo());
        return new EventMessage(fix, h.reply());
    }

    /**
     * Applies the held GPS fixes, in order, their new locations added to the table with one change
     * (one kernel rebuild for all of them); a location that cannot be added fails only its own fix.
     */
    private void applyFixes() {
        if (fixes.isEmpty()) {
            return;
        }
        Set<Location> batch = new LinkedHashSet<>();
        for (Location l : fixes.locations()) {
            if (!state.hasLocation(l)) {
                batch.add(l);
            }
        }
        if (batch.size() > 1 && state.batchesLocations()) {
            try {
                state.prepareLocations(batch);
            } catch (RuntimeException ex) {
                LOG.debug("Locations of held GPS fixes not added at once ({}); each fix adds its own", ex.getMessage());
            }
        }
        for (PendingFixes.Held h : fixes.drain()) {
            applyEvent(heldFix(h));
        }
    }

    /**
     * Before an event at a location the table does not have: the new locations of this event and
     * of the next queued ones (up to {@link #LOCATION_BATCH}) get their points with one model call
     * (one copy of the table instead of one per event). A failure is left to each event.
     */
    private void prepareLocations(DispatchEvent event) {
        Location first = locationOf(event);
        if (first == null || state.hasLocation(first) || !state.batchesLocations()) {
            return;
        }
        Set<Location> batch = new LinkedHashSet<>();
        batch.add(first);
        for (Message queued : inbox) {
            if (batch.size() >= LOCATION_BATCH) {
                break;
            }
            // Held fixes are batched when they are applied (applyFixes), not on a request's time.
            Location l = queued instanceof EventMessage q && !(q.event() instanceof DispatchEvent.CourierMoved)
                    ? locationOf(q.event()) : null;
            if (l != null && !state.hasLocation(l)) {
                batch.add(l);
            }
        }
        if (batch.size() > 1) {
            try {
                state.prepareLocations(batch);
            } catch (RuntimeException ex) {
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
        for (PendingFixes.Held h : fixes.drain()) {
            h.reply().completeExceptionally(new IllegalStateException("The dispatcher is shut down; the event was not applied."));
        }
        Message m;
        while ((m = inbox.poll()) != null) {
            IllegalStateException down = new IllegalStateException(stoppedMessage() + "; the event was not applied.");
            if (m instanceof EventMessage e) {
                e.reply().completeExceptionally(down);
            } else if (m instanceof PlanQuery q) {
                q.reply().complete(lastGood);
            } else if (m instanceof ReadQuery<?> q) {
                q.answer(); // the writer has ended: the state is final
            } else if (m instanceof Stop s) {
                s.reply().complete(lastGood);
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
                RoutePlan result = null;
                Throwable failure = null;
                try {
                    result = solve(roundSolver(round.level()), round.snapshot());
                } catch (RuntimeException | Error e) {
                    if (fatal(e)) {
                        throw e;
                    }
                    failure = e; // reported (logged, health) by the writer
                }
                if (!stopping) {
                    results.put(new ResultMessage(round, result, failure));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            faults.fail(DispatcherFaults.Kind.WORKER, "the re-optimiser thread ended (no more background rounds)", e);
            LOG.error("The dispatcher's re-optimiser thread ended; events are still answered, plans no longer improved", e);
        }
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
        return runner.solve(solver, problem, start);
    }

    /** Hands an adopted plan to every listener; one that throws is logged and skipped (the plan stays published). */
    private void publish(DispatchPlan plan) {
        lastGood = plan;
        boolean allOk = true;
        for (Consumer<DispatchPlan> listener : listeners) {
            try {
                listener.accept(plan);
            } catch (RuntimeException | Error e) {
                if (fatal(e)) {
                    throw e;
                }
                allOk = false;
                String what = "plan listener " + listener + " failed on plan version " + plan.version();
                faults.fail(DispatcherFaults.Kind.LISTENER, what, e);
                LOG.warn("A {}; the plan stays published", what, e);
            }
        }
        if (allOk) {
            faults.clear(DispatcherFaults.Kind.LISTENER);
        }
    }

    private void requireRunning() {
        if (stopping) {
            throw new IllegalStateException(stoppedMessage() + "; create a new one.");
        }
    }

    private String stoppedMessage() {
        DispatcherHealth.Stopped s = stopped;
        return s == null || s.error() == null ? "The dispatcher is shut down" : "The dispatcher has stopped (" + s.cause() + ")";
    }

    private static <T> T join(CompletableFuture<T> future, long nanos) throws InterruptedException, TimeoutException {
        try {
            return future.get(nanos, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
