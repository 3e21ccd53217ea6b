package dev.outpost.sim.literature;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the rows of a literature run: the CSV file (header exactly {@link #CSV_HEADER}), a
 * Markdown table (the CSV columns and the solving thread's CPU seconds), per-family mean gaps and
 * the overall mean gap. All numbers are formatted with {@link Locale#ROOT}: distances with the
 * set's decimals, gaps with 2 decimals (a rounded {@code -0.00} prints as {@code 0.00}), seconds
 * with 2 decimals, valid as {@code true|false}.
 *
 * <p>The vehicle difference to the best known comes before the distance: under the hierarchical
 * objective a row whose vehicle count differs from the best known ({@link LiteratureRow#vehiclesDecide()})
 * has no distance gap (empty in the CSV, {@code n/a} in Markdown) and is left out of the mean
 * distance gap; the mean lines then report those rows' vehicle difference first. Mean gaps are
 * over the valid rows only; the count of valid rows is printed beside them. In the CSV the two
 * vehicle columns come last so that the earlier columns keep their places; an unknown best-known
 * vehicle count leaves {@code best_vehicles} and {@code vehicle_difference} empty.
 */
public final class LiteratureReport {

    /** The CSV header, exactly. */
    public static final String CSV_HEADER =
            "instance,vehicles,distance,best_known,gap_percent,seconds,valid,best_vehicles,vehicle_difference";

    private static final Pattern SOLOMON_FAMILY = Pattern.compile("^([A-Za-z]+)(\\d)");

    private final List<LiteratureRow> rows;
    private final int decimals;

    /**
     * @param rows     rows in the order to print
     * @param decimals decimals of distances and best-known values
     */
    public LiteratureReport(List<LiteratureRow> rows, int decimals) {
        this.rows = List.copyOf(rows);
        this.decimals = decimals;
    }

    /**
     * Writes the CSV file (UTF-8, LF line ends).
     *
     * @param file the CSV file to write
     */
    public void writeCsv(Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(csv());
        } catch (IOException e) {
            throw new UncheckedIOException("The CSV file (" + file + ") cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * The CSV text: header and one line per row.
     *
     * @return the CSV text: header and one line per row
     */
    public String csv() {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (LiteratureRow r : rows) {
            sb.append(csvField(r.instance())).append(',')
                    .append(r.vehicles()).append(',')
                    .append(number(r.distance(), decimals)).append(',')
                    .append(number(r.bestKnown(), decimals)).append(',')
                    .append(r.vehiclesDecide() ? "" : number(r.gapPercent(), 2)).append(',')
                    .append(number(r.seconds(), 2)).append(',')
                    .append(r.valid()).append(',')
                    .append(r.bestVehicles() >= 0 ? Integer.toString(r.bestVehicles()) : "").append(',')
                    .append(r.bestVehicles() >= 0 ? signed(r.vehicleDifference()) : "").append('\n');
        }
        return sb.toString();
    }

    /**
     * Prints the Markdown table, one line per family mean (when there is more than one family), and
     * the overall mean gap as the last line.
     *
     * @param out         where to print; never null
     * @param title       a heading line printed before the table, or null for none
     * @param showProblem add a column with the first violation of invalid rows
     */
    public void printMarkdown(PrintWriter out, String title, boolean showProblem) {
        if (title != null) {
            out.println(title);
            out.println();
        }
        boolean bestVehicles = rows.stream().anyMatch(r -> r.bestVehicles() >= 0);
        out.println("| instance | vehicles | " + (bestVehicles ? "best vehicles | vehicle diff | " : "")
                + "distance | best known | gap % | seconds | cpu s | valid |" + (showProblem ? " problem |" : ""));
        out.println("|---|---:|" + (bestVehicles ? "---:|---:|" : "") + "---:|---:|---:|---:|---:|---|" + (showProblem ? "---|" : ""));
        for (LiteratureRow r : rows) {
            out.println("| " + r.instance() + " | " + r.vehicles() + " | "
                    + (bestVehicles ? (r.bestVehicles() >= 0 ? r.bestVehicles() + " | " + signed(r.vehicleDifference()) : " | ")
                            + " | " : "")
                    + number(r.distance(), decimals) + " | " + number(r.bestKnown(), decimals) + " | "
                    + (r.vehiclesDecide() ? "n/a" : number(r.gapPercent(), 2)) + " | " + number(r.seconds(), 2) + " | "
                    + number(r.cpuSeconds(), 2) + " | "
                    + r.valid() + " |"
                    + (showProblem ? " " + r.problem().replace("|", "/") + " |" : ""));
        }
        out.println();
        Map<String, double[]> families = familyMeans();
        if (families.size() > 1) {
            for (Map.Entry<String, double[]> e : families.entrySet()) {
                out.println(meanLine("Mean gap " + e.getKey(), e.getValue()));
            }
        }
        out.println(meanLine("Mean gap", sums(rows)));
        out.flush();
    }

    /**
     * Mean distance gap percent over the valid rows whose gap is comparable (not
     * {@linkplain LiteratureRow#vehiclesDecide() decided by the vehicle count}), or NaN when there is none.
     *
     * @return mean distance gap percent over the valid rows whose gap is comparable (not {@linkplain LiteratureRow#vehiclesDecide() decided by the vehicle count}), or NaN when there is none
     */
    public double meanGapPercent() {
        double[] s = sums(rows);
        return s[1] == 0 ? Double.NaN : s[0] / s[1];
    }

    /**
     * Sum of the vehicle differences to the best known over the valid rows where the vehicle
     * count decides (0 when there is none): the first figure of a hierarchical run.
     *
     * @return sum of the vehicle differences to the best known over the valid rows where the vehicle count decides (0 when there is none): the first figure of a hierarchical run
     */
    public int vehicleDifference() {
        return (int) sums(rows)[5];
    }

    /**
     * Number of valid rows.
     *
     * @return the number of valid rows
     */
    public int validCount() {
        return (int) rows.stream().filter(LiteratureRow::valid).count();
    }

    /**
     * Family of an instance: Solomon names give letters plus the first digit in upper case
     * ({@code rc105} gives {@code RC1}); names with a dash give the part before it
     * ({@code A-n32-k5} gives {@code A}).
     *
     * @param instance the instance name
     * @return family of an instance: Solomon names give letters plus the first digit in upper case ({@code rc105} gives {@code RC1}); names with a dash give the part before it ({@code A-n32-k5} gives {@code A})
     */
    public static String family(String instance) {
        int dash = instance.indexOf('-');
        if (dash > 0) {
            return instance.substring(0, dash);
        }
        Matcher m = SOLOMON_FAMILY.matcher(instance);
        return m.find() ? (m.group(1) + m.group(2)).toUpperCase(Locale.ROOT) : instance;
    }

    /** The sums of {@link #add} per family, in name order. */
    private Map<String, double[]> familyMeans() {
        Map<String, double[]> families = new TreeMap<>();
        for (LiteratureRow r : rows) {
            double[] s = families.computeIfAbsent(family(r.instance()), k -> new double[SUMS]);
            add(s, r);
        }
        return families;
    }

    private static final int SUMS = 6;

    private static double[] sums(List<LiteratureRow> rows) {
        double[] s = new double[SUMS];
        for (LiteratureRow r : rows) {
            add(s, r);
        }
        return s;
    }

    /**
     * Adds one row: [0] sum of comparable valid gaps, [1] their count, [2] rows, [3] valid rows,
     * [4] valid rows decided by the vehicle count, [5] the sum of their vehicle differences.
     */
    private static void add(double[] s, LiteratureRow r) {
        if (r.valid()) {
            if (r.vehiclesDecide()) {
                s[4]++;
                s[5] += r.vehicleDifference();
            } else {
                s[0] += r.gapPercent();
                s[1]++;
            }
            s[3]++;
        }
        s[2]++;
    }

    private static String meanLine(String label, double[] s) {
        String mean = s[1] == 0 ? "n/a" : number(s[0] / s[1], 2) + "%";
        if (s[4] == 0) {
            return String.format(Locale.ROOT, "%s: %s (%d of %d instances valid)", label, mean, (int) s[3], (int) s[2]);
        }
        return String.format(Locale.ROOT, "%s: vehicles %s on %d %s off the best-known count; distance %s on the %d"
                + " at it (%d of %d instances valid)", label, signed((int) s[5]), (int) s[4],
                s[4] == 1 ? "instance" : "instances", mean, (int) s[1], (int) s[3], (int) s[2]);
    }

    private static String signed(int value) {
        return value > 0 ? "+" + value : Integer.toString(value);
    }

    /** Formats with {@link Locale#ROOT}; NaN prints as {@code NaN}; a rounded negative zero prints unsigned. */
    static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
