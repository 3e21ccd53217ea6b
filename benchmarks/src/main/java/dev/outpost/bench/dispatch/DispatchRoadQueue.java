package dev.outpost.bench.dispatch;

import dev.outpost.dispatch.Decision;
import dev.outpost.dispatch.DispatchEvent;
import dev.outpost.dispatch.Dispatcher;
import dev.outpost.dispatch.DispatcherOptions;
import dev.outpost.routing.Pickup;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A request queued behind GPS fixes, live mode, on the default city's time-of-day road tables
 * ({@link RoadWorld}: 2 courier types x 48 slices, {@code points} points, 50 couriers, 1,000 open
 * pickups). Issue 17's goal: a request queued behind 50 GPS fixes is answered within 5 ms of its
 * own cost.
 *
 * <p>Triples of samples, their order rotated from triple to triple so that drift on a shared
 * machine and what a sample leaves to the next fall on all three:
 * <ul>
 * <li><b>alone</b>: a request at a new address submitted to an idle writer; timed from its
 * submission to its answer;</li>
 * <li><b>behind</b>: 50 GPS fixes of the 50 couriers at new places submitted (not awaited, not
 * timed), then a request at a new address, timed from its submission to its answer: what the
 * writer does meanwhile with the fixes (holding them, applying the one it may have started) is
 * the cost of being queued behind them;</li>
 * <li><b>control</b>: another request alone. "behind" minus "alone" pair by pair is the cost of
 * the queue plus the machine's noise; "control" minus "alone" is the noise alone (what the
 * pairwise difference is on a shared machine when the queue costs nothing).</li>
 * </ul>
 * Between samples, not timed: every fix's future and the request's cancellation are awaited, so
 * each sample starts from a quiet dispatcher with the same table size and open pickups. Background
 * re-optimisation is off ({@link DispatcherOptions#withBackgroundRounds(boolean)}) unless the
 * fifth argument is {@code background}: otherwise a round started by the previous sample's events would
 * share the 2 cores with some timed requests and not others. Timed in wall time and in the
 * writer thread's CPU time over the same interval (less sensitive to other work on the machine).
 *
 * <p>Not JMH: JMH runs each benchmark method in its own iterations, so "alone" and "behind" would
 * not alternate in one run nor pair up for a difference, and it has no view of the writer thread's
 * CPU time. Not HdrHistogram: a few hundred samples are sorted for exact percentiles, and
 * differences may be negative.
 *
 * <pre>
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.outpost.bench.dispatch.DispatchRoadQueue [triples] [warm-up triples] [fixes] [points] [background]
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.outpost.bench.dispatch.DispatchRoadQueue 400 100 50 2000
 * </pre>
 */
public final class DispatchRoadQueue {

    private static final int SEVEN = 7 * 3600;

    private DispatchRoadQueue() {
    }

    /**
     * Runs the measurement and prints the figures.
     *
     * @param args triples of samples (default 400), warm-up triples (default 100), fixes ahead of a request
     *             (default 50, at most the 50 couriers), points in the table (default 2000),
     *             {@code background} to leave background re-optimisation on
     * @throws Exception when the dispatcher fails
     */
    public static void main(String[] args) throws Exception {
        int triples = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int fixes = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int points = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        boolean background = args.length > 4 && args[4].equals("background");
        if (triples < 1 || warmUp < 0 || fixes < 1 || fixes > 50 || points < 400) {
            throw new IllegalArgumentException("triples >= 1, warm-up triples >= 0, fixes in [1, 50], points >= 400");
        }
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        // Room for the points each sample adds beyond those freed and reused (a courier's previous
        // place, a cancelled request's address): no copy of the tables during the run.
        RoadWorld world = new RoadWorld(points, 11, 256);
        Dispatcher dispatcher = world.dispatcherWithOpenPickups(DispatcherOptions.live().withBackgroundRounds(background));
        Thread writer = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("outpost-dispatch-writer")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no dispatcher writer thread"));
        Queue q = new Queue(world, dispatcher, writer.getId(), fixes);
        for (int i = 0; i < warmUp; i++) {
            q.triple(i);
        }
        q.clear();
        for (int i = 0; i < triples; i++) {
            q.triple(i);
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        dispatcher.shutdown();
        System.out.printf(Locale.ROOT, "%d triples after %d warm-up triples, %d fixes ahead, %d points, background rounds %s;"
                + " load average %.2f before, %.2f after%n", triples, warmUp, fixes, points, background ? "on" : "off", loadBefore,
                loadAfter);
        q.print();
    }

    /** The samples of one run. */
    private static final class Queue {
        private final RoadWorld world;
        private final Dispatcher dispatcher;
        private final long writerId;
        private final int fixes;
        private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        private final List<Pickup> stream;
        private int next;
        private final List<long[]> alone = new ArrayList<>();
        private final List<long[]> behind = new ArrayList<>();
        private final List<long[]> control = new ArrayList<>();

        Queue(RoadWorld world, Dispatcher dispatcher, long writerId, int fixes) {
            this.world = world;
            this.dispatcher = dispatcher;
            this.writerId = writerId;
            this.fixes = fixes;
            this.stream = world.requests("new", 1_000_000, 3);
        }

        void clear() {
            alone.clear();
            behind.clear();
            control.clear();
        }

        /** One triple: alone, behind and control, rotated by {@code i}. */
        void triple(int i) throws Exception {
            for (int k = 0; k < 3; k++) {
                switch ((i + k) % 3) {
                    case 0 -> alone.add(sample(false));
                    case 1 -> behind.add(sample(true));
                    default -> control.add(sample(false));
                }
            }
        }

        /** One sample from a quiet dispatcher: {wall ns, writer CPU ns, fixes answered before the request}. */
        private long[] sample(boolean queued) throws Exception {
            List<CompletableFuture<List<Decision>>> ahead = new ArrayList<>();
            Pickup p = stream.get(next++);
            DispatchEvent.PickupRequested request = new DispatchEvent.PickupRequested(p, world.somewhere(), 0);
            List<DispatchEvent.CourierMoved> moves = new ArrayList<>();
            for (int c = 0; queued && c < fixes; c++) {
                moves.add(new DispatchEvent.CourierMoved(String.format("k%04d", c), world.somewhere(), SEVEN, null));
            }
            for (DispatchEvent.CourierMoved m : moves) {
                ahead.add(dispatcher.submit(m));
            }
            long cpu0 = mx.getThreadCpuTime(writerId);
            long t0 = System.nanoTime();
            CompletableFuture<List<Decision>> answer = dispatcher.submit(request);
            Decision d = answer.get(60, TimeUnit.SECONDS).get(0);
            long wall = System.nanoTime() - t0;
            long cpu = mx.getThreadCpuTime(writerId) - cpu0;
            long applied = ahead.stream().filter(CompletableFuture::isDone).count();
            if (!(d instanceof Decision.Assigned)) {
                throw new IllegalStateException("request " + p.id() + " not assigned: " + d);
            }
            // Not timed: back to a quiet dispatcher (every fix applied, the request cancelled).
            for (CompletableFuture<List<Decision>> f : ahead) {
                f.get(60, TimeUnit.SECONDS);
            }
            dispatcher.submit(new DispatchEvent.PickupCancelled(p.id(), SEVEN)).get(60, TimeUnit.SECONDS);
            return new long[] {wall, cpu, applied};
        }

        void print() {
            line("alone", alone, 0, 1);
            line("behind", behind, 0, 1);
            line("control (alone again)", control, 0, 1);
            difference("behind - alone, by triple", behind);
            difference("control - alone, by triple", control);
            long[] applied = new long[alone.size()];
            for (int i = 0; i < applied.length; i++) {
                applied[i] = behind.get(i)[2] * 1_000_000;
            }
            System.out.printf(Locale.ROOT, "%-28s wall p50 %6.2f ms p99 %6.2f ms   writer cpu p50 %6.2f ms p99 %6.2f ms%n",
                    "behind - alone, percentiles", pct(column(behind, 0), 0.5) - pct(column(alone, 0), 0.5),
                    pct(column(behind, 0), 0.99) - pct(column(alone, 0), 0.99),
                    pct(column(behind, 1), 0.5) - pct(column(alone, 1), 0.5),
                    pct(column(behind, 1), 0.99) - pct(column(alone, 1), 0.99));
            System.out.printf(Locale.ROOT, "fixes answered before the request's answer: p50 %.0f, p99 %.0f, max %.0f of %d%n",
                    pct(applied, 0.5), pct(applied, 0.99), pct(applied, 1.0), fixes);
        }

        private void difference(String what, List<long[]> other) {
            long[] dWall = new long[alone.size()];
            long[] dCpu = new long[alone.size()];
            for (int i = 0; i < dWall.length; i++) {
                dWall[i] = other.get(i)[0] - alone.get(i)[0];
                dCpu[i] = other.get(i)[1] - alone.get(i)[1];
            }
            System.out.printf(Locale.ROOT, "%-28s wall p50 %6.2f ms p99 %6.2f ms   writer cpu p50 %6.2f ms p99 %6.2f ms%n",
                    what, pct(dWall, 0.5), pct(dWall, 0.99), pct(dCpu, 0.5), pct(dCpu, 0.99));
        }

        private static void line(String what, List<long[]> samples, int wall, int cpu) {
            long[] w = column(samples, wall);
            long[] c = column(samples, cpu);
            System.out.printf(Locale.ROOT, "%-28s wall p50 %6.2f ms p99 %6.2f ms max %6.2f ms   writer cpu p50 %6.2f ms p99 %6.2f ms"
                    + "  (n=%d)%n", what, pct(w, 0.5), pct(w, 0.99), pct(w, 1.0), pct(c, 0.5), pct(c, 0.99), w.length);
        }

        private static long[] column(List<long[]> samples, int k) {
            return samples.stream().mapToLong(s -> s[k]).toArray();
        }

        /** The {@code q} quantile (nearest rank), in milliseconds. */
        private static double pct(long[] values, double q) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))] / 1e6;
        }
    }
}
