package dev.outpost.sim.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.sim.engine.EventLog;
import dev.outpost.sim.engine.SimEvent;
import dev.outpost.sim.experiment.Layout;
import dev.outpost.sim.experiment.SimSetup;
import dev.outpost.sim.experiment.Simulator;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.testing.TinyScenarios;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event log, written as JSON lines and replayed into a fresh collector, gives the same KPIs. */
class ReplayTest {

    @Test
    void replayingTheEventLogGivesTheSameKpis() throws Exception {
        SimSetup setup = new SimSetup(TinyScenarios.town(2.0),
                new Layout("posts", List.of(new Layout.Post("west", 2), new Layout.Post("east", 2))),
                "cheapest-insertion", "coverage", new FleetOptions(0.2, 0.1, dev.outpost.sim.demand.ServiceTimes.FIXED, 1.0), null);
        Simulator simulator = Simulator.prepare(setup, null);
        StringWriter log = new StringWriter();
        RunKpis live = simulator.day(5, 1, EventLog.writer(log));
        List<SimEvent> events = EventLog.read(new BufferedReader(new StringReader(log.toString())));
        assertTrue(events.size() > 100, "events: " + events.size());
        KpiCollector replay = simulator.collector();
        events.forEach(replay::onEvent);
        assertEquals(live, replay.kpis());
        replay.reset();
        events.forEach(replay::onEvent);
        assertEquals(live, replay.kpis());
    }

    @Test
    void aBadLogLineIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventLog.read(new BufferedReader(
                new StringReader("{\"type\":\"courierIdle\",\"time\":5,\"courierId\":\"k-1\"}\n{\"type\":\"nope\"}\n"))));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void anOpenRequestBreaksConservation() {
        KpiCollector collector = new KpiCollector(3600, List.of("SERVICE_CENTRE"), List.of());
        collector.onEvent(new SimEvent.RequestArrived(10, 0, "c", "SERVICE_CENTRE", "-", 600));
        IllegalStateException e = assertThrows(IllegalStateException.class, collector::kpis);
        assertTrue(e.getMessage().contains("Conservation broken"), e.getMessage());
    }
}
