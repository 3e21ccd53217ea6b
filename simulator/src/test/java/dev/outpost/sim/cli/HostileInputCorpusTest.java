package dev.outpost.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.city.DefaultCity;
import dev.outpost.io.ScenarioIo;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CLI side of the hostile-input corpus: one row per case (files, flags, numbers, encodings,
 * paths, sizes). Every row asserts the exit code, key words of the message, that no stack trace and
 * no Java class name reaches the user, and that a pre-existing output file ({@code existing.json},
 * {@code out/station.json}) is unchanged byte for byte unless the row passes {@code --force}.
 * In the arguments, {@code @} stands for the row's own temporary folder.
 */
class HostileInputCorpusTest {

    /** A stack trace line, a qualified Java name, or a Java exception or internal name. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\tat |\\b(?:java|javax|com|org|dev|picocli)\\.[a-z]+\\.|[A-Z][A-Za-z]+(?:Exception|Error)\\b"
                    + "|FAIL_ON_|StreamReadConstraints|JsonNode|NaN-safe");

    private static final byte[] KEEP = "KEEP ME: a file the user already had\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    /** Writes files into the row's folder before the run. */
    interface Setup {
        void in(Path dir) throws IOException;
    }

    private static Arguments row(String name, int exit, String words, Setup setup, String... args) {
        return Arguments.of(name, exit, words, setup, args);
    }

    private static Arguments row(String name, int exit, String words, String... args) {
        return row(name, exit, words, d -> { }, args);
    }

