package dev.outpost.io;

import dev.outpost.model.Client;
import dev.outpost.model.AdminLevel;
import dev.outpost.model.ClientKind;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import dev.outpost.model.Problem;
import dev.outpost.model.ScenarioException;
import dev.outpost.model.TimeWindow;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Imports clients from a CSV file exported from a spreadsheet (Jackson's CSV format).
 *
 * <p>The first line names the columns, in any order; blank lines and lines starting with
 * {@code #} are skipped; cells are trimmed; an empty cell takes the default. Columns:
 * <table>
 *   <caption>clients.csv columns</caption>
 *   <tr><th>column</th><th>required</th><th>meaning</th></tr>
 *   <tr><td>{@code id}</td><td>yes</td><td>unique id (unique also against sites and the hub)</td></tr>
 *   <tr><td>{@code name}</td><td>no</td><td>display name; default the id</td></tr>
 *   <tr><td>{@code kind}</td><td>yes</td><td>{@code government-office} or {@code service-centre}</td></tr>
 *   <tr><td>{@code lat}, {@code lon}</td><td>yes (geographic)</td><td>WGS84 degrees; planar files use {@code x}, {@code y}</td></tr>
 *   <tr><td>{@code pickups_per_day}</td><td>yes</td><td>expected pickup requests per day, at least 0</td></tr>
 *   <tr><td>{@code service_minutes}</td><td>yes</td><td>time at the door per pickup, minutes</td></tr>
 *   <tr><td>{@code response_target_minutes}</td><td>yes</td><td>promised time from request to courier at the door, minutes</td></tr>
 *   <tr><td>{@code window_start}, {@code window_end}</td><td>no</td><td>HH:MM; default 00:00 and 24:00</td></tr>
 *   <tr><td>{@code priority}</td><td>no</td><td>1 (lowest) and up; default 1</td></tr>
 *   <tr><td>{@code required_skills}</td><td>no</td><td>skills separated by {@code ;}, e.g. {@code keys;signature}</td></tr>
 *   <tr><td>{@code pickup_size}</td><td>no</td><td>capacity units per pickup; default 1</td></tr>
 *   <tr><td>{@code hourly_profile}</td><td>no</td><td>24 weights separated by {@code ;}, hour 0 first; default flat</td></tr>
 *   <tr><td>{@code level}</td><td>no</td><td>a service centre's administrative level: {@code province}, {@code prefecture},
 *       {@code county} or {@code township}; default none</td></tr>
 * </table>
 * Every problem is reported together, as {@code clients.csv line 7, column 'pickups_per_day': reason}.
 * Checks that need the whole scenario (ids shared with sites, skills of the fleet, windows inside
 * the service day) run when the clients are put in a scenario ({@link ScenarioValidator}).
 */
public final class ClientCsv {

    /** The documented columns, in the recommended order. */
    public static final List<String> COLUMNS = List.of("id", "name", "kind", "lat", "lon", "x", "y", "pickups_per_day",
            "service_minutes", "response_target_minutes", "window_start", "window_end", "priority", "required_skills",
            "pickup_size", "hourly_profile", "level");

    static final Map<String, String> SPECIAL_COLUMNS = Map.of("window", "window_start",
            "serviceMinutes", "service_minutes", "responseTargetMinutes", "response_target_minutes");

    private ClientCsv() {
    }

    /**
     * Reads a clients file; problems are named after the file's name.
     *
     * @param file        the CSV file (UTF-8, header row)
     * @param coordinates whether the file has {@code lat}/{@code lon} or {@code x}/{@code y} columns
     * @return the clients, in file order
     * @throws ScenarioException listing every problem
     */
    public static List<Client> read(Path file, CoordinateSystem coordinates) {
        String source = file.getFileName().toString();
        return read(new StringReader(ScenarioIo.readText(file, source)), source, coordinates);
    }

    /**
     * Reads clients from CSV text.
     *
     * @param in          the CSV text
     * @param source      name used in problems, e.g. {@code clients.csv}
     * @param coordinates whether the file has {@code lat}/{@code lon} or {@code x}/{@code y} columns
     * @return the clients, in file order
     * @throws ScenarioException listing every problem
     */
    public static List<Client> read(Reader in, String source, CoordinateSystem coordinates) {
        return readRows(in, source, coordinates).values();
    }

    /** As {@link #read(Reader, String, CoordinateSystem)}, with the line number of each client. */
    static CsvRows<Client> readRows(Reader in, String source, CoordinateSystem coordinates) {
        List<Problem> problems = new ArrayList<>();
        List<String> required = new ArrayList<>(List.of("id", "kind", "pickups_per_day", "service_minutes",
                "response_target_minutes"));
        required.addAll(coordinates == CoordinateSystem.PLANAR ? List.of("x", "y") : List.of("lat", "lon"));
        CsvTable table = CsvTable.read(in, source, COLUMNS, required, problems);
        CsvCells cells = new CsvCells(table, problems);
        List<Client> clients = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            if (!table.wellFormed(r)) {
                ids.add(null);
                continue;
            }
            String id = cells.text(r, "id", true);
            ids.add(id);
            Client client = client(cells, r, id, coordinates, problems);
            if (client != null) {
                List<Problem> found = new ArrayList<>();
                ScenarioValidator.checkClient(client, "$", coordinates, found);
                for (Problem p : found) {
                    cells.fromValidator(p, "$", r, SPECIAL_COLUMNS);
                }
                clients.add(client);
                lines.add(table.lines.get(r));
            }
        }
        cells.uniqueIds(ids);
        if (!problems.isEmpty()) {
            throw new ScenarioException(source, problems);
        }
        return new CsvRows<>(clients, lines);
    }

    private static Client client(CsvCells cells, int r, String id, CoordinateSystem cs, List<Problem> problems) {
        int before = problems.size();
        String name = cells.text(r, "name", false);
        String kindText = cells.text(r, "kind", true);
        ClientKind kind = null;
        if (kindText != null) {
            kind = ScenarioJson.parse(ClientKind.values(), kindText);
            if (kind == null) {
                problems.add(new Problem(cellPosition(cells, r, "kind"),
                        Hints.unknown("client kind", kindText, ScenarioJson.spellings(ClientKind.values()))));
            }
        }
        String levelText = cells.text(r, "level", false);
        AdminLevel level = null;
        if (levelText != null) {
            level = ScenarioJson.parse(AdminLevel.values(), levelText);
            if (level == null) {
                problems.add(new Problem(cellPosition(cells, r, "level"),
                        Hints.unknown("administrative level", levelText, ScenarioJson.spellings(AdminLevel.values()))));
            }
        }
        Location location = cells.location(r, cs);
        Double pickups = cells.number(r, "pickups_per_day", true, null);
        Integer service = cells.minutes(r, "service_minutes", true, null);
        Integer target = cells.minutes(r, "response_target_minutes", true, null);
        Integer start = cells.time(r, "window_start", false, 0);
        Integer end = cells.time(r, "window_end", false, Times.DAY_SECONDS);
        if (start != null && end != null && end < start) {
            problems.add(new Problem(cellPosition(cells, r, "window_end"), "The window ends (" + Times.format(end)
                    + ") before it starts (" + Times.format(start) + "); the end must not be before the start."));
        }
        Integer priority = cells.integer(r, "priority", false, 1);
        List<String> skills = cells.list(r, "required_skills");
        Integer size = cells.integer(r, "pickup_size", false, 1);
        List<Double> profile = profile(cells, r, problems);
        if (problems.size() > before || id == null || kind == null || location == null || pickups == null
                || service == null || target == null) {
            return null;
        }
        return new Client(id, name == null ? id : name, kind, location, pickups, profile, service,
                new TimeWindow(start, end), target, priority, skills, size, level);
    }

    private static List<Double> profile(CsvCells cells, int r, List<Problem> problems) {
        List<String> parts = cells.list(r, "hourly_profile");
        if (parts.isEmpty()) {
            return Collections.nCopies(ScenarioJson.PROFILE_HOURS, 1.0);
        }
        List<Double> weights = new ArrayList<>(parts.size());
        for (String part : parts) {
            try {
                weights.add(Double.parseDouble(part));
            } catch (NumberFormatException e) {
                problems.add(new Problem(cellPosition(cells, r, "hourly_profile"), "The weight (" + part
                        + ") must be a number; give 24 numbers separated by ';'."));
                return null;
            }
        }
        return weights;
    }

    private static String cellPosition(CsvCells cells, int r, String column) {
        return cells.position(r, column);
    }
}
