package dev.outpost.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.dispatch.CourierStatus;
import dev.outpost.dispatch.Decision;
import dev.outpost.dispatch.DispatchPlan;
import dev.outpost.dispatch.DispatcherHealth;
import dev.outpost.dispatch.wire.WireEvent;
import dev.outpost.dispatch.wire.WireLocation;
import dev.outpost.dispatch.wire.WirePlan;
import dev.outpost.dispatch.wire.WireSession;
import dev.outpost.dispatch.wire.WireTime;
import dev.outpost.dispatch.wire.WireWriter;
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.Stop;
import dev.outpost.sim.cli.DispatchSetup;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatcher behind the HTTP API: a {@link WireSession} (the deterministic dispatcher that
 * {@code outpost replay} runs, one per day) fed under one lock, so that the journal replayed
 * through the same session gives the same state. Every accepted event is journalled in the wire
 * format; a {@code reoptimise} event whose round was adopted is journalled as the {@code plan} it
 * adopted (so that a restart adopts it instead of searching again).
 */
final class DispatchService implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchService.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final DispatchSetup setup;
    private final WireSession session;
    private final Journal journal;
    private final Metrics metrics;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Map<String, WireLocation> positions = new HashMap<>();
    private final List<Consumer<Published>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.ArrayDeque<Unpublished> unpublished = new java.util.ArrayDeque<>();
    private final List<BooleanSupplier> planWanted = new java.util.concurrent.CopyOnWriteArrayList<>();
    private long sequence;
    private long publishedVersion = -1;
    private int recovered;
    private volatile long planVersion;
    private int planDay = 1;

    /**
     * What a batch published, for the stream.
     *
     * @param decisions the decision lines (JSON), one per event
     * @param snapshot  the plan when its version changed and someone listens, else null
     * @param day       the session's day with that plan
     * @param version   the plan version after the batch
     */
    record Published(List<String> decisions, DispatchPlan snapshot, int day, long version) {

        /** The plan JSON when its version changed, else null; formatted by the caller, outside the dispatcher's lock. */
        String plan() {
            return snapshot == null ? null : planJson(snapshot, day);
        }
    }

    /** A batch applied, waiting for its journal ticket to be on disk before the stream shows it. */
    private record Unpublished(long ticket, Published published) {
    }

    DispatchService(DispatchSetup setup, Journal journal, Metrics metrics) throws IOException {
        this.setup = Objects.requireNonNull(setup, "setup");
        this.session = new WireSession(setup.scenario(), setup.fleet());
        this.journal = journal;
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        if (journal != null) {
            Journal.Recovered r = journal.recover();
            r.warnings().forEach(LOG::warn);
            for (WireEvent e : r.events()) {
                applyOne(e, null);
            }
            recovered = r.events().size();
            if (recovered > 0) {
                LOG.info("Replayed {} journal line(s) from {} file(s) in {}; plan version {}", recovered, r.files().size(),
                        journal.dir(), planVersion);
            }
        }
        publishedVersion = planVersion;
    }

    /** The service's counters. */
    Metrics metrics() {
        return metrics;
    }

    /** Journal lines replayed on start. */
    int recovered() {
        return recovered;
    }

    /** The scenario and fleet. */
    DispatchSetup setup() {
        return setup;
    }

    /**
     * Tells {@code listener} what every batch published; the plan JSON is built (under the lock, a
     * cost of the order of the events themselves) only when {@code wantsPlan} says someone reads it.
     */
    void subscribe(Consumer<Published> listener, BooleanSupplier wantsPlan) {
        listeners.add(listener);
        planWanted.add(wantsPlan);
    }

    private boolean planWanted() {
        for (BooleanSupplier w : planWanted) {
            if (w.getAsBoolean()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Applies the events in order, writes them to the journal under the lock, waits (outside the
     * lock) until they are forced to disk, by an fsync shared with the requests that came meanwhile,
     * and answers one decision line per event; then tells the stream's listeners, in order.
     */
    List<String> apply(List<WireEvent> events) {
        Published published;
        long ticket = 0;
        metrics.queueDepth.incrementAndGet();
        lock.lock();
        long cpu = Metrics.CpuSamples.now();
        try {
            metrics.queueDepth.decrementAndGet();
            List<String> answers = new ArrayList<>(events.size());
            List<String> lines = new ArrayList<>(events.size());
            for (WireEvent e : events) {
                answers.add(applyOne(e, lines));
            }
            if (journal != null) {
                ticket = journal.write(lines);
            }
            DispatchPlan plan = null;
            if (planVersion != publishedVersion && planWanted()) {
                plan = session.dispatcher().currentPlan();
            }
            publishedVersion = planVersion;
            published = new Published(answers, plan, session.day(), planVersion);
            synchronized (unpublished) {
                unpublished.add(new Unpublished(ticket, published));
            }
        } finally {
            metrics.lockedCpu.since(cpu);
            lock.unlock();
        }
        // The fsync outside the lock: requests that come meanwhile apply their events and share the
        // next fsync (group commit). The answer, and what the stream shows, only once on disk.
        if (journal != null) {
            try {
                journal.awaitDurable(ticket);
            } catch (RuntimeException e) {
                synchronized (unpublished) {
                    unpublished.clear();
                }
                throw e;
            }
        }
        publishDurable(ticket);
        return published.decisions();
    }

    /** Tells the listeners, in the order the batches were applied, every batch on disk up to this ticket. */
    private void publishDurable(long ticket) {
        synchronized (unpublished) {
            while (!unpublished.isEmpty() && unpublished.peekFirst().ticket() <= ticket) {
                Published p = unpublished.pollFirst().published();
                for (Consumer<Published> l : listeners) {
                    try {
                        l.accept(p);
                    } catch (RuntimeException ex) {
                        LOG.warn("A stream listener failed: {}", ex.toString());
                    }
                }
            }
        }
    }

    /** One event through the session; its journal line(s) added to {@code lines} (null while replaying). */
    private String applyOne(WireEvent e, List<String> lines) {
        sequence++;
        WireSession.Answer answer = session.apply(Math.toIntExact(Math.min(sequence, Integer.MAX_VALUE)), e);
        if (session.day() != planDay) {
            planDay = session.day();
            planVersion = 0;
        }
        boolean adopted = answer.json().contains("\"adopted\":true");
        DispatchPlan current = null;
        if (adopted) {
            current = session.dispatcher().currentPlan();
            planVersion = current.version();
        }
        for (Decision d : answer.decisions()) {
            planVersion = Math.max(planVersion, d.version());
        }
        if (lines != null) {
            if (e instanceof WireEvent.Reoptimise) {
                if (adopted) {
                    lines.add(WireWriter.line(planEvent(e.time(), current)));
                }
            } else {
                lines.add(WireWriter.line(e));
            }
            metrics.event(e.type(), answer.status());
        }
        if (e instanceof WireEvent.Position p && !"refused".equals(answer.status())) {
            positions.put(p.courier(), p.location());
        }
        String json = answer.json();
        return json.substring(0, json.length() - 1) + ",\"version\":" + planVersion + "}";
    }

    private static WireEvent.Plan planEvent(WireTime time, DispatchPlan plan) {
        List<WireEvent.Route> routes = new ArrayList<>();
        for (CourierRoutePlan r : plan.plan().routes()) {
            List<String> stops = new ArrayList<>();
            for (Stop s : r.stops()) {
                if (!s.pickupId().equals(plan.fixed().get(r.courierId()))) {
                    stops.add(s.pickupId());
                }
            }
            routes.add(new WireEvent.Route(r.courierId(), stops));
        }
        return new WireEvent.Plan(time, plan.version(), routes);
    }

    /** The current plan as JSON: version, day, valid, routes (courier, stops with times), unserved. */
    String planJson() {
        // The plan (an immutable record) taken under the lock, its JSON written outside it.
        Published now = locked(() -> new Published(List.of(), session.dispatcher().currentPlan(), session.day(), planVersion));
        return now.plan();
    }

    private static String planJson(DispatchPlan p, int day) {
        ObjectNode o = NODES.objectNode();
        o.put("version", p.version());
        o.put("day", day);
        WirePlan.put(o, p);
        return o.toString();
    }

    /** A courier's status as JSON, or empty when the fleet has no such courier. */
    Optional<String> courierJson(String id) {
        return locked(() -> {
            CourierStatus c;
            try {
                c = session.dispatcher().courierStatus(id);
            } catch (IllegalArgumentException unknown) {
                return Optional.<String>empty();
            }
            ObjectNode o = NODES.objectNode();
            o.put("courier", c.courierId());
            o.put("duty", c.duty().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            o.put("clock", WireTime.formatClock(c.clockSecond()));
            o.put("point", c.point());
            WireLocation at = positions.get(id);
            if (at != null) {
                o.set("location", WireWriter.node(new WireEvent.Position(WireTime.of(c.clockSecond()), id, at)).get("location"));
            }
            o.put("free", WireTime.formatClock(c.freeSecond()));
            o.put("load", c.load());
            ArrayNode stops = o.putArray("stops");
            for (CourierStatus.StopEta s : c.stops()) {
                ObjectNode stop = stops.addObject();
                stop.put("pickup", s.pickupId());
                stop.put("fixed", s.fixed());
                stop.put("eta", WireTime.formatClock(s.arrivalSecond()));
                stop.put("start", WireTime.formatClock(s.startSecond()));
                stop.put("departure", WireTime.formatClock(s.departureSecond()));
            }
            if (c.hubArrivalSecond() >= 0) {
                o.put("hubArrival", WireTime.formatClock(c.hubArrivalSecond()));
            }
            o.put("version", c.version());
            return Optional.of(o.toString());
        });
    }

    /** A pickup's status as JSON, or empty when it was never requested. */
    Optional<String> pickupJson(String id) {
        return locked(() -> {
            ObjectNode o = NODES.objectNode();
            o.put("pickup", id);
            Decision d;
            try {
                d = session.dispatcher().status(id);
            } catch (IllegalArgumentException notToday) {
                d = null;
            }
            if (d == null) {
                Optional<WireSession.PickupState> earlier = session.pickups().stream().filter(s -> s.pickup().equals(id)).findFirst();
                if (earlier.isEmpty()) {
                    return Optional.<String>empty();
                }
                o.put("status", earlier.get().status());
                o.put("day", earlier.get().day());
                if (earlier.get().reason() != null) {
                    o.put("reason", earlier.get().reason());
                }
                return Optional.of(o.toString());
            }
            o.put("status", d.outcome());
            o.put("day", session.day());
            if (d instanceof Decision.Assigned a) {
                o.put("courier", a.courierId());
                o.put("arrival", WireTime.formatClock(a.arrivalSecond()));
                o.put("start", WireTime.formatClock(a.startSecond()));
                if (a.lateSeconds() > 0) {
                    o.put("lateSeconds", a.lateSeconds());
                }
            } else if (d instanceof Decision.Unserved u) {
                o.put("reason", u.reason().name());
            } else if (d instanceof Decision.Expired e) {
                o.put("reason", "window ended " + WireTime.formatClock(e.windowEndSecond()));
            } else if (d instanceof Decision.Served s) {
                o.put("courier", s.courierId());
                o.put("done", WireTime.formatClock(s.doneSecond()));
            } else if (d instanceof Decision.Cancelled c) {
                o.put("cancelled", WireTime.formatClock(c.second()));
            } else if (d instanceof Decision.Refused r) {
                o.put("reason", r.reason().name());
            }
            o.put("version", d.version());
            return Optional.of(o.toString());
        });
    }

    /** The dispatcher's health. */
    DispatcherHealth health() {
        return locked(() -> session.dispatcher().health());
    }

    /** The journal, or null without one. */
    Journal journal() {
        return journal;
    }

    /** Lines appended to the journal since start (0 without one). */
    long journalLines() {
        return journal == null ? 0 : journal.appended();
    }

    /** The plan version after the last event. */
    long planVersion() {
        return planVersion;
    }

    private <T> T locked(java.util.function.Supplier<T> read) {
        metrics.queueDepth.incrementAndGet();
        lock.lock();
        try {
            metrics.queueDepth.decrementAndGet();
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            session.finish();
            if (journal != null) {
                journal.close();
            }
        } finally {
            lock.unlock();
        }
    }
}
