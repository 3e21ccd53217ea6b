package dev.outpost.server;

import dev.outpost.model.Client;
import dev.outpost.sim.cli.DispatchSetup;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Load benchmark of {@code outpost serve} (a main, not a test): the service on the default city with
 * 50 couriers (its 34 and 16 that come on duty), bound to 127.0.0.1, posted one event per request at
 * a steady rate over at most 32 keep-alive HTTP/1.1 connections (java.net.http), open loop: each request's
 * round-trip latency is measured from the moment it was due, so a stall counts for every request
 * it held up. Per run (without and with the journal): throughput, p50, p99, p99.9 and maximum
 * (HdrHistogram). The events: 1 in 4 a pickup request by client, 3 in 4 a courier's GPS fix at a
 * client's place, event times following the wall clock from 07:00:01 (one second per second; requests
 * in flight together may still arrive out of order and a GPS fix older than the clock is then
 * answered refused, counted). Before each run every client's place is sent once as a fix (a new
 * location costs a row and a column of the travel tables), not measured.
 *
 * <p>Per run also the thread CPU time per request measured in the server (p50, p99): under the
 * dispatcher's lock (the serial part, whose mean bounds the throughput on any machine) and of the
 * whole {@code POST /v1/events} handler. Unlike the latencies these do not grow with the machine's
 * load, so they tell what an idle machine gives.
 *
 * <p>Usage: {@code java -cp CLASSPATH dev.outpost.server.ServeLoadBenchmark [RATE] [SECONDS] [WARMUP_SECONDS] [RUNS]}
 * (defaults 500, 30, 10, {@code off,on}); RUNS is a comma list of {@code off} (no journal), {@code on}
 * (journal), either with {@code +stream} (one {@code GET /v1/stream} subscriber reading all along,
 * so that every plan version is built and sent). A JIT warm-up run without the journal comes first.
 */
public final class ServeLoadBenchmark {

    /** Keep-alive connections (requests in flight at most). */
    static final int CONNECTIONS = 32;

    private ServeLoadBenchmark() {
    }

