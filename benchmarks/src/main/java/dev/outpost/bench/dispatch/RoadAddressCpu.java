package dev.outpost.bench.dispatch;

import dev.outpost.dispatch.DispatchEvent;
import dev.outpost.dispatch.Dispatcher;
import dev.outpost.dispatch.DispatcherOptions;
import dev.outpost.routing.Pickup;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * {@link DispatchRoadLocationBenchmark}'s two operations timed one by one in wall time and in the
 * calling thread's CPU time (deterministic mode: the dispatcher works on the caller's thread), so
 * that a machine shared with other work (where wall time mostly measures waiting for a core) still
 * shows what an operation costs. Prints p50 and p99 of both.
 *
 * <pre>
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.outpost.bench.dispatch.RoadAddressCpu [points] [operations] [warm-up operations]
 * java -Xmx12g -cp benchmarks/target/benchmarks.jar dev.outpost.bench.dispatch.RoadAddressCpu 10000 400
 * </pre>
 */
public final class RoadAddressCpu {

    private RoadAddressCpu() {
    }

    /**
     * Runs the measurement.
     *
     * @param args points in the table (default 2000), operations per kind (default 400), warm-up operations
     * @throws Exception when the dispatcher fails
     */
    public static void main(String[] args) throws Exception {
        int points = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int operations = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : Math.max(50, operations / 4);
        // Each operation of each kind adds one point (a new address, a new GPS place): room for all of them.
        RoadWorld world = new RoadWorld(points, 11, 2 * (warmUp + operations) + 16);
        Dispatcher dispatcher = world.dispatcherWithOpenPickups(DispatcherOptions.deterministic(1, 0));
        List<Pickup> stream = world.requests("new", 100_000, 3);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int next = 0;
        for (int round = 0; round < 2; round++) {
            int n = round == 0 ? warmUp : operations;
            long[][] request = new long[2][n];
            long[][] fix = new long[2][n];
            for (int i = 0; i < n; i++) {
                Pickup p = stream.get(next++);
                long c0 = mx.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                dispatcher.submit(new DispatchEvent.PickupRequested(p, world.somewhere(), 0)).get();
                request[0][i] = System.nanoTime() - w0;
                request[1][i] = mx.getCurrentThreadCpuTime() - c0;
                dispatcher.submit(new DispatchEvent.PickupCancelled(p.id(), 7 * 3600)).get();
                c0 = mx.getCurrentThreadCpuTime();
                w0 = System.nanoTime();
                dispatcher.submit(new DispatchEvent.CourierMoved("k0007", world.somewhere(), 7 * 3600, null)).get();
                fix[0][i] = System.nanoTime() - w0;
                fix[1][i] = mx.getCurrentThreadCpuTime() - c0;
            }
            if (round == 1) {
                print("requestAtNewAddress", request);
                print("gpsFix", fix);
            }
        }
        dispatcher.shutdown();
    }

    private static void print(String what, long[][] samples) {
        System.out.printf("%-20s wall p50 %7.2f ms p99 %7.2f ms   cpu p50 %7.2f ms p99 %7.2f ms  (n=%d)%n", what,
                percentile(samples[0], 0.50), percentile(samples[0], 0.99), percentile(samples[1], 0.50),
                percentile(samples[1], 0.99), samples[0].length);
    }

    private static double percentile(long[] values, double q) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
