package dev.outpost.cluster;

import dev.outpost.sim.cli.JobSupport;
import dev.outpost.sim.cli.ProvinceCommandOptions;
import dev.outpost.sim.experiment.Replications;
import dev.outpost.sim.province.DayResult;
import dev.outpost.sim.province.DayTask;
import dev.outpost.sim.province.ProvinceFile;
import dev.outpost.sim.province.ProvinceJob;
import dev.outpost.sim.province.ProvinceOptions;
import dev.outpost.sim.province.ProvinceOutputs;
import dev.outpost.sim.province.ProvinceResults;
import dev.outpost.sim.province.ProvinceSweep;
import dev.outpost.sim.province.ProvinceUnit;
import dev.outpost.sim.province.TaskResult;
import dev.outpost.sim.province.UnitSetup;
import dev.outpost.sim.province.UnitTask;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outpost-spark province PROVINCE.json}: {@code outpost province} on Apache Spark. The job is
 * the same: stage 1 stations every unit ({@link ProvinceJob#station}, one Spark job of one task per
 * unit), stage 2 simulates every (unit, set-up, replication) day ({@link ProvinceJob#day}: one Spark
 * job per unit, submitted as soon as its stationing is back, in runs of consecutive days; see
 * {@link #run});
 * each task is a pure function of its seed, the results come back in task order and are aggregated by
 * {@link ProvinceJob#aggregate}, so {@code units.csv}, {@code centres.csv}, {@code province.json} and
 * {@code province.html} are byte-identical to the local engine's. It also writes the two tables as
 * Parquet ({@code units.parquet}, {@code centres.parquet}; see {@link ParquetTables}). Every file is
 * written on the driver, into a local {@code --out}.
 *
 * <p>Master: {@code --master} (a Spark master URL), else the one {@code spark-submit} set, else
 * {@code local[N]} with N = {@code --threads}, else {@code local[*]}.
 */
@Command(
        name = "province",
        mixinStandardHelpOptions = true,
        description = {
            "Every unit of a province as 'outpost province' runs it, on Apache Spark: the same",
            "units.csv, centres.csv, province.json and province.html (byte for byte), and",
            "units.parquet and centres.parquet, written into --out."
        })
public final class SparkProvinceCommand implements Callable<Integer> {

    /**
     * The most days of a unit in one Spark task (unless the cores ask for more tasks): 50 cheap days
     * (a few ms each) make a task of a tenth of a second or more, against Spark's cost of a few ms a
     * task (its code and the unit deserialised, the result sent back).
     */
    static final int DAYS_PER_PARTITION = 50;

    /** The Parquet files written beside the local engine's. */
    static final String UNITS_PARQUET = "units.parquet";
    static final String CENTRES_PARQUET = "centres.parquet";

    @Mixin
    ProvinceCommandOptions job = new ProvinceCommandOptions();

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], spark://HOST:PORT, yarn, k8s://... (default: spark-submit's,"
                    + " else local[--threads], else local[*]).")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting (repeatable).")
    Map<String, String> conf = new LinkedHashMap<>();

    @Option(names = "--threads", paramLabel = "N",
            description = "Without --master: local[N], N from 1 to 256 (default: every core); results do not "
                    + "depend on it.")
    Integer threads;

    @Option(names = SparkMain.DEBUG, description = "Show the stack trace of an error (for bug reports).")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkRanges();
        Path provinceFile = job.provinceFile();
        Path outDir = job.outDir();
        boolean noProgress = job.noProgress();
        if (!Files.isRegularFile(provinceFile)) {
            ProvinceFile.read(provinceFile); // its message, at once rather than after Spark's start
        }
        long started = System.nanoTime();
        String effectiveMaster = master != null ? master : threads != null && System.getProperty("spark.master") == null
                ? "local[" + threads + "]" : null;
        // Spark's start (seconds) runs beside the reading and checking of the inputs, which need no Spark,
        // and beside the loading of the Parquet writer used at the end.
        SparkStart starting = job.over() == null
                ? new SparkStart("outpost province " + provinceFile.getFileName(), effectiveMaster, conf) : null;
        Thread parquetWarmUp = new Thread(ParquetTables::warmUp, "outpost-parquet-warm-up");
        parquetWarmUp.setDaemon(true);
        parquetWarmUp.start();
        ProvinceFile province;
        ProvinceOptions options;
        try {
            province = ProvinceFile.read(provinceFile);
            try {
                options = job.options(province);
            } catch (IllegalArgumentException e) {
                throw new SparkMain.UsageException(e.getMessage());
            }
            List<Path> inputs = ProvinceOutputs.inputs(province);
            List<String> files = new ArrayList<>(ProvinceOutputs.FILES);
            files.add(UNITS_PARQUET);
            files.add(CENTRES_PARQUET);
            if (job.over() != null) {
                return sweep(province, options, inputs, files, out, err);
            }
            JobSupport.checkFolder(outDir, job.force(), inputs, files.toArray(String[]::new));
        } catch (RuntimeException | Error e) {
            if (starting != null) {
                starting.stop();
            }
            throw e;
        }

        Run run;
        try {
            run = run(starting, province, options, noProgress ? null : err);
        } catch (RuntimeException | Error e) {
            starting.stop();
            throw e;
        }
        SparkEngine engine = starting.engine();
        // Spark stops (a second or so) while the files are written on the driver.
        Thread stopping = new Thread(engine::close, "outpost-spark-stop");
        stopping.start();
        ProvinceResults results = run.results();
        Map<String, String> texts;
        try {
            texts = ProvinceOutputs.texts(results);
            writeAll(outDir, texts);
        } finally {
            joinQuietly(stopping);
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        out.printf(Locale.ROOT, "Province %s: %d units, %d tasks (%d stationing, %d days) on %s in %.1f s"
                + " (Spark started in %.1f s, %d stationings on the driver meanwhile; stage 1 %.1f s, stage 2 %.1f s).%n",
                province.name(), province.units().size(), run.tasks(), run.unitTasks(), run.tasks() - run.unitTasks(),
                run.master(), seconds, run.startSeconds(), run.onDriver(), run.stage1Seconds(), run.stage2Seconds());
        for (ProvinceResults.UnitResult failed : results.failures()) {
            err.println(failed.setup().failure());
        }
        List<String> written = new ArrayList<>(texts.keySet());
        written.add(UNITS_PARQUET);
        written.add(CENTRES_PARQUET);
        out.println("Wrote " + String.join(", ", written) + " into " + outDir + ".");
        out.flush();
        if (!results.failures().isEmpty()) {
            err.println(results.failures().size() + " of " + province.units().size() + " units failed (above); the"
                    + " others were run and written.");
            err.flush();
            return SparkMain.INVALID_INPUT;
        }
        return SparkMain.OK;
    }

    /**
     * The what-if sweep ({@link ProvinceSweep}): the job once per value on one Spark session, each
     * value's files (text and Parquet) in its subfolder, then {@code sweep.csv}; the same text files as
     * {@code outpost province --over}.
     */
    private int sweep(ProvinceFile province, ProvinceOptions base, List<Path> inputs, List<String> files,
            PrintWriter out, PrintWriter err) {
        Path outDir = job.outDir();
        boolean force = job.force();
        boolean noProgress = job.noProgress();
        String over = job.over();
        List<Double> values = job.values();
        JobSupport.checkFolder(outDir, force, inputs, ProvinceSweep.SWEEP_CSV);
        if (Files.exists(outDir)) {
            for (double v : values) {
                JobSupport.checkFolder(outDir.resolve(ProvinceSweep.folder(over, v)), force, inputs,
                        files.toArray(String[]::new));
            }
        }
        long started = System.nanoTime();
        String effectiveMaster = master != null ? master : threads != null && System.getProperty("spark.master") == null
                ? "local[" + threads + "]" : null;
        List<ProvinceResults> all = new ArrayList<>();
        int tasks = 0;
        String ranOn;
        try (SparkEngine engine = SparkEngine.start("outpost province " + province.name() + " over " + over,
                effectiveMaster, conf)) {
            ranOn = engine.master();
            for (double v : values) {
                if (!noProgress) {
                    progress(err, "Spark " + engine.master() + ": " + over + " " + v + ", stationing "
                            + province.units().size() + " units...");
                }
                Run run = run(engine, province, ProvinceSweep.options(base, over, v), noProgress ? null : err);
                tasks += run.tasks();
                all.add(run.results());
            }
        }
        for (int i = 0; i < values.size(); i++) {
            writeAll(outDir.resolve(ProvinceSweep.folder(over, values.get(i))), ProvinceOutputs.texts(all.get(i)));
        }
        JobSupport.writeFolder(outDir, Map.of(ProvinceSweep.SWEEP_CSV, ProvinceSweep.sweepCsv(over, values, all)));
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "Province %s over %s (%d values): %d units, %d tasks on %s in %.1f s.%n",
                province.name(), over, values.size(), province.units().size(), tasks, ranOn, seconds);
        out.println("Wrote " + values.size() + " subfolders (" + String.join(", ", files) + ") and "
                + ProvinceSweep.SWEEP_CSV + " into " + outDir + ".");
        out.flush();
        ProvinceResults last = all.get(all.size() - 1);
        for (ProvinceResults.UnitResult failed : last.failures()) {
            err.println(failed.setup().failure());
        }
        if (!last.failures().isEmpty()) {
            err.println(last.failures().size() + " of " + province.units().size() + " units failed (above); the"
                    + " others were run and written.");
            err.flush();
            return SparkMain.INVALID_INPUT;
        }
        return SparkMain.OK;
    }

    /**
     * What one run of the job gave.
     *
     * @param results       the aggregated results
     * @param unitTasks     stage-1 tasks run
     * @param tasks         tasks run in all
     * @param master        the Spark master it ran on
     * @param startSeconds  Spark's start
     * @param onDriver      stage-1 tasks the driver ran while Spark started
     * @param stage1Seconds stage 1's wall time
     * @param stage2Seconds stage 2's wall time (with the aggregation)
     */
    record Run(ProvinceResults results, int unitTasks, int tasks, String master, double startSeconds, int onDriver,
            double stage1Seconds, double stage2Seconds) {
    }

    /**
     * Runs the province job on a started engine ({@link #run(SparkStart, ProvinceFile, ProvinceOptions,
     * PrintWriter)}).
     *
     * @param engine   the Spark engine
     * @param province the province
     * @param options  the options
     * @param progress where to tell progress, or null
     * @return the results
     */
    static Run run(SparkEngine engine, ProvinceFile province, ProvinceOptions options, PrintWriter progress) {
        return run(SparkStart.of(engine), province, options, progress);
    }

    /**
     * Runs the province job on Spark, pipelined as the local engine runs it. While Spark starts, the
     * driver stations units itself, in file order, one at a time on this thread (Spark's start, seconds,
     * would otherwise leave it idle); once Spark is up, it takes no new unit, and every other unit's
     * stationing is a Spark job of one task, all submitted at once in file order. As soon as a unit's
     * stationing is back (from the driver or from Spark), its days are submitted as a Spark job of their
     * own ({@link UnitDays}), so no day waits for another unit's stationing. Spark's FIFO scheduler runs
     * the jobs' tasks in the order they were submitted, as the local engine's queue does. Where a task
     * ran does not change its result (a pure function of the task). Then the aggregation, as any
     * engine's. Stage 1's time is until the last stationing is back, stage 2's from then to the
     * aggregation's end (days of the other units run during stage 1).
     *
     * @param starting Spark, starting or started
     * @param province the province
     * @param options  the options
     * @param progress where to tell progress, or null
     * @return the results
     */
    static Run run(SparkStart starting, ProvinceFile province, ProvinceOptions options, PrintWriter progress) {
        long t0 = System.nanoTime();
        List<UnitTask> unitTasks = ProvinceJob.plan(province, options);
        int n = unitTasks.size();
        List<CompletableFuture<UnitSetup>> setups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            setups.add(new CompletableFuture<>());
        }
        // claimed[0]: the next unit not yet taken; up[0]: Spark is up (the driver takes no more units).
        int[] claimed = {0};
        boolean[] up = {false};
        long[] lastStationed = {t0};
        int[] stationed = {0};
        ExecutorService waiters = Executors.newFixedThreadPool(Math.max(1, n + 1), runnable -> {
            Thread thread = new Thread(runnable, "outpost-unit-jobs");
            thread.setDaemon(true);
            return thread;
        });
        List<TaskResult> all = new ArrayList<>();
        int dayCount = 0;
        int onDriver;
        try {
            waiters.submit(() -> {
                SparkEngine engine;
                try {
                    engine = starting.engine();
                } catch (RuntimeException | Error e) {
                    setups.forEach(f -> f.completeExceptionally(e));
                    return;
                }
                int from;
                synchronized (claimed) {
                    up[0] = true;
                    from = claimed[0];
                    claimed[0] = n;
                }
                if (progress != null) {
                    progress(progress, "Spark " + engine.master() + " (" + engine.parallelism() + " cores): stationing "
                            + (n - from) + " units (" + from + " on the driver while Spark started)...");
                }
                for (int i = from; i < n; i++) {
                    UnitTask task = unitTasks.get(i);
                    CompletableFuture<UnitSetup> setup = setups.get(i);
                    JavaFutureAction<List<UnitSetup>> job = engine.submit(List.of(task), ProvinceJob::station, 1,
                            "stationing " + task.unit().name());
                    waiters.submit(() -> {
                        try {
                            setup.complete(SparkEngine.await(job).get(0));
                        } catch (RuntimeException | Error e) {
                            setup.completeExceptionally(e);
                        }
                    });
                }
            });
            List<Future<List<TaskResult>>> units = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ProvinceUnit unit = unitTasks.get(i).unit();
                CompletableFuture<UnitSetup> stationing = setups.get(i);
                units.add(waiters.submit(() -> {
                    UnitSetup setup = join(stationing);
                    List<TaskResult> results = new ArrayList<>();
                    results.add(setup);
                    synchronized (stationed) {
                        lastStationed[0] = System.nanoTime();
                        stationed[0]++;
                        if (progress != null && stationed[0] == n) {
                            progress(progress, "Stationed " + stationed[0] + " units; simulating their last days...");
                        }
                    }
                    if (setup.failed()) {
                        return results;
                    }
                    SparkEngine engine = starting.engine();
                    List<DayRun> runs = DayRun.cut(2 * options.replications(),
                            dayPartitions(options.replications(), engine.parallelism()));
                    for (PackedDays packed : SparkEngine.await(engine.submit(runs, new UnitDays(unit, setup, options),
                            runs.size(), "days " + unit.name()))) {
                        results.addAll(packed.days());
                    }
                    return results;
                }));
            }
            // The driver's own stationings while Spark starts.
            int driverUnits = 0;
            while (true) {
                int i;
                synchronized (claimed) {
                    if (up[0] || claimed[0] >= n || starting.isDone()) {
                        break;
                    }
                    i = claimed[0]++;
                }
                driverUnits++;
                try {
                    setups.get(i).complete(ProvinceJob.station(unitTasks.get(i)));
                } catch (RuntimeException | Error e) {
                    setups.get(i).completeExceptionally(e);
                }
            }
            onDriver = driverUnits;
            for (Future<List<TaskResult>> unit : units) {
                List<TaskResult> results = unit.get();
                all.addAll(results);
                dayCount += results.size() - 1;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the province's Spark jobs.", e);
        } catch (ExecutionException e) {
            throw Replications.unchecked(e.getCause());
        } finally {
            waiters.shutdownNow();
        }
        if (progress != null) {
            progress(progress, "Simulated " + dayCount + " days.");
        }
        ProvinceResults results = ProvinceJob.aggregate(province, options, all);
        long t2 = System.nanoTime();
        long t1;
        synchronized (stationed) {
            t1 = lastStationed[0];
        }
        return new Run(results, n, n + dayCount, starting.engine().master(), starting.seconds(), onDriver,
                (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    /** {@return the future's value; its failure as it was thrown} */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw Replications.unchecked(e.getCause());
        }
    }

    /**
     * A unit's days cut into Spark tasks: runs of at most {@link #DAYS_PER_PARTITION} consecutive days,
     * and at least one run per core (so one unit's days alone keep every core busy: the last unit's).
     *
     * @param replications days per set-up
     * @param cores        Spark's cores
     * @return the partitions of a unit's {@code 2 × replications} days
     */
    static int dayPartitions(int replications, int cores) {
        int days = 2 * replications;
        return Math.min(days, Math.max(cores, (days + DAYS_PER_PARTITION - 1) / DAYS_PER_PARTITION));
    }

    /**
     * A run of a unit's consecutive days, {@code from} (inclusive) to {@code to} (exclusive): one Spark
     * task.
     *
     * @param from the first day's number
     * @param to   one past the last day's number
     */
    record DayRun(int from, int to) implements Serializable {

        private static final long serialVersionUID = 1L;

        /**
         * {@code days} cut into {@code runs} runs of consecutive days as even as can be (as Spark cuts a
         * list into partitions).
         *
         * @param days the days
         * @param runs the runs, 1 to {@code days}
         * @return the runs, in order
         */
        static List<DayRun> cut(int days, int runs) {
            List<DayRun> out = new ArrayList<>(runs);
            for (int i = 0; i < runs; i++) {
                out.add(new DayRun((int) ((long) i * days / runs), (int) ((long) (i + 1) * days / runs)));
            }
            return out;
        }
    }

    /**
     * One unit's days as a Spark function of a run of day numbers d (0 to 2R - 1: today's practice's
     * replications, then the optimised set-up's, {@link ProvinceJob#days} order), whose results go back
     * packed ({@link PackedDays}: one byte array a task instead of Java serialisation's objects). The unit
     * (with its scenario text), its stationing and the options are the function's fields, so they travel
     * once per job and executor with the job's code; a task carries only its run's bounds.
     */
    static final class UnitDays implements Function<DayRun, PackedDays> {

        private static final long serialVersionUID = 1L;

        private final ProvinceUnit unit;
        private final UnitSetup setup;
        private final ProvinceOptions options;

        UnitDays(ProvinceUnit unit, UnitSetup setup, ProvinceOptions options) {
            this.unit = unit;
            this.setup = setup;
            this.options = options;
        }

        @Override
        public PackedDays call(DayRun run) {
            int r = options.replications();
            List<DayResult> days = new ArrayList<>(run.to() - run.from());
            for (int d = run.from(); d < run.to(); d++) {
                days.add(ProvinceJob.day(new DayTask(unit, setup, d < r ? DayTask.TODAY : DayTask.OPTIMISED, d % r,
                        options)));
            }
            return PackedDays.of(days);
        }
    }

    private void checkRanges() {
        if (threads != null && (threads < 1 || threads > 256)) {
            throw new SparkMain.UsageException("The --threads value (" + threads + ") is out of range; give 1 to 256.");
        }
        String problem = job.problem();
        if (problem != null) {
            throw new SparkMain.UsageException(problem);
        }
        if (master != null && master.isBlank()) {
            throw new SparkMain.UsageException("The --master must not be blank; use local[N] or a master URL.");
        }
    }

    /**
     * Writes the text files all together ({@link JobSupport#writeFolder}) and the Parquet files beside
     * them: both Parquet files are first written into a temporary folder beside {@code --out}, so a
     * failure there leaves {@code --out} as it was; they are moved in after the text files.
     */
    private static void writeAll(Path outDir, Map<String, String> texts) {
        Path target = outDir.toAbsolutePath().normalize();
        Path staging;
        try {
            Files.createDirectories(target.getParent());
            staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".parquet.");
        } catch (IOException e) {
            throw new UncheckedIOException("The --out folder (" + outDir + ") cannot be written: " + e.getMessage(), e);
        }
        try {
            ParquetTables.write(texts.get(ProvinceOutputs.UNITS_CSV), "units", staging.resolve(UNITS_PARQUET));
            ParquetTables.write(texts.get(ProvinceOutputs.CENTRES_CSV), "centres", staging.resolve(CENTRES_PARQUET));
            JobSupport.writeFolder(outDir, texts);
            for (String name : List.of(UNITS_PARQUET, CENTRES_PARQUET)) {
                move(staging.resolve(name), target.resolve(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The Parquet files cannot be moved into the --out folder (" + outDir + "): "
                    + e.getMessage(), e);
        } finally {
            StagingFolder.delete(staging);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Spark's start on a thread of its own, so that the driver reads and checks the inputs meanwhile.
     */
    static final class SparkStart {

        private final CompletableFuture<SparkEngine> engine = new CompletableFuture<>();
        private final Thread thread;
        private volatile double seconds;

        private SparkStart(SparkEngine started) {
            thread = new Thread(() -> { }, "outpost-spark-started");
            engine.complete(started);
        }

        /** {@return an engine already started, as a start} */
        static SparkStart of(SparkEngine started) {
            return new SparkStart(started);
        }

        SparkStart(String appName, String master, Map<String, String> conf) {
            thread = new Thread(() -> {
                long t0 = System.nanoTime();
                try {
                    SparkEngine started = SparkEngine.start(appName, master, conf);
                    seconds = (System.nanoTime() - t0) / 1e9;
                    engine.complete(started);
                } catch (RuntimeException | Error e) {
                    engine.completeExceptionally(e);
                }
            }, "outpost-spark-start");
            thread.start();
        }

        /** {@return the engine, once started; Spark's own failure to start as it was thrown} */
        SparkEngine engine() {
            return join(engine);
        }

        /** {@return whether Spark is up, or failed to start} */
        boolean isDone() {
            return engine.isDone();
        }

        /** {@return the seconds Spark took to start} */
        double seconds() {
            return seconds;
        }

        /** Stops Spark once started (the inputs were refused meanwhile); a failed start is let be. */
        void stop() {
            joinQuietly(thread);
            if (!engine.isCompletedExceptionally()) {
                engine.join().close();
            }
        }
    }

    /** Waits for {@code thread} to end, keeping this thread's interrupt. */
    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void progress(PrintWriter err, String line) {
        if (err != null) {
            err.println(line);
            err.flush();
        }
    }

    /** Deletes a temporary folder (best effort: a hidden leftover at worst). */
    static final class StagingFolder {

        private StagingFolder() {
        }

        static void delete(Path folder) {
            try (var files = Files.walk(folder)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // A hidden leftover folder at worst.
            }
        }
    }
}
