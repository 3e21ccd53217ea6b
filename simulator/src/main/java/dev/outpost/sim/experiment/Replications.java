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
 * The simulator's one replication runner: runs replications 0..n-1 of a seed, the experiments'
 * KPIs ({@link #run}) and the report's traced runs ({@code SetupRun.simulate}, through
 * {@link #each}) alike. Each replication is one task on one thread with its own random streams
 * ({@code RandomStreams(seed, r)}), so running them on several threads gives the same list as
 * running them in sequence.
 */
public final class Replications {

    private Replications() {
    }

    /**
     * What one replication produces.
     *
     * @param <T> the result of one replication
     */
    @FunctionalInterface
    public interface Replication<T> {
        /**
         * Runs replication {@code replication}; called once per replication, on any thread.
         *
         * @param replication the replication number, from 0
         * @return its result
         */
        T run(int replication);
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
        return each(count, threads, progress, r -> simulator.replication(seed, r, days));
    }

    /**
     * Runs {@code replication} for 0..count-1 on up to {@code threads} threads and returns the results
     * in replication order. A replication's exception (the first in replication order) is rethrown.
     *
     * @param <T> the result of one replication
     * @param count the number of replications, at least 1
     * @param threads threads to use, at least 1 (1 = in sequence on the caller's thread)
     * @param progress told each finished replication's number (any thread), or null
     * @param replication what one replication does
     * @return the results, replication order
     * @throws IllegalArgumentException when count or threads is below 1
     */
    public static <T> List<T> each(int count, int threads, IntConsumer progress, Replication<T> replication) {
        if (count < 1) {
            throw new IllegalArgumentException("The replications (" + count + ") must be at least 1.");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("The threads (" + threads + ") must be at least 1.");
        }
        List<T> out = new ArrayList<>(count);
        if (threads == 1) {
            for (int r = 0; r < count; r++) {
                out.add(replication.run(r));
                if (progress != null) {
                    progress.accept(r);
                }
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count));
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int r = 0; r < count; r++) {
                int number = r;
                futures.add(pool.submit(() -> {
                    T result = replication.run(number);
                    if (progress != null) {
                        progress.accept(number);
                    }
                    return result;
                }));
            }
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while simulating replications.", e);
        } catch (ExecutionException e) {
            throw unchecked(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A task's failure as it threw it, for {@code throw unchecked(e.getCause())} after a join or get:
     * an unchecked cause is returned, an {@link Error} thrown, a checked one wrapped. Shared by the
     * replication runner and the province jobs (local and Spark).
     *
     * @param cause what the task threw
     * @return the exception to throw
     */
    public static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
