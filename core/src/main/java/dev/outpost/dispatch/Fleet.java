package dev.outpost.dispatch;

import dev.outpost.model.Location;
import dev.outpost.routing.Courier;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelTimes;
import java.util.List;
import java.util.Objects;

/**
 * The fixed frame a {@link Dispatcher} plans in: the travel table (every point a request or a
 * courier may use by index), the hub with its cut-off, the couriers at the start, and optionally
 * the travel model and the locations of the table's points, which let requests and courier
 * positions be given as a {@link Location} (see {@link #withModel}).
 *
 * @param travel       travel seconds and metres between all points
 * @param hubPoint     index of the hub in {@code travel}
 * @param cutoffSecond latest hub arrival, seconds since the start of the day
 * @param couriers     the couriers at the start (more may join with {@link DispatchEvent.CourierAdded})
 * @param model        the model that built {@code travel}, used to add points for locations; null = indices only
 * @param points       the location of each point of {@code travel}, in its order; null exactly when {@code model} is
 */
public record Fleet(TravelTimes travel, int hubPoint, int cutoffSecond, List<Courier> couriers, TravelModel model,
        List<Location> points) {
    /**
     * Validates the components and copies {@code couriers} and {@code points} (unmodifiable).
     *
     * @param travel       travel seconds and metres between all points
     * @param hubPoint     index of the hub in {@code travel}
     * @param cutoffSecond latest hub arrival, seconds since the start of the day
     * @param couriers     the couriers at the start (more may join with {@link DispatchEvent.CourierAdded})
     * @param model        the model that built {@code travel}, used to add points for locations; null = indices only
     * @param points       the location of each point of {@code travel}, in its order; null exactly when {@code model} is
     */
    public Fleet {
        Objects.requireNonNull(travel, "travel");
        couriers = List.copyOf(couriers);
        if (hubPoint < 0 || hubPoint >= travel.size()) {
            throw new IllegalArgumentException("The fleet hubPoint (" + hubPoint + ") is outside the travel table (0.."
                    + (travel.size() - 1) + ").");
        }
        if ((model == null) != (points == null)) {
            throw new IllegalArgumentException("The fleet model (" + model + ") and points (" + (points == null ? null
                    : points.size() + " locations") + ") go together; give both (Fleet.withModel) or neither.");
        }
        if (points != null) {
            points = List.copyOf(points);
            if (points.size() != travel.size()) {
                throw new IllegalArgumentException("The fleet points (" + points.size() + " locations) do not match the "
                        + travel.size() + " points of the travel table; give one location per point, in table order.");
            }
        }
    }

    /**
     * A fleet that plans by table indices only (requests and positions given as a {@link Location} are rejected).
     *
     * @param travel       travel seconds and metres between all points
     * @param hubPoint     index of the hub in {@code travel}
     * @param cutoffSecond latest hub arrival, seconds since the start of the day
     * @param couriers     the couriers at the start (more may join with {@link DispatchEvent.CourierAdded})
     */
    public Fleet(TravelTimes travel, int hubPoint, int cutoffSecond, List<Courier> couriers) {
        this(travel, hubPoint, cutoffSecond, couriers, null, null);
    }

    /**
     * This fleet with the model that built its table and the table's point locations, so that
     * requests ({@link DispatchEvent.PickupRequested} with a location) and courier positions
     * ({@link DispatchEvent.CourierMoved} with a location) may be given as coordinates: the
     * dispatcher adds a point for each new location with {@link TravelModel#extend} (road: snap
     * and one-to-many searches; straight line: the formula; a matrix model refuses, and the event
     * is rejected with its reason).
     *
     * @param model  the model that built {@link #travel()}
     * @param points the location of each point of {@link #travel()}, in table order
     * @return this fleet with a travel model and point locations
     * @throws IllegalArgumentException when {@code points} does not have one location per table point
     */
    public Fleet withModel(TravelModel model, List<Location> points) {
        return new Fleet(travel, hubPoint, cutoffSecond, couriers, Objects.requireNonNull(model, "model"),
                Objects.requireNonNull(points, "points"));
    }
}
