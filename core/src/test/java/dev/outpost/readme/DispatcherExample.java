package dev.outpost.readme;

import dev.outpost.dispatch.Decision;
import dev.outpost.dispatch.DispatchEvent;
import dev.outpost.dispatch.DispatchPlan;
import dev.outpost.dispatch.Dispatcher;
import dev.outpost.dispatch.DispatcherOptions;
import dev.outpost.dispatch.Fleet;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.travel.StraightLineTravelModel;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelTimes;
import java.util.List;

public class DispatcherExample {
    public static void main(String[] args) throws Exception {
        // Travel: straight lines (planar metres, detour 1.3, 30 km/h) between the hub and two clients.
        TravelModel model = new StraightLineTravelModel(CoordinateSystem.PLANAR, 1.3, 30);
        List<Location> points = List.of(Location.planar(0, 0), Location.planar(4000, 0), Location.planar(6000, 2000));
        TravelTimes travel = model.table(List.of("hub", "A", "B"), points);
        Courier k1 = Courier.builder("k1").startPoint(0).available(8 * 3600).shiftEnd(17 * 3600).build();
        // With the model and the points' locations, requests and GPS fixes may come as coordinates.
        Fleet fleet = new Fleet(travel, 0, 18 * 3600, List.of(k1)).withModel(model, points);

        // Create: live mode (a writer thread and a background re-optimiser).
        Dispatcher dispatcher = Dispatcher.create(fleet, DispatcherOptions.live());
        // Listen: each better plan, checked by PlanChecker.
        dispatcher.addPlanListener(plan -> System.out.println("plan " + plan.version() + ": " + plan.metres() + " m"));

        // Submit events from any thread; a request is answered at once, at or after its call (release second).
        Pickup a = Pickup.builder("a").point(1).window(9 * 3600, 11 * 3600).releaseSecond(8 * 3600).build();
        System.out.println(answer(dispatcher.submit(new DispatchEvent.PickupRequested(a)).get().get(0)));
        // A request at an address (its point index is then ignored) and the courier's GPS fix on the way to a.
        Pickup b = Pickup.builder("b").point(0).window(10 * 3600, 12 * 3600).releaseSecond(8 * 3600 + 60).build();
        System.out.println(answer(dispatcher.submit(new DispatchEvent.PickupRequested(b, Location.planar(5000, 1500), 0)).get().get(0)));
        dispatcher.submit(new DispatchEvent.CourierMoved("k1", Location.planar(1200, 100), 8 * 3600 + 600, "a")).get();
        // The courier's status: the current ETA to each of its stops.
        System.out.println("k1: " + dispatcher.courierStatus("k1").stops());

        // Shut down: threads end, the final plan is returned.
        DispatchPlan last = dispatcher.shutdown();
        System.out.println("fixed " + last.fixed() + ", valid " + last.check().valid());
    }

    /** An answer in a line: an assignment with its courier, start and ranked alternatives, or the other outcome. */
    static String answer(Decision d) {
        if (d instanceof Decision.Assigned x) {
            return x.pickupId() + " -> " + x.courierId() + " at " + x.startSecond() + " s, alternatives " + x.alternatives();
        }
        return d.toString();
    }
}
