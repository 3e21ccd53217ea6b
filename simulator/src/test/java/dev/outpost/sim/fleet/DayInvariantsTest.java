package dev.outpost.sim.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Conservation and invariants over every policy pair, with noise and breakdowns: each request ends
 * served or unserved exactly once, events come in time order, a pickup starts after its request and
 * by a courier it was assigned to, couriers never serve two requests at once, utilisation is 0-100%,
 * the client needing a skill nobody has is unserved for that reason.
 */
class DayInvariantsTest {

    @Test
    void everyRequestEndsOnceAndTheFactsAreConsistent() {
        int lost = 0;
        double relocated = 0;
        for (String dispatch : DispatchPolicies.DISPATCH) {
            for (String relocation : DispatchPolicies.RELOCATION) {
                SimSetup setup = new SimSetup(TinyScenarios.town(3.0),
                        new Layout("posts", List.of(new Layout.Post("west", 2), new Layout.Post("east", 1))),
                        dispatch, relocation, new FleetOptions(0.3, 0.08, ServiceTimes.EXPONENTIAL, 1.0), null);
                Simulator simulator = Simulator.prepare(setup, null);
                for (int r = 0; r < 6; r++) {
                    List<SimEvent> events = new ArrayList<>();
                    RunKpis k = simulator.day(77, r, events::add);
                    check(events, dispatch + "/" + relocation + " replication " + r);
                    lost += (int) events.stream().filter(e -> e instanceof SimEvent.CourierLost).count();
                    if (!relocation.equals("stay")) {
                        relocated += k.value("fleet", "relocationDistance");
                    } else {
                        assertEquals(0.0, k.value("fleet", "relocationDistance"));
                    }
                    assertEquals(k.value("all", "requests"), k.value("all", "served") + k.value("all", "unserved"));
                    assertTrue(k.value("all", "unserved.NO_SKILLED_COURIER") > 0, "the cold-chain client is never served");
                    double u = k.value("fleet", "utilisation");
                    assertTrue(u >= 0 && u <= 100, "utilisation " + u);
                }
            }
        }
        assertTrue(lost > 0, "breakdowns happened");
        assertTrue(relocated > 0, "relocation drives happened");
    }

    static void check(List<SimEvent> events, String label) {
        long last = 0;
        Map<Long, Long> arrived = new HashMap<>();
        Set<Long> closed = new HashSet<>();
        Map<Long, Set<String>> assignedTo = new HashMap<>();
        Map<String, Long> serving = new HashMap<>();
        for (SimEvent e : events) {
            assertTrue(e.time() >= last, label + ": time goes back at " + e);
            last = e.time();
            if (e instanceof SimEvent.RequestArrived a) {
                assertTrue(arrived.put(a.requestId(), a.time()) == null, label + ": request arrives twice " + a);
            } else if (e instanceof SimEvent.RequestAssigned a) {
                assertTrue(arrived.containsKey(a.requestId()) && !closed.contains(a.requestId()), label + ": " + a);
                assignedTo.computeIfAbsent(a.requestId(), x -> new HashSet<>()).add(a.courierId());
            } else if (e instanceof SimEvent.PickupStarted p) {
                assertTrue(closed.add(p.requestId()), label + ": closed twice " + p);
                assertTrue(p.time() >= arrived.get(p.requestId()), label + ": " + p);
                assertTrue(assignedTo.get(p.requestId()).contains(p.courierId()), label + ": not assigned " + p);
                assertTrue(serving.put(p.courierId(), p.requestId()) == null, label + ": two at once " + p);
            } else if (e instanceof SimEvent.PickupDone d) {
                assertEquals(d.requestId(), serving.remove(d.courierId()), label + ": " + d);
            } else if (e instanceof SimEvent.RequestUnserved u) {
                assertTrue(closed.add(u.requestId()), label + ": closed twice " + u);
            } else if (e instanceof SimEvent.CourierLost l) {
                serving.remove(l.courierId());
            }
        }
        assertEquals(arrived.keySet(), closed, label + ": open requests");
    }
}
