package dev.outpost.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.outpost.io.ScenarioDraft.IdAt;
import dev.outpost.model.Budget;
import dev.outpost.model.Client;
import dev.outpost.model.AdminLevel;
import dev.outpost.model.ClientKind;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Congestion;
import dev.outpost.model.CourierBreak;
import dev.outpost.model.CourierType;
import dev.outpost.model.Horizon;
import dev.outpost.model.Hub;
import dev.outpost.model.Location;
import dev.outpost.model.Problem;
import dev.outpost.model.RoadProfile;
import dev.outpost.model.Site;
import dev.outpost.model.SiteStatus;
import dev.outpost.model.TimeWindow;
import dev.outpost.model.TravelSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario JSON tree into a {@link ScenarioDraft}, recording every structural problem
 * (unknown or missing fields, wrong types, unreadable times, windows ending before they start).
 * Value ranges and cross-references are left to {@link ScenarioValidator}.
 */
final class ScenarioJsonReader {

    private final List<Problem> problems;
    private final List<IdAt> ids = new ArrayList<>();
    private final List<IdAt> courierTypeIds = new ArrayList<>();
    private CoordinateSystem coordinates = CoordinateSystem.GEOGRAPHIC;

    ScenarioJsonReader(List<Problem> problems) {
        this.problems = problems;
    }

    /** The draft, or {@code null} when the root is not an object. */
    ScenarioDraft read(JsonNode root) {
        JsonFields top = JsonFields.of(root, "$", problems, ScenarioJson.TOP_READ);
        if (top == null) {
            return null;
        }
        top.string(ScenarioJson.SCHEMA_KEY, false, null); // for editors: checked to be a string, then ignored
        String name = top.string("name", false, "unnamed");
        String coordinateText = top.string("coordinates", false, ScenarioJson.spell(CoordinateSystem.GEOGRAPHIC));
        CoordinateSystem parsed = coordinateText == null ? null
                : enumValue(CoordinateSystem.values(), coordinateText, top.path("coordinates"), "coordinate system");
        coordinates = parsed == null ? CoordinateSystem.GEOGRAPHIC : parsed;

        Horizon horizon = horizon(top.object("horizon", true, ScenarioJson.HORIZON));
        Hub hub = hub(top.object("hub", true, ScenarioJson.HUB));
        JsonFields budgetFields = top.object("budget", false, ScenarioJson.BUDGET);
        Budget budget = top.has("budget") ? budget(budgetFields) : Budget.unlimited();
        List<CourierType> types = list(top, "courierTypes", this::courierType);
        List<Site> sites = list(top, "sites", this::site);
        List<Client> clients = list(top, "clients", this::client);
        TravelSpec travel = travel(top.get("travel", true), top.path("travel"));
        int expectedIds = (top.has("hub") ? 1 : 0) + (sites == null ? 0 : sites.size())
                + (clients == null ? 0 : clients.size());
        boolean idsComplete = sites != null && clients != null && top.has("hub") && ids.size() == expectedIds;
        return new ScenarioDraft(name, parsed, clients, sites, types, hub, horizon, budget, travel, ids,
                courierTypeIds, idsComplete);
    }

    private interface ElementReader<T> {
        T read(JsonNode node, String path);
    }

