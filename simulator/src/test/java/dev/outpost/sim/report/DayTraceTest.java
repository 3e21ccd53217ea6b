package dev.outpost.sim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.sim.engine.SimEvent;
import dev.outpost.sim.engine.UnservedReason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's trace, fed events by hand: responses by minute, busy and duty time split by hour, stops. */
class DayTraceTest {

    private static DayTrace day(boolean stops) {
        DayTrace t = new DayTrace(stops);
        t.onEvent(new SimEvent.CourierOnDuty(7 * 3600 + 1800, "k1", "site-1"));
        t.onEvent(new SimEvent.RequestArrived(7 * 3600 + 2000, 1, "c1", "SERVICE_CENTRE", "site-1", 1800));
        t.onEvent(new SimEvent.PickupStarted(7 * 3600 + 2000 + 179, 1, "k1"));
        t.onEvent(new SimEvent.CourierBusy(7 * 3600 + 2700, "k1"));
        t.onEvent(new SimEvent.RequestArrived(8 * 3600, 2, "c2", "GOVERNMENT_OFFICE", "site-1", 3600));
        t.onEvent(new SimEvent.ArrivedAtHub(8 * 3600 + 600, "k1", 1));
        t.onEvent(new SimEvent.CourierIdle(8 * 3600 + 900, "k1"));
        t.onEvent(new SimEvent.RequestUnserved(8 * 3600 + 1000, 2, UnservedReason.END_OF_DAY));
        t.onEvent(new SimEvent.CourierOffDuty(9 * 3600, "k1"));
        t.endReplication();
        return t;
    }

    @Test
    void splitsBusyAndDutyTimeByHourAndBinsResponsesByWholeMinute() {
        DayTrace t = day(true);
        long[] busy = t.busyByHour();
        long[] duty = t.dutyByHour();
        assertEquals(900, busy[7]);
        assertEquals(900, busy[8]);
        assertEquals(1800, duty[7]);
        assertEquals(3600, duty[8]);
        assertEquals(0, duty[9]);
        assertEquals(1, t.responseMinutes()[2], "179 s is minute 2");
        assertEquals(1, t.unserved());
        assertEquals(Map.of("k1", List.of("site-1", "c1", DayTrace.HUB)), t.stops());
        assertEquals(List.of(1), t.centresWithinTarget(), "c1 reached in 179 s of its 1800");
    }

    @Test
    void addsDaysAndKeepsStopsOfTheFirstDayOnly() {
        DayTrace total = new DayTrace(false);
        total.add(day(false));
        total.add(day(false));
        assertEquals(2, total.replications());
        assertEquals(3600 * 2, total.dutyByHour()[8]);
        assertEquals(2, total.responseMinutes()[2]);
        assertTrue(total.stops().isEmpty());
        assertEquals(List.of(1, 1), total.centresWithinTarget());

        DayTrace late = new DayTrace(false);
        late.onEvent(new SimEvent.RequestArrived(0, 1, "c1", "SERVICE_CENTRE", "site-1", 60));
        late.onEvent(new SimEvent.RequestArrived(0, 2, "c2", "SERVICE_CENTRE", "site-1", 60));
        late.onEvent(new SimEvent.RequestArrived(0, 3, "c3", "SERVICE_CENTRE", "site-1", 60));
        late.onEvent(new SimEvent.RequestArrived(0, 4, "c4", "GOVERNMENT_OFFICE", "site-1", 60));
        late.onEvent(new SimEvent.PickupStarted(61, 1, "k1"));
        late.onEvent(new SimEvent.PickupStarted(60, 2, "k2"));
        late.onEvent(new SimEvent.RequestUnserved(70, 3, UnservedReason.END_OF_DAY));
        late.onEvent(new SimEvent.PickupStarted(600, 4, "k1"));
        late.endReplication();
        assertEquals(List.of(1), late.centresWithinTarget(), "only c2 (60 s of 60); c1 late, c3 unserved, c4 no centre");

        DayTrace twoDays = new DayTrace(true);
        for (int d = 0; d < 2; d++) {
            twoDays.onEvent(new SimEvent.CourierOnDuty(7 * 3600, "k1", "site-" + d));
            twoDays.onEvent(new SimEvent.CourierOffDuty(9 * 3600, "k1"));
        }
        assertEquals(Map.of("k1", List.of("site-0")), twoDays.stops());
        assertArrayEquals(new long[] {0, 0, 0, 0, 0, 0, 0, 7200, 7200, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                twoDays.dutyByHour());
    }
}
