package dev.outpost.readme;

import dev.outpost.dispatch.Decision;
import dev.outpost.dispatch.DispatchEvent;
import dev.outpost.dispatch.DispatchPlan;
import dev.outpost.dispatch.Dispatcher;
import dev.outpost.dispatch.DispatcherOptions;
import dev.outpost.dispatch.Fleet;
import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.travel.TravelTimes;
import java.util.List;

public class DispatcherExample {
    public static void main(String[] args) throws Exception {
        TravelTimes travel = new TravelTimes(List.of("hub", "A", "B"),
                new int[] {0, 600, 900, 600, 0, 400, 900, 400, 0},
                new int[] {0, 5000, 8000, 5000, 0, 3000, 8000, 3000, 0});
        Courier k1 = Courier.builder("k1").startPoint(0).available(8 * 3600).shiftEnd(17 * 3600).build();
        Fleet fleet = new Fleet(travel, 0, 18 * 3600, List.of(k1));

        // Create: live mode (a writer thread and a background re-optimiser).
        Dispatcher dispatcher = Dispatcher.create(fleet, DispatcherOptions.live());
        // Listen: each better plan, checked by PlanChecker.
        dispatcher.addPlanListener(plan -> System.out.println("plan " + plan.version() + ": " + plan.metres() + " m"));

        // Submit events from any thread; a request is answered at once.
        Pickup a = Pickup.builder("a").point(1).window(9 * 3600, 11 * 3600).releaseSecond(8 * 3600).build();
        Decision d = dispatcher.submit(new DispatchEvent.PickupRequested(a)).get().get(0);
        System.out.println(d.pickupId() + " -> " + d.courierId() + " at " + d.promisedStartSecond() + " s");
        dispatcher.submit(new DispatchEvent.CourierMoved("k1", 0, 8 * 3600 + 60, "a")).get();

        // Shut down: threads end, the final plan is returned.
        DispatchPlan last = dispatcher.shutdown();
        System.out.println("fixed " + last.fixed() + ", valid " + last.check().valid());
    }
}
