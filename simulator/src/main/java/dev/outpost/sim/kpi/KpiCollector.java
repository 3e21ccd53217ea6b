package dev.outpost.sim.kpi;

import dev.outpost.sim.engine.EventListener;
import dev.outpost.sim.engine.SimEvent;
import dev.outpost.sim.engine.UnservedReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Computes a day's KPIs from its events alone (live, or replayed from an event log): response time
 * from request to courier at the door (mean, p50, p90, p95, max; HdrHistogram, 3 significant
 * digits), share of requests with a courier at the door within target (unserved ones count as
 * missed), served and unserved counts, per run, per client class and per outpost; and for the fleet
 * utilisation (busy over on-duty seconds), idle seconds, break seconds (configured breaks, counted
 * apart from idle time), distance, items at the hub after the cut-off, items lost in breakdowns
 * and unserved requests by reason. Courier time comes from {@link CourierStates}, the same reading
 * of the courier events as the report's trace. {@link #kpis()} asserts conservation: every request
 * that arrived is served or unserved with a reason.
 */
public final class KpiCollector implements EventListener {

    private final int cutoff;
    private final Map<String, String> clientLevels;
    private final List<String> groups = new ArrayList<>();
    private final Map<String, Integer> groupIndex = new HashMap<>();
    private Group[] stats;
    private final Map<Long, long[]> open = new HashMap<>();
    private final CourierStates states = new CourierStates(new CourierStates.Spells() {
        @Override
        public void onDuty(String courierId, long from, long to) {
            dutySeconds += to - from;
        }

        @Override
        public void busy(String courierId, long from, long to) {
            busySeconds += to - from;
        }

        @Override
        public void onBreak(String courierId, long from, long to) {
            breakSeconds += to - from;
        }
    });
    private long arrived;
    private long served;
    private long unserved;
    private final long[] byReason = new long[UnservedReason.values().length];
    private long busySeconds;
    private long breakSeconds;
    private long dutySeconds;
    private long metres;
    private long relocationMetres;
    private long itemsAfterCutoff;
    private long itemsLost;

    private static final class Group {
        final Histogram histogram = new Histogram(3);
        long requests;
        long served;
        long within;
        long sum;
    }

    /**
     * @param cutoff   the hub's cut-off, seconds since 00:00
     * @param classes  client class names (one group each)
     * @param outposts outpost ids (one group each)
     */
    public KpiCollector(int cutoff, List<String> classes, List<String> outposts) {
        this(cutoff, classes, List.of(), Map.of(), outposts);
    }

    /**
     * A collector with a group per administrative level of service centre as well ({@code level:county}),
     * after the class groups.
     *
     * @param cutoff       the hub's cut-off, seconds since 00:00
     * @param classes      client class names (one group each)
     * @param levels       administrative level names (one group each), e.g. {@code county}
     * @param clientLevels each levelled client's id to its level name
     * @param outposts     outpost ids (one group each)
     */
    public KpiCollector(int cutoff, List<String> classes, List<String> levels, Map<String, String> clientLevels,
            List<String> outposts) {
        this.cutoff = cutoff;
        this.clientLevels = Map.copyOf(clientLevels);
        groups.add("all");
        classes.forEach(c -> groups.add("class:" + c));
        levels.forEach(l -> groups.add("level:" + l));
        outposts.stream().sorted().forEach(o -> groups.add("outpost:" + o));
        for (int i = 0; i < groups.size(); i++) {
            groupIndex.put(groups.get(i), i);
        }
        reset();
    }

    /** Forgets everything, for the next replication. */
    public void reset() {
        stats = new Group[groups.size()];
        for (int i = 0; i < stats.length; i++) {
            stats[i] = new Group();
        }
        open.clear();
        states.clear();
        arrived = 0;
        served = 0;
        unserved = 0;
        java.util.Arrays.fill(byReason, 0);
        busySeconds = 0;
        breakSeconds = 0;
        dutySeconds = 0;
        metres = 0;
        relocationMetres = 0;
        itemsAfterCutoff = 0;
        itemsLost = 0;
    }

