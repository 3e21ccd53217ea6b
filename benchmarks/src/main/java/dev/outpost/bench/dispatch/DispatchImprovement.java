package dev.outpost.bench.dispatch;

import dev.outpost.dispatch.DispatchEvent;
import dev.outpost.dispatch.DispatchPlan;
import dev.outpost.dispatch.Dispatcher;
import dev.outpost.dispatch.DispatcherOptions;
import dev.outpost.dispatch.Fleet;
import dev.outpost.routing.Pickup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * How much the live dispatcher's background re-optimisation improves the plan after 1 s and 5 s,
 * against insertion alone, on the same request stream and seed: all requests are submitted at
 * once (answered by insertion), then the plan is read at once, after 1 s and after 5 s. Repeated
 * for {@code seeds} seeds (fleet, requests and solver seed 0, 1, ...); the medians of the changes
 * are printed last, with the times at which plans were published.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.outpost.bench.dispatch.DispatchImprovement [couriers] [requests] [round ms] [round steps] [seeds] [nearby] [warm]
 * </pre>
 *
 * <p>{@code warm} ({@code true}/{@code false}, default false): first one unmeasured run on another
 * seed, so that the measured runs see a warm JVM, as a long-running dispatch system does (a cold
 * JVM spends the first second loading and compiling: the requests alone take 0.5-1 s to answer).
 *
 * <p>The routing options are the live defaults ({@link DispatcherOptions#live()}) with the given
 * round time limit ({@code round ms}: the full round; the first round after events takes a quarter
 * of it), step limit and seed; {@code nearby} ({@code true}/{@code false}, default the live
 * default) switches nearby selection.
 */
public final class DispatchImprovement {

    private DispatchImprovement() {
    }

    public static void main(String[] args) throws Exception {
        int couriers = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long roundMillis = args.length > 2 ? Long.parseLong(args[2]) : 1000;
        long roundSteps = args.length > 3 ? Long.parseLong(args[3]) : 0;
        int seeds = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        boolean nearby = args.length > 5 ? Boolean.parseBoolean(args[5]) : DispatcherOptions.live().routing().nearbySelection();
        boolean warm = args.length > 6 && Boolean.parseBoolean(args[6]);
        System.out.printf("%d couriers, %d requests, re-optimisation rounds of %d ms / %d steps (0 = no step limit), %d seeds,"
                + " nearby selection %s, JVM %s%n", couriers, count, roundMillis, roundSteps, seeds, nearby,
                warm ? "warmed by one unmeasured run" : "cold");
        if (warm) {
            run(couriers, count, roundMillis, roundSteps, nearby, 1000);
            System.out.println("(the run above warmed the JVM; not counted)");
        }
        double[][] change = new double[4][seeds];
        for (int seed = 0; seed < seeds; seed++) {
            DispatchPlan[] at = run(couriers, count, roundMillis, roundSteps, nearby, seed);
            change[0][seed] = percent(at[1].check().metres(), at[0].check().metres());
            change[1][seed] = percent(at[2].check().metres(), at[0].check().metres());
            change[2][seed] = percent(-at[1].check().softScore(), -at[0].check().softScore());
            change[3][seed] = percent(-at[2].check().softScore(), -at[0].check().softScore());
        }
        System.out.printf("median over %d seeds: distance after 1 s %+.1f%%, after 5 s %+.1f%%; soft cost after 1 s %+.1f%%,"
                + " after 5 s %+.1f%%%n", seeds, median(change[0]), median(change[1]), median(change[2]), median(change[3]));
    }

    /** The plans at insertion, after 1 s and after 5 s. */
    private static DispatchPlan[] run(int couriers, int count, long roundMillis, long roundSteps, boolean nearby, long seed)
            throws Exception {
        Fleet fleet = DispatchWorld.fleet(40, couriers, 1 + 2 * seed);
        List<Pickup> requests = DispatchWorld.requests("r", count, 1600, 2 + 2 * seed);
        DispatcherOptions options = DispatcherOptions.live().withStartSecond(7 * 3600)
                .withRouting(DispatcherOptions.live().routing().withTimeLimit(Duration.ofMillis(roundMillis))
                        .withStepLimit(roundSteps).withNearbySelection(nearby).withSeed(seed));
        Dispatcher dispatcher = Dispatcher.create(fleet, options);
        List<String> published = new CopyOnWriteArrayList<>();
        long t0 = System.nanoTime();
        dispatcher.addPlanListener(plan -> published.add(String.format("%d ms: %d m", (System.nanoTime() - t0) / 1_000_000,
                plan.check().metres())));
        for (Pickup p : requests) {
            dispatcher.submit(new DispatchEvent.PickupRequested(p));
        }
        DispatchPlan[] at = new DispatchPlan[3];
        at[0] = dispatcher.currentPlan();
        System.out.printf("seed %d (requests submitted and answered in %d ms)%n", seed, (System.nanoTime() - t0) / 1_000_000);
        report("insertion", at[0]);
        sleepUntil(t0, 1000);
        at[1] = dispatcher.currentPlan();
        report("after 1 s", at[1]);
        sleepUntil(t0, 5000);
        at[2] = dispatcher.currentPlan();
        report("after 5 s", at[2]);
        dispatcher.shutdown();
        System.out.println("  published: " + new ArrayList<>(published));
        return at;
    }

    private static double percent(long now, long before) {
        return before == 0 ? 0 : 100.0 * (now - before) / before;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static void sleepUntil(long t0, long millis) throws InterruptedException {
        long left = millis - (System.nanoTime() - t0) / 1_000_000;
        if (left > 0) {
            Thread.sleep(left);
        }
    }

    private static void report(String label, DispatchPlan plan) {
        System.out.printf("  %-10s version %6d  unserved %4d  travel %8d s  distance %9d m  response+travel (soft) %11d"
                + "  lateness (hard) %d  valid %s%n", label, plan.version(), plan.unservedCount(), plan.check().travelSeconds(),
                plan.check().metres(), -plan.check().softScore(), -plan.check().hardScore(), plan.check().valid());
    }
}
