package dev.outpost.sim.cli;

import dev.outpost.city.DefaultCity;
import dev.outpost.dispatch.DispatchPlan;
import dev.outpost.dispatch.Fleet;
import dev.outpost.dispatch.wire.WireEvent;
import dev.outpost.dispatch.wire.WireLocation;
import dev.outpost.dispatch.wire.WireSession;
import dev.outpost.dispatch.wire.WireTime;
import dev.outpost.dispatch.wire.WireWriter;
import dev.outpost.model.Client;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Scenario;
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.Stop;
import dev.outpost.sim.demand.PoissonDemand;
import dev.outpost.sim.demand.Request;
import dev.outpost.sim.demand.ServiceTimes;
import dev.outpost.sim.engine.RandomStreams;
import dev.outpost.travel.ScenarioPoints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Dispatch event logs of a simulated day for tests and measurements: the simulator's Poisson
 * demand of one day (seeded), scaled up until it has at least {@code count} requests, the first
 * {@code count} by time; each request by client or, in the same log by address, at the client's
 * location with the client's service minutes, size, response target, skills and window end written
 * out (the same pickups as by client, except that a request by address has priority 1). A {@code clock} line every 15
 * minutes and a {@code reoptimise} line every hour (300 steps, a seeded seed) between them.
 *
 * <p>Run (after {@code package} and {@code test-compile}): {@code java -cp
 * simulator/target/outpost.jar:simulator/target/test-classes dev.outpost.sim.cli.DispatchLogs 1000 client 1 by-client.jsonl}
 */
public final class DispatchLogs {

    private DispatchLogs() {
    }

    /**
     * The log as text.
     *
     * @param scenario  the scenario
     * @param count     requests
     * @param byAddress whether requests come with the client's location instead of its id
     * @param seed      the demand's seed
     * @return the log
     */
    static String log(Scenario scenario, int count, boolean byAddress, long seed) {
        StringBuilder out = new StringBuilder();
        for (WireEvent e : events(scenario, count, byAddress, seed)) {
            out.append(WireWriter.line(e)).append('\n');
        }
        return out.toString();
    }

    /** The first {@code count} requests of a seeded day of Poisson demand, scaled up until there are enough, by time. */
    private static List<Request> requests(Scenario scenario, int count, long seed) {
        List<Request> requests = List.of();
        for (double growth = 1; requests.size() < count && growth <= 64; growth *= 1.25) {
            requests = new PoissonDemand(growth, ServiceTimes.FIXED).requests(scenario, new RandomStreams(seed, 0));
        }
        requests = new ArrayList<>(requests);
        requests.sort(Comparator.comparingLong(Request::time).thenComparingLong(Request::id));
        return requests.subList(0, Math.min(count, requests.size()));
    }

    /** The open-loop events: requests with clock lines every 15 minutes and reoptimise lines every hour. */
    static List<WireEvent> events(Scenario scenario, int count, boolean byAddress, long seed) {
        List<Request> requests = requests(scenario, count, seed);
        List<WireEvent> out = new ArrayList<>();
        boolean planar = scenario.coordinates() == CoordinateSystem.PLANAR;
        SplittableRandom seeds = new SplittableRandom(seed);
        long nextClock = -1;
        long nextRound = -1;
        for (Request r : requests) {
            long t = Math.min(r.time(), WireTime.DAY_SECONDS - 1);
            if (nextClock < 0) {
                nextClock = (t / 900 + 1) * 900;
                nextRound = (t / 3600 + 1) * 3600;
            }
            while (nextClock <= t) {
                out.add(new WireEvent.Clock(WireTime.of((int) nextClock)));
                if (nextClock == nextRound) {
                    out.add(new WireEvent.Reoptimise(WireTime.of((int) nextClock), 300, seeds.nextLong()));
                    nextRound += 3600;
                }
                nextClock += 900;
            }
            Client c = scenario.clients().get(r.client());
            WireTime time = WireTime.of((int) t);
            String id = "r" + r.id();
            WireEvent e = byAddress
                    ? new WireEvent.Request(time, id, null, WireLocation.of(c.location(), planar), r.serviceSeconds() / 60.0,
                            c.responseTargetSeconds() / 60.0, r.size(), c.requiredSkills(),
                            c.window().endSeconds() > t ? Integer.valueOf(c.window().endSeconds()) : null)
                    : new WireEvent.Request(time, id, c.id(), null, r.serviceSeconds() / 60.0, null, r.size(), List.of(), null);
            out.add(e);
        }
        return out;
    }

