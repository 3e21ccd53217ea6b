package dev.outpost.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster: a master and two workers (one core each), separate JVMs started
 * from outpost-spark.jar's classpath and bound to 127.0.0.1; the province is submitted by
 * {@code java -jar outpost-spark.jar province ... --master spark://...} (no JVM option: the manifest's
 * Add-Opens serve) and its files are compared with the local engine's. Every wait is bounded.
 */
class StandaloneClusterIT {

    private static final long DRIVER_TIMEOUT_SECONDS = 300;

    @TempDir
    Path dir;

    @Test
    void aProvinceOnTwoWorkersWritesTheLocalEnginesFiles() throws Exception {
        Path jar = Path.of(System.getProperty("outpost.spark.jar", "target/outpost-spark.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "build the jar first (mvn package): " + jar);
        Path province = ProvinceFixture.write(dir);
        Path local = dir.resolve("local");
        ProvinceFixture.runLocal(province, local);

        try (StandaloneCluster cluster = StandaloneCluster.start(jar, 2, 1)) {
            Path out = dir.resolve("cluster");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx512m", "-jar", jar.toString(), "province", province.toString(), "--master",
                    cluster.masterUrl(), "--conf", "spark.executor.memory=512m", "--no-progress", "--out",
                    out.toString()));
            command.addAll(ProvinceFixture.ARGS);
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(cluster.environment());
            builder.redirectErrorStream(true);
            Path log = dir.resolve("driver.log");
            builder.redirectOutput(log.toFile());
            Process driver = builder.start();
            boolean done = driver.waitFor(DRIVER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!done) {
                driver.descendants().forEach(ProcessHandle::destroyForcibly);
                driver.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(done, "the driver did not finish within " + DRIVER_TIMEOUT_SECONDS + " s:\n" + output);
            assertEquals(1, driver.exitValue(), "one unit is broken, so exit 1 at the end:\n" + output);
            assertTrue(output.contains("on " + cluster.masterUrl()), output);
            assertTrue(output.contains(ProvinceFixture.BROKEN_UNIT), output);
            ProvinceFixture.assertSameFiles(local, out);
            assertTrue(Files.size(out.resolve(SparkProvinceCommand.UNITS_PARQUET)) > 0);
            assertTrue(Files.size(out.resolve(SparkProvinceCommand.CENTRES_PARQUET)) > 0);

            List<Integer> executors = cluster.executorsPerWorker();
            assertEquals(2, executors.size());
            assertTrue(executors.get(0) >= 1 && executors.get(1) >= 1,
                    "each worker ran an executor of the job: " + executors + "\n" + cluster.log("worker-0"));
        }
    }
}
