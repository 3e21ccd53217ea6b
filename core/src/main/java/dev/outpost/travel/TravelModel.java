package dev.outpost.travel;

import dev.outpost.model.Location;
import java.util.List;

/**
 * Produces {@link TravelTimes} between a list of points. Implementations: straight line
 * (haversine or Euclidean times a detour factor, at a speed), an explicit matrix, and a road
 * network.
 *
 * <p>How to think about this: a model is built once per scenario (a road model also owns its
 * preprocessed graph) and then asked for tables as often as needed; {@link #table} must be
 * deterministic for the same points.
 */
public interface TravelModel {

    /**
     * Builds the tables between {@code points}, in the given order.
     *
     * @param pointIds ids of the points, used in the result and in messages
     * @param points   the points, same length as {@code pointIds}
     * @return the tables; unreachable pairs are marked, never dropped
     */
    TravelTimes table(List<String> pointIds, List<Location> points);
}
