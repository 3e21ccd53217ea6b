package dev.outpost.sim.engine;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * The engine's future-event list: a 4-ary heap of single {@code long} keys, ordered totally by
 * (time in simulated seconds, kind priority, sequence number). The three parts are packed into
 * one key (time in the high bits, then the kind, then the sequence), so one comparison decides
 * and a sift moves one long and one int per level. The sequence is handed out at
 * {@link #schedule} in increasing order, so two entries with the same time and kind leave in the
 * order they were scheduled; when the sequence field runs out, the waiting entries are renumbered
 * in their current order (their relative order is all that matters), which costs one sort every
 * 2<sup>24</sup> schedules.
 *
 * <p>Payloads live in slots that never move while the entry waits; the heap holds the slot
 * number beside each key. A handle names the slot and a schedule serial, so {@link #cancel} is
 * O(1): it marks the slot as a tombstone, which is dropped when it reaches the top (and the heap
 * is compacted when tombstones outnumber live entries). Not thread-safe: a simulated day runs on
 * one thread.
 *
 * @param <T> the payload of an entry
 */
public final class EventQueue<T> {

    private static final int KIND_BITS = 8;
    private static final int SLOT_BITS = 24;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;
    private static final long MAX_SERIAL = (Long.MAX_VALUE >>> SLOT_BITS);
    private static final long FREE = -1;
    private static final int DEFAULT_SEQUENCE_BITS = 24;

    private final int sequenceBits;
    private final long sequenceLimit;
    private final long maxTime;

    private long[] keys = new long[64];
    private int[] heapSlot = new int[64];
    private int size;

    private Object[] payload = new Object[64];
    private long[] slotHandle = new long[64];
    private int[] freeSlots = new int[64];
    private int freeCount;
    private int slotsUsed;

    private long polledTime;
    private long nextSequence;
    private long nextSerial;
    private int tombstones;

    /** An empty queue. */
    public EventQueue() {
        this(DEFAULT_SEQUENCE_BITS);
    }

    /**
     * An empty queue whose sequence field has {@code sequenceBits} bits (tests use few bits to
     * exercise the renumbering).
     *
     * @param sequenceBits bits of the tie-breaking sequence, 2 to 24
     */
    EventQueue(int sequenceBits) {
        if (sequenceBits < 2 || sequenceBits > DEFAULT_SEQUENCE_BITS) {
            throw new IllegalArgumentException("The sequence bits (" + sequenceBits + ") must be between 2 and 24.");
        }
        this.sequenceBits = sequenceBits;
        this.sequenceLimit = 1L << sequenceBits;
        this.maxTime = (1L << (63 - KIND_BITS - sequenceBits)) - 1;
        Arrays.fill(slotHandle, FREE);
    }

    /**
     * Schedules {@code value} at {@code time} with tie priority {@code kind} (lower leaves first).
     *
     * @param time  simulated seconds, 0 to 2<sup>31</sup> - 1 (68 years)
     * @param kind  tie priority, 0 to 255
     * @param value the payload
     * @return the entry's handle for {@link #cancel}; handles grow with each schedule
     * @throws IllegalArgumentException when the time or the kind is out of range
     * @throws IllegalStateException when 2<sup>24</sup> entries already wait
     */
    public long schedule(long time, int kind, T value) {
        if (time < 0 || time > maxTime) {
            throw new IllegalArgumentException("The event time (" + time + " s) must be between 0 and " + maxTime
                    + " simulated seconds.");
        }
        if (kind < 0 || kind > 255) {
            throw new IllegalArgumentException("The event kind (" + kind + ") must be between 0 and 255.");
        }
        if (nextSequence == sequenceLimit) {
            renumber();
        }
        int slot = takeSlot();
        long handle = (nextSerial++ << SLOT_BITS) | slot;
        payload[slot] = value;
        slotHandle[slot] = handle;
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            heapSlot = Arrays.copyOf(heapSlot, size * 2);
        }
        long key = (((time << KIND_BITS) | kind) << sequenceBits) | nextSequence++;
        siftUp(size++, key, slot);
        return handle;
    }

    private int takeSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsUsed == payload.length) {
            if (slotsUsed > SLOT_MASK) {
                throw new IllegalStateException("The event queue holds " + slotsUsed
                        + " waiting entries, its limit; a simulation should not keep that many events pending.");
            }
            int capacity = slotsUsed * 2;
            payload = Arrays.copyOf(payload, capacity);
            slotHandle = Arrays.copyOf(slotHandle, capacity);
            Arrays.fill(slotHandle, slotsUsed, capacity, FREE);
            freeSlots = Arrays.copyOf(freeSlots, capacity);
        }
        return slotsUsed++;
    }

    private void freeSlot(int slot) {
        payload[slot] = null;
        slotHandle[slot] = FREE;
        freeSlots[freeCount++] = slot;
    }

    /**
     * Cancels the entry with {@code handle}; it will never be returned. O(1). Cancelling an entry
     * that already left or was cancelled has no effect and returns false.
     *
     * @param handle a handle from {@link #schedule}
     * @return whether a waiting entry was cancelled
     */
    public boolean cancel(long handle) {
        if (handle < 0) {
            return false;
        }
        int slot = (int) (handle & SLOT_MASK);
        if (slot >= slotsUsed || slotHandle[slot] != handle) {
            return false;
        }
        // The slot stays taken (the heap still points to it) until the tombstone is dropped.
        slotHandle[slot] = FREE;
        payload[slot] = null;
        tombstones++;
        if (tombstones > 64 && tombstones > size - tombstones) {
            compact();
        }
        return true;
    }

    /**
     * Whether no live (uncancelled) entry waits.
     *
     * @return whether no live (uncancelled) entry waits
     */
    public boolean isEmpty() {
        return size == tombstones;
    }

    /**
     * Live entries waiting.
     *
     * @return the number of live entries waiting
     */
    public int size() {
        return size - tombstones;
    }

    private void dropCancelledTop() {
        while (tombstones > 0 && size > 0 && slotHandle[heapSlot[0]] == FREE) {
            tombstones--;
            freeSlot(heapSlot[0]);
            removeTop();
        }
    }

    /**
     * The time of the next live entry.
     *
     * @throws NoSuchElementException when empty
     * @return the time of the next live entry, simulated seconds
     */
    public long peekTime() {
        dropCancelledTop();
        if (size == 0) {
            throw new NoSuchElementException("The event queue is empty.");
        }
        return keys[0] >>> (sequenceBits + KIND_BITS);
    }

    /**
     * The kind of the next live entry.
     *
     * @throws NoSuchElementException when empty
     * @return the kind of the next live entry
     */
    public int peekKind() {
        dropCancelledTop();
        if (size == 0) {
            throw new NoSuchElementException("The event queue is empty.");
        }
        return (int) ((keys[0] >>> sequenceBits) & 0xFF);
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
        int slot = heapSlot[0];
        polledTime = keys[0] >>> (sequenceBits + KIND_BITS);
        T value = (T) payload[slot];
        freeSlot(slot);
        removeTop();
        return value;
    }

    /**
     * The time of the entry the last {@link #poll} returned (saves a {@link #peekTime} per event).
     *
     * @return the time of the last polled entry, simulated seconds; 0 before the first poll
     */
    public long polledTime() {
        return polledTime;
    }

    private void siftUp(int index, long key, int slot) {
        int i = index;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            long parentKey = keys[parent];
            if (key >= parentKey) {
                break;
            }
            keys[i] = parentKey;
            heapSlot[i] = heapSlot[parent];
            i = parent;
        }
        keys[i] = key;
        heapSlot[i] = slot;
    }

    /**
     * Removes the root the bottom-up way (Floyd): the hole at the root descends along the smaller
     * child to a leaf without comparing with the moved entry, which then rises from there; the
     * last entry of a heap nearly always belongs near the bottom, so this saves a comparison per
     * level.
     */
    private void removeTop() {
        int last = --size;
        if (last == 0) {
            return;
        }
        long key = keys[last];
        int slot = heapSlot[last];
        long[] k = keys;
        int[] s = heapSlot;
        int i = 0;
        while (true) {
            int first = 4 * i + 1;
            if (first >= last) {
                break;
            }
            int child = first;
            long childKey = k[first];
            int end = Math.min(first + 4, last);
            for (int c = first + 1; c < end; c++) {
                long ck = k[c];
                if (ck < childKey) {
                    child = c;
                    childKey = ck;
                }
            }
            k[i] = childKey;
            s[i] = s[child];
            i = child;
        }
        siftUp(i, key, slot);
    }

    private void siftDown(int index, long key, int slot) {
        int i = index;
        int n = size;
        long[] k = keys;
        while (true) {
            int first = 4 * i + 1;
            if (first >= n) {
                break;
            }
            int child = first;
            long childKey = k[first];
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                long ck = k[c];
                if (ck < childKey) {
                    child = c;
                    childKey = ck;
                }
            }
            if (childKey >= key) {
                break;
            }
            k[i] = childKey;
            heapSlot[i] = heapSlot[child];
            i = child;
        }
        k[i] = key;
        heapSlot[i] = slot;
    }

    /** Drops every tombstone and rebuilds the heap (Floyd's O(n) heapify). */
    private void compact() {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            int slot = heapSlot[i];
            if (slotHandle[slot] == FREE) {
                freeSlot(slot);
            } else {
                keys[kept] = keys[i];
                heapSlot[kept] = slot;
                kept++;
            }
        }
        size = kept;
        tombstones = 0;
        for (int i = (size - 2) >>> 2; size > 1 && i >= 0; i--) {
            siftDown(i, keys[i], heapSlot[i]);
        }
    }

    /**
     * Gives the waiting entries the sequence numbers 0, 1, ... in their current total order; a
     * sorted array is a valid heap. New entries then continue after them.
     */
    private void renumber() {
        if (nextSerial > MAX_SERIAL) {
            throw new IllegalStateException("The event queue has handed out " + nextSerial + " handles, its limit.");
        }
        compact();
        if (size >= sequenceLimit) {
            throw new IllegalStateException("The event queue holds " + size + " waiting entries, more than its "
                    + sequenceLimit + " sequence numbers.");
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        long[] oldKeys = Arrays.copyOf(keys, size);
        int[] oldSlots = Arrays.copyOf(heapSlot, size);
        Arrays.sort(order, (a, b) -> Long.compare(oldKeys[a], oldKeys[b]));
        long clearSequence = ~(sequenceLimit - 1);
        for (int rank = 0; rank < size; rank++) {
            int from = order[rank];
            keys[rank] = (oldKeys[from] & clearSequence) | rank;
            heapSlot[rank] = oldSlots[from];
        }
        nextSequence = size;
    }
}
