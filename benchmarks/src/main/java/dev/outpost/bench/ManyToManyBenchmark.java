package dev.outpost.bench;

import dev.outpost.travel.road.ContractionHierarchy;
import dev.outpost.travel.road.DijkstraTables;
import dev.outpost.travel.road.ManyToManyRouter;
import dev.outpost.travel.road.RoadNetwork;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ManyToManyShortestPathsAlgorithm.ManyToManyShortestPaths;
import org.jgrapht.alg.shortestpath.CHManyToManyShortestPaths;
import org.jgrapht.alg.shortestpath.ContractionHierarchyPrecomputation;
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
 * Many-to-many travel tables of {@code size x size} random distinct road nodes (seed 42), after
 * preprocessing (done in the trial setup, not timed):
 * <ul>
 *   <li>{@code BUCKET_CH}: Outpost's bucket search on flat arrays ({@link ManyToManyRouter});</li>
 *   <li>{@code DIJKSTRA}: one plain Dijkstra per source with reusable arrays, stopping when all
 *       targets are settled ({@link DijkstraTables});</li>
 *   <li>{@code JGRAPHT_CH}: JGraphT's {@code CHManyToManyShortestPaths} over JGraphT's own
 *       contraction (whose preprocessing limits it to the small graphs).</li>
 * </ul>
 * Each call returns a checksum of the table so that nothing is optimised away.
 *
 * <p>Run (from the project root, after {@code mvn -B -q -o -pl benchmarks -am package -DskipTests}):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ManyToManyBenchmark -f 1 -wi 2 -i 3 \
 *     -p graph=GRID_100K,MONACO,ANDORRA -p size=100,1000 -p impl=BUCKET_CH
 * java -jar benchmarks/target/benchmarks.jar ManyToManyBenchmark -f 1 -wi 1 -i 2 \
 *     -p graph=GRID_100K,MONACO,ANDORRA -p size=100,1000 -p impl=DIJKSTRA
 * java -jar benchmarks/target/benchmarks.jar ManyToManyBenchmark -f 1 -wi 2 -i 3 \
 *     -p graph=MONACO -p size=100,1000 -p impl=JGRAPHT_CH
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ManyToManyBenchmark {

    /** The table implementations compared. */
    public enum Impl {
        BUCKET_CH, DIJKSTRA, JGRAPHT_CH
    }

    @Param({"GRID_100K", "MONACO", "ANDORRA"})
    public RoadGraph graph;

    @Param({"100", "1000"})
    public int size;

    @Param({"BUCKET_CH", "DIJKSTRA"})
    public Impl impl;

    private int[] sources;
    private int[] targets;
    private long[] out;
    private ManyToManyRouter router;
    private DijkstraTables dijkstra;
    private CHManyToManyShortestPaths<Integer, Integer> jgrapht;
    private Set<Integer> sourceSet;
    private Set<Integer> targetSet;

    @Setup(Level.Trial)
    public void prepare() {
        RoadNetwork network = graph.load();
        Random random = new Random(42);
        int k = Math.min(size, network.nodeCount());
        sources = random.ints(0, network.nodeCount()).distinct().limit(k).toArray();
        targets = random.ints(0, network.nodeCount()).distinct().limit(k).toArray();
        out = new long[k * k];
        switch (impl) {
            case BUCKET_CH -> router = new ManyToManyRouter(ContractionHierarchy.build(network));
            case DIJKSTRA -> dijkstra = new DijkstraTables(network);
            case JGRAPHT_CH -> {
                Graph<Integer, Integer> g = network.toJGraphT();
                ThreadPoolExecutor executor = (ThreadPoolExecutor) Executors.newFixedThreadPool(2);
                try {
                    jgrapht = new CHManyToManyShortestPaths<>(
                            new ContractionHierarchyPrecomputation<>(g, executor).computeContractionHierarchy());
                } finally {
                    executor.shutdownNow();
                }
                sourceSet = new LinkedHashSet<>();
                targetSet = new LinkedHashSet<>();
                for (int s : sources) {
                    sourceSet.add(s);
                }
                for (int t : targets) {
                    targetSet.add(t);
                }
            }
            default -> throw new IllegalStateException("The implementation (" + impl + ") is not wired.");
        }
    }

    @Benchmark
    public long table() {
        if (impl == Impl.JGRAPHT_CH) {
            ManyToManyShortestPaths<Integer, Integer> paths = jgrapht.getManyToManyPaths(sourceSet, targetSet);
            double sum = 0;
            for (int s : sources) {
                for (int t : targets) {
                    double w = paths.getWeight(s, t);
                    if (w != Double.POSITIVE_INFINITY) {
                        sum += w;
                    }
                }
            }
            return (long) sum;
        }
        if (impl == Impl.BUCKET_CH) {
            router.table(sources, targets, out);
        } else {
            dijkstra.table(sources, targets, out);
        }
        long sum = 0;
        for (long cell : out) {
            if (cell != ManyToManyRouter.UNREACHABLE) {
                sum += cell >>> 32;
            }
        }
        return sum;
    }
}
