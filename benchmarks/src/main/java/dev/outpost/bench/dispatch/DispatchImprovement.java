package dev.outpost.bench.dispatch;

import dev.outpost.dispatch.DispatchEvent;
import dev.outpost.dispatch.DispatchPlan;
import dev.outpost.dispatch.Dispatcher;
import dev.outpost.dispatch.DispatcherOptions;
import dev.outpost.dispatch.Fleet;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutingOptions;
import java.time.Duration;
import java.util.List;

/**
 * How much the live dispatcher's background re-optimisation improves the plan after 1 s and 5 s,
 * against insertion alone, on the same request stream and seed: all requests are submitted at
 * once (answered by insertion), then the plan is read at once, after 1 s and after 5 s.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.outpost.bench.dispatch.DispatchImprovement [couriers] [requests] [round ms] [round steps]
 * </pre>
 */
public final class DispatchImprovement {

    private DispatchImprovement() {
    }

    public static void main(String[] args) throws Exception {
        int couriers = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long roundMillis = args.length > 2 ? Long.parseLong(args[2]) : 1000;
        long roundSteps = args.length > 3 ? Long.parseLong(args[3]) : 0;
        Fleet fleet = DispatchWorld.fleet(40, couriers, 1);
        List<Pickup> requests = DispatchWorld.requests("r", count, 1600, 2);
        DispatcherOptions options = DispatcherOptions.live().withStartSecond(7 * 3600)
                .withRouting(RoutingOptions.defaults().withTimeLimit(Duration.ofMillis(roundMillis)).withStepLimit(roundSteps)
                        .withUnimprovedStepLimit(5000)
                        .withSeed(0));
        System.out.printf("%d couriers, %d requests, re-optimisation rounds of %d ms / %d steps (0 = no step limit)%n",
                couriers, count, roundMillis, roundSteps);
        Dispatcher dispatcher = Dispatcher.create(fleet, options);
        for (Pickup p : requests) {
            dispatcher.submit(new DispatchEvent.PickupRequested(p));
        }
        long t0 = System.nanoTime();
        report("insertion", dispatcher.currentPlan());
        sleepUntil(t0, 1000);
        report("after 1 s", dispatcher.currentPlan());
        sleepUntil(t0, 5000);
        report("after 5 s", dispatcher.currentPlan());
        dispatcher.shutdown();
    }

    private static void sleepUntil(long t0, long millis) throws InterruptedException {
        long left = millis - (System.nanoTime() - t0) / 1_000_000;
        if (left > 0) {
            Thread.sleep(left);
        }
    }

    private static void report(String label, DispatchPlan plan) {
        System.out.printf("%-10s version %6d  unserved %4d  travel %8d s  distance %9d m  response+travel (soft) %11d"
                + "  hard %d  valid %s%n", label, plan.version(), plan.unservedCount(), plan.check().travelSeconds(),
                plan.check().metres(), -plan.check().softScore(), plan.check().hardScore(), plan.check().valid());
    }
}
