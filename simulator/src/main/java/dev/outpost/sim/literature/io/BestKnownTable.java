package dev.outpost.sim.literature.io;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Best-known (or proven optimal) values of a literature set, read from the CSV tables shipped with
 * the data: Solomon {@code bks_distance.csv} ({@code instance,distance,source}), Solomon
 * {@code bks.csv} ({@code instance,vehicles,distance,source}) and Augerat {@code optima.csv}
 * ({@code instance,dimension,capacity,vehicles,optimum,source}).
 *
 * <p>The value column is {@code distance} or, failing that, {@code optimum}; {@code vehicles} is
 * optional. Columns are found by header name, in any order. The last column may contain unescaped
 * quotes and commas (the {@code source} notes do), so each row is split into exactly as many
 * fields as the header has, the last field taking the rest of the line. Instance names are matched
 * case-insensitively. CRLF and LF line endings are accepted.
 */
public final class BestKnownTable {

    /**
     * One row of the table.
     *
     * @param instance the instance name as written in the table
     * @param vehicles vehicles of the best-known solution, or -1 when the table has no such column
     * @param value    the best-known total distance, in the instance's units under the table's convention
     */
    public record Entry(String instance, int vehicles, double value) {
    }

    private final Path file;
    private final Map<String, Entry> byName;

    private BestKnownTable(Path file, Map<String, Entry> byName) {
        this.file = file;
        this.byName = Collections.unmodifiableMap(byName);
    }

    /**
     * Reads a best-known table.
     *
     * @param file the CSV file; never null
     * @return the table
     * @throws LiteratureFormatException naming the file and line when a column is missing or a value is not a number
     * @throws UncheckedIOException      when the file cannot be read
     */
    public static BestKnownTable read(Path file) {
        List<String> lines = LiteratureLines.read(file, "best-known table", StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new LiteratureFormatException(file, 1, "The header is missing; expected e.g. instance,distance,source.");
        }
        List<String> header = Arrays.stream(lines.get(0).strip().split(","))
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int instanceCol = header.indexOf("instance");
        int valueCol = header.indexOf("distance") >= 0 ? header.indexOf("distance") : header.indexOf("optimum");
        int vehiclesCol = header.indexOf("vehicles");
        if (instanceCol < 0 || valueCol < 0) {
            throw new LiteratureFormatException(file, 1, "The header (" + lines.get(0).strip()
                    + ") needs an 'instance' column and a 'distance' or 'optimum' column.");
        }
        Map<String, Entry> byName = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNo = i + 1;
            String[] fields = line.split(",", header.size());
            if (fields.length < header.size() && fields.length <= Math.max(instanceCol, Math.max(valueCol, vehiclesCol))) {
                throw new LiteratureFormatException(file, lineNo, "The row (" + line + ") has " + fields.length
                        + " fields; the header has " + header.size() + ".");
            }
            String instance = fields[instanceCol].strip();
            double value;
            try {
                value = Double.parseDouble(fields[valueCol].strip());
            } catch (NumberFormatException e) {
                throw new LiteratureFormatException(file, lineNo, "The value (" + fields[valueCol].strip()
                        + ") in column " + (valueCol + 1) + " (" + header.get(valueCol) + ") is not a number.");
            }
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new LiteratureFormatException(file, lineNo, "The value (" + value + ") of " + instance
                        + " must be a positive finite number.");
            }
            int vehicles = -1;
            if (vehiclesCol >= 0) {
                try {
                    vehicles = Integer.parseInt(fields[vehiclesCol].strip());
                } catch (NumberFormatException e) {
                    throw new LiteratureFormatException(file, lineNo, "The vehicles (" + fields[vehiclesCol].strip()
                            + ") in column " + (vehiclesCol + 1) + " is not an integer.");
                }
            }
            String key = instance.toLowerCase(Locale.ROOT);
            if (byName.containsKey(key)) {
                throw new LiteratureFormatException(file, lineNo, "The instance (" + instance
                        + ") is listed twice; keep one row per instance.");
            }
            byName.put(key, new Entry(instance, vehicles, value));
        }
        return new BestKnownTable(file, byName);
    }

    /**
     * The file the table was read from; never null.
     *
     * @return the file the table was read from; never null
     */
    public Path file() {
        return file;
    }

    /**
     * The entry of an instance (case-insensitive name), or empty when the table does not list it.
     *
     * @param instance the instance name
     * @return the entry of an instance (case-insensitive name), or empty when the table does not list it
     */
    public Optional<Entry> find(String instance) {
        return Optional.ofNullable(byName.get(instance.toLowerCase(Locale.ROOT)));
    }

    /**
     * The entry of an instance (case-insensitive name).
     *
     * @param instance the instance name
     * @throws IllegalArgumentException when the table does not list it
     * @return the entry of an instance (case-insensitive name)
     */
    public Entry get(String instance) {
        Entry e = byName.get(instance.toLowerCase(Locale.ROOT));
        if (e == null) {
            throw new IllegalArgumentException("The instance (" + instance + ") is not listed in the best-known table "
                    + file + "; add a row for it or remove the instance from the folder.");
        }
        return e;
    }

    /**
     * All entries, ordered by lower-case instance name.
     *
     * @return all entries, ordered by lower-case instance name
     */
    public List<Entry> entries() {
        return List.copyOf(byName.values());
    }

    /**
     * Number of instances listed.
     *
     * @return the number of instances listed
     */
    public int size() {
        return byName.size();
    }
}
