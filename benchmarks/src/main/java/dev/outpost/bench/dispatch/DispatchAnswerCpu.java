package dev.outpost.bench.dispatch;

import dev.outpost.dispatch.Decision;
import dev.outpost.dispatch.DispatchEvent;
import dev.outpost.dispatch.Dispatcher;
import dev.outpost.dispatch.DispatcherOptions;
import dev.outpost.dispatch.Fleet;
import dev.outpost.routing.Pickup;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The answer of {@link DispatchLatencyBenchmark} (50 couriers, 1,000 open pickups; each answered
 * request cancelled after it, not timed) timed by the thread's CPU time per answer as well as wall
 * time: on a shared machine the CPU-time figure is the fairer one. Prints the median and quartiles
 * of the measured answers and a digest of their decisions (equal digests: the same answers and
 * alternatives, for checking that a change keeps the behaviour).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.outpost.bench.dispatch.DispatchAnswerCpu
 * static 1 15000 10000} (travel {@code static} or {@code timeDependent}, alternatives, warm-up
 * answers, measured answers); {@code -Doutpost.bench.laterStops=true} measures answers that count the
 * later stops' delay ({@code DispatcherOptions.withLaterStops}).
 */
public final class DispatchAnswerCpu {

    private DispatchAnswerCpu() {
    }

    /** @param args travel (static or timeDependent), alternatives, warm-up answers, measured answers */
    public static void main(String[] args) throws Exception {
        if (args.length != 4 || !(args[0].equals("static") || args[0].equals("timeDependent"))) {
            System.err.println("Usage: DispatchAnswerCpu static|timeDependent ALTERNATIVES WARMUP MEASURED");
            System.exit(2);
        }
        String travel = args[0];
        int alternatives = Integer.parseInt(args[1]);
        int warm = Integer.parseInt(args[2]);
        int n = Integer.parseInt(args[3]);
        Fleet fleet = travel.equals("static") ? DispatchWorld.fleet(40, 50, 1) : DispatchWorld.timeDependentFleet(40, 50, 1);
        Dispatcher dispatcher = Dispatcher.create(fleet, DispatcherOptions.deterministic(1, 0).withStartSecond(7 * 3600)
                .withQueueCapacity(1024).withAlternatives(alternatives)
                .withLaterStops(Boolean.getBoolean("outpost.bench.laterStops")));
        for (Pickup p : DispatchWorld.requests("open", 1000, 1600, 2)) {
            dispatcher.submit(new DispatchEvent.PickupRequested(p)).get();
        }
        List<Pickup> stream = DispatchWorld.requests("new", warm + n, 1600, 3);
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[n];
        long[] wall = new long[n];
        long digest = 0;
        for (int i = 0; i < warm + n; i++) {
            Pickup p = stream.get(i);
            long c0 = bean.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            Decision d = dispatcher.submit(new DispatchEvent.PickupRequested(p)).get().get(0);
            long w1 = System.nanoTime();
            long c1 = bean.getCurrentThreadCpuTime();
            digest = digest * 31 + d.toString().hashCode();
            if (i >= warm) {
                cpu[i - warm] = c1 - c0;
                wall[i - warm] = w1 - w0;
            }
            dispatcher.submit(new DispatchEvent.PickupCancelled(p.id(), 7 * 3600)).get();
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf(Locale.ROOT, "%s alternatives=%d: CPU per answer p50 %.1f us (p25 %.1f, p75 %.1f); wall p50 %.1f us;"
                + " decisions digest %x%n", travel, alternatives, cpu[n / 2] / 1e3, cpu[n / 4] / 1e3, cpu[3 * n / 4] / 1e3,
                wall[n / 2] / 1e3, digest);
    }
}
