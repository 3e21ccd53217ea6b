package dev.outpost.sim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.city.DefaultCity;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.sim.policy.DispatchPolicies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Every policy pair on a day of the default city (road travel); a long run, enabled with
 * {@code -Doutpost.sim.long=true}.
 */
@EnabledIfSystemProperty(named = "outpost.sim.long", matches = "true")
class DefaultCitySmokeTest {

    @Test
    void aDayOnTheDefaultCityServesMostRequestsUnderEveryPolicyPair() {
        SimSetup setup = new SimSetup(DefaultCity.scenario(), Layout.hub(), "nearest-idle", "stay", FleetOptions.defaults(), null);
        Simulator prepared = Simulator.prepare(setup, null);
        for (String d : DispatchPolicies.DISPATCH) {
            for (String r : DispatchPolicies.RELOCATION) {
                RunKpis k = new Simulator(setup.withPolicies(d, r), prepared.legs()).day(1, 0);
                assertTrue(k.value("all", "served") > 0.95 * k.value("all", "requests"), d + "/" + r);
                assertEquals(k.value("all", "requests"), k.value("all", "served") + k.value("all", "unserved"));
            }
        }
    }
}
