package dev.outpost.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.sim.cli.OutpostCommand;
import dev.outpost.sim.province.ProvinceOutputs;
import dev.outpost.sim.province.ProvinceSweep;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outpost-spark province} on Spark {@code local[2]} against the local engine on the same
 * province and seed: the same files byte for byte, a broken unit reported by name and path while the
 * others run (exit 1), and the tables also as Parquet.
 */
class SparkProvinceTest {

    @TempDir
    Path dir;

    @Test
    void sparkLocalTwoWritesTheLocalEnginesFilesByteForByte() throws Exception {
        Path province = ProvinceFixture.write(dir);
        Path local = dir.resolve("local");
        ProvinceFixture.runLocal(province, local);

        Path spark = dir.resolve("spark");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("province", province.toString(), "--master", "local[2]",
                "--no-progress", "--out", spark.toString()));
        args.addAll(ProvinceFixture.ARGS);
        int code = SparkMain.execute(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));

        assertEquals(1, code, "a unit failed, so exit 1 at the end:\n" + err);
        assertTrue(err.toString().contains(ProvinceFixture.BROKEN_UNIT) && err.toString().contains(
                ProvinceFixture.BROKEN_FILE), "the broken unit is named with its file:\n" + err);
        assertTrue(out.toString().contains("on local[2]"), out.toString());
        ProvinceFixture.assertSameFiles(local, spark);

        String unitsCsv = Files.readString(spark.resolve(ProvinceOutputs.UNITS_CSV), StandardCharsets.UTF_8);
        assertEquals(4, ParquetTables.parse(unitsCsv, "units").rows().size(), "every unit has its row, the broken one"
                + " too:\n" + unitsCsv);
        assertParquet(spark.resolve(SparkProvinceCommand.UNITS_PARQUET), unitsCsv);
        assertParquet(spark.resolve(SparkProvinceCommand.CENTRES_PARQUET),
                Files.readString(spark.resolve(ProvinceOutputs.CENTRES_CSV), StandardCharsets.UTF_8));
    }

    @Test
    void aGrowthSweepWritesTheLocalEnginesSweepByteForByte() throws Exception {
        Path province = ProvinceFixture.write(dir);
        List<String> options = new ArrayList<>(ProvinceFixture.ARGS);
        int growth = options.indexOf("--growth");
        options.remove(growth + 1);
        options.remove(growth);
        options.addAll(List.of("--over", "growth", "--values", "1,1.5", "--no-progress"));

        Path local = dir.resolve("local-sweep");
        List<String> localArgs = new ArrayList<>(List.of("province", province.toString(), "--threads", "2", "--out",
                local.toString()));
        localArgs.addAll(options);
        StringWriter localErr = new StringWriter();
        assertEquals(1, OutpostCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(localErr),
                localArgs.toArray(String[]::new)), localErr.toString());

        Path spark = dir.resolve("spark-sweep");
        List<String> sparkArgs = new ArrayList<>(List.of("province", province.toString(), "--master", "local[2]",
                "--out", spark.toString()));
        sparkArgs.addAll(options);
        StringWriter err = new StringWriter();
        int code = SparkMain.execute(new PrintWriter(new StringWriter()), new PrintWriter(err),
                sparkArgs.toArray(String[]::new));
        assertEquals(1, code, "a unit failed, so exit 1 at the end:\n" + err);
        assertEquals(Files.readString(local.resolve(ProvinceSweep.SWEEP_CSV)),
                Files.readString(spark.resolve(ProvinceSweep.SWEEP_CSV)));
        for (String folder : List.of("growth-1.0", "growth-1.5")) {
            ProvinceFixture.assertSameFiles(local.resolve(folder), spark.resolve(folder));
            assertTrue(Files.isRegularFile(spark.resolve(folder).resolve(SparkProvinceCommand.UNITS_PARQUET)), folder);
        }
    }

    @Test
    void aUnitsDaysAreCutIntoRunsOfAtMostFiftyDaysAndAtLeastOneRunPerCore() {
        assertEquals(4, SparkProvinceCommand.dayPartitions(100, 2), "200 days: 4 runs of 50");
        assertEquals(5, SparkProvinceCommand.dayPartitions(101, 2), "202 days: no run over 50");
        assertEquals(160, SparkProvinceCommand.dayPartitions(100, 160), "one run per core at least");
        assertEquals(6, SparkProvinceCommand.dayPartitions(3, 8), "never more runs than days");
    }

    @Test
    void growthWithOverGrowthIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = SparkMain.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "province",
                dir.resolve("p.json").toString(), "--growth", "1.5", "--over", "growth", "--values", "1,2");
        assertEquals(SparkMain.USAGE, code, err.toString());
        assertTrue(err.toString().contains("--growth option cannot be combined"), err.toString());
    }

    @Test
    void existingFilesAreKeptWithoutForce() throws Exception {
        Path province = ProvinceFixture.write(dir);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve(SparkProvinceCommand.UNITS_PARQUET), "mine");
        StringWriter err = new StringWriter();
        int code = SparkMain.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "province",
                province.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(SparkMain.INVALID_INPUT, code, err.toString());
        assertTrue(err.toString().contains("--force"), err.toString());
        assertEquals("mine", Files.readString(out.resolve(SparkProvinceCommand.UNITS_PARQUET)));
    }

    @Test
    void anOptionOutOfRangeIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = SparkMain.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "province",
                dir.resolve("p.json").toString(), "--replications", "1");
        assertEquals(SparkMain.USAGE, code, err.toString());
        assertTrue(err.toString().contains("The --replications value (1) is out of range; give 2 to 10000."),
                err.toString());
    }

    /** The Parquet file has the CSV's columns (as Parquet names) and one record per CSV row. */
    private static void assertParquet(Path file, String csv) throws Exception {
        ParquetTables.Table table = ParquetTables.parse(csv, file.getFileName().toString());
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            assertEquals(table.rows().size(), reader.getRecordCount(), file + " records");
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            assertEquals(table.header().size(), schema.getFieldCount(), file + " columns");
            for (int c = 0; c < table.header().size(); c++) {
                assertTrue(schema.getFieldName(c).startsWith(ParquetTables.columnName(table.header().get(c))),
                        schema.getFieldName(c) + " for " + table.header().get(c));
            }
        }
    }
}
