package dev.outpost.sim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Scenario;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.sim.report.KpiReport;
import dev.outpost.sim.testing.TinyScenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same scenario, set-up and seed: byte-identical kpis.json, in sequence or with parallel replications. */
class DeterminismTest {

    private static SimSetup setup(String dispatch, String relocation) {
        Scenario town = TinyScenarios.town(2.0);
        Layout layout = new Layout("two posts", List.of(new Layout.Post("west", 2), new Layout.Post("east", 2)));
        return new SimSetup(town, layout, dispatch, relocation, new FleetOptions(0.2, 0.05,
                dev.outpost.sim.demand.ServiceTimes.EXPONENTIAL, 1.0), null);
    }

    @Test
    void kpisJsonIsByteIdenticalForTheSameSeedAlsoInParallel() {
        for (String dispatch : List.of("nearest-idle", "cheapest-insertion", "reoptimise")) {
            SimSetup setup = setup(dispatch, "coverage");
            // The re-optimising policy's days cost seconds (a dispatcher and its rounds): fewer replications.
            int n = dispatch.equals("reoptimise") ? 3 : 8;
            String first = KpiReport.json(setup, 42, Replications.run(Simulator.prepare(setup, null), 42, n, 1, null));
            String again = KpiReport.json(setup, 42, Replications.run(Simulator.prepare(setup, null), 42, n, 1, null));
            String parallel = KpiReport.json(setup, 42, Replications.run(Simulator.prepare(setup, null), 42, n, 3, null));
            String otherSeed = KpiReport.json(setup, 43, Replications.run(Simulator.prepare(setup, null), 43, n, 1, null));
            assertEquals(first, again);
            assertEquals(first, parallel);
            assertNotEquals(first, otherSeed.replace("\"seed\": 43", "\"seed\": 42"));
            assertTrue(first.contains("\"format\": \"outpost-kpis/1\""), first.substring(0, 200));
        }
    }

    @Test
    void setUpsWithTheSameSeedSeeTheSameRequests() {
        Simulator a = Simulator.prepare(setup("nearest-idle", "stay"), null);
        Simulator b = Simulator.prepare(setup("cheapest-insertion", "home"), null);
        for (int r = 0; r < 5; r++) {
            RunKpis ka = a.day(9, r);
            RunKpis kb = b.day(9, r);
            assertEquals(ka.value("all", "requests"), kb.value("all", "requests"), "replication " + r);
            assertEquals(ka.value("class:SERVICE_CENTRE", "requests"), kb.value("class:SERVICE_CENTRE", "requests"));
        }
    }
}
