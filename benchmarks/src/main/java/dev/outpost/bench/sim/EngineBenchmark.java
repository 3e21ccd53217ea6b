package dev.outpost.bench.sim;

import dev.outpost.sim.engine.Engine;
import dev.outpost.sim.engine.EventQueue;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Raw engine throughput, the classic "hold" model: a queue of {@code pending} events; each event
 * handled schedules one new event a random 1-600 s later. {@code hold} measures the queue alone
 * (poll + schedule); {@code engineRun} the engine loop (clock, poll, handler, schedule) over
 * 1,000,000 events; {@code holdReference} the hold model on {@link ReferenceEventQueue}, the
 * queue before the packed-key heap, so old and new are compared in the same run. Scores are
 * events per second.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EngineBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s -Djmh.ignoreLock=true}
 * (before the jar: {@code -Djmh.ignoreLock=true}; {@code -p pending=1000} for the small queue only)
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {

    private static final int EVENTS = 1_000_000;

    @Param({"1000", "100000"})
    int pending;

    private final int[] delays = new int[1 << 16];
    private EventQueue<Integer> queue;
    private ReferenceEventQueue<Integer> reference;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < delays.length; i++) {
            delays[i] = 1 + random.nextInt(600);
        }
        queue = new EventQueue<>();
        reference = new ReferenceEventQueue<>();
        for (int i = 0; i < pending; i++) {
            queue.schedule(delays[i & 0xFFFF], i & 3, i);
            reference.schedule(delays[i & 0xFFFF], i & 3, i);
        }
    }

    /** One poll and one schedule: one event through the queue. */
    @Benchmark
    public Integer hold() {
        long time = queue.peekTime();
        Integer value = queue.poll();
        queue.schedule(time + delays[next++ & 0xFFFF], value & 3, value);
        return value;
    }

    /** The same on the previous queue (the reference). */
    @Benchmark
    public Integer holdReference() {
        long time = reference.peekTime();
        Integer value = reference.poll();
        reference.schedule(time + delays[next++ & 0xFFFF], value & 3, value);
        return value;
    }

    /** The engine loop over 1,000,000 events, each handler scheduling the next one. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long engineRun() {
        Engine<Integer> engine = new Engine<>();
        for (int i = 0; i < pending; i++) {
            engine.schedule(delays[i & 0xFFFF], i & 3, i);
        }
        long[] left = {EVENTS - pending};
        engine.run(v -> {
            if (left[0]-- > 0) {
                engine.schedule(engine.now() + delays[(int) (left[0] & 0xFFFF)], v & 3, v);
            }
        });
        return engine.processed();
    }
}
