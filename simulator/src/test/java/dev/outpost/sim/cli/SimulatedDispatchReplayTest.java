package dev.outpost.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.dispatch.Decision;
import dev.outpost.dispatch.wire.WireEvent;
import dev.outpost.dispatch.wire.WireReader;
import dev.outpost.dispatch.wire.WireSession;
import dev.outpost.dispatch.wire.WireWriter;
import dev.outpost.sim.demand.PoissonDemand;
import dev.outpost.sim.demand.ServiceTimes;
import dev.outpost.sim.experiment.Layout;
import dev.outpost.sim.experiment.SimSetup;
import dev.outpost.sim.experiment.Simulator;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.fleet.TimeOfDayLegTimes;
import dev.outpost.sim.policy.ReoptimisingPolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The simulator's dispatcher log, replayed by {@code outpost replay}'s session on the fleet that
 * {@code outpost replay} builds for the same scenario and layout, gives the same answers, event by
 * event: the same courier for each request, the same promised arrival, the same consequences.
 */
class SimulatedDispatchReplayTest {

    @Test
    void theReplayOfASimulatedDispatchLogGivesTheSimulatorsAnswers() {
        ScenarioSource source = ScenarioSource.load(null);
        // Two days of a third of the default city's demand, travel noise on: short, but every event type.
        SimSetup setup = new SimSetup(source.scenario(), Layout.hub(), "reoptimise", "stay", FleetOptions.defaults(),
                new PoissonDemand(0.3, ServiceTimes.FIXED));
        Simulator simulator = new Simulator(setup, new TimeOfDayLegTimes(source.tables()));
        List<WireEvent> events = new ArrayList<>();
        List<ReoptimisingPolicy> policies = new ArrayList<>();
        simulator.replicationWithPolicies(5, 0, 2, d -> {
            ReoptimisingPolicy p = new ReoptimisingPolicy(ReoptimisingPolicy.DEFAULT_INTERVAL_SECONDS,
                    ReoptimisingPolicy.DEFAULT_STEPS, d + 1, events::add);
            policies.add(p);
            return p;
        });
        List<List<Decision>> simulated = new ArrayList<>();
        for (ReoptimisingPolicy p : policies) {
            assertTrue(p.refusals().isEmpty(), () -> "no event refused: " + p.refusals());
            assertTrue(p.finalPlan().check().valid(), "the day's final plan is valid");
            simulated.addAll(p.answers());
        }
        assertEquals(events.size(), simulated.size(), "one answer per event");
        assertTrue(policies.stream().mapToInt(ReoptimisingPolicy::rounds).sum() > 4, "rounds ran");

        // Through the text of the log, as outpost replay reads it.
        StringBuilder log = new StringBuilder();
        events.forEach(e -> log.append(WireWriter.line(e)).append('\n'));
        WireReader.Result read = WireReader.read(log.toString());
        assertTrue(read.ok(), read.describe());
        for (String type : List.of("request", "position", "arrived", "done", "unload", "off-duty", "reoptimise")) {
            assertTrue(events.stream().anyMatch(e -> e.type().equals(type)), "the log has " + type + " lines");
        }
        assertTrue(events.stream().anyMatch(e -> e.time().day() == 2), "the second day is day 2");

        WireSession session = new WireSession(source.scenario(), DispatchSetup.load(null, "hub").fleet());
        int requests = 0;
        for (WireReader.Line line : read.lines()) {
            WireSession.Answer answer = session.apply(line.line(), line.event());
            List<Decision> expected = simulated.get(line.line() - 1);
            assertEquals(expected, answer.decisions(), "line " + line.line() + " " + WireWriter.line(line.event()));
            if (line.event() instanceof WireEvent.Request) {
                requests++;
                assertTrue(answer.status().equals("assigned") || answer.status().equals("unserved"), answer.json());
            }
        }
        assertTrue(requests > 100, "requests replayed: " + requests);
        session.finish().forEach(d -> assertTrue(d.plan().check().valid(), "day " + d.day() + " valid in the replay"));
    }
}