    static String town() throws IOException {
        try (InputStream in = HostileInputCorpusTest.class.getResourceAsStream("/scenarios/small-town.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Setup town(String from, String to) {
        return d -> {
            String text = town();
            assertTrue(text.contains(from), from);
            Files.writeString(d.resolve("bad.json"), text.replace(from, to));
        };
    }

    private static Setup bytes(String file, byte[] content) {
        return d -> Files.write(d.resolve(file), content);
    }

    private static Setup text(String file, String content) {
        return d -> Files.writeString(d.resolve(file), content);
    }

    /** The small town and a one-outpost plan for it (scenario name, site, couriers, location, feasible). */
    private static Setup plan(String scenarioJson, String site, int couriers, double lat, double lon, boolean feasible) {
        return d -> {
            Files.writeString(d.resolve("t.json"), town());
            Files.writeString(d.resolve("plan.json"), "{\"format\": \"outpost-station/1\", \"scenario\": " + scenarioJson
                    + ", \"feasible\": " + feasible + ", \"check\": {\"feasible\": " + feasible + ", \"violations\": []},"
                    + " \"outposts\": [{\"siteId\": \"" + site + "\", \"location\": {\"lat\": " + lat + ", \"lon\": " + lon
                    + "}, \"couriers\": " + couriers + "}]}");
        };
    }

    /** A three-node TSPLIB CVRP instance A-n3-k1 (line 8 is node 2's coordinates) and its optima.csv. */
    private static Setup cvrp(String node2, String dimension) {
        return d -> {
            Files.writeString(d.resolve("A-n3-k1.vrp"), String.join("\n", "NAME : A-n3-k1", "TYPE : CVRP", dimension,
                    "EDGE_WEIGHT_TYPE : EUC_2D", "CAPACITY : 100", "NODE_COORD_SECTION", "1 0 0", node2, "3 3 0",
                    "DEMAND_SECTION", "1 0", "2 1", "3 1", "DEPOT_SECTION", "1", "-1", "EOF", ""));
            Files.writeString(d.resolve("optima.csv"), "instance,dimension,capacity,vehicles,optimum,source\n"
                    + "A-n3-k1,3,100,1,14,a test instance\n");
        };
    }

    /** A generated road city (30 clients, 6 sites, seed 5) as g.json, edited by {@code edit}. */
    private static Setup generated(java.util.function.Consumer<ObjectNode> edit) {
        return d -> {
            Path file = d.resolve("g.json");
            CliRun generate = CliRun.of("generate", "--clients", "30", "--sites", "6", "--seed", "5", "-o", file.toString());
            assertEquals(0, generate.exitCode(), generate.toString());
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = (ObjectNode) json.readTree(file.toFile());
            edit.accept(root);
            Files.writeString(file, json.writeValueAsString(root));
        };
    }

    /** Moves the first client to the other side of the earth (about 16,000 km from the generated city). */
    private static void far(ObjectNode root) {
        ((ObjectNode) root.at("/clients/0/location")).put("lat", -40.0).put("lon", 170.0);
    }

    /** The generated city's van barred from every road class but bridges. */
    private static ObjectNode bridgesOnly(ObjectNode root) {
        ArrayNode barred = ((ObjectNode) root.at("/courierTypes/1/roadProfile")).putArray("barredClasses");
        for (String roadClass : List.of("arterial", "country", "local", "old_town", "pedestrian", "ring", "village")) {
            barred.add(roadClass);
        }
        return root;
    }

    private static final String TRAVEL = "\"travel\": {\"model\": \"straight-line\", \"detourFactor\": 1.35}";

    static Stream<Arguments> corpus() {
        List<Arguments> rows = new ArrayList<>();
        // --- files
        rows.add(row("missing scenario", 1, "scenario file|does not exist", "validate", "@/absent.json"));
        rows.add(row("missing scenario, missing folder", 1, "does not exist", "station", "@/no/such/town.json"));
        rows.add(row("scenario is a folder", 1, "is a folder", "validate", "@"));
        rows.add(row("device /dev/zero", 1, "not a regular file", "validate", "/dev/zero"));
        rows.add(row("empty file", 1, "empty", text("bad.json", ""), "validate", "@/bad.json"));
        rows.add(row("trailing content", 1, "more content after the end", text("bad.json", "{} {}"), "validate", "@/bad.json"));
        rows.add(row("unclosed object", 1, "not closed", text("bad.json", "{\"name\": \"x\""), "validate", "@/bad.json"));
        rows.add(row("nesting 100000 deep", 1, "nested more than", text("bad.json", "[".repeat(100_000)),
                "validate", "@/bad.json"));
        rows.add(row("duplicate key", 1, "Duplicate field 'name'", text("bad.json", "{\"name\": \"a\", \"name\": \"b\"}"),
                "validate", "@/bad.json"));
        rows.add(row("a JSON array instead of an object", 1, "problem", text("bad.json", "[1, 2]"), "validate", "@/bad.json"));
        rows.add(row("road file missing", 1, "road network file|missing.osm.gz|does not exist",
                town(TRAVEL, "\"travel\": {\"model\": \"road\", \"file\": \"missing.osm.gz\"}"), "travel", "@/bad.json"));
        rows.add(row("road file is not gzip", 1, "fake.osm.gz|not a gzip file", d -> {
            town(TRAVEL, "\"travel\": {\"model\": \"road\", \"file\": \"fake.osm.gz\"}").in(d);
            Files.writeString(d.resolve("fake.osm.gz"), "<osm>not compressed</osm>");
        }, "station", "@/bad.json"));
        rows.add(row("road file is a folder", 1, "road network file|is a folder", d -> {
            town(TRAVEL, "\"travel\": {\"model\": \"road\", \"file\": \"roads.osm\"}").in(d);
            Files.createDirectory(d.resolve("roads.osm"));
        }, "validate", "@/bad.json"));
        rows.add(row("clients CSV missing", 1, "clients CSV file|does not exist", d -> Files.writeString(d.resolve("t.json"), town()),
                "validate", "@/t.json", "--clients-csv", "@/nope.csv"));
        rows.add(row("plan file missing", 1, "plan file|does not exist", d -> Files.writeString(d.resolve("t.json"), town()),
                "route", "@/t.json", "--plan", "@/station.json", "--out", "@/out2"));
        rows.add(row("plan file malformed", 1, "malformed", d -> {
            Files.writeString(d.resolve("t.json"), town());
            Files.writeString(d.resolve("plan.json"), "{\"format\": ");
        }, "route", "@/t.json", "--plan", "@/plan.json", "--out", "@/out2"));
        rows.add(row("plan for another scenario", 1, "$.outposts[0].siteId|(site-02)", d -> {
            Files.writeString(d.resolve("t.json"), town());
            Files.writeString(d.resolve("plan.json"), "{\"format\": \"outpost-station/1\", \"outposts\": [{\"siteId\":"
                    + " \"site-02\", \"couriers\": 1}]}");
        }, "route", "@/t.json", "--plan", "@/plan.json", "--out", "@/out2"));
        rows.add(row("plan with a bad courier count", 1, "$.outposts[0].couriers", d -> {
            Files.writeString(d.resolve("t.json"), town());
            Files.writeString(d.resolve("plan.json"), "{\"format\": \"outpost-station/1\", \"outposts\": [{\"siteId\":"
                    + " \"s-north\", \"couriers\": 1e12}]}");
        }, "route", "@/t.json", "--plan", "@/plan.json", "--out", "@/out2"));
        rows.add(row("literature folder missing", 1, "data folder|does not exist", "bench-literature", "solomon",
                "--dir", "@/nope", "--seconds", "1", "--csv", "@/x.csv", "--no-progress"));
        // --- numbers in files
        rows.add(row("courier count too large", 1, "too large|2147483647", town("\"count\": 4", "\"count\": 99999999999"),
                "validate", "@/bad.json"));
        rows.add(row("courier count fractional", 1, "must be a whole number", town("\"count\": 4", "\"count\": 4.5"),
                "validate", "@/bad.json"));
        rows.add(row("NaN speed", 1, "courierTypes[0].speedKmh", town("\"speedKmh\": 30", "\"speedKmh\": NaN"),
                "validate", "@/bad.json"));
        rows.add(row("CSV priority too large", 1, "clients.csv line 3|too large|2147483647", d -> {
            Files.writeString(d.resolve("t.json"), town());
            String csv;
            try (InputStream in = HostileInputCorpusTest.class.getResourceAsStream("/csv/clients.csv")) {
                csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Files.writeString(d.resolve("clients.csv"), csv.replace(",08:00,17:00,3,", ",08:00,17:00,99999999999,"));
        }, "validate", "@/t.json", "--clients-csv", "@/clients.csv"));
        // --- encodings
        rows.add(row("Latin-1 bytes", 1, "not UTF-8|line 2|save the file as UTF-8",
                bytes("bad.json", "{\n\"name\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1)), "validate", "@/bad.json"));
        rows.add(row("UTF-16 with BOM", 1, "not UTF-8", bytes("bad.json", "{}".getBytes(StandardCharsets.UTF_16)),
                "validate", "@/bad.json"));
        rows.add(row("escape sequence in the hub id is printed escaped", 0, "\\u001b[2J",
                town("\"id\": \"hub\"", "\"id\": \"\\u001b[2J\""), "validate", "@/bad.json"));
        rows.add(row("bidi override in a file name", 1, "\\u202e", "validate", "@/evil\u202egnp.json"));
        rows.add(row("escape sequence in an option value", 2, "\\u001b", "station", "--objective", "\u001b[31mred"));
        // --- flags and numbers on the command line
        rows.add(row("unknown option", 2, "Unknown option|--help", "station", "--stepz", "5"));
        rows.add(row("unknown command", 2, "Unmatched argument|--help", "stationn"));
        rows.add(row("generate --clients 0", 2, "--clients|1 to 1000", "generate", "--clients", "0"));
        rows.add(row("generate --clients too many", 2, "--clients|1 to 1000", "generate", "--clients", "100001"));
        rows.add(row("generate --clients beyond int", 2, "too large|2147483647", "generate", "--clients", "99999999999"));
        rows.add(row("generate --clients not a number", 2, "not a whole number", "generate", "--clients", "ten"));
        rows.add(row("generate --sites negative", 2, "--sites|1 to 10000", "generate", "--sites", "-5"));
        rows.add(row("generate --sites too many", 2, "--sites|1 to 10000", "generate", "--sites", "10001"));
        rows.add(row("generate --seed beyond long", 2, "too large|9223372036854775807", "generate", "--seed",
                "99999999999999999999"));
        rows.add(row("station --steps -1", 2, "--steps|out of range", "station", "--steps", "-1"));
        rows.add(row("station --steps 0", 2, "--steps|out of range", "station", "--steps", "0"));
        rows.add(row("station unknown objective", 2, "objective (fastest) is unknown", "station", "--objective", "fastest"));
        rows.add(row("station unknown courier type", 2, "courier type (bike)", "station", "--courier-type", "bike"));
        rows.add(row("travel --max-unreachable -1", 2, "--max-unreachable", "travel", "--max-unreachable", "-1"));
        rows.add(row("bench --seconds NaN", 2, "NaN|refused", "bench-literature", "solomon", "--dir", "@", "--seconds", "NaN",
                "--csv", "@/x.csv"));
        rows.add(row("bench --seconds Infinity", 2, "refused", "bench-literature", "cvrp", "--dir", "@", "--seconds",
                "Infinity", "--csv", "@/x.csv"));
        rows.add(row("bench --seconds -1", 2, "--seconds|out of range", "bench-literature", "pmed", "--dir", "@",
                "--seconds", "-1", "--csv", "@/x.csv"));
        rows.add(row("bench --seconds 1e999", 2, "too large", "bench-literature", "solomon", "--dir", "@", "--seconds",
                "1e999", "--csv", "@/x.csv"));
        rows.add(row("bench --seconds more than a day", 2, "--seconds|out of range", "bench-literature", "solomon",
                "--dir", "@", "--seconds", "100000", "--csv", "@/x.csv"));
        rows.add(row("bench --seeds 0", 2, "--seeds|1 to 1000", "bench-literature", "solomon", "--dir", "@", "--seconds",
                "1", "--seeds", "0", "--csv", "@/x.csv"));
        rows.add(row("bench --threads 0", 2, "--threads|1 to 256", "bench-literature", "pmed", "--dir", "@", "--seconds",
                "1", "--threads", "0", "--csv", "@/x.csv"));
        rows.add(row("pmed's old --seed", 2, "Unknown option", "bench-literature", "pmed", "--dir", "@", "--seconds", "1",
                "--seed", "3", "--csv", "@/x.csv"));
        rows.add(row("bench unknown solver", 2, "solver (magic)", "bench-literature", "solomon", "--solver", "magic",
                "--dir", "@", "--seconds", "1", "--csv", "@/x.csv"));
        rows.add(row("route --steps 0", 2, "--steps", "route", "--steps", "0", "--out", "@/r"));
        rows.add(row("route --seconds Infinity", 2, "refused", "route", "--seconds", "Infinity", "--out", "@/r"));
        rows.add(row("route without --out", 2, "Missing required option|--out", "route"));
        // --- output paths
        rows.add(row("generate over an existing file", 2, "already exists|--force", "generate", "-o", "@/existing.json"));
        rows.add(row("generate into a missing folder", 2, "folder that does not exist", "generate", "-o", "@/nodir/x.json"));
        rows.add(row("generate onto a folder", 2, "is a folder", "generate", "--out", "@/out"));
        rows.add(row("bench --csv in a missing folder fails before solving", 2, "folder that does not exist", d -> {
            Files.writeString(d.resolve("r101.txt"), "not an instance: solving it would fail with exit 1");
            Files.writeString(d.resolve("bks_distance.csv"), "instance,vehicles,distance\n");
        }, "bench-literature", "solomon", "--dir", "@", "--seconds", "1", "--csv", "nodir/x.csv", "--no-progress"));
        rows.add(row("bench --csv over an existing file", 2, "already exists", "bench-literature", "pmed", "--dir", "@",
                "--seconds", "1", "--csv", "@/existing.json"));
        rows.add(row("station --out is a file", 2, "is a file", "station", "--out", "@/existing.json"));
        rows.add(row("station --out over an existing plan", 2, "station.json|already exists", "station", "--out", "@/out"));
        rows.add(row("route output would overwrite its input", 2, "also an input", d -> {
            Files.writeString(d.resolve("t.json"), town());
            Files.writeString(d.resolve("out/routes.json"), "{}");
        }, "route", "@/t.json", "--plan", "@/out/routes.json", "--out", "@/out", "--force"));
        rows.add(row("route --out inside a missing folder", 2, "does not exist", "route", "--out", "@/a/b/c"));
        rows.add(row("generate --force replaces the file", 0, "Wrote", "generate", "--clients", "20", "--sites", "3",
                "-o", "@/existing.json", "--force"));
        // --- sizes
        rows.add(row("scenario larger than the limit", 1, "more than the limit", d -> {
            try (RandomAccessFile f = new RandomAccessFile(d.resolve("huge.json").toFile(), "rw")) {
                f.setLength(InputFiles.MAX_BYTES + 1);
            }
        }, "validate", "@/huge.json"));
        rows.add(row("a 1e300 pickups-per-day client is rejected, not solved", 1, "pickupsPerDay",
                town("\"pickupsPerDay\": 14", "\"pickupsPerDay\": 1e300"), "route", "@/bad.json", "--out", "@/r"));
        // --- issue 21 (hostile-a): plans checked against the scenario wherever a plan is read
        rows.add(row("issue 21: route --plan from another city with the same site ids", 1, "$.scenario|$.outposts[0].location",
                plan("\"Other city\"", "s-north", 1, 50.5, 14.0, true), "route", "@/t.json", "--plan", "@/plan.json",
                "--out", "@/out2"));
        rows.add(row("issue 21: route --plan at a closed site", 1, "$.outposts[0].siteId|closed", d -> {
            plan("\"Small town\"", "s-east", 1, 50.0781, 14.4712, true).in(d);
            Files.writeString(d.resolve("t.json"), town().replace("\"status\": \"candidate\",\n      \"openingCost\": 6500",
                    "\"status\": \"closed\",\n      \"openingCost\": 6500"));
        }, "route", "@/t.json", "--plan", "@/plan.json", "--out", "@/out2"));
        rows.add(row("issue 21: simulate --layout with 30 couriers at a site whose max is 2", 1,
                "$.outposts[0].couriers|maxCouriers 2", plan("\"Small town\"", "s-north", 30, 50.0921, 14.4342, true),
                "simulate", "@/t.json", "--layout", "@/plan.json", "--replications", "2", "--no-progress", "--out", "@/out2"));
        rows.add(row("issue 21: compare with a plan over the outpost budget", 1, "$.outposts|budget allows 1", d -> {
            plan("\"Small town\"", "s-north", 1, 50.0921, 14.4342, true).in(d);
            String two = Files.readString(d.resolve("plan.json")).replace("}]}", "}, {\"siteId\": \"s-centre\", \"couriers\": 1}]}");
            Files.writeString(d.resolve("plan.json"), two);
            Files.writeString(d.resolve("t.json"), town().replace("\"maxOutposts\": 2", "\"maxOutposts\": 1"));
        }, "compare", "@/t.json", "--layout-a", "hub", "--layout-b", "@/plan.json", "--replications", "2", "--no-progress",
                "--out", "@/out2"));
        rows.add(row("issue 21: route --plan marked feasible: false", 1, "$.feasible|infeasible",
                plan("\"Small town\"", "s-north", 1, 50.0921, 14.4342, false), "route", "@/t.json", "--plan", "@/plan.json",
                "--out", "@/out2"));
        // --- issue 21 (hostile-a): exit codes and literature files
        rows.add(row("issue 21: demo exits 3 when its stationing plan is checked infeasible", 3, "INFEASIBLE",
                town("\"maxOutposts\": 2", "\"maxOutposts\": 0"), "demo", "--scenario", "@/bad.json", "--out", "@/demo",
                "--replications", "2", "--pilot", "0", "--steps", "50", "--no-progress"));
        rows.add(row("issue 21: station with every site closed is infeasible", 3, "INFEASIBLE|every site of the scenario is closed",
                d -> Files.writeString(d.resolve("bad.json"), town().replace("\"candidate\"", "\"closed\"")
                        .replace("\"fixed-open\"", "\"closed\"")), "station", "@/bad.json"));
        rows.add(row("issue 21: bench-literature cvrp refuses a NaN coordinate with file and line", 1,
                "A-n3-k1.vrp:8|x coordinate (NaN)", cvrp("2 NaN 4", "DIMENSION : 3"), "bench-literature", "cvrp", "--dir", "@",
                "--seconds", "0.1", "--csv", "@/x.csv", "--no-progress"));
        rows.add(row("issue 21: bench-literature cvrp refuses DIMENSION 2000000000 up front", 1,
                "A-n3-k1.vrp:3|limit of 10000", cvrp("2 0 4", "DIMENSION : 2000000000"), "bench-literature", "cvrp", "--dir",
                "@", "--seconds", "0.1", "--csv", "@/x.csv", "--no-progress"));
        // --- issue 21 (hostile-a): route honours courier breaks
        rows.add(row("issue 21: route with a break covering the whole shift routes nothing", 0, "routed: 0 pickups|unassigned: 35",
                town("\"costPerKm\": 0.35", "\"costPerKm\": 0.35, \"breaks\": [{\"earliest\": \"08:00\", \"latest\": \"17:00\","
                        + " \"minutes\": 540}]"), "route", "@/bad.json", "--out", "@/r"));
        // --- issue 21 (hostile-a): what validate accepts, every command runs (the same travel tables)
        rows.add(row("issue 21: validate refuses a speed cap of 1e-4", 1, "$.courierTypes[0].roadProfile|cannot be built",
                generated(root -> ((ObjectNode) root.at("/courierTypes/0/roadProfile")).put("maxSpeedKmh", 1e-4)),
                "validate", "@/g.json"));
        rows.add(row("issue 21: route refuses a speed cap of 1e-4 with the path", 1, "$.courierTypes[0].roadProfile",
                generated(root -> ((ObjectNode) root.at("/courierTypes/0/roadProfile")).put("maxSpeedKmh", 1e-4)),
                "route", "@/g.json", "--out", "@/r"));
        rows.add(row("issue 21: validate refuses a congestion factor of 1e-4", 1, "$.travel.congestion|cannot be built",
                generated(root -> {
                    ObjectNode factors = (ObjectNode) root.at("/travel/congestion/factors");
                    for (String roadClass : List.of("arterial", "bridge", "country", "local", "old_town", "pedestrian", "ring",
                            "village")) {
                        ArrayNode slices = factors.putArray(roadClass);
                        for (int s = 0; s < 48; s++) {
                            slices.add(s >= 14 && s <= 18 ? 1e-4 : 1.0);
                        }
                    }
                }), "validate", "@/g.json"));
        rows.add(row("issue 21: validate refuses a client 16,000 km away", 1, "$.clients[0].location|too far",
                generated(root -> far(root)), "validate", "@/g.json"));
        rows.add(row("issue 21: simulate refuses a client 16,000 km away as validate does", 1, "$.clients[0].location|too far",
                generated(root -> far(root)), "simulate", "@/g.json", "--replications", "2", "--no-progress", "--out", "@/s"));
        rows.add(row("issue 21: station refuses a client 16,000 km away as validate does", 1, "$.clients[0].location|too far",
                generated(root -> far(root)), "station", "@/g.json"));
        // --- issue 21 (hostile-a): couriers barred from road classes walk from the nearest road they may drive
        rows.add(row("issue 21: validate refuses a van allowed only on bridges, naming the walk beyond the limit", 1,
                "$.hub.location|1,761 m from the nearest road courier type 'van' may drive|$.travel.maxWalkMetres",
                generated(root -> bridgesOnly(root)), "validate", "@/g.json"));
        rows.add(row("issue 21: travel refuses a van allowed only on bridges as validate does", 1,
                "$.hub.location|$.travel.maxWalkMetres", generated(root -> bridgesOnly(root)), "travel", "@/g.json",
                "--courier-type", "van"));
        rows.add(row("issue 21: with a walking limit of 20 km validate accepts it and shows the walk", 0,
                "valid|courier type 'van': longest walk 3,731 m (44.8 min each way at 5.0 km/h)",
                generated(root -> ((ObjectNode) bridgesOnly(root).get("travel")).put("maxWalkMetres", 20_000)),
                "validate", "@/g.json"));
        rows.add(row("issue 21: a negative walking limit is refused with its path", 1, "$.travel.maxWalkMetres|walking limit",
                generated(root -> ((ObjectNode) root.get("travel")).put("maxWalkMetres", -5)), "validate", "@/g.json"));
        issue21Options(rows);
        issue21FilesAndMessages(rows);
        return rows.stream();
    }

    /** Issue 21, item 1: every numeric option has a range, refused with exit 2 before any work. */
    private static void issue21Options(List<Arguments> rows) {
        rows.add(row("simulate --noise 50", 2, "--noise|out of range|0 to 2", "simulate", "--noise", "50", "--out", "@/s"));
        rows.add(row("simulate --days 2147483647", 2, "--days|1 to 365", "simulate", "--days", "2147483647",
                "--out", "@/s"));
        rows.add(row("compare --steps 2147483647", 2, "--steps|1 to 100000000", "compare", "--steps", "2147483647",
                "--out", "@/s"));
        rows.add(row("simulate --replications 2000000000", 2, "--replications|2 to 10000", "simulate",
                "--replications", "2000000000", "--out", "@/s"));
        rows.add(row("simulate --growth 1e6", 2, "--growth|more than 0, at most 20", "simulate", "--growth", "1e6",
                "--out", "@/s"));
        rows.add(row("sweep --over couriers --values 1e9", 2, "--values|--over couriers|at most 20", "sweep", "--over",
                "couriers", "--values", "1e9", "--out", "@/s"));
        rows.add(row("sweep --over growth --values 1e12", 2, "--values|--over growth|at most 20", "sweep", "--over",
                "growth", "--values", "1,1e12", "--out", "@/s"));
        rows.add(row("generate --clients 100000 (more than the other commands run)", 2, "--clients|1 to 1000",
                "generate", "--clients", "100000", "-o", "@/big.json"));
        rows.add(row("compare --replications 1 (no interval)", 2, "--replications|2 to 10000", "compare",
                "--replications", "1", "--out", "@/s"));
        rows.add(row("simulate --replications 1 (no interval)", 2, "--replications|2 to 10000", "simulate",
                "--replications", "1", "--out", "@/s"));
        rows.add(row("simulate --breakdowns 1e9", 2, "--breakdowns|0 to 10", "simulate", "--breakdowns", "1e9",
                "--out", "@/s"));
        rows.add(row("demo --threads 0", 2, "--threads|1 to 256", "demo", "--threads", "0", "--out", "@/s"));
        rows.add(row("station on 40,000 clients: refused with the memory estimate", 1,
                "too large for the memory|40,004 points|GiB|-Xmx", manyClients(40_000), "station", "@/big.json"));
        rows.add(row("validate on 40,000 clients: refused with the memory estimate", 1,
                "too large for the memory|GiB|-Xmx", manyClients(40_000), "validate", "@/big.json"));
        rows.add(row("compare --steps 0 (no record dump)", 2, "--steps|1 to 100000000", "compare", "--steps", "0",
                "--out", "@/s"));
        rows.add(row("simulate --steps -1 (no 'use 0')", 2, "--steps|1 to 100000000", "simulate", "--layout", "station",
                "--steps", "-1", "--out", "@/s"));
    }

    /** Issue 21, items 2 and 3: inputs as outputs, exit codes, messages and line forging. */
    private static void issue21FilesAndMessages(List<Arguments> rows) {
        Setup cvrp = d -> {
            Files.createDirectories(d.resolve("cv"));
            Files.writeString(d.resolve("cv/A-n32-k5.vrp"), "NAME : A-n32-k5\nTYPE : CVRP\nDIMENSION : 2\n"
                    + "EDGE_WEIGHT_TYPE : EUC_2D\nCAPACITY : 100\nNODE_COORD_SECTION\n1 0 0\n2 3 4\n"
                    + "DEMAND_SECTION\n1 0\n2 5\nDEPOT_SECTION\n1\n-1\nEOF\n");
            Files.writeString(d.resolve("cv/optima.csv"), "instance,vehicles,distance\nA-n32-k5,5,784\n");
        };
        rows.add(row("bench-literature --csv over its own table, even with --force", 2, "also an input", cvrp,
                "bench-literature", "cvrp", "--dir", "@/cv", "--seconds", "1", "--csv", "@/cv/optima.csv", "--force",
                "--no-progress"));
        rows.add(row("bench-literature --csv over an instance file, even with --force", 2, "also an input", cvrp,
                "bench-literature", "cvrp", "--dir", "@/cv", "--seconds", "1", "--csv", "@/cv/A-n32-k5.vrp", "--force",
                "--no-progress"));
        rows.add(row("sweep --values ',,,'", 2, "--values list is empty", "sweep", "--over", "couriers", "--values", ",,,",
                "--out", "@/s"));
        rows.add(row("sweep --growth with --over growth", 2, "--growth|--over growth", "sweep", "--over", "growth",
                "--values", "1,2", "--growth", "2", "--out", "@/s"));
        rows.add(row("compare --layout-b ''", 2, "layout option|is empty", "compare", "--layout-b", "", "--out", "@/s"));
        rows.add(row("request log with an unterminated quote", 1, "req.csv|line|row after line 2|closing quote", d -> {
            Files.writeString(d.resolve("t.json"), town());
            Files.writeString(d.resolve("req.csv"), "time,client\n08:00,c-tax\n\"08:30,c-tax\n09:00,c-tax\n");
        }, "simulate", "@/t.json", "--requests", "@/req.csv", "--replications", "2", "--no-progress", "--out", "@/s"));
        rows.add(row("clients CSV with an unterminated quote names the line", 1, "clients.csv line|row after line|closing quote",
                clientsCsv(",08:00,17:00,3,", ",\"08:00,17:00,3,"), "validate", "@/t.json", "--clients-csv", "@/clients.csv"));
        rows.add(row("a line feed in a CSV cell is escaped", 1, "\\u000aFORGED", clientsCsv("service-centre,",
                "\"service-centre\nFORGED: valid\","), "validate", "@/t.json", "--clients-csv", "@/clients.csv"));
        rows.add(row("a line feed in the hub id is escaped", 0, "valid|\\u000aFORGED", town("\"id\": \"hub\"",
                "\"id\": \"hub\\nFORGED: valid: 0 problems\""), "validate", "@/bad.json"));
        rows.add(row("a line feed in a client id of a problem is escaped", 1, "\\u000aFORGED", d -> {
            String text = town().replace("\"id\": \"c-tax\"", "\"id\": \"x\\nFORGED: valid\"")
                    .replace("\"id\": \"c-land\"", "\"id\": \"x\\nFORGED: valid\"");
            Files.writeString(d.resolve("bad.json"), text);
        }, "validate", "@/bad.json"));
        rows.add(row("a line feed and a tab in the scenario name are escaped", 0, "\\u000aFORGED|\\u0009",
                town("\"name\": \"Small town\"", "\"name\": \"Small\\ttown\\nFORGED: feasible\""), "station",
                "@/bad.json", "--steps", "50"));
        rows.add(row("a line feed in --depart is escaped", 2, "\\u000aFORGED", "travel", "--depart", "08:00\nFORGED"));
        rows.add(row("route with no couriers says so (not 'no congestion')", 0, "no couriers", d -> {
            String city = ScenarioIo.write(DefaultCity.scenario());
            Files.writeString(d.resolve("city0.json"), city.replaceAll("\"count\": \\d+", "\"count\": 0")
                    .replaceAll(",\\s*\"current\": \\d+", ""));
        }, "route", "@/city0.json", "--steps", "10", "--out", "@/r"));
    }

    /** A small-town scenario with {@code n} clients, copies of its first with their own ids. */
    private static Setup manyClients(int n) {
        return d -> {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = (ObjectNode) mapper.readTree(town());
            JsonNode first = root.get("clients").get(0);
            ArrayNode clients = mapper.createArrayNode();
            for (int i = 0; i < n; i++) {
                ObjectNode copy = first.deepCopy();
                copy.put("id", "client-" + i);
                clients.add(copy);
            }
            root.set("clients", clients);
            Files.writeString(d.resolve("big.json"), mapper.writeValueAsString(root));
        };
    }

    /** The small town ({@code t.json}) and its clients CSV with {@code from} replaced by {@code to}. */
    private static Setup clientsCsv(String from, String to) {
        return d -> {
            Files.writeString(d.resolve("t.json"), town());
            String csv;
            try (InputStream in = HostileInputCorpusTest.class.getResourceAsStream("/csv/clients.csv")) {
                csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(csv.contains(from), from);
            Files.writeString(d.resolve("clients.csv"), csv.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostileInputGetsAPlainMessageAndDamagesNothing(String name, int exit, String words, Setup setup, String[] args)
            throws IOException {
        Files.write(dir.resolve("existing.json"), KEEP);
        Files.createDirectories(dir.resolve("out"));
        Files.write(dir.resolve("out/station.json"), KEEP);
        setup.in(dir);
        String[] resolved = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i].startsWith("@") ? dir + args[i].substring(1) : args[i];
        }
        boolean force = List.of(args).contains("--force");
        long started = System.nanoTime();
        CliRun run = CliRun.of(resolved);
        double seconds = (System.nanoTime() - started) / 1e9;

        assertEquals(exit, run.exitCode(), name + "\n" + run);
        String all = run.out() + run.err();
        for (String word : words.split("\\|")) {
            assertTrue(all.contains(word), name + ": no '" + word + "' in\n" + run);
        }
        assertFalse(INTERNALS.matcher(all).find(), name + ": internals shown\n" + run);
        assertFalse(all.chars().anyMatch(c -> c == 0x1b || c == 0x202e || (c < 0x20 && c != '\n' && c != '\t')),
                name + ": a raw control character reached the terminal");
        assertFalse(all.lines().anyMatch(line -> line.startsWith("FORGED")), name + ": a value forged a line\n" + run);
        if (!force) {
            assertArrayEquals(KEEP, Files.readAllBytes(dir.resolve("existing.json")), name + ": existing.json changed");
        } else if (exit == 0) {
            assertFalse(new String(Files.readAllBytes(dir.resolve("existing.json")), StandardCharsets.UTF_8).startsWith("KEEP"));
        }
        assertArrayEquals(KEEP, Files.readAllBytes(dir.resolve("out/station.json")), name + ": out/station.json changed");
        try (Stream<Path> files = Files.walk(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), name + ": a temporary file was left");
        }
        if (exit == 2) {
            assertTrue(seconds < 20, name + ": a usage error took " + String.format(Locale.ROOT, "%.1f", seconds) + " s");
        }
    }

    /** Issue 21: {@code --help} and {@code --version} to a full device are an error exit, not 0. */
    @ParameterizedTest(name = "{0} to /dev/full")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"--help", "--version", "simulate --help", "simulate --version",
        "help station"})
    void helpAndVersionToAFullDeviceFail(String args) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "no /dev/full here");
        java.io.StringWriter err = new java.io.StringWriter();
        int code;
        try (java.io.PrintWriter full = new java.io.PrintWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream("/dev/full"), StandardCharsets.UTF_8))) {
            code = OutpostCommand.execute(full, new java.io.PrintWriter(err), args.split(" "));
        }
        assertEquals(ExitCode.INVALID_INPUT, code, err.toString());
        assertTrue(err.toString().contains("standard output cannot be written"), err.toString());
    }

    /**
     * Issue 21: a run's files appear together or not at all. A file-size limit ({@code ulimit -f},
     * the JVM then gets "File too large" as on a full disk) lets kpis.json and kpis.csv be written
     * and fails report.html: the folder must keep its old three files, with no temporary left.
     */
    @org.junit.jupiter.api.Test
    void aFailedWriteLeavesTheOldFilesTogether() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        Path out = dir.resolve("sim");
        Files.createDirectories(out);
        for (String name : List.of("kpis.json", "kpis.csv", "report.html")) {
            Files.write(out.resolve(name), KEEP);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder("/bin/bash", "-c", "ulimit -f 40; exec \"$@\"", "bash", java,
                "-XX:-UsePerfData", "-Xmx512m", "-cp", System.getProperty("java.class.path"), OutpostCommand.class.getName(),
                "simulate", "--replications", "2", "--no-progress", "--out", out.toString(), "--force")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        assertEquals(ExitCode.INVALID_INPUT, code, output);
        assertTrue(output.contains("report.html") && output.contains("left as they were"), output);
        for (String name : List.of("kpis.json", "kpis.csv", "report.html")) {
            assertArrayEquals(KEEP, Files.readAllBytes(out.resolve(name)), name + " changed: " + output);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "a temporary was left");
        }
    }

