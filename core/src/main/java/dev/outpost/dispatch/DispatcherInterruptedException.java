package dev.outpost.dispatch;

/**
 * The calling thread was interrupted while it waited on the dispatcher (for room in the queue, for
 * an answer of the writer thread, or for the threads to end at shutdown). Unchecked, so that the
 * dispatcher's calls need no {@code throws InterruptedException} (and try-with-resources on a
 * {@link Dispatcher} compiles without handling it); the thread's interrupt flag is set again before
 * it is thrown, so code further up still sees the interruption.
 */
public final class DispatcherInterruptedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An interruption of {@code what}.
     *
     * @param what  what the thread waited for
     * @param cause the interruption
     */
    public DispatcherInterruptedException(String what, InterruptedException cause) {
        super("Interrupted while waiting " + what + "; the thread's interrupt flag is set again.", cause);
    }
}
