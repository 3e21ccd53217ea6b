package dev.outpost.bench.routing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@link RoutingMoveBenchmark}'s invocation ({@value RoutingMoveBenchmark#STEPS} local-search steps
 * on the generated 1,000-pickup instance) timed by the thread's CPU time instead of wall time: on
 * a shared machine the fairer figure. Prints the median, minimum and maximum of the moves per CPU
 * second of the invocations after the first, within the given seconds after the set-up. Uses only
 * the benchmark's public fields and methods, so the same class runs against an older build's jar
 * ({@code javac -cp OLD.jar} then {@code java -cp classes:OLD.jar}).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.outpost.bench.routing.RoutingMoveCpu
 * full-e7 8} (mix, seconds).
 */
public final class RoutingMoveCpu {

    private RoutingMoveCpu() {
    }

    /** @param args mix ({@code list}, {@code full}, {@code list-e7}, {@code full-e7}), seconds of measurement */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: RoutingMoveCpu MIX SECONDS");
            System.exit(2);
        }
        RoutingMoveBenchmark benchmark = new RoutingMoveBenchmark();
        benchmark.instance = "generated1000";
        benchmark.mix = args[0];
        benchmark.setUp();
        long deadline = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        RoutingMoveBenchmark.Counters counters = new RoutingMoveBenchmark.Counters();
        double[] rates = new double[1_000];
        int n = 0;
        for (int i = 0; (i < 2 || System.nanoTime() < deadline) && n < rates.length; i++) {
            counters.moves = 0;
            long cpu = threads.getCurrentThreadCpuTime();
            benchmark.localSearchSteps(counters);
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            if (i > 0) {
                rates[n++] = counters.moves / (cpu / 1e9);
            }
        }
        double[] sorted = Arrays.copyOf(rates, n);
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: %d invocations, median %.0f moves per CPU second (min %.0f, max %.0f)%n",
                args[0], n, sorted[n / 2], sorted[0], sorted[n - 1]);
    }
}
