package dev.outpost.sim.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.CourierBreak;
import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import dev.outpost.sim.demand.ServiceTimes;
import dev.outpost.sim.engine.SimEvent;
import dev.outpost.sim.experiment.Layout;
import dev.outpost.sim.experiment.SimSetup;
import dev.outpost.sim.experiment.Simulator;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.sim.policy.DispatchPolicies;
import dev.outpost.sim.testing.TinyScenarios;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Configured breaks: every courier that stays on duty takes its break once, for its full length,
 * starting inside its window or (when busy at the latest start) right after the stop it was at; it
 * does no work meanwhile; conservation holds; break time is counted apart from idle time.
 */
class BreaksTest {

    private static final CourierBreak SCOOTER_LUNCH = new CourierBreak(12 * 3600, 13 * 3600 + 1800, 30 * 60);
    private static final CourierBreak VAN_LUNCH = new CourierBreak(12 * 3600 + 1800, 14 * 3600, 45 * 60);

    static Scenario withBreaks(Scenario s) {
        List<CourierType> types = new ArrayList<>();
        for (CourierType t : s.courierTypes()) {
            CourierBreak lunch = t.id().equals("van") ? VAN_LUNCH : SCOOTER_LUNCH;
            types.add(new CourierType(t.id(), t.count(), t.speedKmh(), t.capacity(), t.shift(), t.skills(),
                    t.costPerHour(), t.costPerKm(), t.roadProfile(), List.of(lunch)));
        }
        return new Scenario(s.name(), s.coordinates(), s.clients(), s.sites(), types, s.hub(), s.horizon(), s.budget(),
                s.travel());
    }

    @Test
    void everyCourierTakesItsBreakInsideTheWindowOrRightAfterItsStop() {
        int inside = 0;
        int afterStop = 0;
        for (String dispatch : DispatchPolicies.DISPATCH) {
            for (String relocation : DispatchPolicies.RELOCATION) {
                if (dispatch.equals("reoptimise") && !relocation.equals("home")) {
                    continue; // the slow policy once, to keep the test short
                }
                SimSetup setup = new SimSetup(withBreaks(TinyScenarios.town(3.0)),
                        new Layout("posts", List.of(new Layout.Post("west", 2), new Layout.Post("east", 1))),
                        dispatch, relocation, new FleetOptions(0.3, 0.02, ServiceTimes.EXPONENTIAL, 1.0), null);
                Simulator simulator = Simulator.prepare(setup, null);
                for (int r = 0; r < (dispatch.equals("reoptimise") ? 1 : 3); r++) {
                    String label = dispatch + "/" + relocation + " replication " + r;
                    List<SimEvent> events = new ArrayList<>();
                    RunKpis k = simulator.day(5, r, events::add);
                    DayInvariantsTest.check(events, label);
                    int[] counts = checkBreaks(events, label);
                    inside += counts[0];
                    afterStop += counts[1];
                    double duty = k.value("fleet", "busySeconds") + k.value("fleet", "idleSeconds")
                            + k.value("fleet", "breakSeconds");
                    assertTrue(k.value("fleet", "breakSeconds") > 0, label);
                    assertEquals(k.value("all", "requests"), k.value("all", "served") + k.value("all", "unserved"), label);
                    assertTrue(duty > 0 && k.value("fleet", "idleSeconds") >= 0, label);
                }
            }
        }
        assertTrue(inside > 0, "breaks inside the window");
        assertTrue(afterStop > 0, "breaks deferred to the end of a stop (busy at the latest start)");
    }

    @Test
    void breakEventsReplayFromTheLogIntoTheSameKpis() throws java.io.IOException {
        SimSetup setup = new SimSetup(withBreaks(TinyScenarios.town(2.0)), Layout.hub(), "cheapest-insertion", "home",
                new FleetOptions(0.2, 0.05, ServiceTimes.FIXED, 1.0), null);
        Simulator simulator = Simulator.prepare(setup, null);
        java.io.StringWriter log = new java.io.StringWriter();
        RunKpis live = simulator.day(9, 2, dev.outpost.sim.engine.EventLog.writer(log));
        assertTrue(log.toString().contains("\"breakStarted\"") && log.toString().contains("\"breakEnded\""));
        dev.outpost.sim.kpi.KpiCollector replay = simulator.collector();
        dev.outpost.sim.engine.EventLog.read(new java.io.BufferedReader(new java.io.StringReader(log.toString())))
                .forEach(replay::onEvent);
        assertEquals(live, replay.kpis());
        assertTrue(live.value("fleet", "breakSeconds") > 0);
    }

    /** {@return breaks started inside the window, and started late right after a stop} */
    private static int[] checkBreaks(List<SimEvent> events, String label) {
        Map<String, Long> breakStart = new HashMap<>();
        Map<String, Integer> taken = new HashMap<>();
        Map<String, Long> lastStopEnd = new HashMap<>();
        Map<String, Boolean> lost = new HashMap<>();
        Map<String, Long> lengths = new HashMap<>();
        int inside = 0;
        int afterStop = 0;
        for (SimEvent e : events) {
            if (e instanceof SimEvent.PickupDone d) {
                lastStopEnd.put(d.courierId(), d.time());
            } else if (e instanceof SimEvent.ArrivedAtHub a) {
                lastStopEnd.put(a.courierId(), a.time());
            } else if (e instanceof SimEvent.CourierLost l) {
                lost.put(l.courierId(), true);
            } else if (e instanceof SimEvent.BreakStarted b) {
                CourierBreak window = b.courierId().startsWith("van") ? VAN_LUNCH : SCOOTER_LUNCH;
                assertTrue(breakStart.put(b.courierId(), b.time()) == null, label + ": two breaks at once " + b);
                assertTrue(b.time() >= window.earliestSeconds(), label + ": break before its window " + b);
                if (b.time() <= window.latestStartSeconds()) {
                    inside++;
                } else {
                    assertEquals(b.time(), lastStopEnd.get(b.courierId()), label + ": a late break not right after a stop " + b);
                    afterStop++;
                }
                taken.merge(b.courierId(), 1, Integer::sum);
            } else if (e instanceof SimEvent.BreakEnded b) {
                lengths.put(b.courierId(), b.time() - breakStart.remove(b.courierId()));
            } else if (e instanceof SimEvent.PickupStarted p) {
                assertTrue(!breakStart.containsKey(p.courierId()), label + ": works on its break " + p);
            } else if (e instanceof SimEvent.CourierMoved m) {
                assertTrue(!breakStart.containsKey(m.courierId()), label + ": drives on its break " + m);
            }
        }
        for (SimEvent e : events) {
            if (e instanceof SimEvent.CourierOnDuty d && !lost.containsKey(d.courierId())) {
                assertEquals(1, taken.getOrDefault(d.courierId(), 0), label + ": breaks of " + d.courierId());
                CourierBreak window = d.courierId().startsWith("van") ? VAN_LUNCH : SCOOTER_LUNCH;
                assertEquals(window.durationSeconds(), lengths.get(d.courierId()), label + ": break length of " + d.courierId());
            }
        }
        return new int[] {inside, afterStop};
    }
}
