package dev.outpost.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.travel.road.RoadNetwork;
import org.junit.jupiter.api.Test;

class SyntheticRoadGridTest {

    @Test
    void deterministicStronglyConnectedGridWithOneWaysAndFastArterials() {
        RoadNetwork a = SyntheticRoadGrid.generate(40, 7);
        RoadNetwork b = SyntheticRoadGrid.generate(40, 7);
        assertEquals(a.nodeCount(), b.nodeCount());
        assertEquals(a.edgeCount(), b.edgeCount());
        for (int e = 0; e < a.edgeCount(); e++) {
            assertEquals(a.head(e), b.head(e));
            assertEquals(a.edgeMillis(e), b.edgeMillis(e));
        }
        assertTrue(a.nodeCount() > 40 * 40 * 0.95, "nodes: " + a.nodeCount());
        int oneWay = 0;
        int fast = 0;
        for (int v = 0; v < a.nodeCount(); v++) {
            for (int e = a.firstOut(v); e < a.firstOut(v + 1); e++) {
                int w = a.head(e);
                boolean back = false;
                for (int f = a.firstOut(w); f < a.firstOut(w + 1); f++) {
                    back |= a.head(f) == v;
                }
                oneWay += back ? 0 : 1;
                // metres / seconds above 60 km/h = 16.7 m/s
                if (a.edgeDecimetres(e) / 10.0 / (a.edgeMillis(e) / 1000.0) > 60 / 3.6) {
                    fast++;
                }
            }
        }
        assertTrue(oneWay > a.edgeCount() / 20, "one-way edges: " + oneWay);
        assertTrue(fast > a.edgeCount() / 20 && fast < a.edgeCount() / 3, "arterial edges: " + fast);
    }
}
