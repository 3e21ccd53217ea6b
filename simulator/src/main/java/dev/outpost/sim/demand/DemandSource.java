package dev.outpost.sim.demand;

import dev.outpost.model.Scenario;
import dev.outpost.sim.engine.RandomStreams;
import java.util.List;

/** Where a simulated day's requests come from (a random process, a schedule, a log). */
public interface DemandSource {
    /**
     * The day's requests, sorted by time then client, ids 0, 1, ... in that order. Draws only from
     * the {@code ARRIVALS} and {@code SERVICE_TIMES} streams of {@code random}.
     *
     * @param scenario the scenario
     * @param random the replication's random streams
     * @return the day's requests, sorted by time then client, ids 0, 1, ... in that order
     */
    List<Request> requests(Scenario scenario, RandomStreams random);
}
