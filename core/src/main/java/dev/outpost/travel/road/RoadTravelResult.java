package dev.outpost.travel.road;

import dev.outpost.travel.TravelTimes;
import java.util.List;
import java.util.Objects;

/**
 * Road tables together with how each point met the road: {@link #times()} holds the tables (with
 * unreachable pairs marked), {@link #snaps()} one entry per point, in point order.
 *
 * @param times the travel tables
 * @param snaps how each point was snapped, in point order
 */
public record RoadTravelResult(TravelTimes times, List<Snap> snaps) {

    /**
     * Where a point joined the road network.
     *
     * @param pointId    the point's id
     * @param roadNodeId source id (OSM, CSV or inline id) of the nearest road node
     * @param vertex     dense vertex index of that node in the {@link RoadNetwork}
     * @param metres     straight-line distance from the point to the node, metres (rounded up)
     */
    public record Snap(String pointId, long roadNodeId, int vertex, int metres) {
        /**
         * Checks that {@code pointId} is given.
         *
         * @param pointId    the point's id
         * @param roadNodeId source id of the nearest road node
         * @param vertex     dense vertex index of that node
         * @param metres     straight-line distance from the point to the node, metres
         */
        public Snap {
            Objects.requireNonNull(pointId, "pointId");
        }
    }

    /**
     * Copies {@code snaps}; neither argument may be null.
     *
     * @param times the travel tables
     * @param snaps how each point was snapped, in point order
     */
    public RoadTravelResult {
        Objects.requireNonNull(times, "times");
        snaps = List.copyOf(snaps);
    }

    /** {@return every unreachable ordered pair, by point id, in row-major order} */
    public List<TravelTimes.UnreachablePair> unreachablePairs() {
        return times.unreachablePairs();
    }

    /** {@return the largest snapping distance, metres (0 when there is no point)} */
    public int maxSnapMetres() {
        int max = 0;
        for (Snap s : snaps) {
            max = Math.max(max, s.metres());
        }
        return max;
    }
}
