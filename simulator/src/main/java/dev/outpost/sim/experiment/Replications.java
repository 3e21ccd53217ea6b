package dev.outpost.sim.experiment;

import dev.outpost.sim.kpi.RunKpis;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs replications 0..n-1 of a seed. Each replication is one day on one thread with its own
 * random streams ({@code RandomStreams(seed, r)}), so running them on several threads gives the
 * same list as running them in sequence.
 */
public final class Replications {

    private Replications() {
    }

    /**
     * @param threads  threads to use, at least 1 (1 = in sequence on the caller's thread)
     * @param progress told each finished replication's number (any thread), or null
     * @param simulator the prepared simulator
     * @param seed the experiment's seed
     * @param count the number of replications
     * @return the KPIs, replication order
     */
    public static List<RunKpis> run(Simulator simulator, long seed, int count, int threads, IntConsumer progress) {
        return run(simulator, seed, count, 1, threads, progress);
    }

    /**
     * As {@link #run(Simulator, long, int, int, IntConsumer)} with {@code days} days per replication.
     *
     * @param simulator the prepared simulator
     * @param seed the experiment's seed
     * @param count the number of replications
     * @param days days per replication
     * @param threads threads to run replications on
     * @param progress told each finished replication's number (any thread), or null
     * @return as {@link #run(Simulator, long, int, int, IntConsumer)} with {@code days} days per replication
     */
    public static List<RunKpis> run(Simulator simulator, long seed, int count, int days, int threads, IntConsumer progress) {
        if (count < 1) {
            throw new IllegalArgumentException("The replications (" + count + ") must be at least 1.");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("The threads (" + threads + ") must be at least 1.");
        }
        List<RunKpis> out = new ArrayList<>(count);
        if (threads == 1) {
            for (int r = 0; r < count; r++) {
                out.add(simulator.replication(seed, r, days));
                if (progress != null) {
                    progress.accept(r);
                }
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count));
        try {
            List<Future<RunKpis>> futures = new ArrayList<>();
            for (int r = 0; r < count; r++) {
                int replication = r;
                futures.add(pool.submit(() -> {
                    RunKpis k = simulator.replication(seed, replication, days);
                    if (progress != null) {
                        progress.accept(replication);
                    }
                    return k;
                }));
            }
            for (Future<RunKpis> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while simulating replications.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
