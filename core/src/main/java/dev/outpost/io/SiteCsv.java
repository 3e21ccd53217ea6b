package dev.outpost.io;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import dev.outpost.model.Problem;
import dev.outpost.model.ScenarioException;
import dev.outpost.model.Site;
import dev.outpost.model.SiteStatus;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Imports candidate sites from a CSV file (Jackson's CSV format), with the same conventions as
 * {@link ClientCsv}: a header row, columns in any order, {@code #} comments, empty cell = default.
 * <table>
 *   <caption>sites.csv columns</caption>
 *   <tr><th>column</th><th>required</th><th>meaning</th></tr>
 *   <tr><td>{@code id}</td><td>yes</td><td>unique id (unique also against clients and the hub)</td></tr>
 *   <tr><td>{@code name}</td><td>no</td><td>display name; default the id</td></tr>
 *   <tr><td>{@code lat}, {@code lon}</td><td>yes (geographic)</td><td>WGS84 degrees; planar files use {@code x}, {@code y}</td></tr>
 *   <tr><td>{@code status}</td><td>no</td><td>{@code candidate} (default), {@code fixed-open} or {@code closed}</td></tr>
 *   <tr><td>{@code opening_cost}</td><td>no</td><td>whole currency units, at least 0; default 0</td></tr>
 *   <tr><td>{@code max_couriers}</td><td>yes</td><td>most couriers stationed there; at least 1 unless closed</td></tr>
 * </table>
 */
public final class SiteCsv {

    /** The documented columns, in the recommended order. */
    public static final List<String> COLUMNS = List.of("id", "name", "lat", "lon", "x", "y", "status", "opening_cost",
            "max_couriers");

    private SiteCsv() {
    }

    /**
     * Reads a sites file; problems are named after the file's name.
     *
     * @param file        the CSV file (UTF-8, header row)
     * @param coordinates whether the file has {@code lat}/{@code lon} or {@code x}/{@code y} columns
     * @return the sites, in file order
     * @throws ScenarioException listing every problem
     */
    public static List<Site> read(Path file, CoordinateSystem coordinates) {
        String source = file.getFileName().toString();
        return read(new StringReader(ScenarioIo.readText(file, source)), source, coordinates);
    }

    /**
     * Reads sites from CSV text.
     *
     * @param in          the CSV text
     * @param source      name used in problems, e.g. {@code sites.csv}
     * @param coordinates whether the file has {@code lat}/{@code lon} or {@code x}/{@code y} columns
     * @return the sites, in file order
     * @throws ScenarioException listing every problem
     */
    public static List<Site> read(Reader in, String source, CoordinateSystem coordinates) {
        return readRows(in, source, coordinates).values();
    }

    /** As {@link #read(Reader, String, CoordinateSystem)}, with the line number of each site. */
    static CsvRows<Site> readRows(Reader in, String source, CoordinateSystem coordinates) {
        List<Problem> problems = new ArrayList<>();
        List<String> required = new ArrayList<>(List.of("id", "max_couriers"));
        required.addAll(coordinates == CoordinateSystem.PLANAR ? List.of("x", "y") : List.of("lat", "lon"));
        CsvTable table = CsvTable.read(in, source, COLUMNS, required, problems);
        CsvCells cells = new CsvCells(table, problems);
        List<Site> sites = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            if (!table.wellFormed(r)) {
                ids.add(null);
                continue;
            }
            int before = problems.size();
            String id = cells.text(r, "id", true);
            ids.add(id);
            String name = cells.text(r, "name", false);
            Location location = cells.location(r, coordinates);
            String statusText = cells.text(r, "status", false);
            SiteStatus status = statusText == null ? SiteStatus.CANDIDATE
                    : ScenarioJson.parse(SiteStatus.values(), statusText);
            if (status == null) {
                problems.add(new Problem(cells.position(r, "status"),
                        Hints.unknown("site status", statusText, ScenarioJson.spellings(SiteStatus.values()))));
            }
            Long cost = cells.whole(r, "opening_cost", false, 0L);
            Integer maxCouriers = cells.integer(r, "max_couriers", true, null);
            if (problems.size() > before || id == null || location == null || maxCouriers == null) {
                continue;
            }
            Site site = new Site(id, name == null ? id : name, location, status, cost, maxCouriers);
            List<Problem> found = new ArrayList<>();
            ScenarioValidator.checkSite(site, "$", coordinates, found);
            for (Problem p : found) {
                cells.fromValidator(p, "$", r, Map.of());
            }
            sites.add(site);
            lines.add(table.lines.get(r));
        }
        cells.uniqueIds(ids);
        if (!problems.isEmpty()) {
            throw new ScenarioException(source, problems);
        }
        return new CsvRows<>(sites, lines);
    }
}
