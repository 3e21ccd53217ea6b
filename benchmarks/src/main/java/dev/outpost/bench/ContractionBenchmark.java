package dev.outpost.bench;

import dev.outpost.travel.road.ContractionHierarchy;
import dev.outpost.travel.road.RoadNetwork;
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
 * Contraction-hierarchy preprocessing time: Outpost's own sequential contraction against
 * JGraphT's parallel {@code ContractionHierarchyPrecomputation} (on 2 threads), single shot per
 * iteration.
 *
 * <p>Run (from the project root, after {@code mvn -B -q -o -pl benchmarks -am package -DskipTests}):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ContractionBenchmark -f 1 -wi 1 -i 3 \
 *     -p graph=GRID_100K,MONACO,ANDORRA -p builder=OUTPOST
 * java -jar benchmarks/target/benchmarks.jar ContractionBenchmark -f 1 -wi 0 -i 1 \
 *     -p graph=MONACO -p builder=JGRAPHT
 * </pre>
 * JGraphT on the 100k grid is left out of the default runs: it took 43 s on a 10,000-node grid
 * (Outpost: 5.9 s), so the 100k grid would take many minutes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ContractionBenchmark {

    /** Which contraction. */
    public enum Builder {
        /** {@link ContractionHierarchy#build(RoadNetwork)}. */
        OUTPOST,
        /** {@link ContractionHierarchy#buildWithJGraphT}, 2 threads. */
        JGRAPHT
    }

    @Param({"GRID_100K", "MONACO", "ANDORRA"})
    public RoadGraph graph;

    @Param({"OUTPOST"})
    public Builder builder;

    private RoadNetwork network;

    @Setup(Level.Trial)
    public void load() {
        network = graph.load();
    }

    @Benchmark
    public ContractionHierarchy contract() {
        return builder == Builder.OUTPOST ? ContractionHierarchy.build(network)
                : ContractionHierarchy.buildWithJGraphT(network, 2, 1);
    }
}