    /** Issue 21: OptaPlanner's "No doable selected move" warning does not reach the user of station. */
    @org.junit.jupiter.api.Test
    void stationPrintsNoSolverWarning() throws IOException {
        town("\"status\": \"candidate\"", "\"status\": \"closed\"").in(dir);
        String text = Files.readString(dir.resolve("bad.json")).replace("\"status\": \"fixed-open\"", "\"status\": \"closed\"");
        Files.writeString(dir.resolve("bad.json"), text);
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        CliRun run;
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run = CliRun.of("station", dir.resolve("bad.json").toString(), "--steps", "50");
        } finally {
            System.setErr(before);
        }
        String all = run.out() + run.err() + captured.toString(StandardCharsets.UTF_8);
        assertFalse(all.contains("WARN") || all.contains("No doable"), all);
    }

    /**
     * Issue 21: {@code --event-log} over two days gives each event its {@code day}, request ids
     * unique over the days, and (day, time) never goes back; the log reads back.
     */
    @org.junit.jupiter.api.Test
    void eventLogOverDaysHasDaysAndUniqueIds() throws IOException {
        Files.writeString(dir.resolve("t.json"), town());
        CliRun run = CliRun.of("simulate", dir.resolve("t.json").toString(), "--days", "2", "--replications", "2",
                "--event-log", "--no-progress", "--out", dir.resolve("s").toString());
        assertEquals(0, run.exitCode(), run.toString());
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = Files.readAllLines(dir.resolve("s/events.jsonl"));
        java.util.Set<Long> ids = new java.util.HashSet<>();
        java.util.Set<Integer> days = new java.util.TreeSet<>();
        long previous = -1;
        for (String line : lines) {
            JsonNode event = mapper.readTree(line);
            assertTrue(event.has("day"), line);
            int day = event.get("day").asInt();
            days.add(day);
            long at = day * 86_400L * 10 + event.get("time").asLong();
            assertTrue(at >= previous, "went back in time: " + line);
            previous = at;
            if (event.get("type").asText().equals("requestArrived")) {
                assertTrue(ids.add(event.get("requestId").asLong()), "request id used twice: " + line);
            }
        }
        assertEquals(java.util.Set.of(0, 1), days);
        assertFalse(ids.isEmpty());
        try (java.io.BufferedReader in = Files.newBufferedReader(dir.resolve("s/events.jsonl"))) {
            assertEquals(lines.size(), dev.outpost.sim.engine.EventLog.read(in).size());
        }
    }

    /** Issue 21: every numeric option of every command declares a range, and its --help shows it. */
    @org.junit.jupiter.api.Test
    void everyNumericOptionShowsItsRange() {
        List<String> missing = new ArrayList<>();
        checkRanges(OutpostCommand.commandLine(), missing);
        assertTrue(missing.isEmpty(), "without a range in --help: " + missing);
    }

    private static void checkRanges(picocli.CommandLine cli, List<String> missing) {
        picocli.CommandLine.Model.CommandSpec spec = cli.getCommandSpec();
        String help = cli.getUsageMessage(picocli.CommandLine.Help.Ansi.OFF).replaceAll("\\s+", " ");
        for (picocli.CommandLine.Model.OptionSpec option : spec.options()) {
            Class<?> type = option.type();
            boolean numbers = OptionRanges.numeric(type) || option.auxiliaryTypes().length > 0
                    && java.util.Collection.class.isAssignableFrom(type) && OptionRanges.numeric(option.auxiliaryTypes()[0]);
            if (!numbers) {
                continue;
            }
            OptionRanges.Range range = OptionRanges.of(spec.name(), option.longestName());
            String text = range == null ? null : range.text();
            if (option.longestName().equals("--values") && spec.name().equals("sweep")) {
                text = "outposts 1 to " + OptionRanges.MAX_SITES;
            }
            if (text == null || !help.contains(text)) {
                missing.add(spec.qualifiedName() + " " + option.longestName());
            }
        }
        for (picocli.CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getParent() == cli) {
                checkRanges(sub, missing);
            }
        }
    }
}
