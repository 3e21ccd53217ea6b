package dev.outpost.sim.demand;

import dev.outpost.model.Scenario;
import dev.outpost.sim.engine.RandomStreams;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fixed requests (contract pickups, a replayed log): the same every day; only their service times
 * are drawn (from the service-time stream).
 *
 * @param entries the requests, in any order
 * @param serviceTimes how the time at the door is drawn
 */
public record ScheduledDemand(List<Entry> entries, ServiceTimes serviceTimes) implements DemandSource {

    /**
     * One scheduled request.
     *
     * @param time     seconds since 00:00, at least 0
     * @param client   client index in the scenario
     * @param size     capacity units, 0 = the client's pickup size
     * @param priority 0 = the client's priority
     */
    public record Entry(long time, int client, int size, int priority) {
    }

    /**
     * Copies the entries.
     *
     * @param entries the requests, in any order
     * @param serviceTimes how the time at the door is drawn
     */
    public ScheduledDemand {
        entries = List.copyOf(entries);
    }

    @Override
    public List<Request> requests(Scenario scenario, RandomStreams random) {
        List<long[]> raw = new ArrayList<>();
        for (Entry e : entries) {
            if (e.client() < 0 || e.client() >= scenario.clients().size()) {
                throw new IllegalArgumentException("The scheduled request's client index (" + e.client()
                        + ") is not a client of the scenario (0 to " + (scenario.clients().size() - 1) + ").");
            }
            raw.add(new long[] {e.time(), e.client(), e.size(), e.priority()});
        }
        raw.sort(Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[1]));
        return Requests.number(raw, scenario, serviceTimes, random);
    }
}
