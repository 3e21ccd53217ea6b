package dev.outpost.routing;

import java.util.Objects;

/**
 * A courier as the routing solver sees it: where and when it becomes free, what it already
 * carries and what it may do. A dispatcher models a courier's committed past (stops already made
 * or under way) by moving {@code startPoint} to the point where the courier will be free,
 * {@code availableSecond} to when, and {@code loadOnBoard} to what it then carries.
 *
 * @param id              unique courier id (used in plans and messages)
 * @param startPoint      index into the problem's {@code TravelTimes}: the outpost, or the
 *                        courier's current (or next free) position
 * @param availableSecond when the courier can leave {@code startPoint}, seconds since the start
 *                        of the service day
 * @param shiftEndSecond  when the courier's shift ends, seconds since the start of the day: the
 *                        hub arrival (or, if the courier does not end at the hub, the last
 *                        departure) must not be later
 * @param capacity        capacity in size units (at least 0)
 * @param loadOnBoard     size units already on board at {@code availableSecond} (at least 0)
 * @param skills          skills the courier has, one bit each (bit {@code k} = skill {@code k})
 * @param endAtHub        whether the courier must drive to the hub at the end of its route
 */
public record Courier(String id, int startPoint, int availableSecond, int shiftEndSecond, int capacity,
        int loadOnBoard, long skills, boolean endAtHub) {

    public Courier {
        Objects.requireNonNull(id, "id");
        if (capacity < 0) {
            throw new IllegalArgumentException("The courier (" + id + ") capacity (" + capacity + ") is negative; use 0 or more.");
        }
        if (loadOnBoard < 0) {
            throw new IllegalArgumentException("The courier (" + id + ") loadOnBoard (" + loadOnBoard + ") is negative; use 0 or more.");
        }
        if (shiftEndSecond < availableSecond) {
            throw new IllegalArgumentException("The courier (" + id + ") shiftEndSecond (" + shiftEndSecond
                    + ") is before its availableSecond (" + availableSecond + "); swap or fix them.");
        }
    }
}
