package dev.outpost.routing;

import dev.outpost.travel.TravelTimes;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable pickup routing problem: couriers collect pickups inside their time windows and
 * bring everything to the hub by the cut-off. All locations are indices into {@link #travel()};
 * all times are seconds since the start of the service day.
 *
 * @param couriers     the couriers, in index order (courier {@code i} of the solver is element {@code i})
 * @param pickups      the pickups, in index order
 * @param hubPoint     index of the hub in {@link #travel()}
 * @param cutoffSecond latest hub arrival, seconds since the start of the day
 * @param travel       travel seconds and metres between all points
 */
public record RoutingProblem(List<Courier> couriers, List<Pickup> pickups, int hubPoint, int cutoffSecond,
        TravelTimes travel) {

    public RoutingProblem {
        couriers = List.copyOf(couriers);
        pickups = List.copyOf(pickups);
        Objects.requireNonNull(travel, "travel");
        int n = travel.size();
        if (hubPoint < 0 || hubPoint >= n) {
            throw new IllegalArgumentException("The hubPoint (" + hubPoint + ") is outside the travel table (0.." + (n - 1) + ").");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < couriers.size(); i++) {
            Courier c = couriers.get(i);
            if (c.startPoint() < 0 || c.startPoint() >= n) {
                throw new IllegalArgumentException("The couriers[" + i + "] (" + c.id() + ") startPoint (" + c.startPoint()
                        + ") is outside the travel table (0.." + (n - 1) + ").");
            }
            if (!ids.add("c:" + c.id())) {
                throw new IllegalArgumentException("The couriers[" + i + "] id (" + c.id() + ") is used twice; make ids unique.");
            }
        }
        for (int i = 0; i < pickups.size(); i++) {
            Pickup p = pickups.get(i);
            if (p.point() < 0 || p.point() >= n) {
                throw new IllegalArgumentException("The pickups[" + i + "] (" + p.id() + ") point (" + p.point()
                        + ") is outside the travel table (0.." + (n - 1) + ").");
            }
            if (!ids.add("p:" + p.id())) {
                throw new IllegalArgumentException("The pickups[" + i + "] id (" + p.id() + ") is used twice; make ids unique.");
            }
        }
    }
}
