package dev.outpost.sim.literature;

import dev.outpost.check.StationingChecker;
import dev.outpost.sim.literature.io.PmedInstance;
import dev.outpost.sim.literature.io.PmedReader;
import dev.outpost.stationing.StationingOptions;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.stationing.StationingRun;
import dev.outpost.stationing.StationingSolver;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OR-Library p-median literature run: solves every {@code pmed<k>.txt} in a folder with the
 * stationing solver (one thread, a wall-time limit per instance, stopping as soon as the known
 * optimum from {@code optima.csv} is reached), checks each plan with {@link StationingChecker},
 * and reports value, gap and time to best.
 */
public final class PmedLiteratureRun {

    /** The CSV header, exactly. */
    public static final String CSV_HEADER = "instance,n,p,value,optimum,gap_percent,seconds_to_best,valid";

    /**
     * One instance's result.
     *
     * @param instance      name
     * @param n             vertices
     * @param p             medians
     * @param value         the plan's objective value
     * @param optimum       the known optimum, or null when optima.csv has none
     * @param gapPercent    {@code 100 * (value - optimum) / optimum}, or NaN without optimum
     * @param secondsToBest wall seconds until the best value was first reached
     * @param valid         whether the checker found no violation and the same value
     */
    public record Row(String instance, int n, int p, long value, Long optimum, double gapPercent,
            double secondsToBest, boolean valid) {

        /**
         * Whether the optimum is known and reached.
         *
         * @return whether the optimum is known and reached
         */
        public boolean optimal() {
            return optimum != null && value == optimum && valid;
        }
    }

    private PmedLiteratureRun() {
    }

    /**
     * Runs every instance in {@code dir}.
     *
     * @param dir     folder with {@code pmed*.txt} and {@code optima.csv}
     * @param seconds wall-time limit per instance
     * @param seed    random seed
     * @return one row per instance
      * @throws IOException when a file cannot be read
     */
    public static List<Row> run(Path dir, double seconds, long seed) throws IOException {
        Map<String, Long> optima = optima(dir);
        List<Row> rows = new ArrayList<>();
        for (Path file : instanceFiles(dir)) {
            rows.add(runInstance(file, optima, seconds, seed));
        }
        return rows;
    }

    /**
     * The known optima of the folder's {@code optima.csv}, by instance name.
     *
     * @param dir the folder with the instances and {@code optima.csv}
     * @return the known optima of the folder's {@code optima.csv}, by instance name
      * @throws IOException when the file cannot be read
     */
    public static Map<String, Long> optima(Path dir) throws IOException {
        Path optimaFile = dir.resolve("optima.csv");
        if (!Files.isRegularFile(optimaFile)) {
            throw new IOException("The folder (" + dir + ") has no optima.csv; pass the OR-Library pmed folder.");
        }
        return PmedReader.readOptima(optimaFile);
    }

    /**
     * The folder's {@code pmed<k>.txt} files, in instance order; at least one.
     *
     * @param dir the folder with the instances and {@code optima.csv}
     * @return the folder's {@code pmed<k>.txt} files, in instance order; at least one
      * @throws IOException when the folder cannot be listed
     */
    public static List<Path> instanceFiles(Path dir) throws IOException {
        List<Path> files = PmedReader.instanceFiles(dir);
        if (files.isEmpty()) {
            throw new IOException("The folder (" + dir + ") holds no pmed<k>.txt files.");
        }
        return files;
    }

    /**
     * Solves one instance file.
     *
     * @param optima  the known optima by instance name (from {@link #optima})
     * @param seconds wall-time limit
     * @param seed    random seed
     * @param file the instance file
     * @return the instance's result row
      * @throws IOException when the file cannot be read
     */
    public static Row runInstance(Path file, Map<String, Long> optima, double seconds, long seed) throws IOException {
        PmedInstance instance = PmedReader.read(file);
        StationingProblem problem = instance.toProblem();
        Long optimum = optima.get(instance.name());
        StationingOptions options = StationingOptions.defaults().withSeed(seed).withStepLimit(0)
                .withTimeLimit(java.time.Duration.ofMillis(Math.max(1L, Math.round(seconds * 1000))))
                .withObjectiveTarget(optimum);
        StationingRun result = StationingSolver.create(options).run(problem);
        StationingChecker.StationingCheck check = StationingChecker.check(problem, result.plan());
        long value = result.plan().objectiveValue();
        boolean valid = check.feasible() && check.agreesWith(result.plan());
        double gap = optimum == null ? Double.NaN : 100.0 * (value - optimum) / optimum;
        return new Row(instance.name(), instance.n(), instance.p(), value, optimum, gap, result.secondsToBest(), valid);
    }

    /**
     * Writes the rows as CSV with {@link #CSV_HEADER}.
     *
     * @param rows the result rows
     * @param csv the CSV file to write
      * @throws IOException when the file cannot be written
     */
    public static void writeCsv(List<Row> rows, Path csv) throws IOException {
        Path parent = csv.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(csv(rows));
        }
    }

    /**
     * The CSV text with {@link #CSV_HEADER}, one line per row.
     *
     * @param rows the result rows
     * @return the CSV text with {@link #CSV_HEADER}, one line per row
     */
    public static String csv(List<Row> rows) {
        StringBuilder w = new StringBuilder(CSV_HEADER).append('\n');
        for (Row r : rows) {
            w.append(String.join(",", r.instance(), Integer.toString(r.n()), Integer.toString(r.p()),
                    Long.toString(r.value()), r.optimum() == null ? "" : Long.toString(r.optimum()),
                    r.optimum() == null ? "" : String.format(Locale.ROOT, "%.4f", r.gapPercent()),
                    String.format(Locale.ROOT, "%.3f", r.secondsToBest()), Boolean.toString(r.valid())));
            w.append('\n');
        }
        return w.toString();
    }

    /**
     * Prints a Markdown table, the mean time to best, and on the last line the optima reached.
     *
     * @param rows the result rows
     * @param out where the table goes
     */
    public static void printMarkdown(List<Row> rows, PrintStream out) {
        out.println("| instance | n | p | value | optimum | gap % | seconds to best | valid |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---|");
        double sum = 0;
        int reached = 0;
        int known = 0;
        for (Row r : rows) {
            out.printf(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %.3f | %s |%n", r.instance(), r.n(), r.p(),
                    r.value(), r.optimum() == null ? "" : r.optimum().toString(),
                    r.optimum() == null ? "" : String.format(Locale.ROOT, "%.4f", r.gapPercent()),
                    r.secondsToBest(), r.valid() ? "yes" : "NO");
            sum += r.secondsToBest();
            if (r.optimum() != null) {
                known++;
            }
            if (r.optimal()) {
                reached++;
            }
        }
        out.printf(Locale.ROOT, "Mean seconds to best: %.3f (max %.3f)%n", rows.isEmpty() ? 0.0 : sum / rows.size(),
                rows.stream().mapToDouble(Row::secondsToBest).max().orElse(0.0));
        out.printf(Locale.ROOT, "Optima reached: %d/%d%n", reached, known);
    }
}
