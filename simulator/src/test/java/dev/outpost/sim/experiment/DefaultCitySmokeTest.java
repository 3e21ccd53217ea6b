package dev.outpost.sim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.city.DefaultCity;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.kpi.RunKpis;
import org.junit.jupiter.api.Test;

class DefaultCitySmokeTest {

    @Test
    void aDayOnTheDefaultCityServesMostRequests() {
        SimSetup setup = new SimSetup(DefaultCity.scenario(), Layout.hub(), "nearest-idle", "stay", FleetOptions.defaults(), null);
        Simulator sim = Simulator.prepare(setup, null);
        for (String d : new String[] {"nearest-idle", "cheapest-insertion"}) {
            for (String r : new String[] {"stay", "home", "coverage"}) {
                RunKpis k = new Simulator(setup.withPolicies(d, r), legsOf(sim)).day(1, 0);
                System.out.println(d + "/" + r + ": " + k.metrics().stream().filter(m -> !m.group().startsWith("outpost"))
                        .map(m -> m.key() + "=" + Math.round(m.value() * 10) / 10.0).toList());
                assertTrue(k.value("all", "served") > 0.8 * k.value("all", "requests"));
                assertEquals(k.value("all", "requests"), k.value("all", "served") + k.value("all", "unserved"));
            }
        }
    }

    static dev.outpost.sim.fleet.LegTimes legsOf(Simulator sim) {
        return sim.legs();
    }
}
