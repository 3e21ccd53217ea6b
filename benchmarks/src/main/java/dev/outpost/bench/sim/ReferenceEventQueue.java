package dev.outpost.bench.sim;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * The simulator's previous event queue (before the packed-key heap), kept unchanged as the
 * reference that {@link EngineBenchmark} measures the current queue against in the same run. The
 * engine's future-event list was: a 4-ary heap over primitive arrays, ordered totally by
 * (time in simulated seconds, kind priority, sequence number). The sequence number is handed out
 * at {@link #schedule} in increasing order, so two entries with the same time and kind leave in
 * the order they were scheduled. Cancelling is lazy: a cancelled entry is skipped when it reaches
 * the top. Not thread-safe: a simulated day runs on one thread.
 *
 * @param <T> the payload of an entry
 */
public final class ReferenceEventQueue<T> {

    private static final int KIND_BITS = 8;

    private long[] timeKind = new long[64];
    private long[] sequence = new long[64];
    private Object[] payload = new Object[64];
    private int size;
    private long nextSequence;
    private long[] cancelled = new long[16];
    private int cancelledCount;
    private int liveCount;

    /**
     * Schedules {@code value} at {@code time} with tie priority {@code kind} (lower leaves first).
     *
     * @param time  simulated seconds, at least 0
     * @param kind  tie priority, 0 to 255
     * @param value the payload
     * @return the entry's sequence number, the handle for {@link #cancel}
     * @throws IllegalArgumentException when the time is negative or the kind out of range
     */
    public long schedule(long time, int kind, T value) {
        if (time < 0 || time > (Long.MAX_VALUE >> KIND_BITS)) {
            throw new IllegalArgumentException("The event time (" + time + " s) must be between 0 and "
                    + (Long.MAX_VALUE >> KIND_BITS) + " simulated seconds.");
        }
        if (kind < 0 || kind > 255) {
            throw new IllegalArgumentException("The event kind (" + kind + ") must be between 0 and 255.");
        }
        if (size == timeKind.length) {
            int capacity = size * 2;
            timeKind = Arrays.copyOf(timeKind, capacity);
            sequence = Arrays.copyOf(sequence, capacity);
            payload = Arrays.copyOf(payload, capacity);
        }
        long key = (time << KIND_BITS) | kind;
        long seq = nextSequence++;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            if (!less(key, seq, timeKind[parent], sequence[parent])) {
                break;
            }
            timeKind[i] = timeKind[parent];
            sequence[i] = sequence[parent];
            payload[i] = payload[parent];
            i = parent;
        }
        timeKind[i] = key;
        sequence[i] = seq;
        payload[i] = value;
        liveCount++;
        return seq;
    }

    /**
     * Cancels the entry with sequence number {@code handle}; it will never be returned. Cancelling
     * an entry that already left or was cancelled has no effect and returns false.
     *
     * @param handle a handle from {@link #schedule}
     * @return whether a waiting entry was cancelled
     */
    public boolean cancel(long handle) {
        for (int i = 0; i < size; i++) {
            if (sequence[i] == handle) {
                if (isCancelled(handle)) {
                    return false;
                }
                if (cancelledCount == cancelled.length) {
                    cancelled = Arrays.copyOf(cancelled, cancelledCount * 2);
                }
                cancelled[cancelledCount++] = handle;
                liveCount--;
                return true;
            }
        }
        return false;
    }

    private boolean isCancelled(long handle) {
        for (int i = 0; i < cancelledCount; i++) {
            if (cancelled[i] == handle) {
                return true;
            }
        }
        return false;
    }

    private void forget(long handle) {
        for (int i = 0; i < cancelledCount; i++) {
            if (cancelled[i] == handle) {
                cancelled[i] = cancelled[--cancelledCount];
                return;
            }
        }
    }

    /**
     * Whether no live (uncancelled) entry waits.
     *
     * @return whether no live (uncancelled) entry waits
     */
    public boolean isEmpty() {
        return liveCount == 0;
    }

    /**
     * Live entries waiting.
     *
     * @return the number of live entries waiting
     */
    public int size() {
        return liveCount;
    }

    private void dropCancelledTop() {
        while (cancelledCount > 0 && size > 0 && isCancelled(sequence[0])) {
            forget(sequence[0]);
            removeTop();
        }
    }

    /**
     * The time of the next live entry.
     *
     * @throws NoSuchElementException when empty
     * @return the time of the next live entry
     */
    public long peekTime() {
        dropCancelledTop();
        if (size == 0) {
            throw new NoSuchElementException("The event queue is empty.");
        }
        return timeKind[0] >>> KIND_BITS;
    }

    /**
     * The kind of the next live entry (call after {@link #peekTime}).
     *
     * @return the kind of the next live entry (call after {@link #peekTime})
     */
    public int peekKind() {
        dropCancelledTop();
        return (int) (timeKind[0] & 0xFF);
    }

    /**
     * The sequence number of the next live entry.
     *
     * @return the sequence number of the next live entry
     */
    public long peekSequence() {
        dropCancelledTop();
        return sequence[0];
    }

    /**
     * Removes and returns the next live entry's payload.
     *
     * @throws NoSuchElementException when empty
     * @return the next live entry's payload
     */
    @SuppressWarnings("unchecked")
    public T poll() {
        dropCancelledTop();
        if (size == 0) {
            throw new NoSuchElementException("The event queue is empty.");
        }
        T value = (T) payload[0];
        removeTop();
        liveCount--;
        return value;
    }

    private void removeTop() {
        int last = --size;
        long key = timeKind[last];
        long seq = sequence[last];
        Object value = payload[last];
        payload[last] = null;
        int i = 0;
        while (true) {
            int first = 4 * i + 1;
            if (first >= size) {
                break;
            }
            int child = first;
            long childKey = timeKind[first];
            long childSeq = sequence[first];
            int end = Math.min(first + 4, size);
            for (int c = first + 1; c < end; c++) {
                long k = timeKind[c];
                if (k < childKey || (k == childKey && sequence[c] < childSeq)) {
                    child = c;
                    childKey = k;
                    childSeq = sequence[c];
                }
            }
            if (!less(childKey, childSeq, key, seq)) {
                break;
            }
            timeKind[i] = childKey;
            sequence[i] = childSeq;
            payload[i] = payload[child];
            i = child;
        }
        if (size > 0) {
            timeKind[i] = key;
            sequence[i] = seq;
            payload[i] = value;
        }
    }

    private static boolean less(long keyA, long seqA, long keyB, long seqB) {
        return keyA < keyB || (keyA == keyB && seqA < seqB);
    }
}
