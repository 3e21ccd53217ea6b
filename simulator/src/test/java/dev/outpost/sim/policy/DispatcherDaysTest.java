package dev.outpost.sim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.CourierBreak;
import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import dev.outpost.sim.demand.ServiceTimes;
import dev.outpost.sim.experiment.Layout;
import dev.outpost.sim.experiment.SimSetup;
import dev.outpost.sim.experiment.Simulator;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.sim.testing.TinyScenarios;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every simulated day is a test of the dispatcher: 160 short days of the town (travel
 * noise, exponential service times, breakdowns, lunch breaks, couriers at outposts, each
 * relocation policy) through the re-optimising policy, with no event refused, no dispatcher
 * failure, every day's final plan valid by the independent checker, and conservation.
 */
class DispatcherDaysTest {

    private static Scenario withLunch(Scenario s) {
        List<CourierType> types = new ArrayList<>();
        for (CourierType t : s.courierTypes()) {
            types.add(new CourierType(t.id(), t.count(), t.speedKmh(), t.capacity(), t.shift(), t.skills(), t.costPerHour(),
                    t.costPerKm(), t.roadProfile(), List.of(new CourierBreak(12 * 3600, 14 * 3600, 30 * 60))));
        }
        return new Scenario(s.name(), s.coordinates(), s.clients(), s.sites(), types, s.hub(), s.horizon(), s.budget(),
                s.travel());
    }

    @Test
    void hundredsOfDaysWithoutARefusedEventOrAnInvalidPlan() {
        int days = 0;
        int requests = 0;
        int rounds = 0;
        List<String> refused = new ArrayList<>();
        int invalid = 0;
        for (String relocation : List.of("stay", "coverage")) {
            for (boolean lunch : List.of(false, true)) {
                Scenario town = lunch ? withLunch(TinyScenarios.town(1.0)) : TinyScenarios.town(1.0);
                SimSetup setup = new SimSetup(town,
                        new Layout("posts", List.of(new Layout.Post("west", 2), new Layout.Post("east", 1))),
                        "reoptimise", relocation, new FleetOptions(0.3, 0.02, ServiceTimes.EXPONENTIAL, 1.0), null);
                Simulator simulator = Simulator.prepare(setup, null);
                for (int r = 0; r < 4; r++) {
                    List<ReoptimisingPolicy> policies = new ArrayList<>();
                    RunKpis k = simulator.replicationWithPolicies(11, r, 10, d -> {
                        ReoptimisingPolicy p = new ReoptimisingPolicy(3600, 100, d + 1, null);
                        policies.add(p);
                        return p;
                    });
                    assertEquals(k.value("all", "requests"), k.value("all", "served") + k.value("all", "unserved"));
                    requests += (int) k.value("all", "requests");
                    String label = relocation + (lunch ? "/lunch" : "") + " rep " + r + ": ";
                    for (ReoptimisingPolicy p : policies) {
                        days++;
                        rounds += p.rounds();
                        p.refusals().forEach(x -> refused.add(label + x));
                        if (p.finalPlan() != null && !p.finalPlan().check().valid()) {
                            invalid++;
                        }
                    }
                }
            }
        }
        assertEquals(160, days);
        assertTrue(requests > 160 * 10, "requests: " + requests);
        assertTrue(rounds > days, "rounds: " + rounds);
        assertEquals(List.of(), refused, "refused events");
        assertEquals(0, invalid, "days whose final plan is invalid");
    }
}
