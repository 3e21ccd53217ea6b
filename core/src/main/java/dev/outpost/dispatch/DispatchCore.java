package dev.outpost.dispatch;

import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.RoutingSolver;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a {@link Dispatcher} shares between its two modes and, live, between its threads: the
 * state, the plans it publishes and the faults it contains. A round's result is adopted here
 * (merged by the state, published to the listeners when better), the current plan is computed or
 * the last good one answered, and each failure is logged and reported to the dispatcher's health.
 * The mutating calls run on one thread at a time (live: the writer; deterministic: the caller,
 * holding the state's lock); the volatile fields are read from any thread.
 */
final class DispatchCore {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    final DispatchState state;
    final DispatcherOptions options;
    final DispatcherFaults faults = new DispatcherFaults();
    private final List<Consumer<DispatchPlan>> listeners = new CopyOnWriteArrayList<>();
    private final Dispatcher.RoundRunner runner;
    /** The last plan computed or published without a fault: what the reads answer when the writer cannot. */
    volatile DispatchPlan lastGood;
    /** Set when the dispatcher has stopped (shut down, or its writer ended on an error). */
    volatile DispatcherHealth.Stopped stopped;
    /** Set when the dispatcher stops taking events (shut down, or its writer ended); then the state is final. */
    volatile boolean stopping;

    DispatchCore(Fleet fleet, DispatcherOptions options, Dispatcher.RoundRunner runner) {
        this.options = options;
        this.runner = runner;
        this.state = new DispatchState(fleet, options.routing(), options.startSecond(), options.maxSnapMetres(),
                options.alternatives(), options.laterStops());
        this.lastGood = state.plan();
    }

    /** Adds a listener for published plans. */
    void addListener(Consumer<DispatchPlan> listener) {
        listeners.add(listener);
    }

    /** Wraps the error that ended a round, so that {@link #adopt} reports it as the round's failure. */
    static final class RoundFailure extends RuntimeException {
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
    Optional<DispatchPlan> adopt(DispatchState.Snapshot snapshot, Supplier<RoutePlan> search) {
        long version = snapshot.version();
        Optional<DispatchPlan> plan;
        try {
            plan = state.accept(snapshot, search.get());
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

    void roundFailed(long version, Throwable e) {
        String what = "re-optimisation round on plan version " + version + " failed";
        if (faults.fail(DispatcherFaults.Kind.ROUND, what, e)) {
            LOG.error("A {}; the last good plan (version {}) stays published", what, lastGood.version(), e);
        } else {
            LOG.warn("A {} again ({}); the last good plan (version {}) stays published", what, e.toString(), lastGood.version());
        }
    }

    /** An error the dispatcher does not try to survive (out of memory, an internal JVM error); a stack overflow it does. */
    static boolean fatal(Throwable e) {
        return e instanceof VirtualMachineError && !(e instanceof StackOverflowError);
    }

    void eventFailed(DispatchEvent event, Throwable e) {
        String what = "event " + event + " failed";
        faults.fail(DispatcherFaults.Kind.EVENT, what, e);
        LOG.error("The dispatcher's {}; its future fails, the dispatcher goes on", what, e);
    }

    /**
     * The current plan, which becomes the last good one; when it cannot be computed (a fault), the
     * last good plan, and the dispatcher is degraded until a plan computes again.
     */
    DispatchPlan planOrLastGood() {
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

    RoutePlan solve(RoutingSolver solver, DispatchState.Snapshot snapshot) {
        RoutingProblem problem = snapshot.problem(state.hub(), state.cutoff());
        RoutePlan start = RoutingSolver.evaluate(problem, options.routing(), snapshot.routes());
        return runner.solve(solver, problem, start);
    }

    /** Hands an adopted plan to every listener; one that throws is logged and skipped (the plan stays published). */
    void publish(DispatchPlan plan) {
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

    void requireRunning() {
        if (stopping) {
            throw new IllegalStateException(stoppedMessage() + "; create a new one.");
        }
    }

    String stoppedMessage() {
        DispatcherHealth.Stopped s = stopped;
        return s == null || s.error() == null ? "The dispatcher is shut down" : "The dispatcher has stopped (" + s.cause() + ")";
    }
}
