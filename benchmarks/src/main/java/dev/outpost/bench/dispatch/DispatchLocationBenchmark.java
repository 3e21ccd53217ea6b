package dev.outpost.bench.dispatch;

import dev.outpost.dispatch.Decision;
import dev.outpost.dispatch.DispatchEvent;
import dev.outpost.dispatch.Dispatcher;
import dev.outpost.dispatch.DispatcherOptions;
import dev.outpost.model.Location;
import dev.outpost.routing.Pickup;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a coordinate costs the dispatcher (deterministic mode, one event at a time, so no batching):
 * a request at a new address ({@code requestAtNewLocation}: a point added to the travel table with
 * the straight-line model, then the insertion answer) and a courier's GPS fix at a new place
 * ({@code gpsFix}: its previous point reused), on a table of 1,600 points with 50 couriers and
 * 1,000 open pickups. Each request is cancelled after the invocation (not timed), so its point is
 * free again and the table keeps its size.
 *
 * <pre>
 * java -Djmh.ignoreLock=true -jar benchmarks/target/benchmarks.jar DispatchLocationBenchmark -f 1 -wi 1 -w 3s -i 2 -r 5s
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 1, time = 3)
@Measurement(iterations = 2, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class DispatchLocationBenchmark {

    private Dispatcher dispatcher;
    private List<Pickup> stream;
    private final SplittableRandom random = new SplittableRandom(5);
    private int next;
    private int second = 7 * 3600;
    private String lastId;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dispatcher = Dispatcher.create(DispatchWorld.fleetWithModel(40, 50, 1),
                DispatcherOptions.deterministic(1, 0).withStartSecond(7 * 3600));
        for (Pickup p : DispatchWorld.requests("open", 1000, 1600, 2)) {
            dispatcher.submit(new DispatchEvent.PickupRequested(p)).get();
        }
        stream = DispatchWorld.requests("new", 1_000_000, 1600, 3);
    }

    /** A coordinate inside the grid, not on a grid point. */
    private Location somewhere() {
        return Location.planar(1 + random.nextDouble() * 19_000, 1 + random.nextDouble() * 19_000);
    }

    @Benchmark
    public Decision requestAtNewLocation() throws Exception {
        Pickup p = stream.get(next++);
        lastId = p.id();
        return dispatcher.submit(new DispatchEvent.PickupRequested(p, somewhere(), 0)).get().get(0);
    }

    @Benchmark
    public List<Decision> gpsFix() throws Exception {
        return dispatcher.submit(new DispatchEvent.CourierMoved("k0007", somewhere(), second, null)).get();
    }

    @TearDown(Level.Invocation)
    public void cancelLast() throws Exception {
        if (lastId != null) {
            dispatcher.submit(new DispatchEvent.PickupCancelled(lastId, 0)).get();
            lastId = null;
        }
    }
}
