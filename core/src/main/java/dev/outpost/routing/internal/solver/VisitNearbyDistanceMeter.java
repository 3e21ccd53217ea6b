package dev.outpost.routing.internal.solver;

import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.Visit;
import org.optaplanner.core.impl.heuristic.selector.common.nearby.NearbyDistanceMeter;

/**
 * Nearby distance for list moves: travel seconds from the destination (a visit after which the
 * origin would go, or a courier's start point) to the origin visit. Unreachable pairs and the
 * unassigned bucket are infinitely far, so nearby moves never send a visit to the bucket.
 */
public class VisitNearbyDistanceMeter implements NearbyDistanceMeter<Visit, Object> {

    @Override
    public double getNearbyDistance(Visit origin, Object destination) {
        RoutingData data = origin.getData();
        int from;
        if (destination instanceof Visit) {
            from = ((Visit) destination).getPoint();
        } else {
            CourierRoute route = (CourierRoute) destination;
            if (route.isBucket()) {
                return Double.MAX_VALUE;
            }
            from = route.getStartPoint();
        }
        int seconds = data.kernel().rawSeconds(from, origin.getPoint());
        return seconds < 0 ? Double.MAX_VALUE : seconds;
    }
}
