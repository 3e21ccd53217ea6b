package dev.outpost.routing;

import dev.outpost.routing.route.RouteKernel;
import dev.outpost.routing.route.RouteWalk;
import java.util.ArrayList;
import java.util.List;

/** Computes a courier's stops (arrival, service start, departure, load) from a pickup sequence, by the route kernel's walk. */
final class RouteTimeline {

    private RouteTimeline() {
    }

    static CourierRoutePlan plan(RoutingProblem problem, RouteKernel kernel, RouteWalk walk, int c, int[] sequence) {
        List<Stop> stops = new ArrayList<>(sequence.length);
        walk.start(c);
        for (int p : sequence) {
            walk.visit(p);
            stops.add(new Stop(problem.pickups().get(p).id(), p, walk.arrival(), walk.serviceStart(), walk.departure(),
                    walk.load()));
        }
        walk.finish();
        return new CourierRoutePlan(problem.couriers().get(c).id(), c, stops, walk.hubArrival(), walk.travelSeconds(),
                walk.metres());
    }
}
