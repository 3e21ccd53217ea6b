package dev.outpost.sim.demand;

import dev.outpost.model.Client;
import dev.outpost.model.Scenario;
import dev.outpost.sim.engine.RandomStreams;
import dev.outpost.sim.engine.Stream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Turns sorted (time, client) pairs into numbered requests with their drawn service times. */
final class Requests {

    private Requests() {
    }

    /**
     * @param sorted (time, client) pairs sorted by time then client; a third element, when present
     *               and positive, overrides the size; a fourth the priority
     */
    static List<Request> number(List<long[]> sorted, Scenario scenario, ServiceTimes serviceTimes, RandomStreams random) {
        SplittableRandom[] service = new SplittableRandom[scenario.clients().size()];
        List<Request> requests = new ArrayList<>(sorted.size());
        long id = 0;
        for (long[] r : sorted) {
            int c = (int) r[1];
            Client client = scenario.clients().get(c);
            if (service[c] == null) {
                service[c] = random.stream(Stream.SERVICE_TIMES, c);
            }
            int size = r.length > 2 && r[2] > 0 ? (int) r[2] : client.pickupSize();
            int priority = r.length > 3 && r[3] > 0 ? (int) r[3] : client.priority();
            requests.add(new Request(id++, r[0], c, size, priority, serviceTimes.draw(client.serviceSeconds(), service[c])));
        }
        return requests;
    }
}
