package dev.outpost.cluster;

import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.SparkSession;

/**
 * A Spark session that runs lists of independent tasks and gives their results back in the tasks'
 * order. Each task is its own partition, so Spark schedules the tasks one by one over the executors'
 * cores; {@code collect} returns the partitions in order, so the results do not depend on which
 * executor ran which task, or when.
 *
 * <p>Master: {@code local[N]} (threads of this JVM), {@code spark://HOST:PORT} (a standalone cluster),
 * or whatever {@code spark-submit} set ({@code spark.master}). Spark's web UI and console progress are
 * off unless configured; on a {@code local} master the driver listens on 127.0.0.1 only. Run from a jar
 * on a cluster master, the jar itself is shipped to the executors ({@code spark.jars}) unless set.
 */
public final class SparkEngine implements AutoCloseable {

    /** The master when none is given: every core of this machine. */
    public static final String DEFAULT_MASTER = "local[*]";

    private final SparkSession session;
    private final JavaSparkContext context;

    private SparkEngine(SparkSession session) {
        this.session = session;
        this.context = JavaSparkContext.fromSparkContext(session.sparkContext());
    }

    /**
     * Starts (or joins) the Spark session.
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
        return new SparkEngine(SparkSession.builder().config(sparkConf).getOrCreate());
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

    /** {@return the Spark session, for writing tables} */
    public SparkSession session() {
        return session;
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
     * Runs {@code fn} on every task and returns the results in the tasks' order. The tasks are cut
     * into {@code partitions} runs of consecutive tasks (at most one per task), each a Spark task:
     * one per task balances few long tasks best; fewer, longer partitions save Spark's cost per task
     * and send what consecutive tasks share (a unit's scenario) once per partition.
     *
     * @param <T>        the task type
     * @param <R>        the result type
     * @param tasks      the tasks, each a serialisable value holding all it needs
     * @param fn         a pure function of a task (serialisable: a static method reference)
     * @param partitions the Spark tasks to cut them into, at least 1
     * @param label      the Spark job's description
     * @return the results, {@code results.get(i) = fn(tasks.get(i))}
     */
    public <T extends Serializable, R extends Serializable> List<R> map(List<T> tasks, Function<T, R> fn,
            int partitions, String label) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("The partitions (" + partitions + ") must be at least 1.");
        }
        context.setJobDescription(label);
        List<R> results = context.parallelize(new ArrayList<>(tasks), Math.min(partitions, tasks.size())).map(fn)
                .collect();
        return new ArrayList<>(results);
    }

    /** Stops Spark. */
    @Override
    public void close() {
        session.stop();
    }
}
