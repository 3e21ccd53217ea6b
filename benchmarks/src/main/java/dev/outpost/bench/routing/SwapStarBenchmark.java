package dev.outpost.bench.routing;

import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.RoutingSolutions;
import dev.outpost.routing.internal.solver.RoutingSolverConfig;
import dev.outpost.routing.internal.solver.SwapStarEvaluator;
import dev.outpost.sim.literature.OutpostVrpSolver;
import dev.outpost.sim.literature.io.ArcConvention;
import dev.outpost.sim.literature.io.SolomonReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * SWAP* move evaluations per second by the route kernel ({@link SwapStarEvaluator}): one
 * invocation evaluates every ordered pair of non-empty routes of a solution (each (u, v) pair of
 * customers estimated in O(1) from the three best insertions, the best three candidates per route
 * pair walked in full); the {@code evaluations} counter adds the (u, v) pairs, reported as a rate.
 * {@code cache}: {@code warm} keeps the three best insertions between invocations (the routes do
 * not change), {@code cold} forgets them before every route pair (slack, removal deltas and the
 * three best insertions of both routes recomputed: the cost right after both routes changed).
 * Instances: Solomon {@code r101} after 2,000 local-search steps (read from
 * {@code -Doutpost.solomon=DIR}, default {@code ../shared/data/solomon}) and the generated
 * 1,000-pickup instance of {@link RoutingMoveBenchmark}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SwapStarBenchmark -f 1 -wi 2 -i 3 -w 3s -r 5s
 * -jvmArgsAppend "-Doutpost.solomon=../shared/data/solomon"}. The {@code evaluations} line is the figure.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class SwapStarBenchmark {

    @Param({"r101", "generated1000"})
    public String instance;

    @Param({"warm", "cold"})
    public String cache;

    private SwapStarEvaluator evaluator;
    private List<CourierRoute> routes;
    private int[] used;

    /** JMH reports these per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Counters {
        /** (u, v) pairs evaluated. */
        public long evaluations;

        @Setup(Level.Iteration)
        public void reset() {
            evaluations = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        RoutingProblem problem = instance.equals("r101")
                ? OutpostVrpSolver.toProblem(SolomonReader.read(Path.of(System.getProperty("outpost.solomon", "../shared/data/solomon"), "r101.txt")),
                        ArcConvention.TRUNCATED_ONE_DECIMAL)
                : RoutingMoveBenchmark.generated(1_000, 50, 42);
        RoutingOptions options = RoutingOptions.defaults().withResponseWeight(0).withTravelSecondWeight(0).withMetreWeight(1)
                .withTimeLimit(null).withStepLimit(2_000);
        RoutingData data = new RoutingData(problem, options);
        RoutingSolution solution = SolverFactory.<RoutingSolution>create(RoutingSolverConfig.build(options)).buildSolver()
                .solve(RoutingSolutions.empty(data));
        routes = solution.getRoutes();
        used = routes.stream().filter(r -> !r.isBucket() && !r.getVisits().isEmpty()).mapToInt(CourierRoute::getIndex).toArray();
        evaluator = new SwapStarEvaluator(data);
    }

    /** Evaluates SWAP* on every ordered pair of non-empty routes; returns the sum of the best deltas so the work is used. */
    @Benchmark
    public long allRoutePairs(Counters counters) {
        long before = evaluator.evaluations();
        long sum = 0;
        boolean cold = cache.equals("cold");
        for (int a : used) {
            for (int b : used) {
                if (a == b) {
                    continue;
                }
                if (cold) {
                    evaluator.invalidate();
                }
                SwapStarEvaluator.Candidate best = evaluator.best(a, routes.get(a).getVisits(), b, routes.get(b).getVisits());
                if (best != null) {
                    sum += best.softDelta();
                }
            }
        }
        counters.evaluations += evaluator.evaluations() - before;
        return sum;
    }
}
