package dev.outpost.dispatch;

import java.util.Objects;

/**
 * The dispatcher's health ({@link Dispatcher#health()}), read without waiting for its threads:
 * {@link Running}, {@link Degraded} with the cause of the latest fault not yet cleared, or
 * {@link Stopped}.
 *
 * <p>A fault never stops the dispatcher: a refused event (bad input) is not a fault at all (its
 * own future fails with the reason); a re-optimisation round that throws, a plan listener that
 * throws or an event that fails on an internal error (not bad input) is logged and makes the
 * dispatcher {@link Degraded} until the same kind of work succeeds again (the next round, the next
 * publication, the next applied event). Meanwhile the last good plan stays published and every
 * call keeps answering.
 */
public sealed interface DispatcherHealth {

    /**
     * Whether the dispatcher is running without a fault.
     *
     * @return whether this is {@link Running}
     */
    default boolean isRunning() {
        return this instanceof Running;
    }

    /** Running: every call answers and the last round, publication and event succeeded. */
    record Running() implements DispatcherHealth {
    }

    /**
     * Running, with a fault not yet cleared: calls still answer and the last good plan stays
     * published.
     *
     * @param cause what failed and its message, for an operator (e.g. "re-optimisation round on plan version 12
     *              failed: IllegalStateException: ...")
     * @param error the exception
     */
    record Degraded(String cause, Throwable error) implements DispatcherHealth {
        /**
         * Validates the components.
         *
         * @param cause what failed and its message
         * @param error the exception
         */
        public Degraded {
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * Stopped: by {@link Dispatcher#shutdown()} (no error), or because its writer thread ended on an
     * error it could not contain (events are then refused with an {@link IllegalStateException};
     * {@link Dispatcher#currentPlan()} returns the last good plan).
     *
     * @param cause why it stopped ("shut down", or the error's description)
     * @param error the error that stopped it, or null after a shutdown
     */
    record Stopped(String cause, Throwable error) implements DispatcherHealth {
        /**
         * Validates the components.
         *
         * @param cause why it stopped ("shut down", or the error's description)
         * @param error the error that stopped it, or null after a shutdown
         */
        public Stopped {
            Objects.requireNonNull(cause, "cause");
        }
    }
}
