package dev.outpost.dispatch;

import java.util.EnumMap;
import java.util.Map;

/**
 * The faults of a dispatcher not yet cleared, per kind: each kind is set by a failure and cleared
 * by the next success of the same kind of work; {@link #current()} is the latest one still set.
 * Thread-safe (the writer and worker threads report, any thread reads).
 */
final class DispatcherFaults {

    /** What failed. */
    enum Kind {
        /** Applying an event failed on an internal error (not a refusal of bad input). */
        EVENT,
        /** A re-optimisation round (the solver, or merging its result) failed. */
        ROUND,
        /** A plan listener threw. */
        LISTENER,
        /** Computing the current plan failed. */
        PLAN,
        /** The re-optimiser thread ended: no more background rounds. */
        WORKER
    }

    private record Entry(long sequence, DispatcherHealth.Degraded degraded) {
    }

    private final Map<Kind, Entry> open = new EnumMap<>(Kind.class);
    private long sequence;
    private volatile boolean any;

    /**
     * Records a failure of {@code kind}; whether that kind was clear before (a new fault: log it in full).
     */
    synchronized boolean fail(Kind kind, String what, Throwable error) {
        String message = error.getMessage();
        String cause = what + ": " + error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        Entry previous = open.put(kind, new Entry(++sequence, new DispatcherHealth.Degraded(cause, error)));
        any = true;
        return previous == null;
    }

    /** Clears {@code kind} after a success of that kind of work (the worker's end is never cleared). */
    void clear(Kind kind) {
        if (any) {
            synchronized (this) {
                open.remove(kind);
                any = !open.isEmpty();
            }
        }
    }

    /** The latest fault still set, or null. */
    synchronized DispatcherHealth.Degraded current() {
        Entry latest = null;
        for (Entry e : open.values()) {
            if (latest == null || e.sequence() > latest.sequence()) {
                latest = e;
            }
        }
        return latest == null ? null : latest.degraded();
    }
}
