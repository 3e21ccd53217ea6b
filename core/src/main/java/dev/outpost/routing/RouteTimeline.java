package dev.outpost.routing;

import dev.outpost.routing.internal.domain.RoutingData;
import java.util.ArrayList;
import java.util.List;

/** Computes a courier's stops (arrival, service start, departure, load) from a pickup sequence. */
final class RouteTimeline {

    private RouteTimeline() {
    }

    static CourierRoutePlan plan(RoutingProblem problem, RoutingData d, int c, int[] sequence) {
        List<Stop> stops = new ArrayList<>(sequence.length);
        int point = d.courierStart[c];
        int time = d.courierAvailable[c];
        int load = d.courierLoad[c];
        long seconds = 0;
        long metres = 0;
        for (int p : sequence) {
            int next = d.pickupPoint[p];
            int arrival = time + d.legSeconds(point, next);
            seconds += d.legSeconds(point, next);
            metres += d.legMetres(point, next);
            int start = Math.max(arrival, d.windowStart[p]);
            time = start + d.service[p];
            load += d.size[p];
            stops.add(new Stop(problem.pickups().get(p).id(), p, arrival, start, time, load));
            point = next;
        }
        int hubArrival = -1;
        if (d.courierEndAtHub[c] && (sequence.length > 0 || d.courierLoad[c] > 0)) {
            hubArrival = time + d.legSeconds(point, d.hub);
            seconds += d.legSeconds(point, d.hub);
            metres += d.legMetres(point, d.hub);
        }
        return new CourierRoutePlan(problem.couriers().get(c).id(), c, stops, hubArrival, seconds, metres);
    }
}
