package dev.outpost.bench.routing;

import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.RoutingSolver;
import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.RoutingSolutions;
import dev.outpost.routing.internal.domain.Visit;
import dev.outpost.routing.internal.solver.RoutingSolverConfig;
import dev.outpost.sim.literature.OutpostVrpSolver;
import dev.outpost.sim.literature.io.ArcConvention;
import dev.outpost.sim.literature.io.SolomonReader;
import dev.outpost.sim.literature.io.VrpInstance;
import dev.outpost.sim.literature.io.VrpNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Moves evaluated per second in the routing local search: each evaluation is OptaPlanner's do
 * move, calculate score (incremental scorer, arrival listener), undo. One benchmark invocation
 * runs {@link #STEPS} local-search steps from a construction-heuristic start with the configured
 * move selectors and adds OptaPlanner's score-calculation count (one per evaluated move) to the
 * {@code moves} counter, which JMH reports as a rate.
 *
 * <p>{@code mix}: {@code list} = the list moves of {@link RoutingSolverConfig} (nearby list
 * change and swap, sub-list change and swap with reversing, 2-opt, SWAP*); {@code full} = plus the
 * SISR ruin-and-recreate move at its default weight (and the route-removal move unless
 * {@code -Doutpost.routing.routeMinimisation=off}). {@code list-e7} and {@code full-e7} are
 * {@code list} and {@code full} with the move set of commit {@code e7ecc75}, for like-for-like
 * comparisons with that build: no SWAP*, no route-removal move, and the start built without
 * the route-minimisation phase. A SWAP* move counts once here, though its
 * selection estimates every customer pair of two routes: {@link SwapStarBenchmark} counts those.
 * Instances: Solomon {@code r101} (read from {@code -Doutpost.solomon=DIR}, default
 * {@code ../shared/data/solomon}) and a generated 1,000-pickup instance (seed 42, 50 couriers).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RoutingMoveBenchmark -f 1 -wi 1 -i 3 -w 5s -r 5s
 * -jvmArgsAppend "-Doutpost.solomon=../shared/data/solomon -Xmx2g"}. The {@code moves} line is the
 * figure of interest (the plain line counts invocations of {@value #STEPS} steps).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class RoutingMoveBenchmark {

    /** Local-search steps per invocation. */
    public static final int STEPS = 2_000;

    @Param({"r101", "generated1000"})
    public String instance;

    @Param({"list", "full"})
    public String mix;

    /** Move factories of the union that e7ecc75 did not have (by simple name: they are package-private). */
    private static final List<String> E7_ABSENT = List.of("SwapStarMoveIteratorFactory", "RouteRemovalMoveIteratorFactory");

    private RoutingSolution start;
    private SolverFactory<RoutingSolution> factory;

    /** JMH reports these per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Counters {
        /** Moves evaluated (OptaPlanner's score calculation count). */
        public long moves;

        @Setup(Level.Iteration)
        public void reset() {
            moves = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        RoutingProblem problem = instance.equals("r101")
                ? OutpostVrpSolver.toProblem(SolomonReader.read(Path.of(System.getProperty("outpost.solomon", "../shared/data/solomon"), "r101.txt")),
                        ArcConvention.TRUNCATED_ONE_DECIMAL)
                : generated(1_000, 50, 42);
        boolean e7 = mix.endsWith("-e7");
        boolean full = mix.startsWith("full");
        if (!List.of("list", "full", "list-e7", "full-e7").contains(mix)) {
            throw new IllegalArgumentException("mix: " + mix + " is not one of list, full, list-e7, full-e7");
        }
        RoutingOptions options = RoutingOptions.defaults().withResponseWeight(0).withTravelSecondWeight(0).withMetreWeight(1)
                .withTimeLimit(null).withStepLimit(1)
                .withAcceptor(RoutingOptions.Acceptor.SIMULATED_ANNEALING, 100)
                .withRuinRecreateWeight(full ? RoutingOptions.defaults().ruinRecreateWeight() : 0);
        RoutingData data = new RoutingData(problem, options);
        // Construction heuristic (and one local-search step) gives the initialised start.
        SolverConfig startConfig = RoutingSolverConfig.build(options);
        if (e7) {
            // e7ecc75 had no route-minimisation phase: construction, then the local search.
            startConfig.setPhaseConfigList(startConfig.getPhaseConfigList().stream()
                    .filter(phase -> !(phase instanceof CustomPhaseConfig)).toList());
        }
        start = SolverFactory.<RoutingSolution>create(startConfig).buildSolver()
                .solve(RoutingSolutions.empty(data));
        SolverConfig config = RoutingSolverConfig.build(options.withStepLimit(STEPS));
        LocalSearchPhaseConfig localSearch = (LocalSearchPhaseConfig) config.getPhaseConfigList()
                .get(config.getPhaseConfigList().size() - 1);
        if (e7) {
            UnionMoveSelectorConfig union = (UnionMoveSelectorConfig) localSearch.getMoveSelectorConfig();
            union.setMoveSelectorConfigList(union.getMoveSelectorConfigList().stream()
                    .filter(selector -> !(selector instanceof MoveIteratorFactoryConfig factoryConfig)
                            || !E7_ABSENT.contains(factoryConfig.getMoveIteratorFactoryClass().getSimpleName()))
                    .toList());
        }
        localSearch.setTerminationConfig(new TerminationConfig().withStepCountLimit(STEPS));
        config.setPhaseConfigList(List.of(localSearch));
        factory = SolverFactory.create(config);
    }

    /** Runs {@link #STEPS} local-search steps; returns the best soft score so the work is used. */
    @Benchmark
    public long localSearchSteps(Counters counters) {
        Solver<RoutingSolution> solver = factory.buildSolver();
        RoutingSolution best = solver.solve(start);
        counters.moves += ((DefaultSolver<RoutingSolution>) solver).getSolverScope().getScoreCalculationCount();
        return best.getScore().softScore();
    }

    /** A Solomon-like random instance: depot in the middle of a 200 x 200 square, R1-style windows. */
    static RoutingProblem generated(int customers, int vehicles, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<VrpNode> nodes = new ArrayList<>();
        nodes.add(new VrpNode(0, 100, 100, 0, 0, 2_000, 0));
        for (int i = 1; i <= customers; i++) {
            double x = random.nextDouble(200);
            double y = random.nextDouble(200);
            double direct = Math.hypot(x - 100, y - 100);
            double open = random.nextDouble(Math.max(1, 2_000 - 2 * direct - 10));
            double close = Math.min(2_000 - direct - 10, open + 60 + random.nextDouble(200));
            nodes.add(new VrpNode(i, x, y, 1 + random.nextInt(20), Math.floor(open), Math.floor(Math.max(open, close)), 10));
        }
        return OutpostVrpSolver.toProblem(new VrpInstance("generated" + customers, vehicles, 200, nodes),
                ArcConvention.TRUNCATED_ONE_DECIMAL);
    }

    /** Keeps the domain classes referenced for the shade plugin's minimiser, if enabled. */
    static Class<?>[] domain() {
        return new Class<?>[] {CourierRoute.class, Visit.class};
    }
}
