package dev.outpost.sim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.sim.demand.ServiceTimes;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.sim.testing.TinyScenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tripwire, not a truth: the town scenario's KPIs for seed 11, four replications, pinned to the
 * values this code gave when written. A change in the engine, demand, fleet or policies that moves
 * them must be deliberate; update the pins with the reason in the commit.
 */
class GoldenKpisIT {

    @Test
    void townKpisStayPinned() {
        SimSetup setup = new SimSetup(TinyScenarios.town(2.0),
                new Layout("posts", List.of(new Layout.Post("west", 2), new Layout.Post("east", 2))),
                "cheapest-insertion", "coverage", new FleetOptions(0.15, 0.0, ServiceTimes.FIXED, 1.0), null);
        List<RunKpis> runs = Replications.run(Simulator.prepare(setup, null), 11, 4, 1, null);
        KpiTable table = KpiTable.of(runs);
        assertEquals(PINNED_REQUESTS, table.row("all", "requests").estimate().mean(), 1e-9);
        assertEquals(PINNED_RESPONSE_MEAN, table.row("all", "responseMean").estimate().mean(), 1e-6);
        assertEquals(PINNED_WITHIN_TARGET, table.row("all", "withinTarget").estimate().mean(), 1e-6);
        assertEquals(PINNED_DISTANCE_KM, table.row("fleet", "distance").estimate().mean(), 1e-6);
    }

    private static final double PINNED_REQUESTS = 145.5;
    private static final double PINNED_RESPONSE_MEAN = 1181.9711263413817;
    private static final double PINNED_WITHIN_TARGET = 89.23729330576464;
    private static final double PINNED_DISTANCE_KM = 356.38575000000003;
}
