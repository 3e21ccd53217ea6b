package dev.outpost.sim.literature;

import dev.outpost.sim.literature.check.VrpCheck;
import dev.outpost.sim.literature.check.VrpSolutionChecker;
import dev.outpost.sim.literature.io.BestKnownTable;
import dev.outpost.sim.literature.io.VrpInstance;
import dev.outpost.sim.literature.io.VrpObjective;
import dev.outpost.sim.literature.io.VrpSolution;
import dev.outpost.sim.literature.io.VrpSolverAdapter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Solves every instance of a literature folder with one {@link VrpSolverAdapter}, checks every
 * solution with {@link VrpSolutionChecker} and computes the gap to the best-known value.
 *
 * <p>Instances are the files of the folder with the set's extension, sorted by instance name
 * (so rows come in instance-name order whatever the thread count). Each (instance, seed) solve is
 * one task; {@code threads} tasks run at once, each solve single-threaded, each with a fresh adapter
 * from the supplier (adapters need not be thread-safe). Seeds are {@code 0 .. seeds-1}.
 *
 * <p>The gap is the distance gap {@code 100 * (distance - best) / best}, with the distance first
 * rounded to the convention's unit (0.1, 0.001 or 1). Under the hierarchical objective the vehicle
 * count ranks first: a solution with another vehicle count than the best known has no distance gap
 * (NaN) and its vehicle difference tells the result (see {@link LiteratureRow}).
 *
 * <p>With several seeds the reported row is the best seed's: valid before invalid, then (for the
 * hierarchical objective) fewer vehicles, then shorter distance, then the lower seed. A solver that
 * throws gives an invalid row carrying the error message; the run goes on.
 */
public final class LiteratureRun {

    /** Told after every finished solve (from the worker thread); used for progress bars. */
    public interface Listener {
        /**
         * One (instance, seed) solve finished.
         *
         * @param instance the instance name
         * @param seed the seed of the solve
         */
        void solved(String instance, long seed);
    }

    private final LiteratureSet set;
    private final Path dir;
    private final Supplier<? extends VrpSolverAdapter> solvers;
    private final double seconds;
    private final int seeds;
    private final int threads;