    /**
     * The closed-loop log: the open-loop events fed through a {@link WireSession} on {@code fleet},
     * and before each of them the couriers' progress as the session plans it: each courier
     * {@code arrived} at its next planned stop at the planned arrival and {@code done} at the planned
     * departure (never earlier than the line before), in time order; after the last request, the
     * progress until every route is done. A courier with nothing more planned after a {@code done}, or
     * full, drives back to the hub ({@code unload} on arrival, leg from the client's point). A replay
     * of this log on the same fleet answers every line as the session did.
     *
     * @param scenario  the scenario
     * @param fleet     the fleet of the replay
     * @param count     requests
     * @param byAddress requests by location instead of client
     * @param seed      the demand's seed
     * @return the log
     */
    static String closedLoop(Scenario scenario, Fleet fleet, int count, boolean byAddress, long seed) {
        return closedLoop(scenario, fleet, count, byAddress, seed, new StringBuilder());
    }

    /**
     * As {@link #closedLoop(Scenario, Fleet, int, boolean, long)}, also collecting the session's answer lines.
     *
     * @param scenario  the scenario
     * @param fleet     the fleet of the replay
     * @param count     requests
     * @param byAddress requests by location instead of client
     * @param seed      the demand's seed
     * @param answers   where the generating session's answers go, one line each
     * @return the log
     */
    static String closedLoop(Scenario scenario, Fleet fleet, int count, boolean byAddress, long seed, StringBuilder answers) {
        WireSession session = new WireSession(scenario, fleet);
        StringBuilder out = new StringBuilder();
        int[] line = {0};
        int[] last = {0};
        Map<String, String> arrivedAt = new HashMap<>();
        Map<String, Integer> doneAt = new HashMap<>();
        java.util.Set<String> stuck = new java.util.HashSet<>();
        Map<String, Map.Entry<String, Integer>> leaving = new HashMap<>();
        Map<String, Integer> load = new HashMap<>();
        Map<String, Integer> returning = new HashMap<>();
        Map<String, Request> byId = new HashMap<>();
        requests(scenario, count, seed).forEach(r -> byId.put("r" + r.id(), r));
        ScenarioPoints points = ScenarioPoints.of(scenario);
        java.util.function.Consumer<WireEvent> emit = e -> {
            out.append(WireWriter.line(e)).append('\n');
            WireSession.Answer answer = session.apply(++line[0], e);
            answers.append(answer.json()).append('\n');
            last[0] = Math.max(last[0], e.time().second());
            if (e instanceof WireEvent.Unload u) {
                returning.remove(u.courier());
                load.remove(u.courier());
            } else if (e instanceof WireEvent.Done d && !answer.status().equals("refused") && byId.containsKey(d.pickup())) {
                // A courier with nothing more planned, or full, drives back to the hub and unloads there.
                Request r = byId.get(d.pickup());
                int onBoard = load.merge(d.courier(), r.size(), Integer::sum);
                dev.outpost.routing.Courier c = fleet.couriers().stream().filter(k -> k.id().equals(d.courier())).findFirst()
                        .orElse(null);
                boolean idle = session.currentPlan().plan().routes().stream()
                        .noneMatch(k -> k.courierId().equals(d.courier()) && !k.stops().isEmpty());
                if (c != null && (idle || onBoard >= c.capacity())) {
                    int profile = Math.max(0, fleet.tables().profileIndex(c.profile()));
                    int leg = fleet.tables().legSeconds(profile, points.clientIndex(r.client()), fleet.hubPoint(),
                            d.time().second());
                    returning.put(d.courier(), d.time().second() + Math.max(0, leg));
                }
            }
            if (answer.status().equals("refused") && e instanceof WireEvent.Arrived a) {
                // The session would not take it: leave that stop alone (no endless retry).
                stuck.add(a.pickup());
                arrivedAt.remove(a.courier());
                doneAt.remove(a.courier());
            }
        };
        List<WireEvent> events = new ArrayList<>(events(scenario, count, byAddress, seed));
        for (int i = 0; i <= events.size(); i++) {
            WireEvent next = i < events.size() ? events.get(i) : null;
            int until = next == null ? WireTime.DAY_SECONDS - 1 : next.time().second();
            while (true) {
                WireEvent progress = nextProgress(session, arrivedAt, doneAt, leaving, returning, stuck, until, last[0]);
                if (progress == null) {
                    break;
                }
                emit.accept(progress);
            }
            if (next != null) {
                emit.accept(next);
            }
        }
        return out.toString();
    }

