package dev.outpost.sim.cli;

import dev.outpost.model.CourierType;
import dev.outpost.model.Problem;
import dev.outpost.model.Scenario;
import dev.outpost.model.TravelSpec;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.travel.Reachability;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelModels;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import dev.outpost.travel.road.RoadTravelModel;
import dev.outpost.travel.road.RoadTravelResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The travel checks every command shares with {@code validate} ("what validate accepts, every
 * command runs"): the travel tables the commands use (each courier type's profile, each congestion
 * slice) are built and must be buildable, every site and client must reach the hub and be reached
 * from it by every courier type, and no leg may be longer than the routing model holds
 * ({@link RoutingProblem#LONGEST_DURATION} seconds). On a road network, each point must lie within
 * the walking limit ({@code travel.maxWalkMetres}) of the roads each courier type may drive (a
 * courier parks at the nearest such road and walks), and the longest walk is reported. Each
 * problem names the point's JSON path.
 */
final class TravelCheck {

    private TravelCheck() {
    }

    /**
     * Builds the scenario's travel tables as the commands do ({@link ScenarioSource#tables()}).
     *
     * @return the tables, or the problems that keep them from being built
     */
    static Built build(Scenario scenario, Path file) {
        if (scenario.courierTypes().isEmpty()) {
            return new Built(null, List.of(), List.of());
        }
        TravelModel model = ScenarioSource.travelModel(scenario, file, scenario.courierTypes().get(0));
        ScenarioPoints points = ScenarioPoints.of(scenario);
        List<Problem> problems = new ArrayList<>();
        List<String> walks = new ArrayList<>();
        TravelTables tables;
        try {
            if (model instanceof RoadTravelModel road && scenario.travel() instanceof TravelSpec.Road spec) {
                walks(scenario, points, road, spec.maxWalkMetresOrDefault(), problems, walks);
            }
            tables = model.tables(points.ids(), points.locations(), scenario.courierTypes(),
                    TravelModels.congestion(scenario));
        } catch (IllegalArgumentException | ArithmeticException e) {
            problems.add(unbuildable(scenario, String.valueOf(e.getMessage())));
            return new Built(null, problems, walks);
        }
        return new Built(tables, problems, walks);
    }

    /**
     * Tables built (or null when they cannot be), the problems found while building them (walks
     * beyond the limit, tables that cannot be built), and one line per courier type with its
     * longest walk between a point and the roads it may drive.
     */
    record Built(TravelTables tables, List<Problem> problems, List<String> walks) {
    }

    /**
     * The walks between each point and the roads each courier type may drive (the courier parks at
     * the nearest such road and walks at the off-road speed): a problem for each point farther than
     * {@code limit} metres, and a line per type with its longest walk.
     */
    static void walks(Scenario scenario, ScenarioPoints points, RoadTravelModel road, double limit,
            List<Problem> problems, List<String> walks) {
        Map<String, String> reasons = new LinkedHashMap<>();
        Map<String, List<String>> types = new LinkedHashMap<>();
        double metresPerSecond = road.offRoadKmh() / 3.6;
        for (CourierType type : scenario.courierTypes()) {
            List<RoadTravelResult.Snap> snaps = road.snapsFor(points.ids(), points.locations(), type);
            int longest = 0;
            for (int i = 0; i < snaps.size(); i++) {
                int metres = snaps.get(i).metres();
                if (metres > snaps.get(longest).metres()) {
                    longest = i;
                }
                if (metres > limit) {
                    add(reasons, types, points.jsonPath(i) + ".location", "walk", "The " + points.describe(i) + " is "
                            + String.format(Locale.ROOT, "%,d", metres) + " m from the nearest road courier type '"
                            + type.id() + "' may drive" + barred(type) + ": its courier would park there and walk "
                            + minutes(metres / metresPerSecond) + " each way at " + road.offRoadKmh() + " km/h. That is"
                            + " beyond the walking limit of " + String.format(Locale.ROOT, "%,.0f", limit) + " m"
                            + " ($.travel.maxWalkMetres); move the point, allow the road class, or raise the limit.",
                            type.id());
                }
            }
            RoadTravelResult.Snap far = snaps.get(longest);
            walks.add("courier type '" + type.id() + "': longest walk " + String.format(Locale.ROOT, "%,d", far.metres())
                    + " m (" + minutes(far.metres() / metresPerSecond) + " each way at " + road.offRoadKmh() + " km/h) at the "
                    + points.describe(longest) + ", within the limit of " + String.format(Locale.ROOT, "%,.0f", limit) + " m");
        }
        problems.addAll(merged(reasons, types, scenario.courierTypes().size()));
    }

    private static String barred(CourierType type) {
        List<String> barred = List.copyOf(type.roadProfileOrDefault().barredClasses());
        return barred.isEmpty() ? "" : " (barred from " + String.join(", ", barred) + ")";
    }

    private static String minutes(double seconds) {
        return String.format(Locale.ROOT, "%,.1f min", seconds / 60);
    }

    /**
     * The problem for tables that cannot be built, at the courier type's road profile when the
     * message names a courier type (its profile), else at {@code $.travel}.
     */
    private static Problem unbuildable(Scenario scenario, String message) {
        for (int t = 0; t < scenario.courierTypes().size(); t++) {
            CourierType type = scenario.courierTypes().get(t);
            if (message.contains("'" + type.id() + "'")) {
                return new Problem("$.courierTypes[" + t + "].roadProfile", "The travel tables of courier type '"
                        + type.id() + "' cannot be built with its road profile and the congestion ($.travel.congestion): "
                        + message + " A speed cap or factor this small makes roads too slow for the road model;"
                        + " raise it.");
            }
        }
        return new Problem("$.travel", "The travel tables cannot be built: " + message);
    }

    /**
     * The reachability and leg-limit problems of built tables, merged over courier types.
     *
     * @param scenario the scenario
     * @param tables   its tables, in {@link ScenarioPoints} order, one profile per courier type
     * @return the problems, one per point, in point order; empty when every command can run on them
     */
    static List<Problem> problems(Scenario scenario, TravelTables tables) {
        ScenarioPoints points = ScenarioPoints.of(scenario);
        Map<String, String> reasons = new LinkedHashMap<>();
        Map<String, List<String>> types = new LinkedHashMap<>();
        for (int p = 0; p < tables.profileCount(); p++) {
            String type = tables.profileIds().get(p);
            for (Problem problem : Reachability.problems(scenario, tables.freeFlow(p))) {
                add(reasons, types, problem.path(), "reach", problem.reason(), type);
            }
            int hub = points.hubIndex();
            int n = tables.size();
            for (int d = 0; d < tables.distinctTables(p); d++) {
                TravelTimes t = tables.table(p, d);
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        int s = t.seconds(i, j);
                        if (s == TravelTimes.UNREACHABLE || s <= RoutingProblem.LONGEST_DURATION) {
                            continue;
                        }
                        // Blame the end farther from the hub (the hub itself never).
                        int far = i == hub ? j : j == hub ? i : farther(t, hub, i, j);
                        add(reasons, types, points.jsonPath(far) + ".location", "far", "The " + points.describe(far)
                                + " is too far: a leg to or from it takes " + hours(s) + " (" + s + " s), longer"
                                + " than the routing model's limit of " + hours(RoutingProblem.LONGEST_DURATION) + " ("
                                + RoutingProblem.LONGEST_DURATION + " s); check its coordinates.", type);
                    }
                }
            }
        }
        return merged(reasons, types, tables.profileCount());
    }

    /** One problem per path and kind, naming the courier types it concerns when there are several. */
    private static List<Problem> merged(Map<String, String> reasons, Map<String, List<String>> types, int typeCount) {
        List<Problem> out = new ArrayList<>();
        reasons.forEach((key, reason) -> {
            List<String> who = types.get(key);
            String path = key.substring(0, key.indexOf('\n'));
            out.add(new Problem(path, reason + (typeCount > 1 ? " (courier type" + (who.size() > 1 ? "s " : " ")
                    + String.join(", ", who.stream().map(w -> "'" + w + "'").toList()) + ")" : "")));
        });
        return out;
    }

    /** One problem per path and kind: the first reason of a kind is kept, the courier types collected. */
    private static void add(Map<String, String> reasons, Map<String, List<String>> types, String path, String kind,
            String reason, String type) {
        String key = path + "\n" + kind;
        reasons.putIfAbsent(key, reason);
        List<String> who = types.computeIfAbsent(key, k -> new ArrayList<>());
        if (!who.contains(type)) {
            who.add(type);
        }
    }

    private static int farther(TravelTimes t, int hub, int i, int j) {
        return distance(t, hub, i) >= distance(t, hub, j) ? i : j;
    }

    private static long distance(TravelTimes t, int hub, int p) {
        int a = t.seconds(hub, p);
        int b = t.seconds(p, hub);
        return Math.max(a == TravelTimes.UNREACHABLE ? 0 : a, b == TravelTimes.UNREACHABLE ? 0 : b);
    }

    private static String hours(long seconds) {
        return String.format(Locale.ROOT, "%,.1f h", seconds / 3600.0);
    }

    /**
     * Refuses (exit 1, every problem with its path) tables a command cannot run on.
     *
     * @throws CliException listing the problems
     */
    static void require(Scenario scenario, String label, TravelTables tables) {
        List<Problem> problems = problems(scenario, tables);
        if (!problems.isEmpty()) {
            throw CliException.input(message(label, problems));
        }
    }

    /** The problems as {@code label has N problems:} and one {@code path: reason} line each. */
    static String message(String label, List<Problem> problems) {
        StringBuilder text = new StringBuilder(label + " has " + problems.size() + (problems.size() == 1 ? " problem"
                : " problems") + " with its travel (outpost validate lists them too):");
        for (Problem problem : problems) {
            text.append("\n  ").append(problem);
        }
        return text.toString();
    }
}
