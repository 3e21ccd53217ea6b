package dev.outpost.bench.sim;

import dev.outpost.sim.engine.Engine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The hold model of {@link EngineBenchmark#engineRun} timed by the thread's CPU time as well as
 * wall time: on a shared machine the CPU-time figure is the fairer one. Five rounds of 20 million
 * events with 1,000 pending.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.outpost.bench.sim.EngineThroughput}
 */
public final class EngineThroughput {

    private EngineThroughput() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        int[] delays = new int[1 << 16];
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < delays.length; i++) {
            delays[i] = 1 + random.nextInt(600);
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 5; round++) {
            long events = 20_000_000;
            long cpu = bean.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            Engine<Integer> engine = new Engine<>();
            for (int i = 0; i < 1000; i++) {
                engine.schedule(delays[i], i & 3, i);
            }
            long[] left = {events - 1000};
            engine.run(v -> {
                if (left[0]-- > 0) {
                    engine.schedule(engine.now() + delays[(int) (left[0] & 0xFFFF)], v & 3, v);
                }
            });
            double cpuSeconds = (bean.getCurrentThreadCpuTime() - cpu) / 1e9;
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %d events, %.1f M events per CPU-second, %.1f M per wall second%n",
                    round, engine.processed(), engine.processed() / cpuSeconds / 1e6, engine.processed() / wallSeconds / 1e6);
        }
    }
}
