package dev.outpost.sim.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The clock, the future-event list and the listeners of one run. The model schedules its own
 * payloads ({@link #schedule}); {@link #run} pops them in total order (time, kind, sequence),
 * advances the clock and hands each to the model; the model publishes facts ({@link #publish}) to
 * every listener. Simulated time only; one thread.
 *
 * @param <T> the model's payload type
 */
public final class Engine<T> implements SimClock {

    private final EventQueue<T> queue = new EventQueue<>();
    private final List<EventListener> listeners = new ArrayList<>();
    private long now;
    private long processed;

    /**
     * Adds a listener; facts reach listeners in the order they were added.
     *
     * @param listener receives every published fact
     */
    public void listen(EventListener listener) {
        listeners.add(listener);
    }

    @Override
    public long now() {
        return now;
    }

    /**
     * Payloads handled so far.
     *
     * @return the number of payloads handled so far
     */
    public long processed() {
        return processed;
    }

    /**
     * Schedules {@code value} at {@code time} (not before now) with tie priority {@code kind}.
     *
     * @param time when, simulated seconds
     * @param kind tie priority among payloads at the same time
     * @param value the payload
     * @return the handle for {@link #cancel}
     * @throws IllegalArgumentException when {@code time} is in the past
     */
    public long schedule(long time, int kind, T value) {
        if (time < now) {
            throw new IllegalArgumentException("The event time (" + time + " s) is before the clock (" + now
                    + " s); the engine never goes back.");
        }
        return queue.schedule(time, kind, value);
    }

    /**
     * Cancels a scheduled payload; false when it already ran or was cancelled.
     *
     * @param handle a handle from {@link #schedule}
     * @return whether it was cancelled; false when it already ran or was cancelled before
     */
    public boolean cancel(long handle) {
        return queue.cancel(handle);
    }

    /**
     * Sends a fact to every listener.
     *
     * @param event the fact
     */
    public void publish(SimEvent event) {
        for (int i = 0, n = listeners.size(); i < n; i++) {
            listeners.get(i).onEvent(event);
        }
    }

    /**
     * Runs until the queue is empty, handing each payload to {@code handler}.
     *
     * @param handler the model, handed each payload in order
     */
    public void run(Consumer<T> handler) {
        EventQueue<T> q = queue;
        while (!q.isEmpty()) {
            T value = q.poll();
            now = q.polledTime();
            processed++;
            handler.accept(value);
        }
    }
}
