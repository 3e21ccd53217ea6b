package dev.outpost.bench;

import dev.outpost.model.Location;
import dev.outpost.travel.TravelTimes;
import dev.outpost.travel.road.RoadNetwork;
import dev.outpost.travel.road.RoadTravelModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * The whole road table as a solver gets it: {@code size} random points (seed 42, uniform in the
 * network's bounding box) snapped to the road, the bucket-CH table, the snapping legs and the
 * {@link TravelTimes} arrays. The hierarchy and snapper are built in the trial setup.
 *
 * <p>Run (from the project root, after {@code mvn -B -q -o -pl benchmarks -am package -DskipTests}):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RoadTravelModelBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RoadTravelModelBenchmark {

    @Param({"GRID_100K", "ANDORRA"})
    public RoadGraph graph;

    @Param({"1000"})
    public int size;

    private RoadTravelModel model;
    private List<String> ids;
    private List<Location> points;

    @Setup(Level.Trial)
    public void prepare() {
        RoadNetwork network = graph.load();
        model = RoadTravelModel.of(network);
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < network.nodeCount(); v++) {
            minX = Math.min(minX, network.x(v));
            maxX = Math.max(maxX, network.x(v));
            minY = Math.min(minY, network.y(v));
            maxY = Math.max(maxY, network.y(v));
        }
        Random random = new Random(42);
        ids = new ArrayList<>(size);
        points = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ids.add("p" + i);
            points.add(TravelProfilesSetup.point(network.coordinateSystem(), minX + random.nextDouble() * (maxX - minX),
                    minY + random.nextDouble() * (maxY - minY)));
        }
    }

    @Benchmark
    public TravelTimes table() {
        return model.table(ids, points);
    }
}
