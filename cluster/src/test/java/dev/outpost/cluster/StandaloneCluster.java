package dev.outpost.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark standalone cluster on this machine for tests and the benchmark: a master and
 * {@code workers} workers, each a separate JVM started from {@code jar}'s classpath, every one bound
 * to 127.0.0.1. A worker launches its executors through Spark's launcher, which takes its classpath
 * from {@code $SPARK_HOME/jars}: a temporary SPARK_HOME whose {@code jars/} holds the jar serves.
 * Every wait is bounded; {@link #close()} stops every process started (and their executors) and
 * deletes the temporary folder.
 */
final class StandaloneCluster implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path home;
    private final List<Process> processes = new ArrayList<>();
    private final List<Path> workDirs = new ArrayList<>();
    private final String masterUrl;
    private final int masterUiPort;

    private StandaloneCluster(Path home, String masterUrl, int masterUiPort) {
        this.home = home;
        this.masterUrl = masterUrl;
        this.masterUiPort = masterUiPort;
    }

    /**
     * Starts a master and {@code workers} workers of {@code coresPerWorker} cores each, and waits
     * (at most 90 s) until every worker is registered with the master.
     *
     * @param jar            the runnable outpost-spark.jar (Spark included)
     * @param workers        the number of workers
     * @param coresPerWorker cores each worker offers
     * @return the running cluster
     * @throws IOException when a process cannot be started
     */
    static StandaloneCluster start(Path jar, int workers, int coresPerWorker) throws IOException {
        Path home = Files.createTempDirectory("outpost-spark-home");
        Files.createDirectories(home.resolve("jars"));
        Files.copy(jar, home.resolve("jars").resolve(jar.getFileName()));
        int masterPort = freePort();
        int uiPort = freePort();
        StandaloneCluster cluster = new StandaloneCluster(home, "spark://127.0.0.1:" + masterPort, uiPort);
        try {
            cluster.launch("master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(uiPort)));
            cluster.awaitPort(masterPort);
            for (int w = 0; w < workers; w++) {
                Path work = Files.createDirectories(home.resolve("work-" + w));
                cluster.workDirs.add(work);
                cluster.launch("worker-" + w, List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                        "--port", Integer.toString(freePort()), "--webui-port", Integer.toString(freePort()),
                        "--cores", Integer.toString(coresPerWorker), "--memory", "1g", "--work-dir", work.toString(),
                        cluster.masterUrl));
            }
            cluster.awaitWorkers(workers);
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** {@return the master's URL, spark://127.0.0.1:PORT} */
    String masterUrl() {
        return masterUrl;
    }

    /** {@return the temporary SPARK_HOME} */
    Path sparkHome() {
        return home;
    }

    /** {@return the environment every process of the cluster, and a driver, runs with} */
    Map<String, String> environment() {
        // SPARK_SCALA_VERSION: what a distribution's load-spark-env.sh sets; without it the launcher
        // looks for a Spark source build.
        return Map.of("SPARK_HOME", home.toString(), "SPARK_SCALA_VERSION", "2.13", "SPARK_LOCAL_IP", "127.0.0.1",
                "SPARK_LOCAL_HOSTNAME", "127.0.0.1", "SPARK_LOG_DIR", home.resolve("logs").toString());
    }

    /** {@return how many executor folders each worker made: the applications' executors it ran} */
    List<Integer> executorsPerWorker() throws IOException {
        List<Integer> counts = new ArrayList<>();
        for (Path work : workDirs) {
            int n = 0;
            try (var apps = Files.list(work)) {
                for (Path app : apps.filter(Files::isDirectory).toList()) {
                    try (var executors = Files.list(app)) {
                        n += (int) executors.filter(Files::isDirectory).count();
                    }
                }
            }
            counts.add(n);
        }
        return counts;
    }

    /** {@return the JVM options of Spark's processes: the jar manifest's Add-Opens as options} */
    static List<String> javaOptions(Path jar) throws IOException {
        List<String> options = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            String opens = file.getManifest().getMainAttributes().getValue("Add-Opens");
            if (opens == null) {
                throw new IllegalStateException(jar + " has no Add-Opens in its manifest.");
            }
            for (String p : opens.trim().split("\\s+")) {
                options.add("--add-opens=" + p + "=ALL-UNNAMED");
            }
        }
        options.add("-Dio.netty.tryReflectionSetAccessible=true");
        return options;
    }

    private void launch(String name, List<String> mainAndArgs) throws IOException {
        Path jar = home.resolve("jars");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        try (var jars = Files.list(jar)) {
            Path first = jars.findFirst().orElseThrow();
            command.addAll(javaOptions(first));
        }
        command.add("-cp");
        command.add(jar.resolve("*").toString());
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment());
        builder.redirectErrorStream(true);
        builder.redirectOutput(home.resolve(name + ".log").toFile());
        processes.add(builder.start());
    }

    /** {@return the log of process {@code name} (master, worker-0, ...)} */
    String log(String name) throws IOException {
        Path file = home.resolve(name + ".log");
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private void awaitPort(int port) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            checkAlive();
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The Spark master did not listen on 127.0.0.1:" + port + " within "
                            + START_TIMEOUT.toSeconds() + " s:\n" + log("master"));
                }
                pause();
            }
        }
    }

    private void awaitWorkers(int workers) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI status = URI.create("http://127.0.0.1:" + masterUiPort + "/json/");
        Pattern alive = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        int seen = -1;
        while (true) {
            checkAlive();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(status).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher m = alive.matcher(r.body());
                if (m.find()) {
                    seen = Integer.parseInt(m.group(1));
                    if (seen >= workers) {
                        return;
                    }
                }
            } catch (IOException e) {
                // The UI is not up yet: ask again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the Spark workers.", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(workers + " Spark workers were not registered within "
                        + START_TIMEOUT.toSeconds() + " s (" + seen + " were):\n" + log("worker-0"));
            }
            pause();
        }
    }

    private void checkAlive() throws IOException {
        for (int i = 0; i < processes.size(); i++) {
            if (!processes.get(i).isAlive()) {
                String name = i == 0 ? "master" : "worker-" + (i - 1);
                throw new IllegalStateException("The Spark " + name + " exited (" + processes.get(i).exitValue() + "):\n"
                        + log(name));
            }
        }
    }

    /** A bounded poll interval between two looks at a process that is starting. */
    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Spark cluster.", e);
        }
    }

    /** {@return a TCP port free on 127.0.0.1 now} */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Stops the workers (and their executors) and the master, at most 30 s, then deletes SPARK_HOME. */
    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>();
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process p = processes.get(i);
            p.descendants().forEach(all::add);
            all.add(p.toHandle());
        }
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (ProcessHandle h : all) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                h.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
        deleteTree(home);
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (var files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a process's output fully (for drivers started by tests). */
    static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
