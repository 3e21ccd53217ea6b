package dev.outpost.sim.cli;

import dev.outpost.io.Times;
import dev.outpost.model.CourierType;
import dev.outpost.model.Problem;
import dev.outpost.model.Scenario;
import dev.outpost.model.TimeWindow;
import dev.outpost.model.TravelSpec;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelModels;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import dev.outpost.travel.road.RoadTravelModel;
import dev.outpost.travel.road.RoadTravelResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>With {@code --courier-type} or {@code --depart HH:MM} the summary is that courier type's
 * (its road profile) leaving at that time (time-dependent legs, {@link TravelTables#legSeconds});
 * with {@code --courier-type} alone, at free flow. Without either, today's summary is followed by
 * one line per courier type at its peak and off-peak slice within the service day.
 *
 * <p>Run: {@code java -jar simulator/target/outpost.jar travel city.json}
 */
@Command(
        name = "travel",
        mixinStandardHelpOptions = true,
        description = {
            "Builds the travel tables of a scenario (the default city when FILE is omitted) and prints",
            "points, unreachable pairs, mean, 90th percentile and maximum travel time and the detour factor;",
            "with --courier-type/--depart for that courier type leaving at that time, otherwise also one line",
            "per courier type at its peak and off-peak hour."
        })
public final class TravelCommand implements Callable<Integer> {

    /** Pairs closer than this in a straight line are left out of the detour factor (snapping noise). */
    private static final double MIN_DETOUR_METRES = 200.0;

    @Mixin
    ScenarioArguments input;

    @Option(names = "--max-unreachable", paramLabel = "N", defaultValue = "20",
            description = "Most unreachable pairs listed by name, 0 to 1000000 (default ${DEFAULT-VALUE}).")
    int maxUnreachable;

    @Option(names = "--depart", paramLabel = "HH:MM",
            description = "Departure time of day for the time-dependent travel times (default: free flow).")
    String depart;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
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
        Integer departSecond = departSecond();
        TravelTables tables;
        try {
            tables = model.tables(points.ids(), points.locations(), scenario.courierTypes(),
                    TravelModels.congestion(scenario));
        } catch (IllegalArgumentException e) {
            throw new CliException(1, e.getMessage());
        }
        boolean chosen = departSecond != null || input.courierTypeId != null;
        if (chosen) {
            int profile = tables.profileIndex(type.id());
            times = departSecond == null ? tables.freeFlow(profile) : legsAt(tables, profile, departSecond);
        }

        List<String> walks = new ArrayList<>();
        if (model instanceof RoadTravelModel road && scenario.travel() instanceof TravelSpec.Road spec) {
            // Each courier type walks from the nearest road it may drive: refuse beyond the limit, show the walk.
            List<Problem> tooFar = new ArrayList<>();
            TravelCheck.walks(scenario, points, road, spec.maxWalkMetresOrDefault(), tooFar, walks);
            if (!tooFar.isEmpty()) {
                throw CliException.input(TravelCheck.message(source.label(), tooFar));
            }
        }
        out.printf(Locale.ROOT, "scenario: %s (%s)%n", scenario.name(), source.label());
        out.printf(Locale.ROOT, "travel model: %s%n", model instanceof RoadTravelModel ? "road network"
                : scenario.travel() instanceof dev.outpost.model.TravelSpec.Matrix ? "matrix" : "straight line");
        out.printf(Locale.ROOT, "points: %d (hub 1, sites %d, clients %d)%n", points.size(), points.siteCount(),
                points.clientCount());
        if (maxSnap >= 0) {
            out.printf(Locale.ROOT, "largest snapping distance: %d m%n", maxSnap);
            for (String walk : walks) {
                out.printf(Locale.ROOT, "  %s%n", SafeText.oneLine(walk));
            }
        }
        if (chosen) {
            out.printf(Locale.ROOT, "courier type: %s, departure: %s%n", type.id(),
                    departSecond == null ? "free flow" : Times.format(departSecond));
        }
        summarise(scenario, points, times, out);
        if (!chosen) {
            byCourierType(scenario, tables, out);
        }
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
        err.printf(Locale.ROOT, "profile tables: %d tables, %d bytes, %d ms%n", tables.tableCount(), tables.bytes(),
                tables.buildMillis());
        err.flush();
        return unreachable.isEmpty() ? ExitCode.OK : ExitCode.INFEASIBLE;
    }

    /** The {@code --depart} time as seconds since 00:00, or {@code null}; exit 2 when it is not a time. */
    private Integer departSecond() {
        if (depart == null) {
            return null;
        }
        int seconds = Times.parseOrMinusOne(depart);
        if (seconds < 0) {
            throw new CliException(2, "The departure time (" + SafeText.oneLine(depart) + ") is not a time of day; give HH:MM from"
                    + " 00:00 to 24:00, for example --depart 08:30.");
        }
        return seconds;
    }

    /** Every leg of {@code profile} leaving at {@code second}, as a table. */
    private static TravelTimes legsAt(TravelTables tables, int profile, int second) {
        int n = tables.size();
        int[] seconds = new int[n * n];
        int[] metres = new int[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                seconds[i * n + j] = tables.legSeconds(profile, i, j, second);
                metres[i * n + j] = tables.legMetres(profile, i, j);
            }
        }
        return new TravelTimes(tables.pointIds(), seconds, metres);
    }

    /** One line per courier type: mean and p90 at its peak and off-peak slice within the service day. */
    private static void byCourierType(Scenario scenario, TravelTables tables, PrintWriter out) {
        TimeWindow day = scenario.horizon().serviceDay();
        for (int p = 0; p < tables.profileCount(); p++) {
            int peak = tables.peakSecond(p, day.startSeconds(), day.endSeconds());
            int offPeak = tables.offPeakSecond(p, day.startSeconds(), day.endSeconds());
            TravelTimes atPeak = legsAt(tables, p, peak);
            TravelTimes atOffPeak = legsAt(tables, p, offPeak);
            out.printf(Locale.ROOT, "courier type %s: peak %s mean %.1f min p90 %.1f min; off-peak %s mean %.1f min"
                    + " p90 %.1f min; unreachable pairs %d%n", tables.profileIds().get(p), Times.format(peak),
                    mean(atPeak) / 60.0, p90(atPeak) / 60.0, Times.format(offPeak), mean(atOffPeak) / 60.0,
                    p90(atOffPeak) / 60.0, atPeak.unreachablePairs().size());
        }
    }

    private static double mean(TravelTimes times) {
        int[] s = reachableOffDiagonal(times);
        return s.length == 0 ? 0.0 : Arrays.stream(s).asLongStream().sum() / (double) s.length;
    }

    /** The 90th percentile (nearest rank) of the reachable off-diagonal seconds. */
    private static int p90(TravelTimes times) {
        int[] s = reachableOffDiagonal(times);
        if (s.length == 0) {
            return 0;
        }
        Arrays.sort(s);
        return s[(int) Math.ceil(0.9 * s.length) - 1];
    }

    private static int[] reachableOffDiagonal(TravelTimes times) {
        int n = times.size();
        int[] out = new int[n * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && times.reachable(i, j)) {
                    out[k++] = times.seconds(i, j);
                }
            }
        }
        return Arrays.copyOf(out, k);
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
        out.printf(Locale.ROOT, "p90 travel time: %.1f min%n", p90(times) / 60.0);
        out.printf(Locale.ROOT, "max travel time: %.1f min (%s)%n", maxSeconds / 60.0, maxPair);
        out.printf(Locale.ROOT, "detour factor (road metres / straight line, pairs over %.0f m): mean %.2f, max %.2f%n",
                MIN_DETOUR_METRES, ratioPairs == 0 ? 0.0 : sumRatio / ratioPairs, maxRatio);
    }
}