    /**
     * Runs the benchmark without and with the journal and prints one line per run.
     *
     * @param args rate per second, measured seconds, warm-up seconds, runs
     * @throws Exception when the service cannot start
     */
    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<String> runs = new ArrayList<>(List.of("warm-up"));
        runs.addAll(List.of((args.length > 3 ? args[3] : "off,on").split(",")));
        for (String r : runs.subList(1, runs.size())) {
            if (!r.matches("(off|on)(\\+stream)?")) {
                throw new IllegalArgumentException("RUNS: '" + r + "' is not off, on, off+stream or on+stream");
            }
        }
        DispatchSetup setup = DispatchSetup.load(null, "hub");
        System.out.printf(Locale.ROOT, "outpost serve load: %d req/s, %d s measured after %d s warm-up, %d cores, load average %.1f%n",
                rate, seconds, warmup, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        // A first run without the journal warms the JIT up and is printed as such; then the two measured runs.
        for (String mode : runs) {
            boolean journal = mode.startsWith("on");
            boolean stream = mode.endsWith("+stream");
            String label = mode.equals("warm-up") ? "JIT warm-up run (discard)" : (journal ? "journal on" : "journal off")
                    + (stream ? " + stream" : "");
            Path dir = journal ? Files.createTempDirectory("outpost-serve-bench") : null;
            try (ServeCommand.Running server = ServeCommand.start(setup, null, "hub", 0, "127.0.0.1", dir, null, Clock.systemUTC(),
                    new PrintWriter(new StringWriter()))) {
                run(server, setup, rate, seconds, warmup, label, stream);
            }
            if (dir != null) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static void run(ServeCommand.Running server, DispatchSetup setup, int rate, int seconds, int warmup, String label,
            boolean stream) throws Exception {
        int port = server.port();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        URI events = URI.create("http://127.0.0.1:" + port + "/v1/events");
        List<String> couriers = new ArrayList<>();
        setup.fleet().couriers().forEach(c -> couriers.add(c.id()));
        String type = setup.scenario().courierTypes().get(0).id();
        StringBuilder onDuty = new StringBuilder("[");
        for (int i = couriers.size(), k = 0; i < 50; i++, k++) {
            String id = "bench-" + k;
            onDuty.append(k == 0 ? "" : ",").append("{\"type\":\"on-duty\",\"time\":\"07:00:00\",\"courier\":\"").append(id)
                    .append("\",\"courierType\":\"").append(type).append("\"}");
            couriers.add(id);
        }
        onDuty.append("]");
        HttpResponse<String> added = client.send(HttpRequest.newBuilder(events).POST(HttpRequest.BodyPublishers.ofString(onDuty.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (added.statusCode() != 200 || added.body().contains("\"refused\"")) {
            throw new IllegalStateException("on-duty couriers not added: " + added.body());
        }
        List<Client> clients = setup.scenario().clients();
        // Every client's place on the table once (a new location costs a table row and column), not measured.
        for (int from = 0; from < clients.size(); from += 50) {
            StringBuilder fixes = new StringBuilder("[");
            for (int k = from; k < Math.min(clients.size(), from + 50); k++) {
                Client c = clients.get(k);
                fixes.append(k == from ? "" : ",").append("{\"type\":\"position\",\"time\":\"07:00:00\",\"courier\":\"")
                        .append(couriers.get(k % couriers.size())).append("\",\"location\":{\"lat\":").append(c.location().latitude())
                        .append(",\"lon\":").append(c.location().longitude()).append("}}");
            }
            fixes.append("]");
            client.send(HttpRequest.newBuilder(events).POST(HttpRequest.BodyPublishers.ofString(fixes.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        AtomicLong streamed = new AtomicLong();
        CompletableFuture<HttpResponse<Void>> subscriber = null;
        if (stream) {
            // One dispatcher's screen: reads every event of the stream as it comes.
            subscriber = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/stream"))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                    .thenApply(r -> {
                        r.body().forEach(line -> {
                            if (line.startsWith("event: plan")) {
                                streamed.incrementAndGet();
                            }
                        });
                        return null;
                    });
        }
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        AtomicLong errors = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long total = (long) rate * (seconds + warmup);
        long warm = (long) rate * warmup;
        long interval = 1_000_000_000L / rate;
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        // At most CONNECTIONS requests in flight (so at most that many keep-alive connections); a
        // request waiting for a slot is late, and its latency counts from when it was due.
        java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(CONNECTIONS);
        long processCpuStart = processCpu();
        long start = System.nanoTime();
        long measuredStart = start + warm * interval;
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int second = 7 * 3600 + 1 + (int) (i / rate);
            String time = String.format(Locale.ROOT, "%02d:%02d:%02d", second / 3600, second / 60 % 60, second % 60);
            Client c = clients.get((int) ((i * 7919) % clients.size()));
            String body = i % 4 == 0
                    ? "{\"type\":\"request\",\"time\":\"" + time + "\",\"pickup\":\"b" + i + "\",\"client\":\"" + c.id() + "\"}"
                    : "{\"type\":\"position\",\"time\":\"" + time + "\",\"courier\":\"" + couriers.get((int) (i % couriers.size()))
                            + "\",\"location\":{\"lat\":" + c.location().latitude() + ",\"lon\":" + c.location().longitude() + "}}";
            boolean measured = i >= warm;
            if (i == warm) {
                processCpuStart = processCpu();
                server.service().metrics().lockedCpu.drain();
                server.service().metrics().handlerCpu.drain();
            }
            slots.acquire();
            CompletableFuture<Void> f = client.sendAsync(HttpRequest.newBuilder(events).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .handle((r, ex) -> {
                        long latency = System.nanoTime() - due;
                        if (ex != null || r.statusCode() != 200) {
                            if (errors.incrementAndGet() <= 3) {
                                System.out.println("  error, e.g.: " + (ex != null ? ex.toString() : r.statusCode() + " " + r.body()));
                            }
                        } else if (r.body().contains("\"status\":\"refused\"")) {
                            if (refused.incrementAndGet() <= 3) {
                                System.out.println("  refused, e.g.: " + r.body());
                            }
                        }
                        if (measured) {
                            synchronized (histogram) {
                                histogram.recordValue(Math.min(latency, histogram.getHighestTrackableValue()));
                            }
                        }
                        slots.release();
                        return null;
                    });
            inFlight.add(f);
            if (inFlight.size() > 4096) {
                inFlight.removeIf(CompletableFuture::isDone);
            }
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - measuredStart) / 1e9;
        long processCpuUsed = processCpu() - processCpuStart;
        System.out.printf(Locale.ROOT, "%-32s %6.0f req/s  p50 %6.2f ms  p99 %6.2f ms  p99.9 %6.2f ms  max %7.2f ms"
                        + "  (%d requests measured, %d refused events, %d errors)%n",
                label, histogram.getTotalCount() / elapsed, ms(histogram.getValueAtPercentile(50)), ms(histogram.getValueAtPercentile(99)),
                ms(histogram.getValueAtPercentile(99.9)), ms(histogram.getMaxValue()), histogram.getTotalCount(), refused.get(),
                errors.get());
        long[] locked = server.service().metrics().lockedCpu.drain();
        long[] handler = server.service().metrics().handlerCpu.drain();
        System.out.printf(Locale.ROOT, "%-32s server thread CPU per request: under the lock p50 %.3f ms p99 %.3f ms mean %.3f ms"
                        + " (bounds throughput at %.0f req/s); handler p50 %.3f ms p99 %.3f ms mean %.3f ms%s%n",
                "", ms(at(locked, 50)), ms(at(locked, 99)), mean(locked) / 1e6, 1e9 / Math.max(1, mean(locked)), ms(at(handler, 50)),
                ms(at(handler, 99)), mean(handler) / 1e6, stream ? "; " + streamed.get() + " plans streamed" : "");
        System.out.printf(Locale.ROOT, "%-32s whole JVM (server, Jetty, and this client): %.3f ms CPU per request%n", "",
                processCpuUsed / 1e6 / Math.max(1, histogram.getTotalCount()));
        if (server.service().journal() != null) {
            System.out.printf(Locale.ROOT, "%-32s journal: %d lines in %d fsyncs since start%n", "", server.service().journalLines(),
                    server.service().journal().forces());
        }
        if (subscriber != null) {
            subscriber.cancel(true);
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long at(long[] sorted, double percentile) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100 * sorted.length) - 1)];
    }

    private static double mean(long[] values) {
        double sum = 0;
        for (long v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