    /**
     * @param set     the literature family and its conventions; never null
     * @param dir     folder with the instance files and the best-known table; never null
     * @param solvers gives a fresh adapter per solve; never null
     * @param seconds time limit per solve, seconds, positive
     * @param seeds   solves per instance, at least 1
     * @param threads solves run in parallel, at least 1
     */
    public LiteratureRun(LiteratureSet set, Path dir, Supplier<? extends VrpSolverAdapter> solvers, double seconds,
            int seeds, int threads) {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("The time limit (" + seconds + " s) must be positive.");
        }
        if (seeds < 1) {
            throw new IllegalArgumentException("The seed count (" + seeds + ") must be at least 1.");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("The thread count (" + threads + ") must be at least 1.");
        }
        this.set = set;
        this.dir = dir;
        this.solvers = solvers;
        this.seconds = seconds;
        this.seeds = seeds;
        this.threads = threads;
    }

    /**
     * The instance files of the folder, sorted by file name.
     *
     * @return the instance files of the folder, sorted by file name
     */
    public List<Path> instanceFiles() {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("The data folder (" + dir + ") does not exist; pass the folder holding the "
                    + set.name() + " instances and " + set.bestKnownFile() + ".");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> list = files.filter(p -> p.getFileName().toString().endsWith(set.extension()))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
            if (list.isEmpty()) {
                throw new IllegalArgumentException("The data folder (" + dir + ") holds no *" + set.extension()
                        + " file; pass the folder holding the " + set.name() + " instances.");
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException("The data folder (" + dir + ") cannot be listed: " + e.getMessage(), e);
        }
    }

    /**
     * Number of solves {@link #run} will make (instances times seeds).
     *
     * @return the number of solves {@link #run} will make (instances times seeds)
     */
    public int solveCount() {
        return instanceFiles().size() * seeds;
    }

    /**
     * Runs every solve and returns one row per instance, in instance-name order.
     *
     * @param listener told after each solve; never null
     * @throws IllegalArgumentException when the folder, an instance file or the best-known table is
     *                                  missing, or an instance is missing from the table
     * @throws dev.outpost.sim.literature.io.LiteratureFormatException when a file cannot be parsed
     * @return one row per instance, in instance-name order
     */
    public List<LiteratureRow> run(Listener listener) {
        List<Path> files = instanceFiles();
        Path tableFile = dir.resolve(set.bestKnownFile());
        if (!Files.isRegularFile(tableFile)) {
            throw new IllegalArgumentException("The best-known table (" + tableFile + ") is missing; the "
                    + set.name() + " folder must hold " + set.bestKnownFile() + ".");
        }
        BestKnownTable table = BestKnownTable.read(tableFile);
        List<VrpInstance> instances = new ArrayList<>();
        for (Path file : files) {
            instances.add(set.reader().apply(file));
        }
        instances.sort(Comparator.comparing(VrpInstance::name));
        for (VrpInstance instance : instances) {
            table.get(instance.name());
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "literature-solve");
            t.setDaemon(true);
            return t;
        });
        try {
            List<List<Future<LiteratureRow>>> futures = new ArrayList<>();
            for (VrpInstance instance : instances) {
                BestKnownTable.Entry best = table.get(instance.name());
                List<Future<LiteratureRow>> perSeed = new ArrayList<>();
                for (long seed = 0; seed < seeds; seed++) {
                    long s = seed;
                    perSeed.add(pool.submit(() -> {
                        LiteratureRow row = solveOne(instance, best, s);
                        listener.solved(instance.name(), s);
                        return row;
                    }));
                }
                futures.add(perSeed);
            }
            List<LiteratureRow> rows = new ArrayList<>();
            for (List<Future<LiteratureRow>> perSeed : futures) {
                List<LiteratureRow> candidates = new ArrayList<>();
                for (Future<LiteratureRow> f : perSeed) {
                    candidates.add(f.get());
                }
                rows.add(candidates.stream().min(rowOrder()).orElseThrow());
            }
            return rows;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The literature run on " + dir + " was interrupted.", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The literature run on " + dir + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Comparator<LiteratureRow> rowOrder() {
        Comparator<LiteratureRow> validFirst = Comparator.comparing(r -> !r.valid());
        if (set.objective() == VrpObjective.HIERARCHICAL) {
            validFirst = validFirst.thenComparingInt(LiteratureRow::vehicles);
        }
        return validFirst.thenComparingDouble(LiteratureRow::distance).thenComparingLong(LiteratureRow::seed);
    }

    private LiteratureRow solveOne(VrpInstance instance, BestKnownTable.Entry best, long seed) {
        VrpSolverAdapter solver = solvers.get();
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        boolean cpuMeasured = threadBean.isCurrentThreadCpuTimeSupported();
        long startCpuNanos = cpuMeasured ? threadBean.getCurrentThreadCpuTime() : 0;
        long startNanos = System.nanoTime();
        VrpSolution solution;
        try {
            solution = solver.solve(instance, set.convention(), set.objective(), seconds, seed);
        } catch (RuntimeException e) {
            double elapsed = (System.nanoTime() - startNanos) / 1e9;
            double cpu = cpuMeasured ? (threadBean.getCurrentThreadCpuTime() - startCpuNanos) / 1e9 : Double.NaN;
            return new LiteratureRow(instance.name(), 0, Double.NaN, best.value(), best.vehicles(), Double.NaN,
                    elapsed, cpu, false, seed, "The solver " + solver.name() + " failed: " + e, set.objective());
        }
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        double cpu = cpuMeasured ? (threadBean.getCurrentThreadCpuTime() - startCpuNanos) / 1e9 : Double.NaN;
        if (solution == null) {
            return new LiteratureRow(instance.name(), 0, Double.NaN, best.value(), best.vehicles(), Double.NaN,
                    elapsed, cpu, false, seed, "The solver " + solver.name() + " returned no solution (null).",
                    set.objective());
        }
        VrpCheck check = VrpSolutionChecker.check(instance, set.convention(), solution);
        // Round to the convention's unit so that e.g. 827.2999999 prints and compares as 827.3.
        double scale = set.convention().scale();
        double distance = Math.round(check.distance() * scale) / scale;
        double gap = 100.0 * (distance - best.value()) / best.value();
        return new LiteratureRow(instance.name(), check.vehicles(), distance, best.value(), best.vehicles(), gap,
                elapsed, cpu, check.valid(), seed, check.valid() ? "" : check.violations().get(0), set.objective());
    }
}
