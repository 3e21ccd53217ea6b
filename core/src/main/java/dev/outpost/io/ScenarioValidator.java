package dev.outpost.io;

import dev.outpost.io.ScenarioDraft.IdAt;
import dev.outpost.model.Budget;
import dev.outpost.model.Client;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Congestion;
import dev.outpost.model.CourierBreak;
import dev.outpost.model.CourierType;
import dev.outpost.model.Horizon;
import dev.outpost.model.Hub;
import dev.outpost.model.Limits;
import dev.outpost.model.Location;
import dev.outpost.model.Problem;
import dev.outpost.model.RoadProfile;
import dev.outpost.model.Scenario;
import dev.outpost.model.ScenarioException;
import dev.outpost.model.Site;
import dev.outpost.model.SiteStatus;
import dev.outpost.model.TimeWindow;
import dev.outpost.model.TravelSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The semantic checks of a scenario: value ranges, unique and known ids, windows and shifts inside
 * the service day, skills that some courier type has, a consistent travel matrix or road graph.
 * Every problem names its JSON path (as {@link ScenarioIo} would write the scenario) and is
 * collected; nothing stops at the first.
 *
 * <p>{@link ScenarioIo#read} runs these checks on everything it could read, so a scenario read
 * from JSON is already valid. Call {@link #validate(Scenario)} or {@link #requireValid(Scenario)}
 * on scenarios built in code (generators, tests). Reachability on the travel model is checked
 * separately by {@code dev.outpost.travel.Reachability}, once the tables are built ({@code io}
 * depends on {@code model} only).
 */
public final class ScenarioValidator {

    private ScenarioValidator() {
    }

    /**
     * Every semantic problem of {@code scenario}, in a stable order (ids, horizon, hub, budget,
     * courier types, sites, clients, travel).
     *
     * @param scenario the scenario, possibly built in code with missing parts
     * @return the problems; empty when the scenario is valid
     */
    public static List<Problem> validate(Scenario scenario) {
        List<Problem> problems = new ArrayList<>();
        missing(scenario.name(), "$.name", problems);
        missing(scenario.coordinates(), "$.coordinates", problems);
        missing(scenario.hub(), "$.hub", problems);
        missing(scenario.horizon(), "$.horizon", problems);
        missing(scenario.budget(), "$.budget", problems);
        missing(scenario.travel(), "$.travel", problems);
        check(ScenarioDraft.of(scenario), problems);
        return problems;
    }

    private static void missing(Object part, String path, List<Problem> problems) {
        if (part == null) {
            problems.add(new Problem(path, "The value is missing (null); every part of a scenario is required."));
        }
    }

    /**
     * Throws when {@link #validate(Scenario)} finds any problem.
     *
     * @param scenario the scenario
     * @throws ScenarioException listing every problem
     */
    public static void requireValid(Scenario scenario) {
        List<Problem> problems = validate(scenario);
        if (!problems.isEmpty()) {
            throw new ScenarioException("The scenario '" + scenario.name() + "'", problems);
        }
    }

    static void check(ScenarioDraft d, List<Problem> problems) {
        CoordinateSystem cs = d.coordinates() == null ? CoordinateSystem.GEOGRAPHIC : d.coordinates();
        uniqueIds(d.ids(), "The id '%s' is already used at %s; ids must be unique across the hub, sites and clients.",
                problems);
        uniqueIds(d.courierTypeIds(), "The courier type id '%s' is already used at %s; courier type ids must be unique.",
                problems);
        Horizon horizon = d.horizon();
        if (horizon != null && horizon.days() < 1) {
            problems.add(new Problem("$.horizon.days", "The number of days (" + horizon.days() + ") must be at least 1."));
        }
        TimeWindow day = horizon == null ? null : horizon.serviceDay();
        if (day != null && !withinDay(day, "$.horizon.serviceDay", problems)) {
            day = null;
        }
        hub(d.hub(), day, cs, problems);
        budget(d.budget(), problems);
        // A list that could not be read at all is null: its problem is already reported.
        List<CourierType> types = d.courierTypes() == null ? List.of() : d.courierTypes();
        if (d.courierTypes() != null && types.isEmpty()) {
            problems.add(new Problem("$.courierTypes", "The fleet is empty; give at least one courier type."));
        }
        for (int i = 0; i < types.size(); i++) {
            courierType(types.get(i), "$.courierTypes[" + i + "]", day, problems);
        }
        List<Site> sites = d.sites() == null ? List.of() : d.sites();
        if (d.sites() != null && sites.isEmpty()) {
            problems.add(new Problem("$.sites", "There are no sites; give at least one candidate or fixed-open site."));
        }
        for (int i = 0; i < sites.size(); i++) {
            site(sites.get(i), "$.sites[" + i + "]", cs, problems);
        }
        List<Client> clients = d.clients() == null ? List.of() : d.clients();
        if (d.clients() != null && clients.isEmpty()) {
            problems.add(new Problem("$.clients", "There are no clients; give at least one client."));
        }
        Set<String> allSkills = null;
        if (!types.isEmpty() && types.stream().allMatch(java.util.Objects::nonNull)) {
            allSkills = new HashSet<>();
            for (CourierType type : types) {
                allSkills.addAll(type.skills());
            }
        }
        for (int i = 0; i < clients.size(); i++) {
            client(clients.get(i), "$.clients[" + i + "]", cs, day, types, allSkills, problems);
        }
        travel(d.travel(), d.ids(), d.idsComplete(), cs, problems);
        ranges(d, problems);
        roadProfiles(types, d.travel(), problems);
        congestion(d.travel(), problems);
        edgeClasses(d.travel(), problems);
    }

    /** An inline edge's road class, when given, is not blank. */
    private static void edgeClasses(TravelSpec travel, List<Problem> problems) {
        if (travel instanceof TravelSpec.Road road) {
            for (int i = 0; i < road.edges().size(); i++) {
                String c = road.edges().get(i).roadClass();
                if (c != null && c.isBlank()) {
                    problems.add(new Problem("$.travel.edges[" + i + "].roadClass", "The road class is blank;"
                            + " name it, or leave the field out for '" + TravelSpec.RoadEdge.DEFAULT_ROAD_CLASS + "'."));
                }
            }
        }
    }

    /**
     * The road classes a scenario's travel spec has: the classes of its inline edges; {@code null}
     * for a network file (its classes are checked when the network is read) or a scenario whose
     * travel could not be read; the empty set for a model without roads.
     */
    private static Set<String> roadClasses(TravelSpec travel) {
        if (travel instanceof TravelSpec.Road road) {
            if (road.file() != null) {
                return null;
            }
            Set<String> classes = new java.util.TreeSet<>();
            road.edges().forEach(e -> classes.add(e.roadClassOrDefault()));
            return classes;
        }
        return travel == null ? null : Set.of();
    }

    /** Speed caps and factors finite and positive; every named road class known to the network. */
    private static void roadProfiles(List<CourierType> types, TravelSpec travel, List<Problem> problems) {
        Set<String> known = roadClasses(travel);
        for (int i = 0; i < types.size(); i++) {
            CourierType type = types.get(i);
            if (type == null || type.roadProfile() == null) {
                continue;
            }
            String path = "$.courierTypes[" + i + "].roadProfile";
            RoadProfile profile = type.roadProfile();
            Double max = profile.maxSpeedKmh();
            if (max != null && (!Double.isFinite(max) || max <= 0)) {
                problems.add(new Problem(path + ".maxSpeedKmh", "The speed cap (" + OutpostJson.number(max)
                        + " km/h) must be a positive number; leave it out for none."));
            }
            profile.speedFactors().forEach((roadClass, factor) -> {
                String at = path + ".speedFactors." + roadClass;
                if (factor == null || !Double.isFinite(factor) || factor <= 0) {
                    problems.add(new Problem(at, "The speed factor (" + (factor == null ? "null"
                            : OutpostJson.number(factor)) + ") must be a positive number (1 keeps the road's speed)."));
                }
                knownClass(roadClass, known, at, problems);
            });
            for (int b = 0; b < profile.barredClasses().size(); b++) {
                knownClass(profile.barredClasses().get(b), known, path + ".barredClasses[" + b + "]", problems);
            }
            if (known != null && !known.isEmpty() && known.stream().allMatch(profile.barredClasses()::contains)) {
                problems.add(new Problem(path + ".barredClasses", "The courier type '" + type.id()
                        + "' is barred from every road class " + known + "; let it use at least one."));
            }
        }
    }

    private static void knownClass(String roadClass, Set<String> known, String path, List<Problem> problems) {
        if (roadClass == null || roadClass.isBlank()) {
            problems.add(new Problem(path, "The road class is blank; name a class of the road network."));
        } else if (known != null && !known.contains(roadClass)) {
            problems.add(new Problem(path, known.isEmpty()
                    ? "The road class (" + roadClass + ") needs a road network; road profiles and congestion apply"
                            + " to the road model only: remove it or use \"model\": \"road\"."
                    : Hints.unknown("road class", roadClass, List.copyOf(known))));
        }
    }

    /** Slice length divides the day; one finite positive factor per slice for each known road class. */
    private static void congestion(TravelSpec travel, List<Problem> problems) {
        if (!(travel instanceof TravelSpec.Road road) || road.congestion() == null) {
            return;
        }
        Congestion congestion = road.congestion();
        String path = "$.travel.congestion";
        int minutes = congestion.sliceMinutes();
        if (minutes <= 0 || Congestion.DAY_MINUTES % minutes != 0) {
            problems.add(new Problem(path + ".sliceMinutes", "The slice length (" + minutes
                    + " minutes) must divide a day (1440 minutes); for example 15, 30 or 60."));
            return;
        }
        Set<String> known = roadClasses(travel);
        int slices = Congestion.DAY_MINUTES / minutes;
        congestion.factors().forEach((roadClass, factors) -> {
            String at = path + ".factors." + roadClass;
            knownClass(roadClass, known, at, problems);
            if (factors.size() != slices) {
                problems.add(new Problem(at, "The road class has " + factors.size() + " factors; give one per slice of "
                        + minutes + " minutes from 00:00 (" + slices + ")."));
            }
            for (int s = 0; s < factors.size(); s++) {
                Double f = factors.get(s);
                if (f == null || !Double.isFinite(f) || f <= 0) {
                    problems.add(new Problem(at + "[" + s + "]", "The speed factor (" + (f == null ? "null"
                            : OutpostJson.number(f)) + ") must be a positive number (1 is free flow)."));
                }
            }
        });
    }

    /** The checks of one client that need no other part of the scenario (used by the CSV import). */
    static void checkClient(Client client, String path, CoordinateSystem cs, List<Problem> problems) {
        client(client, path, cs, null, List.of(), null, problems);
        clientRanges(client, path, problems);
    }

    /** The checks of one site (used by the CSV import). */
    static void checkSite(Site site, String path, CoordinateSystem cs, List<Problem> problems) {
        site(site, path, cs, problems);
        siteRanges(site, path, problems);
    }

    private static void uniqueIds(List<IdAt> ids, String duplicateFormat, List<Problem> problems) {
        Map<String, String> firstPath = new HashMap<>();
        for (IdAt id : ids) {
            if (id.id() == null || id.id().isBlank()) {
                problems.add(new Problem(id.path(), "The id (\"" + (id.id() == null ? "" : id.id())
                        + "\") is blank; give a unique, non-blank id."));
                continue;
            }
            String first = firstPath.putIfAbsent(id.id(), id.path());
            if (first != null) {
                problems.add(new Problem(id.path(), String.format(duplicateFormat, id.id(), first)));
            }
        }
    }

    /** Whether a window built in code lies within 00:00..24:00 (windows read from JSON always do). */
    private static boolean withinDay(TimeWindow window, String path, List<Problem> problems) {
        if (window == null) {
            problems.add(new Problem(path, "The window is missing (null)."));
            return false;
        }
        if (window.startSeconds() < 0 || window.endSeconds() > Times.DAY_SECONDS) {
            problems.add(new Problem(path, "The window (" + window.startSeconds() + ".." + window.endSeconds()
                    + " s) must lie within 00:00..24:00 (0.." + Times.DAY_SECONDS + " s)."));
            return false;
        }
        return true;
    }

    private static void hub(Hub hub, TimeWindow day, CoordinateSystem cs, List<Problem> problems) {
        if (hub == null) {
            return;
        }
        location(hub.location(), "$.hub.location", cs, problems);
        if (hub.cutoffSeconds() < 0 || hub.cutoffSeconds() > Times.DAY_SECONDS) {
            problems.add(new Problem("$.hub.cutoff", "The cut-off (" + hub.cutoffSeconds()
                    + " s) must lie within 00:00..24:00."));
            return;
        }
        if (day != null && !day.contains(hub.cutoffSeconds())) {
            problems.add(new Problem("$.hub.cutoff", "The cut-off (" + Times.format(hub.cutoffSeconds())
                    + ") is outside the service day (" + range(day) + "); set it within the day."));
        }
    }

    private static void budget(Budget budget, List<Problem> problems) {
        if (budget == null) {
            return;
        }
        nonNegative(budget.maxOutposts(), "$.budget.maxOutposts", "maximum number of outposts", problems);
        nonNegative(budget.maxCouriers(), "$.budget.maxCouriers", "maximum number of couriers", problems);
        nonNegative(budget.maxOpeningCost(), "$.budget.maxOpeningCost", "maximum opening cost", problems);
    }

    private static void courierType(CourierType type, String path, TimeWindow day, List<Problem> problems) {
        if (type == null) {
            return;
        }
        nonNegative((long) type.count(), path + ".count", "courier count", problems);
        if (!Double.isFinite(type.speedKmh()) || type.speedKmh() <= 0) {
            problems.add(new Problem(path + ".speedKmh", "The speed (" + OutpostJson.number(type.speedKmh())
                    + " km/h) must be a positive number."));
        }
        nonNegative((long) type.capacity(), path + ".capacity", "capacity", problems);
        if (withinDay(type.shift(), path + ".shift", problems) && day != null) {
            TimeWindow shift = type.shift();
            if (shift.startSeconds() < day.startSeconds()) {
                problems.add(new Problem(path + ".shift.start", "The shift starts (" + Times.format(shift.startSeconds())
                        + ") before the service day (" + range(day) + "); shifts must lie inside the service day."));
            }
            if (shift.endSeconds() > day.endSeconds()) {
                problems.add(new Problem(path + ".shift.end", "The shift ends (" + Times.format(shift.endSeconds())
                        + ") after the service day (" + range(day) + "); shifts must lie inside the service day."));
            }
        }
        blankSkills(type.skills(), path + ".skills", problems);
        breaks(type, path + ".breaks", problems);
        nonNegative(type.costPerHour(), path + ".costPerHour", "cost per hour", problems);
        nonNegative(type.costPerKm(), path + ".costPerKm", "cost per km", problems);
    }

    /**
     * Each break lasts a positive time, fits its window (earliest + minutes at most latest) and lies
     * inside the shift; breaks come in time order without overlapping windows.
     */
    private static void breaks(CourierType type, String path, List<Problem> problems) {
        TimeWindow shift = type.shift();
        int previousLatest = Integer.MIN_VALUE;
        for (int i = 0; i < type.breaks().size(); i++) {
            CourierBreak b = type.breaks().get(i);
            String at = path + "[" + i + "]";
            if (b.durationSeconds() <= 0) {
                problems.add(new Problem(at + ".minutes", "The break length (" + b.durationSeconds() / 60.0
                        + " minutes) must be positive; remove the break to have none."));
            }
            if (b.earliestSeconds() + b.durationSeconds() > b.latestSeconds()) {
                problems.add(new Problem(at + ".latest", "The break window (" + Times.format(b.earliestSeconds()) + ".."
                        + Times.format(b.latestSeconds()) + ") is shorter than the break (" + b.durationSeconds() / 60
                        + " minutes); set latest at least earliest + minutes."));
            }
            if (shift != null && (b.earliestSeconds() < shift.startSeconds() || b.latestSeconds() > shift.endSeconds())) {
                problems.add(new Problem(at, "The break window (" + Times.format(b.earliestSeconds()) + ".."
                        + Times.format(b.latestSeconds()) + ") is outside the shift (" + Times.format(shift.startSeconds())
                        + ".." + Times.format(shift.endSeconds()) + "); set it within the shift."));
            }
            if (b.earliestSeconds() < previousLatest) {
                problems.add(new Problem(at + ".earliest", "The break window starts (" + Times.format(b.earliestSeconds())
                        + ") before the previous break's window ends (" + Times.format(previousLatest)
                        + "); list breaks in time order with windows that do not overlap."));
            }
            previousLatest = Math.max(previousLatest, b.latestSeconds());
        }
    }

    private static void site(Site site, String path, CoordinateSystem cs, List<Problem> problems) {
        if (site == null) {
            return;
        }
        location(site.location(), path + ".location", cs, problems);
        nonNegative(site.openingCost(), path + ".openingCost", "opening cost", problems);
        int least = site.status() == SiteStatus.CLOSED ? 0 : 1;
        if (site.maxCouriers() < least) {
            problems.add(new Problem(path + ".maxCouriers", "The maximum number of couriers (" + site.maxCouriers()
                    + ") must be at least " + least + (least == 1 ? " for a site that is not closed." : ".")));
        }
    }

    private static void client(Client client, String path, CoordinateSystem cs, TimeWindow day,
            List<CourierType> types, Set<String> allSkills, List<Problem> problems) {
        if (client == null) {
            return;
        }
        location(client.location(), path + ".location", cs, problems);
        nonNegative(client.pickupsPerDay(), path + ".pickupsPerDay", "number of pickups per day", problems);
        List<Double> profile = client.hourlyProfile();
        if (profile.size() != ScenarioJson.PROFILE_HOURS) {
            problems.add(new Problem(path + ".hourlyProfile", "The hourly profile has " + profile.size()
                    + " values; give exactly 24, one per hour from 00:00."));
        } else {
            double sum = 0;
            boolean ok = true;
            for (int h = 0; h < profile.size(); h++) {
                double weight = profile.get(h);
                if (!Double.isFinite(weight) || weight < 0) {
                    problems.add(new Problem(path + ".hourlyProfile[" + h + "]", "The hourly weight ("
                            + OutpostJson.number(weight) + ") must be a non-negative number."));
                    ok = false;
                } else {
                    sum += weight;
                }
            }
            if (ok && sum == 0 && client.pickupsPerDay() > 0) {
                problems.add(new Problem(path + ".hourlyProfile", "The hourly profile is all zero while the client has "
                        + OutpostJson.number(client.pickupsPerDay()) + " pickups per day; give some hour a positive weight."));
            }
        }
        nonNegative((long) client.serviceSeconds(), path + ".serviceMinutes", "service time", problems);
        if (withinDay(client.window(), path + ".window", problems) && day != null
                && (client.window().endSeconds() < day.startSeconds()
                || client.window().startSeconds() > day.endSeconds())) {
            problems.add(new Problem(path + ".window", "The window (" + range(client.window())
                    + ") lies outside the service day (" + range(day) + "); the client could never be served."));
        }
        if (client.responseTargetSeconds() <= 0) {
            problems.add(new Problem(path + ".responseTargetMinutes", "The response target ("
                    + client.responseTargetSeconds() + " s) must be positive."));
        }
        if (client.priority() < 1) {
            problems.add(new Problem(path + ".priority", "The priority (" + client.priority() + ") must be at least 1."));
        }
        nonNegative((long) client.pickupSize(), path + ".pickupSize", "pickup size", problems);
        blankSkills(client.requiredSkills(), path + ".requiredSkills", problems);
        if (allSkills != null) {
            skills(client, path + ".requiredSkills", types, allSkills, problems);
        }
    }

    private static void skills(Client client, String path, List<CourierType> types, Set<String> allSkills,
            List<Problem> problems) {
        List<String> required = client.requiredSkills();
        boolean eachHeld = true;
        for (int k = 0; k < required.size(); k++) {
            String skill = required.get(k);
            if (!skill.isBlank() && !allSkills.contains(skill)) {
                String hint = Hints.closest(skill, allSkills.stream().sorted().toList());
                problems.add(new Problem(path + "[" + k + "]", "The required skill '" + skill
                        + "' is held by no courier type; add it to a courier type's skills"
                        + (hint == null ? "" : " or correct it (did you mean '" + hint + "'?)") + "."));
                eachHeld = false;
            }
        }
        if (!eachHeld || required.isEmpty()) {
            return;
        }
        for (CourierType type : types) {
            if (type.skills().containsAll(required)) {
                return;
            }
        }
        problems.add(new Problem(path, "No single courier type has all the required skills "
                + new LinkedHashSet<>(required) + "; give one courier type all of them."));
    }

    private static void blankSkills(List<String> skills, String path, List<Problem> problems) {
        for (int k = 0; k < skills.size(); k++) {
            if (skills.get(k).isBlank()) {
                problems.add(new Problem(path + "[" + k + "]", "The skill (\"" + skills.get(k)
                        + "\") is blank; name the skill or remove it."));
            }
        }
    }

    private static void location(Location location, String path, CoordinateSystem cs, List<Problem> problems) {
        if (location == null) {
            problems.add(new Problem(path, "The location is missing (null)."));
            return;
        }
        if (cs == CoordinateSystem.PLANAR) {
            finite(location.x(), path + ".x", "x coordinate", problems);
            finite(location.y(), path + ".y", "y coordinate", problems);
            return;
        }
        if (finite(location.latitude(), path + ".lat", "latitude", problems)
                && Math.abs(location.latitude()) > 90) {
            problems.add(new Problem(path + ".lat", "The latitude (" + OutpostJson.number(location.latitude())
                    + ") is outside -90..90; check that latitude and longitude are not swapped."));
        }
        if (finite(location.longitude(), path + ".lon", "longitude", problems)
                && Math.abs(location.longitude()) > 180) {
            problems.add(new Problem(path + ".lon", "The longitude (" + OutpostJson.number(location.longitude())
                    + ") is outside -180..180."));
        }
    }

    private static boolean finite(double value, String path, String what, List<Problem> problems) {
        if (Double.isFinite(value)) {
            return true;
        }
        problems.add(new Problem(path, "The " + what + " (" + OutpostJson.number(value) + ") is not a finite number."));
        return false;
    }

    private static void nonNegative(Number value, String path, String what, List<Problem> problems) {
        if (value == null) {
            return;
        }
        double v = value.doubleValue();
        if (!Double.isFinite(v)) {
            problems.add(new Problem(path, "The " + what + " (" + OutpostJson.number(v) + ") is not a finite number."));
        } else if (v < 0) {
            String text = value instanceof Double ? OutpostJson.number(v) : value.toString();
            problems.add(new Problem(path, "The " + what + " (" + text + ") must not be negative."));
        }
    }

    private static void travel(TravelSpec travel, List<IdAt> ids, boolean idsComplete, CoordinateSystem cs,
            List<Problem> problems) {
        if (travel instanceof TravelSpec.StraightLine line) {
            if (!Double.isFinite(line.detourFactor()) || line.detourFactor() < 1) {
                problems.add(new Problem("$.travel.detourFactor", "The detour factor ("
                        + OutpostJson.number(line.detourFactor()) + ") must be a number of at least 1 (road over straight-line distance)."));
            }
        } else if (travel instanceof TravelSpec.Matrix matrix) {
            matrix(matrix, ids, idsComplete, problems);
        } else if (travel instanceof TravelSpec.Road road) {
            road(road, cs, problems);
        }
    }

    private static void matrix(TravelSpec.Matrix matrix, List<IdAt> ids, boolean idsComplete, List<Problem> problems) {
        Map<String, String> scenarioIds = new HashMap<>();
        for (IdAt id : ids) {
            scenarioIds.putIfAbsent(id.id(), id.path());
        }
        Map<String, Integer> listed = new HashMap<>();
        List<String> points = matrix.pointIds();
        for (int i = 0; i < points.size(); i++) {
            String id = points.get(i);
            Integer first = listed.putIfAbsent(id, i);
            if (first != null) {
                problems.add(new Problem("$.travel.points[" + i + "]", "The point '" + id
                        + "' is listed twice (first at $.travel.points[" + first + "]); list every point once."));
            } else if (idsComplete && !scenarioIds.containsKey(id)) {
                String hint = Hints.closest(id, scenarioIds.keySet().stream().sorted().toList());
                problems.add(new Problem("$.travel.points[" + i + "]", "The point '" + id
                        + "' is unknown: no client, site or hub has this id"
                        + (hint == null ? "." : "; did you mean '" + hint + "'?")));
            }
        }
        for (IdAt id : ids) {
            if (id.id() != null && !listed.containsKey(id.id())) {
                problems.add(new Problem("$.travel.points", "The point '" + id.id() + "' (" + id.path()
                        + ") is missing from the matrix; every client, site and the hub need a row and a column."));
            }
        }
        boolean secondsShaped = square(matrix.seconds(), points.size(), "$.travel.seconds", problems);
        boolean metresShaped = square(matrix.metres(), points.size(), "$.travel.metres", problems);
        for (int i = 0; i < points.size(); i++) {
            for (int j = 0; j < points.size(); j++) {
                Integer s = secondsShaped ? matrix.seconds().get(i).get(j) : null;
                Integer m = metresShaped ? matrix.metres().get(i).get(j) : null;
                if (secondsShaped) {
                    entry(s, i, j, "$.travel.seconds", "travel time", problems);
                }
                if (metresShaped) {
                    entry(m, i, j, "$.travel.metres", "distance", problems);
                }
                if (secondsShaped && metresShaped && (s == null) != (m == null)) {
                    problems.add(new Problem((s == null ? "$.travel.metres" : "$.travel.seconds") + "[" + i + "][" + j
                            + "]", "The pair " + points.get(i) + " -> " + points.get(j)
                            + " is unreachable (null) in one table only; mark it null in both or in neither."));
                }
            }
        }
    }

    private static boolean square(List<List<Integer>> table, int n, String path, List<Problem> problems) {
        if (table.size() != n) {
            problems.add(new Problem(path, "The table has " + table.size() + " rows for " + n
                    + " points; it must be " + n + " x " + n + ", in the order of 'points'."));
            return false;
        }
        boolean ok = true;
        for (int i = 0; i < n; i++) {
            if (table.get(i).size() != n) {
                problems.add(new Problem(path + "[" + i + "]", "The row has " + table.get(i).size() + " entries for "
                        + n + " points; the table must be square."));
                ok = false;
            }
        }
        return ok;
    }

    private static void entry(Integer value, int i, int j, String path, String what, List<Problem> problems) {
        String at = path + "[" + i + "][" + j + "]";
        if (i == j && (value == null || value != 0)) {
            problems.add(new Problem(at, "The " + what + " from a point to itself (" + value + ") must be 0."));
        } else if (value != null && value < 0) {
            problems.add(new Problem(at, "The " + what + " (" + value + ") must not be negative; use null for no path."));
        }
    }

    /** Largest accepted {@code travel.maxWalkMetres}: 50 km (10 h at walking pace). */
    static final double MAX_WALK_METRES = 50_000;

    private static void road(TravelSpec.Road road, CoordinateSystem cs, List<Problem> problems) {
        Double walk = road.maxWalkMetres();
        if (walk != null && (!Double.isFinite(walk) || walk <= 0 || walk > MAX_WALK_METRES)) {
            problems.add(new Problem("$.travel.maxWalkMetres", "The walking limit (" + OutpostJson.number(walk)
                    + ") must be a number of metres above 0 and at most " + (int) MAX_WALK_METRES + " (default "
                    + (int) TravelSpec.Road.DEFAULT_MAX_WALK_METRES + ")."));
        }
        if (road.file() != null) {
            if (road.file().isBlank()) {
                problems.add(new Problem("$.travel.file", "The road network file name is blank; name an .osm, .osm.gz or .csv file."));
            }
            return;
        }
        if (road.nodes().isEmpty()) {
            problems.add(new Problem("$.travel.nodes", "The inline road network has no nodes."));
        }
        Map<Long, Integer> nodeIndex = new HashMap<>();
        for (int i = 0; i < road.nodes().size(); i++) {
            TravelSpec.RoadNode node = road.nodes().get(i);
            String path = "$.travel.nodes[" + i + "]";
            Integer first = nodeIndex.putIfAbsent(node.id(), i);
            if (first != null) {
                problems.add(new Problem(path + ".id", "The node id " + node.id() + " is already used at $.travel.nodes["
                        + first + "]; node ids must be unique."));
            }
            location(node.location(), path, cs, problems);
        }
        for (int i = 0; i < road.edges().size(); i++) {
            TravelSpec.RoadEdge edge = road.edges().get(i);
            String path = "$.travel.edges[" + i + "]";
            if (!nodeIndex.containsKey(edge.from())) {
                problems.add(new Problem(path + ".from", "The node " + edge.from() + " is not among the nodes."));
            }
            if (!nodeIndex.containsKey(edge.to())) {
                problems.add(new Problem(path + ".to", "The node " + edge.to() + " is not among the nodes."));
            }
            if (!Double.isFinite(edge.metres()) || edge.metres() < 0) {
                problems.add(new Problem(path + ".metres", "The length (" + OutpostJson.number(edge.metres())
                        + " m) must be a non-negative number."));
            }
            if (!Double.isFinite(edge.speedKmh()) || edge.speedKmh() <= 0) {
                problems.add(new Problem(path + ".speedKmh", "The speed (" + OutpostJson.number(edge.speedKmh())
                        + " km/h) must be a positive number."));
            }
        }
    }

    private static String range(TimeWindow window) {
        return Times.format(window.startSeconds()) + "-" + Times.format(window.endSeconds());
    }

    // ---- Upper bounds (Limits): every value small enough that no sum can overflow. ----

    /**
     * The upper bounds of {@link Limits}, each reported with its JSON path; values that are
     * negative or not finite are reported by the checks above, not here.
     */
    private static void ranges(ScenarioDraft d, List<Problem> problems) {
        Horizon horizon = d.horizon();
        if (horizon != null && horizon.days() > Limits.MAX_DAYS) {
            problems.add(new Problem("$.horizon.days", "The number of days (" + horizon.days() + ") is above "
                    + Limits.MAX_DAYS + "; plan at most ten years at a time."));
        }
        budgetRanges(d.budget(), problems);
        List<CourierType> types = d.courierTypes() == null ? List.of() : d.courierTypes();
        long fleet = 0;
        boolean countsInRange = true;
        for (int i = 0; i < types.size(); i++) {
            CourierType type = types.get(i);
            if (type != null) {
                courierTypeRanges(type, "$.courierTypes[" + i + "]", problems);
                fleet += Math.max(0, type.count());
                countsInRange &= type.count() <= Limits.MAX_COURIERS;
            }
        }
        if (countsInRange && fleet > Limits.MAX_FLEET) {
            problems.add(new Problem("$.courierTypes", "The fleet (" + fleet + " couriers in all) is above "
                    + Limits.MAX_FLEET + "; give real courier counts."));
        }
        List<Site> sites = d.sites() == null ? List.of() : d.sites();
        for (int i = 0; i < sites.size(); i++) {
            siteRanges(sites.get(i), "$.sites[" + i + "]", problems);
        }
        List<Client> clients = d.clients() == null ? List.of() : d.clients();
        if (clients.size() > Limits.MAX_CLIENTS) {
            problems.add(new Problem("$.clients", "The number of clients (" + clients.size() + ") is above "
                    + Limits.MAX_CLIENTS + "; split the scenario."));
        }
        for (int i = 0; i < clients.size(); i++) {
            clientRanges(clients.get(i), "$.clients[" + i + "]", problems);
        }
        travelRanges(d.travel(), problems);
        straightLineExtent(d, problems);
    }

    /**
     * Straight-line travel must stay within a day for the slowest courier type: the longest trip
     * is bounded from the points' bounding box (planar: width + height; geographic: earth radius x
     * (latitude span + longitude span), radians), which is never shorter than the real longest trip.
     */
    private static void straightLineExtent(ScenarioDraft d, List<Problem> problems) {
        if (!(d.travel() instanceof TravelSpec.StraightLine line) || !Double.isFinite(line.detourFactor())
                || line.detourFactor() < 1 || line.detourFactor() > Limits.MAX_DETOUR_FACTOR || d.courierTypes() == null) {
            return;
        }
        double slowest = Double.POSITIVE_INFINITY;
        for (CourierType type : d.courierTypes()) {
            if (type == null || !Double.isFinite(type.speedKmh()) || type.speedKmh() < Limits.MIN_SPEED_KMH
                    || type.speedKmh() > Limits.MAX_SPEED_KMH) {
                return;
            }
            slowest = Math.min(slowest, type.speedKmh());
        }
        List<Location> points = new ArrayList<>();
        if (d.hub() != null) {
            points.add(d.hub().location());
        }
        (d.sites() == null ? List.<Site>of() : d.sites()).forEach(s -> points.add(s == null ? null : s.location()));
        (d.clients() == null ? List.<Client>of() : d.clients()).forEach(c -> points.add(c == null ? null : c.location()));
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        CoordinateSystem cs = d.coordinates() == null ? CoordinateSystem.GEOGRAPHIC : d.coordinates();
        for (Location p : points) {
            if (p == null || !Double.isFinite(p.x()) || !Double.isFinite(p.y())
                    || (cs == CoordinateSystem.GEOGRAPHIC && (Math.abs(p.y()) > 90 || Math.abs(p.x()) > 180))) {
                // Already reported at the point; its extent would only repeat it.
                return;
            }
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        if (points.isEmpty() || slowest == Double.POSITIVE_INFINITY) {
            return;
        }
        double metres = cs == CoordinateSystem.PLANAR ? (maxX - minX) + (maxY - minY)
                : CoordinateSystem.EARTH_RADIUS_METRES * (Math.toRadians(maxY - minY)
                        + Math.min(Math.PI, Math.toRadians(maxX - minX)));
        double seconds = metres * line.detourFactor() / (slowest / 3.6);
        if (seconds > Limits.MAX_DURATION_SECONDS || metres * line.detourFactor() > Limits.MAX_METRES) {
            problems.add(new Problem("$.travel", "The points span up to " + show(metres / 1000) + " km (bounding box);"
                    + " at the slowest courier type's " + show(slowest) + " km/h with detour factor "
                    + show(line.detourFactor()) + " a trip could take " + show(seconds / 3600) + " h, more than a day;"
                    + " check the coordinates (and their system) or the speeds."));
        }
    }

    private static void budgetRanges(Budget budget, List<Problem> problems) {
        if (budget != null && budget.maxOpeningCost() != null) {
            atMost(budget.maxOpeningCost(), Limits.MAX_MONEY, "$.budget.maxOpeningCost", "maximum opening cost", problems);
        }
    }

    private static void courierTypeRanges(CourierType type, String path, List<Problem> problems) {
        atLeast(type.speedKmh(), Limits.MIN_SPEED_KMH, path + ".speedKmh", "speed (km/h)", problems);
        atMost(type.count(), Limits.MAX_COURIERS, path + ".count", "courier count", problems);
        atMost(type.speedKmh(), Limits.MAX_SPEED_KMH, path + ".speedKmh", "speed (km/h)", problems);
        atMost(type.capacity(), Limits.MAX_CAPACITY, path + ".capacity", "capacity", problems);
        atMost(type.costPerHour(), Limits.MAX_COST_RATE, path + ".costPerHour", "cost per hour", problems);
        atMost(type.costPerKm(), Limits.MAX_COST_RATE, path + ".costPerKm", "cost per km", problems);
    }

    private static void siteRanges(Site site, String path, List<Problem> problems) {
        if (site == null) {
            return;
        }
        atMost(site.openingCost(), Limits.MAX_MONEY, path + ".openingCost", "opening cost", problems);
        atMost(site.maxCouriers(), Limits.MAX_COURIERS, path + ".maxCouriers", "maximum number of couriers", problems);
    }

    private static void clientRanges(Client client, String path, List<Problem> problems) {
        if (client == null) {
            return;
        }
        atMost(client.pickupsPerDay(), Limits.MAX_PICKUPS_PER_DAY, path + ".pickupsPerDay",
                "number of pickups per day", problems);
        List<Double> profile = client.hourlyProfile();
        for (int h = 0; h < profile.size(); h++) {
            atMost(profile.get(h), Limits.MAX_PROFILE_WEIGHT, path + ".hourlyProfile[" + h + "]", "hourly weight",
                    problems);
        }
        minutesAtMost(client.serviceSeconds(), path + ".serviceMinutes", "service time", problems);
        minutesAtMost(client.responseTargetSeconds(), path + ".responseTargetMinutes", "response target", problems);
        atMost(client.priority(), Limits.MAX_PRIORITY, path + ".priority", "priority", problems);
        atMost(client.pickupSize(), Limits.MAX_CAPACITY, path + ".pickupSize", "pickup size", problems);
    }

    private static void travelRanges(TravelSpec travel, List<Problem> problems) {
        if (travel instanceof TravelSpec.StraightLine line) {
            atMost(line.detourFactor(), Limits.MAX_DETOUR_FACTOR, "$.travel.detourFactor", "detour factor", problems);
        } else if (travel instanceof TravelSpec.Matrix matrix) {
            tableRanges(matrix.seconds(), Limits.MAX_DURATION_SECONDS, "$.travel.seconds", "travel time (s)", problems);
            tableRanges(matrix.metres(), Limits.MAX_METRES, "$.travel.metres", "distance (m)", problems);
        } else if (travel instanceof TravelSpec.Road road) {
            for (int i = 0; i < road.edges().size(); i++) {
                TravelSpec.RoadEdge edge = road.edges().get(i);
                atMost(edge.metres(), Limits.MAX_METRES, "$.travel.edges[" + i + "].metres", "length (m)", problems);
                atMost(edge.speedKmh(), Limits.MAX_SPEED_KMH, "$.travel.edges[" + i + "].speedKmh", "speed (km/h)",
                        problems);
                atLeast(edge.speedKmh(), Limits.MIN_SPEED_KMH, "$.travel.edges[" + i + "].speedKmh", "speed (km/h)",
                        problems);
            }
        }
    }

    private static void tableRanges(List<List<Integer>> table, int max, String path, String what,
            List<Problem> problems) {
        for (int i = 0; i < table.size(); i++) {
            List<Integer> row = table.get(i);
            for (int j = 0; j < row.size(); j++) {
                Integer v = row.get(j);
                if (v != null) {
                    atMost(v, max, path + "[" + i + "][" + j + "]", what, problems);
                }
            }
        }
    }

    private static void minutesAtMost(int seconds, String path, String what, List<Problem> problems) {
        if (seconds > Limits.MAX_DURATION_SECONDS) {
            problems.add(new Problem(path, "The " + what + " (" + OutpostJson.number(seconds / 60.0)
                    + " minutes) is longer than a day (" + Limits.MAX_DURATION_SECONDS / 60 + " minutes); give at most "
                    + Limits.MAX_DURATION_SECONDS / 60 + "."));
        }
    }

    private static void atMost(double value, double max, String path, String what, List<Problem> problems) {
        if (Double.isFinite(value) && value > max) {
            problems.add(new Problem(path, "The " + what + " (" + show(value) + ") is above the largest "
                    + "accepted value (" + show(max) + "); check the unit or give a real value."));
        }
    }

    /** Positive values below {@code min} (zero and negatives are reported by the checks above). */
    private static void atLeast(double value, double min, String path, String what, List<Problem> problems) {
        if (Double.isFinite(value) && value > 0 && value < min) {
            problems.add(new Problem(path, "The " + what + " (" + show(value) + ") is below the smallest accepted value ("
                    + show(min) + "); check the unit or give a real value."));
        }
    }

    /** A number as JSON would write it, but in exponent form when it is huge (1.0E300, not 301 digits). */
    private static String show(double value) {
        return Math.abs(value) >= 1e15 || (value != 0 && Math.abs(value) < 1e-6) ? Double.toString(value)
                : OutpostJson.number(value);
    }

    private static void atMost(long value, long max, String path, String what, List<Problem> problems) {
        if (value > max) {
            problems.add(new Problem(path, "The " + what + " (" + value + ") is above the largest accepted value ("
                    + max + "); check the unit or give a real value."));
        }
    }
}
