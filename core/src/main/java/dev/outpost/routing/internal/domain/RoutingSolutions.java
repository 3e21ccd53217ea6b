package dev.outpost.routing.internal.domain;

import dev.outpost.routing.route.RouteKernel;
import java.util.ArrayList;
import java.util.List;

/** Internal (not API): builds working solutions and reads their sequences. */
public final class RoutingSolutions {

    private RoutingSolutions() {
    }

    /** A solution with one empty route per courier, the empty bucket and one unplaced visit per pickup. */
    public static RoutingSolution empty(RoutingData data) {
        List<Visit> visits = new ArrayList<>(data.pickupCount);
        for (int p = 0; p < data.pickupCount; p++) {
            visits.add(new Visit(p, data));
        }
        List<CourierRoute> routes = new ArrayList<>(data.courierCount + 1);
        for (int c = 0; c < data.courierCount; c++) {
            routes.add(new CourierRoute(c, false, data));
        }
        routes.add(new CourierRoute(data.courierCount, true, data));
        return new RoutingSolution(data, routes, visits);
    }

    /**
     * A fully placed solution: courier c serves {@code sequences.get(c)} in order, the bucket holds
     * {@code bucket}; the shadow variables (route, previous visit, arrival by the kernel) are set.
     * Every pickup must appear exactly once in the two.
     */
    public static RoutingSolution placed(RoutingData data, List<List<Integer>> sequences, List<Integer> bucket) {
        RoutingSolution solution = empty(data);
        RouteKernel k = data.kernel();
        for (int c = 0; c <= data.courierCount; c++) {
            CourierRoute route = solution.getRoutes().get(c);
            List<Integer> sequence = c < data.courierCount ? sequences.get(c) : bucket;
            int point = c < data.courierCount ? k.courierStart(c) : 0;
            int time = c < data.courierCount ? k.courierAvailable(c) : 0;
            Visit previous = null;
            for (int p : sequence) {
                Visit visit = solution.getVisits().get(p);
                visit.setRoute(route);
                visit.setPrevious(previous);
                if (c < data.courierCount) {
                    int arrival = k.arrival(c, point, time, p);
                    visit.setArrivalSecond(arrival);
                    time = k.departure(arrival, p);
                    point = k.pickupPoint(p);
                }
                route.getVisits().add(visit);
                previous = visit;
            }
        }
        return solution;
    }

    /** Courier c's pickup sequence in the solution, for each courier (the bucket excluded). */
    public static List<List<Integer>> sequences(RoutingSolution solution) {
        RoutingData data = solution.getData();
        List<List<Integer>> sequences = new ArrayList<>(data.courierCount);
        for (int c = 0; c < data.courierCount; c++) {
            List<Integer> sequence = new ArrayList<>();
            for (Visit v : solution.getRoutes().get(c).getVisits()) {
                sequence.add(v.getIndex());
            }
            sequences.add(sequence);
        }
        return sequences;
    }
}
