package dev.outpost.sim.cli;

import dev.outpost.city.DefaultCity;
import dev.outpost.dispatch.wire.WireEvent;
import dev.outpost.dispatch.wire.WireLocation;
import dev.outpost.dispatch.wire.WireTime;
import dev.outpost.dispatch.wire.WireWriter;
import dev.outpost.model.Client;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Scenario;
import dev.outpost.sim.demand.PoissonDemand;
import dev.outpost.sim.demand.Request;
import dev.outpost.sim.demand.ServiceTimes;
import dev.outpost.sim.engine.RandomStreams;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        List<Request> requests = List.of();
        for (double growth = 1; requests.size() < count && growth <= 64; growth *= 1.25) {
            requests = new PoissonDemand(growth, ServiceTimes.FIXED).requests(scenario, new RandomStreams(seed, 0));
        }
        requests = new ArrayList<>(requests);
        requests.sort(Comparator.comparingLong(Request::time).thenComparingLong(Request::id));
        requests = requests.subList(0, Math.min(count, requests.size()));
        boolean planar = scenario.coordinates() == CoordinateSystem.PLANAR;
        SplittableRandom seeds = new SplittableRandom(seed);
        StringBuilder out = new StringBuilder();
        long nextClock = -1;
        long nextRound = -1;
        for (Request r : requests) {
            long t = Math.min(r.time(), WireTime.DAY_SECONDS - 1);
            if (nextClock < 0) {
                nextClock = (t / 900 + 1) * 900;
                nextRound = (t / 3600 + 1) * 3600;
            }
            while (nextClock <= t) {
                out.append(WireWriter.line(new WireEvent.Clock(WireTime.of((int) nextClock)))).append('\n');
                if (nextClock == nextRound) {
                    out.append(WireWriter.line(new WireEvent.Reoptimise(WireTime.of((int) nextClock), 300, seeds.nextLong())))
                            .append('\n');
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
            out.append(WireWriter.line(e)).append('\n');
        }
        return out.toString();
    }

    /**
     * Writes a log of the default city.
     *
     * @param args requests, {@code client} or {@code address}, seed, output file
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        String text = log(DefaultCity.scenario(), Integer.parseInt(args[0]), args[1].equals("address"), Long.parseLong(args[2]));
        Files.writeString(Path.of(args[3]), text, StandardCharsets.UTF_8);
    }
}
