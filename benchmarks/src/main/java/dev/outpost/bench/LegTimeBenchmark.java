package dev.outpost.bench;

import dev.outpost.city.DefaultCity;
import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModels;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import dev.outpost.travel.road.RoadTravelModel;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one leg time as a route kernel asks for it, on the default city (353 points): the
 * static table entry ({@link TravelTimes#seconds}, today), {@link TravelTables#legSeconds} of a
 * static profile (its fast path), and {@link TravelTables#legSeconds} of the city's time-dependent
 * profiles leaving at random seconds of the service day (07:00-19:00; the legs that cross a slice
 * boundary take the stepping path). 4,096 random legs (seed 11) per invocation, so the figure is per leg.
 *
 * <p>Reading the figures: {@code staticTable} is a plain array read in a loop of 4,096
 * independent lookups (the CPU overlaps them) over one 0.5 MB table that stays in the L2 cache;
 * {@code timeDependent} reads the city's 10 distinct tables (5 MB, L3) at random, so part of its
 * cost is cache misses a route kernel does not have (a route's legs are few and re-read). The
 * kernel-side comparison, on the same routes and departures as a solver, is
 * {@code dev.outpost.bench.routing.KernelLegBenchmark}. Before the method was reshaped (one packed
 * minute array, the error message and the stepping in separate methods so the JIT inlines the
 * rest), {@code timeDependent} was about 12x {@code staticTable}.
 *
 * <p>Run (from the project root, after {@code mvn -B -q -o -pl benchmarks -am package -DskipTests}):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar LegTimeBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class LegTimeBenchmark {

    private static final int LEGS = 4096;

    private TravelTimes today;
    private TravelTables staticTables;
    private TravelTables timed;
    private int[] profile;
    private int[] from;
    private int[] to;
    private int[] depart;

    @Setup(Level.Trial)
    public void prepare() {
        Scenario city = DefaultCity.scenario();
        ScenarioPoints points = ScenarioPoints.of(city);
        RoadTravelModel model = (RoadTravelModel) TravelModels.forScenario(city, city.courierTypes().get(0));
        today = model.table(points.ids(), points.locations());
        CourierType t = city.courierTypes().get(0);
        CourierType plain = new CourierType("plain", 1, t.speedKmh(), 1, t.shift(), List.of(), 0, 0);
        CourierType plain2 = new CourierType("plain2", 1, t.speedKmh(), 1, t.shift(), List.of(), 0, 0);
        staticTables = model.tables(points.ids(), points.locations(), List.of(plain, plain2), null);
        timed = model.tables(points.ids(), points.locations(), city.courierTypes(), TravelModels.congestion(city));
        SplittableRandom random = new SplittableRandom(11);
        profile = new int[LEGS];
        from = new int[LEGS];
        to = new int[LEGS];
        depart = new int[LEGS];
        for (int k = 0; k < LEGS; k++) {
            profile[k] = random.nextInt(2);
            from[k] = random.nextInt(points.size());
            to[k] = random.nextInt(points.size());
            depart[k] = 7 * 3600 + random.nextInt(12 * 3600);
        }
    }

    @Benchmark
    @OperationsPerInvocation(LEGS)
    public long staticTable() {
        long sum = 0;
        for (int k = 0; k < LEGS; k++) {
            sum += today.seconds(from[k], to[k]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(LEGS)
    public long staticProfile() {
        long sum = 0;
        for (int k = 0; k < LEGS; k++) {
            sum += staticTables.legSeconds(profile[k], from[k], to[k], depart[k]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(LEGS)
    public long timeDependent() {
        long sum = 0;
        for (int k = 0; k < LEGS; k++) {
            sum += timed.legSeconds(profile[k], from[k], to[k], depart[k]);
        }
        return sum;
    }
}
