package dev.outpost.server;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * The service's counters in the Prometheus text format (version 0.0.4): events by type and
 * outcome, the answer latency of {@code POST /v1/events} as a histogram, the plan version, the
 * requests waiting for the dispatcher (queue depth), SSE subscribers and journal lines.
 */
final class Metrics {

    /** Bucket upper bounds of the answer latency histogram, seconds. */
    private static final double[] BOUNDS = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

    private final Map<String, LongAdder> events = new ConcurrentSkipListMap<>();
    private final LongAdder[] buckets = new LongAdder[BOUNDS.length + 1];
    private final LongAdder count = new LongAdder();
    private final AtomicLong sumNanos = new AtomicLong();
    private final Map<Integer, LongAdder> responses = new ConcurrentHashMap<>();
    final AtomicInteger queueDepth = new AtomicInteger();
    final AtomicInteger subscribers = new AtomicInteger();
    /** Thread CPU time of each {@code POST /v1/events} under the dispatcher's lock (the serial part), nanoseconds. */
    final CpuSamples lockedCpu = new CpuSamples();
    /** Thread CPU time of each {@code POST /v1/events} handler (parse, apply, journal, answer; not Jetty's HTTP work). */
    final CpuSamples handlerCpu = new CpuSamples();

    /**
     * The last 65,536 thread CPU times of a part of the request, for the load benchmark's figures
     * that do not depend on the machine's load (a busy machine delays a request but does not make
     * its thread burn more CPU).
     */
    static final class CpuSamples {
        private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
        private final long[] ring = new long[1 << 16];
        private long count;

        /** This thread's CPU time so far in nanoseconds, or -1 when the JVM cannot tell. */
        static long now() {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        }

        /** Records the CPU time since {@code since} (a {@link #now()}), unless unknown. */
        void since(long since) {
            if (since >= 0) {
                add(now() - since);
            }
        }

        synchronized void add(long nanos) {
            ring[(int) (count++ & (ring.length - 1))] = nanos;
        }

        /** The samples recorded since the last drain (at most the last 65,536), sorted; forgets them. */
        synchronized long[] drain() {
            int n = (int) Math.min(count, ring.length);
            long[] out = java.util.Arrays.copyOf(ring, n);
            count = 0;
            java.util.Arrays.sort(out);
            return out;
        }
    }

    Metrics() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    void event(String type, String status) {
        events.computeIfAbsent(type + '\u0000' + status, k -> new LongAdder()).increment();
    }

    void answered(long nanos) {
        double seconds = nanos / 1e9;
        int i = 0;
        while (i < BOUNDS.length && seconds > BOUNDS[i]) {
            i++;
        }
        buckets[i].increment();
        count.increment();
        sumNanos.addAndGet(nanos);
    }

    void response(int status) {
        responses.computeIfAbsent(status, k -> new LongAdder()).increment();
    }

    String text(LongSupplier planVersion, LongSupplier journalLines, int healthCode) {
        StringBuilder out = new StringBuilder();
        out.append("# HELP outpost_events_total Events applied, by type and outcome (status of the decision line).\n");
        out.append("# TYPE outpost_events_total counter\n");
        for (Map.Entry<String, LongAdder> e : events.entrySet()) {
            String[] key = e.getKey().split("\u0000", 2);
            out.append("outpost_events_total{type=\"").append(key[0]).append("\",outcome=\"").append(key[1]).append("\"} ")
                    .append(e.getValue().sum()).append('\n');
        }
        out.append("# HELP outpost_answer_seconds Time to answer POST /v1/events (apply, journal, respond).\n");
        out.append("# TYPE outpost_answer_seconds histogram\n");
        long cumulative = 0;
        for (int i = 0; i < buckets.length; i++) {
            cumulative += buckets[i].sum();
            String le = i < BOUNDS.length ? String.format(Locale.ROOT, "%s", BOUNDS[i]) : "+Inf";
            out.append("outpost_answer_seconds_bucket{le=\"").append(le).append("\"} ").append(cumulative).append('\n');
        }
        out.append("outpost_answer_seconds_sum ").append(String.format(Locale.ROOT, "%.9f", sumNanos.get() / 1e9)).append('\n');
        out.append("outpost_answer_seconds_count ").append(count.sum()).append('\n');
        out.append("# HELP outpost_http_responses_total HTTP responses by status code.\n");
        out.append("# TYPE outpost_http_responses_total counter\n");
        new ConcurrentSkipListMap<>(responses).forEach((code, n) ->
                out.append("outpost_http_responses_total{code=\"").append(code).append("\"} ").append(n.sum()).append('\n'));
        gauge(out, "outpost_plan_version", "The published plan's version.", planVersion.getAsLong());
        gauge(out, "outpost_queue_depth", "Requests waiting for the dispatcher.", queueDepth.get());
        gauge(out, "outpost_stream_subscribers", "Open GET /v1/stream connections.", subscribers.get());
        gauge(out, "outpost_journal_lines", "Lines appended to the journal since start.", journalLines.getAsLong());
        gauge(out, "outpost_health", "0 running, 1 degraded, 2 stopped.", healthCode);
        return out.toString();
    }

    private static void gauge(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
        out.append(name).append(' ').append(value).append('\n');
    }
}
