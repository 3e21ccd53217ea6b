package dev.outpost.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.model.Client;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Problem;
import dev.outpost.model.Scenario;
import dev.outpost.model.ScenarioException;
import dev.outpost.model.Site;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes a {@link Scenario} as JSON, validating at the edge.
 *
 * <p>Reading parses to a tree first, then reads and checks the tree as a whole (structure, then
 * {@link ScenarioValidator}'s semantic checks), so every problem is reported together in one
 * {@link ScenarioException}; a scenario that comes back is valid (except reachability, which
 * needs the travel tables). Writing produces the canonical text of {@link OutpostJson#canonical}:
 * {@code read(write(s))} equals {@code s}, and {@code write(read(text))} is byte-identical to any
 * canonical {@code text}.
 *
 * <h2>The JSON shape</h2>
 * <pre>{@code
 * {
 *   "name": "Riverside",                        optional, default "unnamed"
 *   "coordinates": "geographic",                or "planar"; optional, default "geographic"
 *   "horizon": {"days": 5, "serviceDay": {"start": "07:00", "end": "19:00"}},
 *   "hub": {"id": "hub", "location": {"lat": 50.1, "lon": 14.4}, "cutoff": "18:00"},
 *   "budget": {"maxOutposts": 6, "maxCouriers": 20, "maxOpeningCost": 50000},   optional; each field optional
 *   "courierTypes": [{"id": "van", "count": 10, "speedKmh": 30, "capacity": 60,
 *                     "shift": {"start": "08:00", "end": "17:00"},
 *                     "skills": ["keys"], "costPerHour": 25, "costPerKm": 0.3,    skills and costs optional
 *                     "roadProfile": {"maxSpeedKmh": 45,                     optional (road model only); each
 *                                     "speedFactors": {"old_town": 0.7},     field optional: no cap, factor 1,
 *                                     "barredClasses": ["pedestrian"]}}],    nothing barred
 *   "sites": [{"id": "s1", "name": "Depot", "location": {...}, "status": "candidate",
 *              "openingCost": 5000, "maxCouriers": 4}],    name (default id), status (candidate |
 *                                                          fixed-open | closed) and openingCost (0) optional
 *   "clients": [{"id": "c1", "name": "Town hall", "kind": "service-centre",   or "government-office"
 *                "location": {...}, "pickupsPerDay": 12.5,
 *                "hourlyProfile": [24 weights],            optional, default flat
 *                "serviceMinutes": 4, "window": {"start": "08:00", "end": "16:00"},   window optional, default all day
 *                "responseTargetMinutes": 30, "priority": 2,                         priority optional, default 1
 *                "requiredSkills": ["keys"], "pickupSize": 1}],                      optional: [] and 1
 *   "travel": {"model": "straight-line", "detourFactor": 1.3}
 *          or {"model": "matrix", "points": [ids], "seconds": [[...]], "metres": [[...]]}   null = no path
 *          or {"model": "road", "file": "town.osm.gz"}
 *          or {"model": "road", "nodes": [{"id": 1, "lat": .., "lon": ..}],
 *                               "edges": [{"from": 1, "to": 2, "metres": 120, "speedKmh": 30, "oneway": false,
 *                                          "roadClass": "ring"}]}        roadClass optional, default "road"
 *          a road model may add "congestion": {"sliceMinutes": 30,      slices from 00:00; divides 1440
 *                                              "factors": {"ring": [48 speed factors], ...}}
 *          (road classes of a file: the OSM highway value, or the edge-list CSV's class column)
 *          and "maxWalkMetres": 1000   how far a point may lie from the nearest road its courier
 *                                      type may drive (it parks there and walks at 5 km/h); default 1000
 * }
 * }</pre>
 * Times of day are strings {@code "HH:MM"} or {@code "HH:MM:SS"} (00:00 to 24:00); durations are
 * minutes (fractions allowed, rounded to the second). Planar locations are {@code {"x": .., "y": ..}}.
 * Unknown fields are errors, with a "did you mean" hint when a known field is close.
 */
public final class ScenarioIo {

    private ScenarioIo() {
    }

    /**
     * Reads a scenario file.
     *
     * @param file the scenario JSON file (UTF-8; a leading byte-order mark is ignored)
     * @return the valid scenario
     * @throws ScenarioException listing every problem (also when the file cannot be read or parsed)
     */
    public static Scenario read(Path file) {
        String source = file.toString();
        return read(readText(file, source), source);
    }

    /**
     * Reads a scenario file whose clients and/or sites are imported from CSV files ({@link ClientCsv},
     * {@link SiteCsv}); each CSV replaces the corresponding list of the JSON, which may then be empty
     * or absent. Problems found in the CSV rows keep their CSV line and column, also those found by
     * the scenario-wide checks (such as an id shared with a site). When a CSV file itself has
     * problems, only the CSV problems are reported.
     *
     * @param file       the scenario JSON file
     * @param clientsCsv the clients file, or {@code null} to keep the JSON's clients
     * @param sitesCsv   the sites file, or {@code null} to keep the JSON's sites
     * @return the valid scenario
     * @throws ScenarioException listing every problem
     */
    public static Scenario read(Path file, Path clientsCsv, Path sitesCsv) {
        if (clientsCsv == null && sitesCsv == null) {
            return read(file);
        }
        String source = file.toString();
        JsonNode tree = parse(readText(file, source), source);
        if (!tree.isObject()) {
            return fromTree(tree, source);
        }
        ObjectNode root = (ObjectNode) tree;
        JsonNode coordinateNode = root.get("coordinates");
        CoordinateSystem cs = coordinateNode != null && "planar".equals(coordinateNode.asText())
                ? CoordinateSystem.PLANAR : CoordinateSystem.GEOGRAPHIC;
        List<Problem> csvProblems = new ArrayList<>();
        CsvRows<Client> clients = null;
        CsvRows<Site> sites = null;
        try {
            if (clientsCsv != null) {
                clients = ClientCsv.readRows(csvReader(clientsCsv), clientsCsv.getFileName().toString(), cs);
            }
        } catch (ScenarioException e) {
            csvProblems.addAll(e.problems());
        }
        try {
            if (sitesCsv != null) {
                sites = SiteCsv.readRows(csvReader(sitesCsv), sitesCsv.getFileName().toString(), cs);
            }
        } catch (ScenarioException e) {
            csvProblems.addAll(e.problems());
        }
        if (!csvProblems.isEmpty()) {
            throw new ScenarioException(source, csvProblems);
        }
        if (clients != null) {
            ArrayNode array = root.putArray("clients");
            clients.values().forEach(c -> array.add(ScenarioJsonWriter.clientNode(c, cs)));
        }
        if (sites != null) {
            ArrayNode array = root.putArray("sites");
            sites.values().forEach(site -> array.add(ScenarioJsonWriter.siteNode(site, cs)));
        }
        try {
            return fromTree(root, source);
        } catch (ScenarioException e) {
            List<Problem> problems = new ArrayList<>();
            for (Problem p : e.problems()) {
                Problem moved = clients == null ? null
                        : toCsv(p, "$.clients[", clientsCsv, clients.lines(), ClientCsv.SPECIAL_COLUMNS);
                if (moved == null && sites != null) {
                    moved = toCsv(p, "$.sites[", sitesCsv, sites.lines(), Map.of());
                }
                problems.add(moved == null ? p : moved);
            }
            throw new ScenarioException(source, problems);
        }
    }

    private static Problem toCsv(Problem p, String prefix, Path csv, List<Integer> lines, Map<String, String> special) {
        if (!p.path().startsWith(prefix)) {
            return null;
        }
        int close = p.path().indexOf(']', prefix.length());
        int index = Integer.parseInt(p.path().substring(prefix.length(), close));
        String column = CsvCells.column(p.path().substring(close + 1), special);
        String position = csv.getFileName() + " line " + lines.get(index);
        return new Problem(column == null ? position : position + ", column '" + column + "'", p.reason());
    }

    private static Reader csvReader(Path csv) {
        String name = csv.getFileName().toString();
        return new StringReader(readText(csv, name));
    }

    /**
     * The UTF-8 text of {@code file} without a leading byte-order mark.
     *
     * @throws ScenarioException naming {@code source} when the file cannot be read
     */
    static String readText(Path file, String source) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // Spreadsheet exports often start with a byte-order mark, which no parser expects.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new ScenarioException(source, List.of(new Problem(source.equals(file.toString()) ? "$" : source,
                    "The file (" + file + ") cannot be read: " + e.getClass().getSimpleName() + " " + e.getMessage() + ".")));
        }
    }

    /**
     * Reads a scenario from a stream (UTF-8), which is read to the end but not closed.
     *
     * @param in     the stream
     * @param source name for messages, e.g. {@code "stdin"}
     * @return the valid scenario
     * @throws ScenarioException listing every problem
     */
    public static Scenario read(InputStream in, String source) {
        try {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new ScenarioException(source, List.of(new Problem("$", "The input cannot be read: " + e.getMessage() + ".")));
        }
    }

    /**
     * Reads a scenario from JSON text.
     *
     * @param json   the text
     * @param source name for messages, e.g. the file name
     * @return the valid scenario
     * @throws ScenarioException listing every problem
     */
    public static Scenario read(String json, String source) {
        return fromTree(parse(json, source), source);
    }

    private static JsonNode parse(String json, String source) {
        JsonNode tree;
        try {
            tree = OutpostJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(source, List.of(new Problem("$", syntax(e))));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ScenarioException(source, List.of(new Problem("$", "The input is empty; expected a JSON object {...}.")));
        }
        return tree;
    }

    /**
     * Reads and validates a scenario from a JSON tree.
     *
     * @param tree   the parsed JSON
     * @param source name for messages, e.g. the file name
     * @return the valid scenario
     * @throws ScenarioException listing every problem
     */
    public static Scenario fromTree(JsonNode tree, String source) {
        List<Problem> problems = new ArrayList<>();
        ScenarioDraft draft = new ScenarioJsonReader(problems).read(tree);
        if (draft != null) {
            ScenarioValidator.check(draft, problems);
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(source, problems);
        }
        return draft.toScenario();
    }

    /**
     * The canonical JSON text of a scenario, ending with a newline.
     *
     * @param scenario the scenario
     * @return the text; reading it back gives an equal scenario
     */
    public static String write(Scenario scenario) {
        return OutpostJson.canonical(toTree(scenario));
    }

    /**
     * Writes the canonical JSON text of a scenario to a file (UTF-8).
     *
     * @param scenario the scenario
     * @param file     the file, replaced if it exists
     */
    public static void write(Scenario scenario, Path file) {
        try {
            Files.writeString(file, write(scenario), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The scenario file (" + file + ") cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * The JSON tree of a scenario, every field present, in canonical order.
     *
     * @param scenario the scenario
     * @return a new tree
     */
    public static ObjectNode toTree(Scenario scenario) {
        return ScenarioJsonWriter.tree(scenario);
    }

    private static String syntax(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String original = e.getOriginalMessage();
        int newline = original.indexOf('\n');
        if (newline >= 0) {
            original = original.substring(0, newline);
        }
        return "The JSON is malformed" + where + ": " + original;
    }
}
