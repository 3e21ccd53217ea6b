package dev.outpost.sim.cli;

import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelTimes;
import dev.outpost.travel.road.RoadTravelModel;
import dev.outpost.travel.road.RoadTravelResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outpost travel [FILE]}: builds the travel tables between every point of a scenario (the
 * default city when no file is given) and prints the points, the unreachable pairs by name, the
 * mean and maximum travel time, and the detour factor against the straight line. Standard output
 * is deterministic; the build time, which is not, goes to standard error.
 *
 * <p>Run: {@code java -jar simulator/target/outpost.jar travel city.json}
 */
@Command(
        name = "travel",
        mixinStandardHelpOptions = true,
        description = {
            "Builds the travel tables of a scenario (the default city when FILE is omitted) and prints",
            "points, unreachable pairs, mean and maximum travel time and the detour factor."
        })
public final class TravelCommand implements Callable<Integer> {

    /** Pairs closer than this in a straight line are left out of the detour factor (snapping noise). */
    private static final double MIN_DETOUR_METRES = 200.0;

    @Mixin
    ScenarioArguments input;

    @Option(names = "--max-unreachable", paramLabel = "N", defaultValue = "20",
            description = "Most unreachable pairs listed by name, 0 to 1000000 (default ${DEFAULT-VALUE}).")
    int maxUnreachable;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NumberConverters.range("--max-unreachable", maxUnreachable, 0, 1_000_000);
        ScenarioSource source = input.load();
        Scenario scenario = source.scenario();
        CourierType type = input.courierType(source);
        ScenarioPoints points = ScenarioPoints.of(scenario);
        long started = System.nanoTime();
        TravelModel model = source.travelModel(type);
        long built = System.nanoTime();
        TravelTimes times;
        int maxSnap = -1;
        if (model instanceof RoadTravelModel road) {
            RoadTravelResult result = road.tableWithSnaps(points.ids(), points.locations());
            times = result.times();
            maxSnap = result.maxSnapMetres();
        } else {
            times = points.table(model);
        }
        long tabled = System.nanoTime();

        out.printf(Locale.ROOT, "scenario: %s (%s)%n", scenario.name(), source.label());
        out.printf(Locale.ROOT, "travel model: %s%n", model instanceof RoadTravelModel ? "road network"
                : scenario.travel() instanceof dev.outpost.model.TravelSpec.Matrix ? "matrix" : "straight line");
        out.printf(Locale.ROOT, "points: %d (hub 1, sites %d, clients %d)%n", points.size(), points.siteCount(),
                points.clientCount());
        if (maxSnap >= 0) {
            out.printf(Locale.ROOT, "largest snapping distance: %d m%n", maxSnap);
        }
        summarise(scenario, points, times, out);
        List<TravelTimes.UnreachablePair> unreachable = times.unreachablePairs();
        out.printf(Locale.ROOT, "unreachable pairs: %d%n", unreachable.size());
        for (int i = 0; i < Math.min(maxUnreachable, unreachable.size()); i++) {
            TravelTimes.UnreachablePair pair = unreachable.get(i);
            out.printf(Locale.ROOT, "  %s -> %s%n", pair.fromId(), pair.toId());
        }
        if (unreachable.size() > maxUnreachable) {
            out.printf(Locale.ROOT, "  ... and %d more%n", unreachable.size() - maxUnreachable);
        }
        OutputFiles.finish(out);
        err.printf(Locale.ROOT, "build time: model %.3f s, %dx%d table %.3f s%n", (built - started) / 1e9,
                points.size(), points.size(), (tabled - built) / 1e9);
        err.flush();
        return unreachable.isEmpty() ? ExitCode.OK : ExitCode.INFEASIBLE;
    }

    private static void summarise(Scenario scenario, ScenarioPoints points, TravelTimes times, PrintWriter out) {
        int n = times.size();
        long sumSeconds = 0;
        long pairs = 0;
        int maxSeconds = 0;
        String maxPair = "-";
        double sumRatio = 0;
        long ratioPairs = 0;
        double maxRatio = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j || !times.reachable(i, j)) {
                    continue;
                }
                int s = times.seconds(i, j);
                sumSeconds += s;
                pairs++;
                if (s > maxSeconds) {
                    maxSeconds = s;
                    maxPair = points.id(i) + " -> " + points.id(j);
                }
                double straight = scenario.coordinates().straightLineMetres(points.location(i), points.location(j));
                if (straight >= MIN_DETOUR_METRES) {
                    double ratio = times.metres(i, j) / straight;
                    sumRatio += ratio;
                    ratioPairs++;
                    maxRatio = Math.max(maxRatio, ratio);
                }
            }
        }
        out.printf(Locale.ROOT, "reachable pairs: %d%n", pairs);
        out.printf(Locale.ROOT, "mean travel time: %.1f min%n", pairs == 0 ? 0.0 : sumSeconds / 60.0 / pairs);
        out.printf(Locale.ROOT, "max travel time: %.1f min (%s)%n", maxSeconds / 60.0, maxPair);
        out.printf(Locale.ROOT, "detour factor (road metres / straight line, pairs over %.0f m): mean %.2f, max %.2f%n",
                MIN_DETOUR_METRES, ratioPairs == 0 ? 0.0 : sumRatio / ratioPairs, maxRatio);
    }
}