    @Override
    public void onEvent(SimEvent event) {
        states.onEvent(event);
        if (event instanceof SimEvent.RequestArrived e) {
            arrived++;
            int cls = groupIndex.getOrDefault("class:" + e.clientKind(), -1);
            int post = groupIndex.getOrDefault("outpost:" + e.outpostId(), -1);
            String level = clientLevels.get(e.clientId());
            int lvl = level == null ? -1 : groupIndex.getOrDefault("level:" + level, -1);
            open.put(e.requestId(), new long[] {e.time(), e.targetSeconds(), cls, post, lvl});
            for (int g : new int[] {0, cls, post, lvl}) {
                if (g >= 0) {
                    stats[g].requests++;
                }
            }
        } else if (event instanceof SimEvent.PickupStarted e) {
            long[] r = open.remove(e.requestId());
            if (r == null) {
                throw new IllegalStateException("The pickup of request " + e.requestId()
                        + " started, but the request never arrived or was already closed.");
            }
            served++;
            long response = e.time() - r[0];
            for (int g : new int[] {0, (int) r[2], (int) r[3], (int) r[4]}) {
                if (g >= 0) {
                    Group s = stats[g];
                    s.served++;
                    s.sum += response;
                    s.histogram.recordValue(response);
                    if (response <= r[1]) {
                        s.within++;
                    }
                }
            }
        } else if (event instanceof SimEvent.RequestUnserved e) {
            if (open.remove(e.requestId()) == null) {
                throw new IllegalStateException("The request " + e.requestId()
                        + " was reported unserved, but it never arrived or was already closed.");
            }
            unserved++;
            byReason[e.reason().ordinal()]++;
        } else if (event instanceof SimEvent.CourierLost e) {
            itemsLost += e.itemsOnBoard();
        } else if (event instanceof SimEvent.CourierMoved e) {
            metres += e.metres();
            if (e.relocation()) {
                relocationMetres += e.metres();
            }
        } else if (event instanceof SimEvent.ArrivedAtHub e && e.time() > cutoff) {
            itemsAfterCutoff += e.items();
        }
        // RequestAssigned and PickupDone carry no KPI of their own.
    }

    /**
     * The day's KPIs.
     *
     * @throws IllegalStateException when a request is still open (conservation broken)
     * @return the day's KPIs
     */
    public RunKpis kpis() {
        if (!open.isEmpty() || arrived != served + unserved) {
            throw new IllegalStateException("Conservation broken: " + arrived + " requests arrived, " + served
                    + " served, " + unserved + " unserved, " + open.size() + " still open (e.g. request "
                    + open.keySet().stream().sorted().findFirst().orElse(-1L) + ").");
        }
        List<Metric> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            String name = groups.get(g);
            Group s = stats[g];
            out.add(new Metric(name, "requests", Unit.COUNT, s.requests));
            out.add(new Metric(name, "served", Unit.COUNT, s.served));
            boolean any = s.served > 0;
            out.add(new Metric(name, "responseMean", Unit.SECONDS, any ? (double) s.sum / s.served : Double.NaN));
            out.add(new Metric(name, "responseP50", Unit.SECONDS, any ? s.histogram.getValueAtPercentile(50) : Double.NaN));
            out.add(new Metric(name, "responseP90", Unit.SECONDS, any ? s.histogram.getValueAtPercentile(90) : Double.NaN));
            out.add(new Metric(name, "responseP95", Unit.SECONDS, any ? s.histogram.getValueAtPercentile(95) : Double.NaN));
            out.add(new Metric(name, "responseMax", Unit.SECONDS, any ? s.histogram.getMaxValue() : Double.NaN));
            out.add(new Metric(name, "withinTarget", Unit.PERCENT,
                    s.requests > 0 ? 100.0 * s.within / s.requests : Double.NaN));
        }
        out.add(new Metric("all", "unserved", Unit.COUNT, unserved));
        Map<String, Long> reasons = new LinkedHashMap<>();
        for (UnservedReason r : UnservedReason.values()) {
            reasons.put(r.name(), byReason[r.ordinal()]);
        }
        reasons.forEach((r, n) -> out.add(new Metric("all", "unserved." + r, Unit.COUNT, n)));
        out.add(new Metric("fleet", "utilisation", Unit.PERCENT, dutySeconds > 0 ? 100.0 * busySeconds / dutySeconds : Double.NaN));
        out.add(new Metric("fleet", "busySeconds", Unit.SECONDS, busySeconds));
        out.add(new Metric("fleet", "idleSeconds", Unit.SECONDS, dutySeconds - busySeconds - breakSeconds));
        out.add(new Metric("fleet", "breakSeconds", Unit.SECONDS, breakSeconds));
        out.add(new Metric("fleet", "distance", Unit.KM, metres / 1000.0));
        out.add(new Metric("fleet", "relocationDistance", Unit.KM, relocationMetres / 1000.0));
        out.add(new Metric("fleet", "itemsAfterCutoff", Unit.COUNT, itemsAfterCutoff));
        out.add(new Metric("fleet", "itemsLost", Unit.COUNT, itemsLost));
        return new RunKpis(out);
    }
}
