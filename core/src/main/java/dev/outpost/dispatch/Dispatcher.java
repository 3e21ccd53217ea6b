package dev.outpost.dispatch;

import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.RoutingSolver;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
 * events, then up to the full limit; see {@code LiveWriter.LEVELS}), and hands the result to the writer, which merges it with the
 * events that came in meanwhile (or discards it) and publishes it only if it is better; plans are
 * never published stale (see {@link DispatchPlan#version()}); with
 * {@link DispatcherOptions#withBackgroundRounds(boolean) withBackgroundRounds(false)} no round runs. Listeners run on the writer thread
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
 *
 * <p>Inside: this class is the public face of both modes; {@code DispatchCore} holds what they share
 * (the state, adoption and publication of plans, faults), {@code LiveWriter} the live threads and
 * queue, and {@code DispatchState} the plan and its rules.
 */
public final class Dispatcher implements AutoCloseable {

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

    private final DispatchCore core;
    private final DispatcherOptions options;
    private final RoutingSolver solver;
    /** The writer and re-optimiser threads (live mode only; null in deterministic mode). */
    private final LiveWriter live;
    private volatile DispatchPlan finalPlan;

    private Dispatcher(Fleet fleet, DispatcherOptions options, RoundRunner runner) {
        this.options = options;
        this.core = new DispatchCore(fleet, options, runner);
        this.solver = RoutingSolver.create(options.routing());
        this.live = options.deterministic() ? null : new LiveWriter(core, fleet);
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
        DispatcherHealth.Stopped s = core.stopped;
        if (s != null) {
            return s;
        }
        if (!options.deterministic() && !live.writerAlive()) {
            s = core.stopped;
            return s != null ? s : new DispatcherHealth.Stopped("the writer thread ended", null);
        }
        DispatcherHealth.Degraded d = core.faults.current();
        return d != null ? d : new DispatcherHealth.Running();
    }

    /**
     * Registers a listener for published plans (live: called on the writer thread; deterministic: on the caller's).
     *
     * @param listener called with each new plan
     */
    public void addPlanListener(Consumer<DispatchPlan> listener) {
        core.addListener(Objects.requireNonNull(listener, "listener"));
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
            synchronized (core.state) {
                core.requireRunning();
                try {
                    reply.complete(core.state.apply(event));
                    core.faults.clear(DispatcherFaults.Kind.EVENT);
                } catch (IllegalArgumentException e) {
                    reply.completeExceptionally(e);
                } catch (RuntimeException e) {
                    core.eventFailed(event, e);
                    reply.completeExceptionally(e);
                }
            }
            return reply;
        }
        if (!live.enqueue(new LiveWriter.EventMessage(event, reply), unit.toNanos(timeout))) {
            throw new RejectedExecutionException("The dispatcher's queue (capacity " + options.queueCapacity()
                    + ") stayed full for " + unit.toMillis(timeout) + " ms; the event " + event
                    + " was not queued: retry later, or raise DispatcherOptions.withQueueCapacity.");
        }
        if (core.stopping && !reply.isDone()) {
            // Raced with shutdown: the writer may have stopped before reading it.
            reply.completeExceptionally(new IllegalStateException("The dispatcher is shut down; the event was not applied."));
        }
        return reply;
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
        synchronized (core.state) {
            core.requireRunning();
            DispatchState.Snapshot snapshot = core.state.snapshot();
            Optional<DispatchPlan> plan = core.adopt(snapshot, () -> core.solve(solver, snapshot));
            plan.ifPresent(core::publish);
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
        synchronized (core.state) {
            core.requireRunning();
            DispatchState.Snapshot snapshot = core.state.snapshot();
            Optional<DispatchPlan> plan = core.adopt(snapshot, () -> core.solve(round, snapshot));
            plan.ifPresent(core::publish);
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
        synchronized (core.state) {
            core.requireRunning();
            DispatchState.Snapshot snapshot = core.state.snapshot();
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
            RoutingProblem problem = snapshot.problem(core.state.hub(), core.state.cutoff());
            Optional<DispatchPlan> plan = core.adopt(snapshot,
                    () -> RoutingSolver.evaluate(problem, options.routing(), sequences));
            plan.ifPresent(core::publish);
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
            synchronized (core.state) {
                return core.stopping ? finalPlan : core.planOrLastGood();
            }
        }
        Supplier<DispatchPlan> afterStop = () -> finalPlan != null ? finalPlan : core.lastGood;
        if (core.stopping) {
            return afterStop.get();
        }
        CompletableFuture<DispatchPlan> reply = new CompletableFuture<>();
        try {
            live.enqueue(new LiveWriter.PlanQuery(reply), Long.MAX_VALUE);
        } catch (IllegalStateException stoppedMeanwhile) {
            return afterStop.get();
        }
        return live.await(reply, afterStop, "for the current plan");
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
        return read(() -> core.state.status(pickupId), "for the status of pickup " + pickupId);
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
        return read(() -> core.state.courierStatus(courierId), "for the status of courier " + courierId);
    }

    /**
     * A read of the state: deterministic, on the caller's thread; live, on the writer thread after
     * the events queued before it; once the writer has stopped (stopping is set after its last
     * change) the state is final and is read here, so a read never blocks on a dead writer.
     */
    private <T> T read(Supplier<T> read, String what) {
        if (options.deterministic()) {
            synchronized (core.state) {
                return read.get();
            }
        }
        if (core.stopping) {
            return read.get();
        }
        CompletableFuture<T> reply = new CompletableFuture<>();
        try {
            live.enqueue(new LiveWriter.ReadQuery<>(read, reply), Long.MAX_VALUE);
        } catch (IllegalStateException stoppedMeanwhile) {
            return read.get();
        }
        return live.await(reply, read, what);
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
            synchronized (core.state) {
                if (finalPlan == null) {
                    finalPlan = core.planOrLastGood();
                    core.stopped = new DispatcherHealth.Stopped("shut down", null);
                    core.stopping = true;
                }
                return finalPlan;
            }
        }
        synchronized (this) {
            if (finalPlan != null) {
                return finalPlan;
            }
            DispatchPlan plan;
            try {
                // Waits for room like a producer (the events queued before it are applied first).
                plan = live.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DispatcherInterruptedException("for the dispatcher's threads to end", e);
            }
            // A writer that failed ended without reading the stop: its last state is final.
            finalPlan = plan != null ? plan : core.planOrLastGood();
            core.stopping = true;
            if (core.stopped == null) {
                core.stopped = new DispatcherHealth.Stopped("shut down", null);
            }
            return finalPlan;
        }
    }

    /** {@link #shutdown()}: no checked exception, so try-with-resources needs no handler. */
    @Override
    public void close() {
        shutdown();
    }
}
