package dev.outpost.sim.report;

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
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The KPIs and the report's trace read courier time the same way: over simulated days with
 * breaks and breakdowns, the trace's busy and on-duty seconds per hour add up to the KPIs' busy
 * and on-duty seconds.
 */
class CourierTimeAgreementTest {

    @Test
    void traceHoursAddUpToTheKpisCourierTime() {
        Scenario town = TinyScenarios.town(3.0);
        List<CourierType> types = new ArrayList<>();
        for (CourierType t : town.courierTypes()) {
            types.add(new CourierType(t.id(), t.count(), t.speedKmh(), t.capacity(), t.shift(), t.skills(),
                    t.costPerHour(), t.costPerKm(), t.roadProfile(), List.of(new CourierBreak(12 * 3600, 14 * 3600, 1800))));
        }
        Scenario withBreaks = new Scenario(town.name(), town.coordinates(), town.clients(), town.sites(), types,
                town.hub(), town.horizon(), town.budget(), town.travel());
        SimSetup setup = new SimSetup(withBreaks, new Layout("posts", List.of(new Layout.Post("west", 2),
                new Layout.Post("east", 1))), "cheapest-insertion", "coverage",
                new FleetOptions(0.2, 0.15, ServiceTimes.EXPONENTIAL, 1.0), null);
        Simulator simulator = Simulator.prepare(setup, null);
        SetupRun run = SetupRun.simulate("t", simulator, 3, 4, 2, 1, null);
        double busy = 0;
        double duty = 0;
        double breaks = 0;
        for (RunKpis k : run.runs()) {
            busy += k.value("fleet", "busySeconds");
            duty += k.value("fleet", "busySeconds") + k.value("fleet", "idleSeconds") + k.value("fleet", "breakSeconds");
            breaks += k.value("fleet", "breakSeconds");
        }
        assertTrue(busy > 0 && breaks > 0, "busy " + busy + ", breaks " + breaks);
        assertEquals(busy, Arrays.stream(run.trace().busyByHour()).sum());
        assertEquals(duty, Arrays.stream(run.trace().dutyByHour()).sum());
    }
}
