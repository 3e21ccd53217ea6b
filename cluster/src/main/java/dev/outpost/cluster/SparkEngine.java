package dev.outpost.cluster;

import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;

/**
 * A Spark context that runs lists of independent tasks and gives their results back in the tasks'
 * order. The tasks are cut into partitions of consecutive tasks; {@code collect} returns the
 * partitions in order, so the results do not depend on which executor ran which task, or when. Jobs
 * may be submitted without waiting ({@link #submit}), from any thread: Spark's FIFO scheduler runs
 * the tasks of the job submitted first first, and fills the free cores with the next jobs' tasks.
 * Only a {@link SparkContext}: the job uses no Spark SQL (the Parquet files are written on the driver
 * without Spark), so no {@code SparkSession} is started.
 *
 * <p>Master: {@code local[N]} (threads of this JVM), {@code spark://HOST:PORT} (a standalone cluster),
 * or whatever {@code spark-submit} set ({@code spark.master}). Spark's web UI and console progress are
 * off unless configured; on a {@code local} master the driver listens on 127.0.0.1 only. Run from a jar
 * on a cluster master, the jar itself is shipped to the executors ({@code spark.jars}) unless set.
 */
public final class SparkEngine implements AutoCloseable {

    /** The master when none is given: every core of this machine. */
    public static final String DEFAULT_MASTER = "local[*]";

    private final JavaSparkContext context;

    private SparkEngine(SparkContext context) {
        this.context = JavaSparkContext.fromSparkContext(context);
    }

    /**
     * Starts (or joins) the Spark context.
     *
     * @param appName the application's name
     * @param master  the master URL, or null for {@code spark-submit}'s or else {@link #DEFAULT_MASTER}
     * @param conf    further Spark settings (key to value), applied last
     * @return the engine; close it to stop Spark
     */
    public static SparkEngine start(String appName, String master, Map<String, String> conf) {
        SparkConf sparkConf = new SparkConf();
        String effective = master != null ? master : sparkConf.get("spark.master", DEFAULT_MASTER);
        sparkConf.setMaster(effective).setAppName(appName);
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("spark.ui.enabled", "false");
        defaults.put("spark.ui.showConsoleProgress", "false");
        if (effective.startsWith("local")) {
            defaults.put("spark.driver.host", "127.0.0.1");
            defaults.put("spark.driver.bindAddress", "127.0.0.1");
            defaults.put("spark.sql.shuffle.partitions", "1");
        } else {
            Path jar = runningJar();
            if (jar != null) {
                defaults.put("spark.jars", jar.toString());
            }
        }
        for (Map.Entry<String, String> e : defaults.entrySet()) {
            sparkConf.setIfMissing(e.getKey(), e.getValue());
        }
        conf.forEach(sparkConf::set);
        return new SparkEngine(SparkContext.getOrCreate(sparkConf));
    }

    /** {@return the jar this class was loaded from, or null when run from a folder of classes} */
    static Path runningJar() {
        try {
            var source = SparkEngine.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? path : null;
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }

    /** {@return the master URL in use} */
    public String master() {
        return context.master();
    }

    /** {@return the cores Spark schedules tasks on (its default parallelism)} */
    public int parallelism() {
        return context.defaultParallelism();
    }

    /**
     * Runs {@code fn} on every task and returns the results in the tasks' order: {@link #submit}, then
     * waits for the job.
     *
     * @param <T>        the task type
     * @param <R>        the result type
     * @param tasks      the tasks, each a serialisable value holding all it needs
     * @param fn         a pure function of a task (serialisable)
     * @param partitions the Spark tasks to cut them into, at least 1
     * @param label      the Spark job's description
     * @return the results, {@code results.get(i) = fn(tasks.get(i))}
     */
    public <T extends Serializable, R extends Serializable> List<R> map(List<T> tasks, Function<T, R> fn,
            int partitions, String label) {
        return await(submit(tasks, fn, partitions, label));
    }

    /**
     * Submits a job that runs {@code fn} on every task, without waiting for it. The tasks are cut into
     * {@code partitions} runs of consecutive tasks (at most one per task), each a Spark task: one per
     * task balances few long tasks best; fewer, longer partitions save Spark's cost per task. What
     * {@code fn} holds (its fields) is serialised once per job with the job's code and sent once to
     * each executor, not once per task: put what every task shares there, and keep the tasks small.
     *
     * @param <T>        the task type
     * @param <R>        the result type
     * @param tasks      the tasks, each a serialisable value
     * @param fn         a pure function of a task (serialisable)
     * @param partitions the Spark tasks to cut them into, at least 1
     * @param label      the Spark job's description
     * @return the job's results to come, in the tasks' order ({@link #await})
     */
    public <T extends Serializable, R extends Serializable> JavaFutureAction<List<R>> submit(List<T> tasks,
            Function<T, R> fn, int partitions, String label) {
        if (partitions < 1) {
            throw new IllegalArgumentException("The partitions (" + partitions + ") must be at least 1.");
        }
        context.setJobDescription(label);
        return context.parallelize(new ArrayList<>(tasks), Math.max(1, Math.min(partitions, tasks.size()))).map(fn)
                .collectAsync();
    }

    /**
     * Waits for a submitted job.
     *
     * @param <R> the result type
     * @param job the job
     * @return its results, in the tasks' order
     * @throws RuntimeException the job's failure (a task's exception when Spark kept it as the cause)
     */
    public static <R> List<R> await(JavaFutureAction<List<R>> job) {
        try {
            return new ArrayList<>(job.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.cancel(true);
            throw new IllegalStateException("Interrupted while waiting for a Spark job.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops Spark. */
    @Override
    public void close() {
        context.stop();
    }
}
