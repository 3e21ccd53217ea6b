package dev.outpost.bench.dispatch;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Control for {@link DispatchLatencyBenchmark}: a fixed, allocation-free CPU loop of about the
 * dispatcher's median answer time. Its tail percentiles, run in the same conditions, are what the
 * machine (other processes, scheduler time slices) adds to any operation of that length; what the
 * dispatcher's tail has beyond them is its own.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar SchedulerNoiseBenchmark -wi 1 -w 3s -i 2 -r 5s -f 1 -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 1, time = 3)
@Measurement(iterations = 2, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class SchedulerNoiseBenchmark {

    /** Loop iterations per operation (about 1 ns each). */
    @Param({"60000", "400000"})
    public int work;

    private long seed = 1;

    @Benchmark
    public long spin() {
        long x = seed;
        for (int i = 0; i < work; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        seed = x;
        return x;
    }
}
