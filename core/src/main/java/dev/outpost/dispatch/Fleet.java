package dev.outpost.dispatch;

import dev.outpost.routing.Courier;
import dev.outpost.travel.TravelTimes;
import java.util.List;
import java.util.Objects;

/**
 * The fixed frame a {@link Dispatcher} plans in: the travel table (every point a request or a
 * courier may use), the hub with its cut-off, and the couriers at the start.
 *
 * @param travel       travel seconds and metres between all points
 * @param hubPoint     index of the hub in {@code travel}
 * @param cutoffSecond latest hub arrival, seconds since the start of the day
 * @param couriers     the couriers at the start (more may join with {@link DispatchEvent.CourierAdded})
 */
public record Fleet(TravelTimes travel, int hubPoint, int cutoffSecond, List<Courier> couriers) {
    /**
     * Validates the components and copies {@code couriers} (unmodifiable).
     *
     * @param travel       travel seconds and metres between all points
     * @param hubPoint     index of the hub in {@code travel}
     * @param cutoffSecond latest hub arrival, seconds since the start of the day
     * @param couriers     the couriers at the start (more may join with {@link DispatchEvent.CourierAdded})
     */
    public Fleet {
        Objects.requireNonNull(travel, "travel");
        couriers = List.copyOf(couriers);
        if (hubPoint < 0 || hubPoint >= travel.size()) {
            throw new IllegalArgumentException("The fleet hubPoint (" + hubPoint + ") is outside the travel table (0.."
                    + (travel.size() - 1) + ").");
        }
    }
}
