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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live dispatcher's two threads and its queue. The writer applies the queued events in order
 * (GPS fixes held while requests are served, see {@link PendingFixes}), answers the queries, and
 * hands a copy of the plan to the re-optimiser whenever it is idle; the re-optimiser runs one
 * round at a time (its length by level, see {@link #LEVELS}) and hands the result back to the
 * writer, which adopts it through the {@link DispatchCore}. Producers queue with {@link #enqueue}
 * (a full queue blocks them: back-pressure) and wait for their answer with {@link #await}, which
 * never blocks on a writer that has ended.
 */
final class LiveWriter {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    /** A message to the writer thread. */
    sealed interface Message {
    }

    record EventMessage(DispatchEvent event, CompletableFuture<List<Decision>> reply) implements Message {
    }

    /** A round's result, or (result null) the error that ended it. */
    record ResultMessage(Round round, RoutePlan result, Throwable failure) implements Message {
    }

    /** One background round: the plan copy and its level (its length, see {@link #roundSolver}). */
    record Round(DispatchState.Snapshot snapshot, int level) {
    }

    /** Longest single wait of a producer for room in the queue before it checks for shutdown. */
    static final long ENQUEUE_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

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

    record PlanQuery(CompletableFuture<DispatchPlan> reply) implements Message {
    }

    record Stop(CompletableFuture<DispatchPlan> reply) implements Message {
    }

    /** A read of the state (a pickup's or a courier's status), answered on the writer thread. */
    record ReadQuery<T>(Supplier<T> read, CompletableFuture<T> reply) implements Message {
        /** Completes the reply with the read, or with the exception the read threw. */
        void answer() {
            try {
                reply.complete(read.get());
            } catch (RuntimeException ex) {
                reply.completeExceptionally(ex);
            }
        }
    }

    static final Round NO_MORE = new Round(new DispatchState.Snapshot(-1, List.of(), List.of(), List.of(), null, null), -1);

    private final DispatchCore core;
    private final DispatchState state;
    private final DispatcherOptions options;
    private final BlockingQueue<Message> inbox;
    private final BlockingQueue<Message> results = new LinkedBlockingQueue<>();
    private final SynchronousQueue<Round> work = new SynchronousQueue<>();
    private final RoutingSolver[] roundSolvers = new RoutingSolver[LEVELS];
    private final Thread writer;
    private final Thread worker;
    /** GPS fixes held while requests wait (writer thread only). */
    private final PendingFixes fixes = new PendingFixes();

    /** Starts the writer and the re-optimiser on {@code core}'s state, with a queue of the options' capacity. */
    LiveWriter(DispatchCore core, Fleet fleet) {
        this.core = core;
        this.state = core.state;
        this.options = core.options;
        this.inbox = new ArrayBlockingQueue<>(options.queueCapacity());
        writer = new Thread(this::writeLoop, "outpost-dispatch-writer");
        // Without background rounds (DispatcherOptions.backgroundRounds) the worker never gets a round: no warm-up.
        RoutingProblem warmUp = options.backgroundRounds() ? warmUpProblem(fleet) : null;
        worker = new Thread(() -> workLoop(warmUp), "outpost-dispatch-reoptimiser");
        writer.setDaemon(true);
        worker.setDaemon(true);
        writer.start();
        worker.start();
    }

    /** Whether the writer thread is still running. */
    boolean writerAlive() {
        return writer.isAlive();
    }

    /**
     * Queues the stop after the events queued before it (waiting for room like a producer), waits
     * for both threads to end, and returns the final plan the writer computed, or null when the
     * writer ended without reading the stop (it failed: its last state is final).
     *
     * @throws InterruptedException when interrupted while waiting for the threads
     */
    DispatchPlan stop() throws InterruptedException {
        CompletableFuture<DispatchPlan> reply = new CompletableFuture<>();
        Stop stop = new Stop(reply);
        while (writer.isAlive() && !inbox.offer(stop, 50, TimeUnit.MILLISECONDS)) {
            // The writer drains the queue; a writer that failed has ended.
        }
        writer.join();
        worker.join();
        return reply.isDone() && !reply.isCompletedExceptionally() ? reply.getNow(null) : null;
    }

    /**
     * Puts {@code m} into the queue, waiting at most {@code nanos} for room; whether it did. Waits
     * in short slices so that a producer never stays blocked on a dispatcher that has shut down.
     *
     * @throws IllegalStateException when the dispatcher shuts down meanwhile
     * @throws DispatcherInterruptedException when interrupted (the interrupt flag is set again)
     */
    boolean enqueue(Message m, long nanos) {
        long deadline = System.nanoTime() + Math.max(0, Math.min(nanos, Long.MAX_VALUE / 4));
        core.requireRunning();
        try {
            while (!inbox.offer(m, Math.min(ENQUEUE_SLICE_NANOS, Math.max(0, deadline - System.nanoTime())), TimeUnit.NANOSECONDS)) {
                core.requireRunning();
                if (nanos != Long.MAX_VALUE && System.nanoTime() - deadline >= 0) {
                    return false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DispatcherInterruptedException("for room in the dispatcher's queue", e);
        }
        // The writer may have ended between the check and the offer, after draining the queue: a
        // message it will never take is answered here, so that no future waits for ever.
        if (core.stopping && inbox.remove(m)) {
            answerAfterStop(m);
        }
        return true;
    }

    /**
     * Waits for the writer's answer; if the writer has ended without answering, {@code afterStop}
     * (never blocks on a dead writer).
     */
    <T> T await(CompletableFuture<T> reply, Supplier<T> afterStop, String what) {
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

    private void writeLoop() {
        boolean workerBusy = false;
        boolean eventsSinceRound = true;
        boolean resting = false;
        int level = 0;
        long idleSince = System.nanoTime();
        long fullRoundNanos = options.routing().timeLimit().toNanos();
        Message m = null;
        try {
            while (true) {
                m = results.poll();
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
                    Optional<DispatchPlan> plan = core.adopt(r.round().snapshot(), () -> {
                        if (r.failure() != null) {
                            throw new DispatchCore.RoundFailure(r.failure());
                        }
                        return r.result();
                    });
                    plan.ifPresent(core::publish);
                    if (plan.isPresent()) {
                        level = Math.min(r.round().level() + 1, FULL_LEVEL);
                    } else {
                        level = r.round().level() + 1;
                        resting = level == LEVELS;
                        LOG.debug("Re-optimised plan of version {} not adopted (current version {}, level {})",
                                r.round().snapshot().version(), state.version(), r.round().level());
                    }
                } else if (m instanceof PlanQuery q) {
                    q.reply().complete(core.planOrLastGood());
                } else if (m instanceof ReadQuery<?> q) {
                    q.answer();
                } else if (m instanceof Stop s) {
                    core.stopped = new DispatcherHealth.Stopped("shut down", null);
                    core.stopping = true;
                    s.reply().complete(core.planOrLastGood());
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
                if (!workerBusy && (eventsSinceRound || !resting) && !eventsWaiting && fixes.isEmpty()
                        && options.backgroundRounds()) {
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
                        core.roundFailed(state.version(), ex);
                        resting = true;
                        eventsSinceRound = false;
                    }
                }
            }
        } catch (InterruptedException e) {
            core.stopped = new DispatcherHealth.Stopped("the writer thread was interrupted", e);
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            // Not contained above (an Error): the writer ends; reads answer from the last good plan.
            core.stopped = new DispatcherHealth.Stopped("the writer thread failed: " + e, e);
            LOG.error("The dispatcher's writer thread failed; the dispatcher has stopped (last good plan version {})",
                    core.lastGood.version(), e);
        } finally {
            core.stopping = true;
            // The message in hand when the writer failed (no-op once answered); a read is not run again
            // (it may be what failed), so that the queued messages below are still answered.
            if (m instanceof ReadQuery<?> q) {
                q.reply().completeExceptionally(new IllegalStateException(core.stoppedMessage() + "; the read was not answered."));
            } else if (m != null && !(m instanceof ResultMessage)) {
                answerAfterStop(m);
            }
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
            core.faults.clear(DispatcherFaults.Kind.EVENT);
            e.reply().complete(decisions);
        } catch (IllegalArgumentException ex) {
            e.reply().completeExceptionally(ex);
        } catch (RuntimeException | Error ex) {
            if (DispatchCore.fatal(ex)) {
                e.reply().completeExceptionally(ex);
                throw ex;
            }
            core.eventFailed(e.event(), ex); // before the answer: a caller that sees it sees the health too
            e.reply().completeExceptionally(ex);
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
        List<PendingFixes.Held> drained = fixes.drain();
        for (int i = 0; i < drained.size(); i++) {
            try {
                applyEvent(heldFix(drained.get(i)));
            } catch (RuntimeException | Error fatal) {
                // The writer ends (applyEvent rethrows only what it does not survive): the fixes taken
                // out of the holder with this one are answered, not left waiting.
                for (PendingFixes.Held rest : drained.subList(i + 1, drained.size())) {
                    rest.reply().completeExceptionally(new IllegalStateException(
                            "The dispatcher stopped (" + fatal + "); the event was not applied."));
                }
                throw fatal;
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
            answerAfterStop(m);
        }
    }

    /**
     * Answers a message the writer will not apply (it has ended, or is ending): an event's future
     * fails with the reason, a query gets the last good plan or the final state. A future already
     * completed stays as it is.
     */
    private void answerAfterStop(Message m) {
        if (m instanceof EventMessage e) {
            e.reply().completeExceptionally(new IllegalStateException(core.stoppedMessage() + "; the event was not applied."));
        } else if (m instanceof PlanQuery q) {
            q.reply().complete(core.lastGood);
        } else if (m instanceof ReadQuery<?> q) {
            q.answer(); // the writer has ended: the state is final
        } else if (m instanceof Stop s) {
            s.reply().complete(core.lastGood);
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
                    result = core.solve(roundSolver(round.level()), round.snapshot());
                } catch (RuntimeException | Error e) {
                    if (DispatchCore.fatal(e)) {
                        throw e;
                    }
                    failure = e; // reported (logged, health) by the writer
                }
                if (!core.stopping) {
                    results.put(new ResultMessage(round, result, failure));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            core.faults.fail(DispatcherFaults.Kind.WORKER, "the re-optimiser thread ended (no more background rounds)", e);
            LOG.error("The dispatcher's re-optimiser thread ended; events are still answered, plans no longer improved", e);
        }
    }

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
