package dev.outpost.sim.fleet;

import dev.outpost.model.CourierBreak;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A courier's state during a simulated day. Policies read it; only the {@link Day} changes it.
 */
public final class Courier {

    final int index;
    final String id;
    final int type;
    final int capacity;
    final long skills;
    final long shiftStart;
    final long shiftEnd;
    int home;

    CourierStatus status = CourierStatus.OFF;
    int point;
    int target = -1;
    long legStart;
    long legEnd;
    long handle = -1;
    long wrapHandle = -1;
    long current = -1;
    int load;
    int queuedSize;
    boolean wrappingUp;
    boolean breakdownPending;
    final List<Long> queue = new ArrayList<>();
    /** The type's breaks, in time order. */
    final List<CourierBreak> breaks;
    /** The index of the next break not yet taken (or skipped). */
    int nextBreak;
    /** Whether the next break's window has opened and the break waits to be taken. */
    boolean breakOpen;

    Courier(int index, String id, int type, int capacity, long skills, long shiftStart, long shiftEnd, int home,
            List<CourierBreak> breaks) {
        this.index = index;
        this.id = id;
        this.type = type;
        this.capacity = capacity;
        this.skills = skills;
        this.shiftStart = shiftStart;
        this.shiftEnd = shiftEnd;
        this.home = home;
        this.point = home;
        this.breaks = List.copyOf(breaks);
    }

    /** {@return index in the fleet} */
    public int index() {
        return index;
    }

    /** {@return the courier's id, e.g. {@code scooter-3}} */
    public String id() {
        return id;
    }

    /** {@return the courier type's index in the scenario} */
    public int type() {
        return type;
    }

    /** {@return capacity units} */
    public int capacity() {
        return capacity;
    }

    /** {@return the home post's point} */
    public int home() {
        return home;
    }

    /** {@return what it does now} */
    public CourierStatus status() {
        return status;
    }

    /** {@return the point it stands at, or the start of the leg it drives} */
    public int point() {
        return point;
    }

    /** {@return the point it drives to, -1 when not driving} */
    public int destination() {
        return target;
    }

    /** {@return units on board} */
    public int load() {
        return load;
    }

    /** {@return units of the requests queued but not yet picked up} */
    public int queuedSize() {
        return queuedSize;
    }

    /** {@return the requests assigned but not started, in visiting order} */
    public List<Long> queue() {
        return Collections.unmodifiableList(queue);
    }

    /** {@return whether it may take new requests (on duty, not on a break, not wrapping up, not lost)} */
    public boolean accepting() {
        return !wrappingUp && (status == CourierStatus.IDLE || status == CourierStatus.RELOCATING
                || status == CourierStatus.TO_PICKUP || status == CourierStatus.SERVING);
    }

    /** {@return whether it is free for a new job right now (idle, or relocating)} */
    public boolean free() {
        return accepting() && queue.isEmpty() && (status == CourierStatus.IDLE || status == CourierStatus.RELOCATING);
    }

    /** {@return the latest second it must be at the hub: the earlier of its shift end and the cut-off} */
    public long shiftEnd() {
        return shiftEnd;
    }

    /**
     * The latest second its accepted work may bring it back to the hub: {@link #shiftEnd()} less
     * the breaks it has not taken yet, so that work admitted now leaves room for them (the policies'
     * admission rule). Equal to the shift end for a type without breaks.
     *
     * @return the shift end less the seconds of the breaks still to take, simulated seconds
     */
    public long workEnd() {
        long left = 0;
        for (int b = nextBreak; b < breaks.size(); b++) {
            left += breaks.get(b).durationSeconds();
        }
        return shiftEnd - left;
    }
}
