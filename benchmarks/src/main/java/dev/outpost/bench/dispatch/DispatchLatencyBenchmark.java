package dev.outpost.bench.dispatch;

import dev.outpost.dispatch.Decision;
import dev.outpost.dispatch.DispatchEvent;
import dev.outpost.dispatch.Dispatcher;
import dev.outpost.dispatch.DispatcherOptions;
import dev.outpost.dispatch.Fleet;
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
 * Answer latency of the dispatcher: one new request answered by cheapest insertion (the public
 * {@code submit} path in deterministic mode, so no queue hand-off is timed) against a fleet with
 * this many couriers and open pickups already planned. Each answered request is cancelled after
 * the invocation (not timed), so the state stays the same size; request ids never repeat. Goals: p99 at most 2 ms
 * (50 couriers, 1,000 open) and 20 ms (500 couriers, 10,000 open). {@code travel}: one static
 * table, or time-of-day tables of two profiles ({@link DispatchWorld#timeDependentFleet}).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar DispatchLatencyBenchmark
 * java -jar benchmarks/target/benchmarks.jar DispatchLatencyBenchmark -p travel=timeDependent
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class DispatchLatencyBenchmark {

    private static final int STREAM = 100_000;

    /** couriers:open pickups. */
    @Param({"50:1000", "500:10000"})
    public String size;

    /** static: one table; timeDependent: per-profile time-of-day tables. */
    @Param({"static", "timeDependent"})
    public String travel;

    /**
     * How many ranked alternatives an answer lists ({@link DispatcherOptions#withAlternatives}): 5 by
     * default; 1 answers with the chosen courier only, the work of an answer before the ranked
     * alternatives existed (for before/after comparisons with older builds).
     */
    @Param({"5"})
    public int alternatives;

    private Dispatcher dispatcher;
    private List<Pickup> stream;
    private int next;
    private int round;
    private String lastId;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        String[] parts = size.split(":");
        int couriers = Integer.parseInt(parts[0]);
        int open = Integer.parseInt(parts[1]);
        Fleet fleet = travel.equals("static") ? DispatchWorld.fleet(40, couriers, 1)
                : DispatchWorld.timeDependentFleet(40, couriers, 1);
        dispatcher = Dispatcher.create(fleet, DispatcherOptions.deterministic(1, 0).withStartSecond(7 * 3600)
                .withQueueCapacity(1024).withAlternatives(alternatives));
        int assigned = 0;
        for (Pickup p : DispatchWorld.requests("open", open, 1600, 2)) {
            Decision d = dispatcher.submit(new DispatchEvent.PickupRequested(p)).get().get(0);
            assigned += d instanceof Decision.Assigned ? 1 : 0;
        }
        System.out.println("# setup: " + couriers + " couriers, " + open + " requests, " + assigned + " assigned");
        stream = DispatchWorld.requests("new", STREAM, 1600, 3);
    }

    @Benchmark
    public Decision answer() throws Exception {
        Pickup p = stream.get(next++);
        lastId = p.id();
        return dispatcher.submit(new DispatchEvent.PickupRequested(p)).get().get(0);
    }

    @TearDown(Level.Invocation)
    public void cancelLast() throws Exception {
        if (lastId != null) {
            dispatcher.submit(new DispatchEvent.PickupCancelled(lastId, 7 * 3600)).get();
            lastId = null;
        }
        if (next == stream.size()) {
            // Ids stay unique: the same positions and windows again under new ids (not timed).
            round++;
            stream = DispatchWorld.requests("new" + round + "-", STREAM, 1600, 3);
            next = 0;
        }
    }
}
