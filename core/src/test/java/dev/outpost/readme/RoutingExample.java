package dev.outpost.readme;

import dev.outpost.routing.Courier;
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.RoutingSolver;
import dev.outpost.routing.Stop;
import dev.outpost.routing.UnassignedPickup;
import dev.outpost.travel.TravelTimes;
import java.time.Duration;
import java.util.List;

public class RoutingExample {
    public static void main(String[] args) {
        // Three points: hub, client A, client B; seconds and metres row by row.
        TravelTimes travel = new TravelTimes(List.of("hub", "A", "B"),
                new int[] {0, 600, 900, 600, 0, 400, 900, 400, 0},
                new int[] {0, 5000, 8000, 5000, 0, 3000, 8000, 3000, 0});
        Courier k1 = Courier.builder("k1").startPoint(0).available(8 * 3600).shiftEnd(17 * 3600).capacity(10).build();
        Pickup a = Pickup.builder("a").point(1).window(9 * 3600, 11 * 3600).serviceSeconds(300).build();
        Pickup b = Pickup.builder("b").point(2).window(9 * 3600, 12 * 3600).serviceSeconds(300).build();
        Pickup cold = Pickup.builder("cold").point(2).window(9 * 3600, 12 * 3600).requiredSkills("fridge").build();
        RoutingProblem problem = new RoutingProblem(List.of(k1), List.of(a, b, cold), 0, 18 * 3600, travel);

        RoutingSolver solver = RoutingSolver.create(RoutingOptions.defaults().withTimeLimit(Duration.ofSeconds(1)));
        RoutePlan plan = solver.solve(problem);

        for (CourierRoutePlan route : plan.routes()) {
            System.out.print(route.courierId() + ":");
            for (Stop stop : route.stops()) {
                System.out.print(" " + stop.pickupId() + " at " + stop.serviceStartSecond() + " s");
            }
            System.out.println(", hub at " + route.hubArrivalSecond() + " s");
        }
        for (UnassignedPickup u : plan.unassigned()) {
            System.out.println("unassigned " + u.pickupId() + ": " + u.reason());
        }
    }
}