    /** The earliest progress event due by {@code until}: a done of an arrived courier, or an arrival at a next stop. */
    private static WireEvent nextProgress(WireSession session, Map<String, String> arrivedAt, Map<String, Integer> doneAt,
            Map<String, Map.Entry<String, Integer>> leaving, Map<String, Integer> returning, java.util.Set<String> stuck,
            int until, int last) {
        DispatchPlan plan = session.currentPlan();
        if (plan == null) {
            return null;
        }
        WireEvent best = null;
        for (Map.Entry<String, String> a : arrivedAt.entrySet()) {
            int t = Math.max(last, doneAt.get(a.getKey()));
            if (t <= until && (best == null || t < best.time().second())) {
                best = new WireEvent.Done(WireTime.of(t), a.getKey(), a.getValue());
            }
        }
        for (Map.Entry<String, Integer> back : returning.entrySet()) {
            int t = Math.max(last, back.getValue());
            if (t <= until && t < WireTime.DAY_SECONDS && (best == null || t < best.time().second())) {
                best = new WireEvent.Unload(WireTime.of(t), back.getKey());
            }
        }
        Stop bestStop = null;
        for (CourierRoutePlan r : plan.plan().routes()) {
            if (r.stops().isEmpty() || arrivedAt.containsKey(r.courierId()) || returning.containsKey(r.courierId())
                    || stuck.contains(r.stops().get(0).pickupId())) {
                continue;
            }
            Stop s = r.stops().get(0);
            // The courier leaves for its next stop as soon as it has one: the arrival planned then is
            // kept (the dispatcher, told of no departure, keeps the courier where it was until it arrives).
            Map.Entry<String, Integer> leg = leaving.get(r.courierId());
            if (leg == null || !leg.getKey().equals(s.pickupId())) {
                leg = Map.entry(s.pickupId(), Math.max(last, s.arrivalSecond()));
                leaving.put(r.courierId(), leg);
            }
            int t = Math.max(last, leg.getValue());
            if (t <= until && t < WireTime.DAY_SECONDS && (best == null || t < best.time().second())) {
                best = new WireEvent.Arrived(WireTime.of(t), r.courierId(), s.pickupId());
                bestStop = s;
            }
        }
        if (best instanceof WireEvent.Arrived a) {
            leaving.remove(a.courier());
            arrivedAt.put(a.courier(), a.pickup());
            doneAt.put(a.courier(), Math.max(a.time().second(), bestStop.departureSecond()));
        } else if (best instanceof WireEvent.Done d) {
            arrivedAt.remove(d.courier());
            doneAt.remove(d.courier());
        }
        return best;
    }

    /**
     * Writes a log of the default city.
     *
     * @param args requests, {@code client} or {@code address}, seed, output file, and optionally {@code closed-loop}
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        boolean closed = args.length > 4 && args[4].equals("closed-loop");
        String text = closed
                ? closedLoop(DefaultCity.scenario(), ReplayCommand.fleet(ScenarioSource.load(null), null), Integer.parseInt(args[0]),
                        args[1].equals("address"), Long.parseLong(args[2]))
                : log(DefaultCity.scenario(), Integer.parseInt(args[0]), args[1].equals("address"), Long.parseLong(args[2]));
        Files.writeString(Path.of(args[3]), text, StandardCharsets.UTF_8);
    }
}
