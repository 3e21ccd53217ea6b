package dev.outpost.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Location;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live table after adds that reuse free points and append new ones equals a table built from scratch. */
class LiveTableTest {

    @Test
    void reusedAndAppendedPointsEqualATableBuiltFromScratch() {
        LiveTable live = new LiveTable(DispatcherLocationTest.fleet(6));
        // First batch: three new points, appended as 6, 7, 8.
        List<Location> first = List.of(Location.planar(100, 40), Location.planar(900, 700), Location.planar(1300, 260));
        assertTrue(live.add(first, new BitSet()));
        assertEquals(9, live.table().size());
        // Second batch while only point 7 is still referenced: 6 and 8 are reused, a third is appended as 9.
        BitSet used = new BitSet();
        used.set(7);
        List<Location> second = List.of(Location.planar(50, 1450), Location.planar(1490, 10), Location.planar(720, 730));
        assertTrue(live.add(second, used));
        TravelTimes table = live.table();
        assertEquals(10, table.size());
        assertEquals(6, live.find(second.get(0)));
        assertEquals(8, live.find(second.get(1)));
        assertEquals(9, live.find(second.get(2)));
        assertEquals(7, live.find(first.get(1)));
        assertEquals(-1, live.find(first.get(0)));

        List<Location> expectedPoints = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            expectedPoints.add(DispatcherLocationTest.grid(i));
        }
        expectedPoints.addAll(List.of(second.get(0), first.get(1), second.get(1), second.get(2)));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < expectedPoints.size(); i++) {
            ids.add("q" + i);
        }
        TravelTimes scratch = DispatcherLocationTest.MODEL.table(ids, expectedPoints);
        for (int a = 0; a < 10; a++) {
            for (int b = 0; b < 10; b++) {
                assertEquals(scratch.seconds(a, b), table.seconds(a, b), "seconds " + a + " -> " + b);
                assertEquals(scratch.metres(a, b), table.metres(a, b), "metres " + a + " -> " + b);
            }
        }
    }
}
