package dev.outpost.bench.stationing;

import dev.outpost.sim.literature.io.PmedInstance;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.stationing.internal.solver.FastInterchange;
import dev.outpost.stationing.internal.solver.StationingEvaluator;
import dev.outpost.stationing.internal.solver.VariableNeighbourhoodCommand;
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
 * Swap evaluations per second at the size of OR-Library pmed40 (n = 900 vertices, p = 200), on a
 * seeded random instance: 900 points uniform on a 10 000 x 10 000 square, integer Euclidean
 * distances, every vertex a client of weight 1 and a candidate site; the solution is 200 random
 * sites improved by 20 best swaps (a typical mid-search state).
 *
 * <ul>
 *   <li>{@code bestSwapScan}: one fast-interchange scan of all {@code p (n - p) = 140 000} swaps
 *       (Resende-Werneck gain/loss/extra); the score is per swap evaluated.</li>
 *   <li>{@code applyAndUndoSwap}: apply a random swap to the fast-interchange tables and undo it
 *       (the incremental update; cost in proportion to the clients touched); per swap applied.</li>
 *   <li>{@code evaluatorSwapMove}: the OptaPlanner move path, a random swap on the incremental
 *       score state, its score, and the undo; per move evaluated.</li>
 * </ul>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar SwapEvaluationBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SwapEvaluationBenchmark {

    static final int N = 900;
    static final int P = 200;

    private FastInterchange interchange;
    private StationingEvaluator evaluator;
    private int[] open;
    private int[] closed;
    private SplittableRandom random;

    @Setup(Level.Trial)
    public void setUp() {
        StationingProblem problem = randomInstance(40L).toProblem();
        SplittableRandom r = new SplittableRandom(7L);
        boolean[] isOpen = new boolean[N];
        for (int k = 0; k < P; ) {
            int s = r.nextInt(N);
            if (!isOpen[s]) {
                isOpen[s] = true;
                k++;
            }
        }
        boolean[] all = new boolean[N];
        java.util.Arrays.fill(all, true);
        interchange = new FastInterchange(N, N, VariableNeighbourhoodCommand.costTable(problem), all, all);
        interchange.load(isOpen);
        for (int i = 0; i < 20; i++) {
            interchange.findBestSwap();
            if (interchange.bestProfit() > 0) {
                interchange.swap(interchange.bestIn(), interchange.bestOut());
            }
        }
        open = interchange.openSites();
        closed = new int[N - P];
        int[] counts = new int[N];
        for (int s = 0, k = 0; s < N; s++) {
            if (interchange.isOpen(s)) {
                counts[s] = 1;
            } else {
                closed[k++] = s;
            }
        }
        evaluator = new StationingEvaluator(problem);
        evaluator.reset(counts);
        random = new SplittableRandom(11L);
    }

    /** A seeded random p-median instance of pmed40's size (n = 900, p = 200). */
    static PmedInstance randomInstance(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] x = new int[N];
        int[] y = new int[N];
        for (int i = 0; i < N; i++) {
            x[i] = r.nextInt(10_000);
            y[i] = r.nextInt(10_000);
        }
        int[] d = new int[N * N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                double dx = x[i] - x[j];
                double dy = y[i] - y[j];
                d[i * N + j] = (int) Math.round(Math.sqrt(dx * dx + dy * dy));
            }
        }
        return new PmedInstance("random900", N, P, d);
    }

    @Benchmark
    @OperationsPerInvocation(P * (N - P))
    public long bestSwapScan() {
        return interchange.findBestSwap() + interchange.bestProfit();
    }

    @Benchmark
    public long applyAndUndoSwap() {
        int in = closed[random.nextInt(closed.length)];
        int out = open[random.nextInt(open.length)];
        interchange.swap(in, out);
        long cost = interchange.cost();
        interchange.swap(out, in);
        return cost;
    }

    @Benchmark
    public long evaluatorSwapMove() {
        int in = closed[random.nextInt(closed.length)];
        int out = open[random.nextInt(open.length)];
        evaluator.setCouriers(out, 0);
        evaluator.setCouriers(in, 1);
        long score = -evaluator.unservedClients() * (1L << 40) + evaluator.mediumScore();
        evaluator.setCouriers(in, 0);
        evaluator.setCouriers(out, 1);
        return score;
    }
}
