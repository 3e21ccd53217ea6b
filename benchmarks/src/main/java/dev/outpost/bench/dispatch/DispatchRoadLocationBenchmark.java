package dev.outpost.bench.dispatch;

import dev.outpost.dispatch.Decision;
import dev.outpost.dispatch.DispatchEvent;
import dev.outpost.dispatch.Dispatcher;
import dev.outpost.dispatch.DispatcherOptions;
import dev.outpost.routing.Pickup;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an address costs the dispatcher on the default city's time-of-day road tables (2 courier
 * types x 48 slices, 5 distinct tables each; {@link RoadWorld}), deterministic mode, one event at
 * a time: a request at a new address ({@code requestAtNewAddress}: the address snapped and added
 * to every table, then the insertion answer) and a courier's GPS fix at a new place
 * ({@code gpsFix}), with {@code points} points in the table, 50 couriers and 1,000 open pickups.
 * Each request is cancelled after the invocation (not timed), so the table keeps its size.
 *
 * <p>Measured at 2,000 points (2 cores shared with other work, load average 16-23): a request at a
 * new address, wall p50 16 ms, p99 74 ms (main at d691ee8: p50 4.8-12.6 s, p99 7.8-15.1 s); in
 * CPU time ({@link RoadAddressCpu}) p50 2.9 ms, p99 4.3 ms (before: 1,441 / 1,507 ms).
 *
 * <p>10,000 points fit in the fork's 12 GB heap (64 bytes a pair on the default city's 10 distinct
 * tables, built with room for 256 more points: no copy of the tables during the trial); see
 * docs/dispatch-addresses.md for the figures.
 *
 * <pre>
 * java -Djmh.ignoreLock=true -jar benchmarks/target/benchmarks.jar DispatchRoadLocationBenchmark -f 1 -wi 1 -w 5s -i 2 -r 5s -p points=2000
 * java -Djmh.ignoreLock=true -jar benchmarks/target/benchmarks.jar DispatchRoadLocationBenchmark -f 1 -wi 1 -w 5s -i 2 -r 5s -p points=10000
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 2, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx12g")
@State(Scope.Benchmark)
public class DispatchRoadLocationBenchmark {

    /** Points in the table. */
    @Param({"2000", "10000"})
    public int points;

    private RoadWorld world;
    private Dispatcher dispatcher;
    private List<Pickup> stream;
    private int next;
    private String lastId;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        // Room for the few points the trial adds beyond those it frees and reuses: no copy of the tables.
        world = new RoadWorld(points, 11, 256);
        dispatcher = world.dispatcherWithOpenPickups(DispatcherOptions.deterministic(1, 0));
        stream = world.requests("new", 1_000_000, 3);
    }

    @Benchmark
    public Decision requestAtNewAddress() throws Exception {
        Pickup p = stream.get(next++);
        lastId = p.id();
        return dispatcher.submit(new DispatchEvent.PickupRequested(p, world.somewhere(), 0)).get().get(0);
    }

    @Benchmark
    public List<Decision> gpsFix() throws Exception {
        return dispatcher.submit(new DispatchEvent.CourierMoved("k0007", world.somewhere(), 7 * 3600, null)).get();
    }

    @TearDown(Level.Invocation)
    public void cancelLast() throws Exception {
        if (lastId != null) {
            dispatcher.submit(new DispatchEvent.PickupCancelled(lastId, 7 * 3600)).get();
            lastId = null;
        }
    }
}
