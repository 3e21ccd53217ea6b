package dev.outpost.bench.dispatch;

import dev.outpost.dispatch.Decision;
import dev.outpost.dispatch.DispatchEvent;
import dev.outpost.dispatch.Dispatcher;
import dev.outpost.dispatch.DispatcherOptions;
import dev.outpost.routing.Pickup;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
 * A request behind GPS fixes, live mode (writer thread, background re-optimisation on) on the
 * default city's time-of-day road tables ({@link RoadWorld}): {@code aloneRequest} is a request at
 * a new address with an empty queue; {@code requestBehind50Fixes} submits 50 GPS fixes of 50
 * couriers at new places, then the request, and times until the request's answer. The goal: the
 * second within 5 ms of the first.
 *
 * <pre>
 * java -Djmh.ignoreLock=true -jar benchmarks/target/benchmarks.jar DispatchRoadQueueBenchmark -f 1 -wi 1 -w 5s -i 2 -r 5s
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 2, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx4g")
@State(Scope.Benchmark)
public class DispatchRoadQueueBenchmark {

    /** Points in the table. */
    @Param({"2000"})
    public int points;

    private RoadWorld world;
    private Dispatcher dispatcher;
    private List<Pickup> stream;
    private int next;
    private String lastId;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        world = new RoadWorld(points, 11);
        dispatcher = world.dispatcherWithOpenPickups(DispatcherOptions.live());
        stream = world.requests("new", 1_000_000, 3);
    }

    @Benchmark
    public Decision aloneRequest() throws Exception {
        Pickup p = stream.get(next++);
        lastId = p.id();
        return dispatcher.submit(new DispatchEvent.PickupRequested(p, world.somewhere(), 0)).get().get(0);
    }

    @Benchmark
    public Decision requestBehind50Fixes() throws Exception {
        for (int c = 0; c < 50; c++) {
            dispatcher.submit(new DispatchEvent.CourierMoved(String.format("k%04d", c), world.somewhere(), 7 * 3600, null));
        }
        Pickup p = stream.get(next++);
        lastId = p.id();
        return dispatcher.submit(new DispatchEvent.PickupRequested(p, world.somewhere(), 0)).get().get(0);
    }

    @TearDown(Level.Invocation)
    public void cancelLast() throws Exception {
        if (lastId != null) {
            dispatcher.submit(new DispatchEvent.PickupCancelled(lastId, 7 * 3600)).get();
            dispatcher.currentPlan();
            lastId = null;
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        dispatcher.shutdown();
    }
}
