package dev.outpost.bench.routing;

import dev.outpost.city.DefaultCity;
import dev.outpost.model.Scenario;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.ScenarioDay;
import dev.outpost.routing.route.RouteKernel;
import dev.outpost.routing.route.RouteSlack;
import dev.outpost.routing.route.RouteWalk;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelModels;
import dev.outpost.travel.TravelTables;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Leg-time evaluation inside the route kernel, static against time-dependent, on the default
 * city's day (970 pickups, 34 couriers, 353 points), with the same routes in both: the kernel's
 * cheapest-insertion construction on the static problem (seed order), then
 * <ul>
 *   <li>{@code walk}: a full {@link RouteWalk} of every route (what the incremental score
 *       calculator does per move), one leg per stop plus the drive to the hub;</li>
 *   <li>{@code slack}: {@link RouteKernel#slack} of every route (the insertion preprocessing);</li>
 *   <li>{@code insertion}: the cheapest-insertion scan ({@link RouteKernel#cheapestInsertion})
 *       of 64 random pickups over all routes, whose time-dependent check propagates the
 *       push-forward along the route instead of the O(1) slack test.</li>
 * </ul>
 * {@code travel}: {@code static} = the scooter's free-flow table for everyone (a plain
 * {@code TravelTimes} problem, today's path); {@code timeDependent} = each courier type's
 * profile with the city's congestion (48 slices of 30 min), legs timed from their departures.
 * The setup prints the number of legs per {@code walk} invocation.
 *
 * <p>Run: {@code java -Djmh.ignoreLock=true -jar benchmarks/target/benchmarks.jar KernelLegBenchmark -f 1 -wi 2 -i 5 -w 2s -r 2s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class KernelLegBenchmark {

    @Param({"static", "timeDependent"})
    public String travel;

    private RouteKernel kernel;
    private RouteWalk walk;
    private int[][] routes;
    private RouteSlack[] slacks;
    private int[] sample;

    @Setup(Level.Trial)
    public void prepare() {
        Scenario city = DefaultCity.scenario();
        ScenarioPoints points = ScenarioPoints.of(city);
        TravelModel model = TravelModels.forScenario(city, city.courierTypes().get(0));
        RoutingProblem plain = ScenarioDay.build(city, points.table(model), null);
        RoutingOptions options = RoutingOptions.defaults();
        RouteKernel staticKernel = RouteKernel.of(plain, options);
        List<List<Integer>> built = new ArrayList<>();
        for (int c = 0; c < staticKernel.courierCount(); c++) {
            built.add(new ArrayList<>());
        }
        List<Integer> all = new ArrayList<>();
        for (int p = 0; p < staticKernel.pickupCount(); p++) {
            all.add(p);
        }
        staticKernel.insertAll(built, all);
        if (travel.equals("static")) {
            kernel = staticKernel;
        } else {
            TravelTables tables = model.tables(points.ids(), points.locations(), city.courierTypes(),
                    TravelModels.congestion(city));
            kernel = RouteKernel.of(ScenarioDay.build(city, tables, null), options);
        }
        walk = kernel.walker();
        routes = new int[built.size()][];
        int legs = 0;
        for (int c = 0; c < routes.length; c++) {
            routes[c] = built.get(c).stream().mapToInt(Integer::intValue).toArray();
            legs += routes[c].length + (kernel.drivesToHub(c, routes[c].length) ? 1 : 0);
        }
        slacks = new RouteSlack[routes.length];
        for (int c = 0; c < routes.length; c++) {
            slacks[c] = new RouteSlack();
            kernel.slack(c, routes[c], routes[c].length, slacks[c]);
        }
        SplittableRandom random = new SplittableRandom(5);
        sample = new int[64];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = random.nextInt(kernel.pickupCount());
        }
        System.err.println("KernelLegBenchmark " + travel + ": " + legs + " legs per walk of " + routes.length + " routes");
    }

    @Benchmark
    public long walk() {
        long sum = 0;
        for (int c = 0; c < routes.length; c++) {
            int[] route = routes[c];
            walk.start(c);
            for (int p : route) {
                walk.visit(p);
            }
            walk.finish();
            sum += walk.travelSeconds() + walk.hardPenalty();
        }
        return sum;
    }

    @Benchmark
    public int slack() {
        int sum = 0;
        for (int c = 0; c < routes.length; c++) {
            kernel.slack(c, routes[c], routes[c].length, slacks[c]);
            sum += slacks[c].totalLoad();
        }
        return sum;
    }

    @Benchmark
    public long insertion() {
        long sum = 0;
        for (int p : sample) {
            var best = kernel.cheapestInsertion(p, slacks);
            sum += best == null ? -1 : best.cost();
        }
        return sum;
    }
}