    private <T> List<T> list(JsonFields parent, String field, ElementReader<T> reader) {
        JsonNode array = parent.array(field, true);
        if (array == null) {
            return null;
        }
        List<T> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(reader.read(array.get(i), parent.path(field) + "[" + i + "]"));
        }
        return values;
    }

    private <E extends Enum<E>> E enumValue(E[] constants, String text, String path, String what) {
        E value = ScenarioJson.parse(constants, text);
        if (value == null) {
            problems.add(new Problem(path, Hints.unknown(what, text, ScenarioJson.spellings(constants))));
        }
        return value;
    }

    private Horizon horizon(JsonFields f) {
        if (f == null) {
            return null;
        }
        Integer days = f.integer("days", true, null);
        TimeWindow day = window(f.object("serviceDay", true, ScenarioJson.WINDOW));
        return days == null || day == null ? null : new Horizon(days, day);
    }

    private TimeWindow window(JsonFields f) {
        if (f == null) {
            return null;
        }
        Integer start = f.time("start", true, null);
        Integer end = f.time("end", true, null);
        if (start == null || end == null) {
            return null;
        }
        if (end < start) {
            problems.add(new Problem(f.path("end"), "The window ends (" + Times.format(end) + ") before it starts ("
                    + Times.format(start) + "); the end must not be before the start."));
            return null;
        }
        return new TimeWindow(start, end);
    }

    private Location location(JsonFields parent, String field) {
        List<String> known = ScenarioJson.locationFields(coordinates);
        List<String> other = coordinates == CoordinateSystem.PLANAR ? ScenarioJson.GEOGRAPHIC : ScenarioJson.PLANAR;
        String reason = coordinates == CoordinateSystem.PLANAR
                ? "is for geographic scenarios; this scenario is planar: use \"x\" and \"y\" (or set \"coordinates\": \"geographic\")."
                : "is for planar scenarios; this scenario is geographic: use \"lat\" and \"lon\" (or set \"coordinates\": \"planar\").";
        JsonNode node = parent.get(field, true);
        if (node == null) {
            return null;
        }
        JsonFields f = JsonFields.of(node, parent.path(field), problems, known,
                Map.of(other.get(0), "The field '" + other.get(0) + "' " + reason,
                        other.get(1), "The field '" + other.get(1) + "' " + reason));
        if (f == null || node.has(other.get(0)) || node.has(other.get(1))) {
            return null;
        }
        return coordinates(f, known);
    }

    private Location coordinates(JsonFields f, List<String> known) {
        Double first = f.number(known.get(0), true, null);
        Double second = f.number(known.get(1), true, null);
        if (first == null || second == null) {
            return null;
        }
        return coordinates == CoordinateSystem.PLANAR ? Location.planar(first, second) : Location.ofLatLon(first, second);
    }

    private String id(JsonFields f, List<IdAt> into) {
        String id = f.string("id", true, null);
        if (id != null) {
            into.add(new IdAt(id, f.path("id")));
        }
        return id;
    }

    private List<String> strings(JsonFields f, String field) {
        JsonNode array = f.array(field, false);
        if (array == null) {
            return f.has(field) ? null : List.of();
        }
        List<String> values = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < array.size(); i++) {
            String value = JsonFields.string(array.get(i), f.path(field) + "[" + i + "]", problems);
            ok &= value != null;
            values.add(value);
        }
        return ok ? values : null;
    }

    private Hub hub(JsonFields f) {
        if (f == null) {
            return null;
        }
        String id = id(f, ids);
        Location location = location(f, "location");
        Integer cutoff = f.time("cutoff", true, null);
        return id == null || location == null || cutoff == null ? null : new Hub(id, location, cutoff);
    }

    private Budget budget(JsonFields f) {
        if (f == null) {
            return null;
        }
        int before = problems.size();
        Integer outposts = f.integer("maxOutposts", false, null);
        Integer couriers = f.integer("maxCouriers", false, null);
        Long cost = f.longInteger("maxOpeningCost", false, null);
        return problems.size() > before ? null : new Budget(outposts, couriers, cost);
    }

    private CourierType courierType(JsonNode node, String path) {
        JsonFields f = JsonFields.of(node, path, problems, ScenarioJson.COURIER_TYPE);
        if (f == null) {
            return null;
        }
        String id = id(f, courierTypeIds);
        Integer count = f.integer("count", true, null);
        Double speed = f.number("speedKmh", true, null);
        Integer capacity = f.integer("capacity", true, null);
        TimeWindow shift = window(f.object("shift", true, ScenarioJson.WINDOW));
        List<String> skills = strings(f, "skills");
        Double perHour = f.number("costPerHour", false, 0.0);
        Double perKm = f.number("costPerKm", false, 0.0);
        int before = problems.size();
        RoadProfile roadProfile = roadProfile(f.object("roadProfile", false, ScenarioJson.ROAD_PROFILE));
        List<CourierBreak> breaks = f.has("breaks") ? list(f, "breaks", this::courierBreak) : List.of();
        if (id == null || count == null || speed == null || capacity == null || shift == null || skills == null
                || perHour == null || perKm == null || breaks == null || breaks.stream().anyMatch(java.util.Objects::isNull)
                || problems.size() > before) {
            return null;
        }
        return new CourierType(id, count, speed, capacity, shift, skills, perHour, perKm, roadProfile, breaks);
    }

    /** A break; its values are checked by the validator. {@code null} when a field is unreadable. */
    private CourierBreak courierBreak(JsonNode node, String path) {
        JsonFields f = JsonFields.of(node, path, problems, ScenarioJson.BREAK);
        if (f == null) {
            return null;
        }
        Integer earliest = f.time("earliest", true, null);
        Integer latest = f.time("latest", true, null);
        Integer minutes = f.minutes("minutes", true, null);
        return earliest == null || latest == null || minutes == null ? null
                : new CourierBreak(earliest, latest, minutes);
    }

    /** A road profile, or {@code null} when absent (then the caller checks the problem count). */
    private RoadProfile roadProfile(JsonFields f) {
        if (f == null) {
            return null;
        }
        Double max = f.number("maxSpeedKmh", false, null);
        Map<String, Double> factors = new LinkedHashMap<>();
        JsonNode node = f.get("speedFactors", false);
        if (node != null && !node.isObject()) {
            problems.add(new Problem(f.path("speedFactors"), "The value (" + JsonFields.describe(node)
                    + ") must be an object {\"roadClass\": factor, ...}."));
            return null;
        }
        if (node != null) {
            node.fields().forEachRemaining(e -> {
                Double v = JsonFields.number(e.getValue(), f.path("speedFactors") + "." + e.getKey(), problems);
                factors.put(e.getKey(), v);
            });
        }
        List<String> barred = strings(f, "barredClasses");
        if (barred == null || factors.containsValue(null)) {
            return null;
        }
        return new RoadProfile(max, factors, barred);
    }

    /** Congestion, or {@code null} when absent or broken (problems recorded). */
    private Congestion congestion(JsonFields f) {
        if (f == null) {
            return null;
        }
        Integer slice = f.integer("sliceMinutes", true, null);
        JsonNode node = f.get("factors", true);
        if (node != null && !node.isObject()) {
            problems.add(new Problem(f.path("factors"), "The value (" + JsonFields.describe(node)
                    + ") must be an object {\"roadClass\": [factor per slice, ...], ...}."));
            return null;
        }
        Map<String, List<Double>> factors = new LinkedHashMap<>();
        boolean ok = slice != null && node != null;
        if (node != null) {
            java.util.Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = f.path("factors") + "." + e.getKey();
                if (!e.getValue().isArray()) {
                    problems.add(new Problem(path, "The value (" + JsonFields.describe(e.getValue())
                            + ") must be an array of speed factors, one per slice."));
                    ok = false;
                    continue;
                }
                List<Double> values = new ArrayList<>();
                for (int i = 0; i < e.getValue().size(); i++) {
                    Double v = JsonFields.number(e.getValue().get(i), path + "[" + i + "]", problems);
                    ok &= v != null;
                    values.add(v);
                }
                if (ok) {
                    factors.put(e.getKey(), values);
                }
            }
        }
        return ok ? new Congestion(slice, factors) : null;
    }

    private Site site(JsonNode node, String path) {
        JsonFields f = JsonFields.of(node, path, problems, ScenarioJson.SITE);
        if (f == null) {
            return null;
        }
        String id = id(f, ids);
        String name = f.string("name", false, id);
        Location location = location(f, "location");
        String statusText = f.string("status", false, ScenarioJson.spell(SiteStatus.CANDIDATE));
        SiteStatus status = statusText == null ? null
                : enumValue(SiteStatus.values(), statusText, f.path("status"), "site status");
        Long cost = f.longInteger("openingCost", false, 0L);
        Integer maxCouriers = f.integer("maxCouriers", true, null);
        Integer current = f.integer("current", false, 0);
        if (id == null || name == null || location == null || status == null || cost == null || maxCouriers == null
                || current == null) {
            return null;
        }
        return new Site(id, name, location, status, cost, maxCouriers, current);
    }

    private Client client(JsonNode node, String path) {
        JsonFields f = JsonFields.of(node, path, problems, ScenarioJson.CLIENT);
        if (f == null) {
            return null;
        }
        String id = id(f, ids);
        String name = f.string("name", false, id);
        String kindText = f.string("kind", true, null);
        ClientKind kind = kindText == null ? null
                : enumValue(ClientKind.values(), kindText, f.path("kind"), "client kind");
        String levelText = f.string("level", false, null);
        AdminLevel level = levelText == null ? null
                : enumValue(AdminLevel.values(), levelText, f.path("level"), "administrative level");
        Location location = location(f, "location");
        Double pickups = f.number("pickupsPerDay", true, null);
        List<Double> profile = profile(f);
        Integer service = f.minutes("serviceMinutes", true, null);
        JsonFields windowFields = f.object("window", false, ScenarioJson.WINDOW);
        TimeWindow window = f.has("window") ? window(windowFields) : null;
        Integer target = f.minutes("responseTargetMinutes", true, null);
        Integer priority = f.integer("priority", false, 1);
        List<String> skills = strings(f, "requiredSkills");
        Integer size = f.integer("pickupSize", false, 1);
        if (!f.has("window")) {
            // A client without a window can be served all day; the service day is known only later.
            window = new TimeWindow(0, Times.DAY_SECONDS);
        }
        if (id == null || name == null || kind == null || location == null || pickups == null || profile == null
                || service == null || window == null || target == null || priority == null || skills == null
                || size == null || (levelText != null && level == null)) {
            return null;
        }
        return new Client(id, name, kind, location, pickups, profile, service, window, target, priority, skills, size,
                level);
    }

    private List<Double> profile(JsonFields f) {
        JsonNode array = f.array("hourlyProfile", false);
        if (array == null) {
            return f.has("hourlyProfile") ? null : Collections.nCopies(ScenarioJson.PROFILE_HOURS, 1.0);
        }
        List<Double> values = new ArrayList<>(array.size());
        boolean ok = true;
        for (int i = 0; i < array.size(); i++) {
            Double value = JsonFields.number(array.get(i), f.path("hourlyProfile") + "[" + i + "]", problems);
            ok &= value != null;
            values.add(value);
        }
        return ok ? values : null;
    }

    private TravelSpec travel(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(new Problem(path, "The value (" + JsonFields.describe(node) + ") must be an object {...}."));
            return null;
        }
        JsonNode modelNode = node.get("model");
        if (modelNode == null || modelNode.isNull()) {
            problems.add(new Problem(path + ".model", "The required field 'model' is missing; use one of: "
                    + String.join(", ", ScenarioJson.MODELS) + "."));
            return null;
        }
        String model = JsonFields.string(modelNode, path + ".model", problems);
        if (model == null) {
            return null;
        }
        switch (model) {
            case "straight-line": {
                JsonFields f = JsonFields.of(node, path, problems, ScenarioJson.STRAIGHT_LINE);
                Double detour = f.number("detourFactor", true, null);
                return detour == null ? null : new TravelSpec.StraightLine(detour);
            }
            case "matrix":
                return matrix(JsonFields.of(node, path, problems, ScenarioJson.MATRIX));
            case "road":
                return road(JsonFields.of(node, path, problems, ScenarioJson.ROAD));
            default:
                problems.add(new Problem(path + ".model", Hints.unknown("model", model, ScenarioJson.MODELS)));
                return null;
        }
    }

    private TravelSpec matrix(JsonFields f) {
        List<String> points = strings(f, "points");
        if (points != null && !f.has("points")) {
            f.get("points", true);
            points = null;
        }
        List<List<Integer>> seconds = table(f, "seconds");
        List<List<Integer>> metres = table(f, "metres");
        return points == null || seconds == null || metres == null ? null
                : new TravelSpec.Matrix(points, seconds, metres);
    }

    /** Rows of whole numbers; {@code null} entries (no path) are kept as {@code null}. */
    private List<List<Integer>> table(JsonFields f, String field) {
        JsonNode rows = f.array(field, true);
        if (rows == null) {
            return null;
        }
        List<List<Integer>> table = new ArrayList<>(rows.size());
        boolean ok = true;
        for (int i = 0; i < rows.size(); i++) {
            String rowPath = f.path(field) + "[" + i + "]";
            JsonNode row = rows.get(i);
            if (!row.isArray()) {
                problems.add(new Problem(rowPath, "The row (" + JsonFields.describe(row) + ") must be an array of whole numbers."));
                ok = false;
                continue;
            }
            List<Integer> values = new ArrayList<>(row.size());
            for (int j = 0; j < row.size(); j++) {
                JsonNode entry = row.get(j);
                if (entry.isNull()) {
                    values.add(null);
                    continue;
                }
                Integer value = JsonFields.integer(entry, rowPath + "[" + j + "]", problems);
                ok &= value != null;
                values.add(value);
            }
            table.add(Collections.unmodifiableList(values));
        }
        return ok ? table : null;
    }

    private TravelSpec road(JsonFields f) {
        int beforeCongestion = problems.size();
        Congestion congestion = congestion(f.object("congestion", false, ScenarioJson.CONGESTION));
        if (problems.size() > beforeCongestion) {
            return null;
        }
        int beforeWalk = problems.size();
        Double maxWalk = f.number("maxWalkMetres", false, null);
        if (problems.size() > beforeWalk) {
            return null;
        }
        String file = f.string("file", false, null);
        JsonNode nodeArray = f.array("nodes", false);
        JsonNode edgeArray = f.array("edges", false);
        boolean inline = f.has("nodes") || f.has("edges");
        if (f.has("file") == inline) {
            problems.add(new Problem(f.path(), inline
                    ? "The road network has both a 'file' and inline 'nodes'/'edges'; give one or the other."
                    : "The road network needs a 'file' (.osm, .osm.gz or edge-list .csv) or inline 'nodes' and 'edges'."));
            return null;
        }
        if (!inline) {
            return file == null ? null : new TravelSpec.Road(file, List.of(), List.of(), congestion, maxWalk);
        }
        List<TravelSpec.RoadNode> nodes = new ArrayList<>();
        List<TravelSpec.RoadEdge> edges = new ArrayList<>();
        int before = problems.size();
        if (nodeArray == null && !f.has("nodes")) {
            f.get("nodes", true);
        }
        if (edgeArray == null && !f.has("edges")) {
            f.get("edges", true);
        }
        List<String> nodeFields = ScenarioJson.roadNodeFields(coordinates);
        for (int i = 0; nodeArray != null && i < nodeArray.size(); i++) {
            JsonFields n = JsonFields.of(nodeArray.get(i), f.path("nodes") + "[" + i + "]", problems, nodeFields);
            if (n == null) {
                continue;
            }
            Long id = n.longInteger("id", true, null);
            Location location = coordinates(n, ScenarioJson.locationFields(coordinates));
            if (id != null && location != null) {
                nodes.add(new TravelSpec.RoadNode(id, location));
            }
        }
        for (int i = 0; edgeArray != null && i < edgeArray.size(); i++) {
            JsonFields e = JsonFields.of(edgeArray.get(i), f.path("edges") + "[" + i + "]", problems,
                    ScenarioJson.ROAD_EDGE);
            if (e == null) {
                continue;
            }
            Long from = e.longInteger("from", true, null);
            Long to = e.longInteger("to", true, null);
            Double metres = e.number("metres", true, null);
            Double speed = e.number("speedKmh", true, null);
            Boolean oneway = e.bool("oneway", false, false);
            int beforeClass = problems.size();
            String roadClass = e.string("roadClass", false, null);
            if (from != null && to != null && metres != null && speed != null && oneway != null
                    && problems.size() == beforeClass) {
                edges.add(new TravelSpec.RoadEdge(from, to, metres, speed, oneway, roadClass));
            }
        }
        return problems.size() > before ? null : new TravelSpec.Road(null, nodes, edges, congestion, maxWalk);
    }
}
