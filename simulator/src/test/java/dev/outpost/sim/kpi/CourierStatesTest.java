package dev.outpost.sim.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.sim.engine.SimEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one reading of courier state events: which spells it reports, and when. */
class CourierStatesTest {

    @Test
    void reportsEachFinishedSpellOnce() {
        List<String> spells = new ArrayList<>();
        CourierStates states = new CourierStates(new CourierStates.Spells() {
            @Override
            public void onDuty(String courierId, long from, long to) {
                spells.add("duty " + courierId + " " + from + "-" + to);
            }

            @Override
            public void busy(String courierId, long from, long to) {
                spells.add("busy " + courierId + " " + from + "-" + to);
            }

            @Override
            public void onBreak(String courierId, long from, long to) {
                spells.add("break " + courierId + " " + from + "-" + to);
            }
        });
        states.onEvent(new SimEvent.CourierOnDuty(100, "k1", "hub"));
        states.onEvent(new SimEvent.CourierOnDuty(150, "k2", "hub"));
        states.onEvent(new SimEvent.CourierBusy(200, "k1"));
        states.onEvent(new SimEvent.CourierBusy(250, "k1"));
        states.onEvent(new SimEvent.CourierIdle(300, "k1"));
        states.onEvent(new SimEvent.CourierIdle(310, "k1"));
        states.onEvent(new SimEvent.BreakStarted(400, "k1"));
        states.onEvent(new SimEvent.BreakEnded(500, "k1"));
        states.onEvent(new SimEvent.BreakEnded(510, "k1"));
        states.onEvent(new SimEvent.CourierBusy(600, "k1"));
        states.onEvent(new SimEvent.BreakStarted(650, "k2"));
        states.onEvent(new SimEvent.CourierOffDuty(700, "k1"));
        states.onEvent(new SimEvent.CourierLost(800, "k2", 3));
        states.onEvent(new SimEvent.CourierOffDuty(900, "k2"));
        assertEquals(List.of("busy k1 200-300", "break k1 400-500", "busy k1 600-700", "duty k1 100-700",
                "break k2 650-800", "duty k2 150-800"), spells);

        spells.clear();
        states.onEvent(new SimEvent.CourierBusy(1000, "k3"));
        states.clear();
        states.onEvent(new SimEvent.CourierOffDuty(1100, "k3"));
        assertEquals(List.of(), spells, "a cleared tracker forgets open spells");
    }
}
