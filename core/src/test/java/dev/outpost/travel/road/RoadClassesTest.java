package dev.outpost.travel.road;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.CoordinateSystem;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Road classes on edges: CSV column, builder default, reweighting per class. */
class RoadClassesTest {

    private static RoadNetwork csv(String text) throws IOException {
        return EdgeListCsvReader.read(new StringReader(text), "roads.csv", RoadNetwork.ComponentPolicy.KEEP_ALL);
    }

    @Test
    void theCsvClassColumnNamesEachEdgesClassAndAnEmptyCellIsRoad() throws IOException {
        RoadNetwork n = csv("""
                from,to,metres,speed_kmh,oneway,class,from_x,from_y,to_x,to_y
                1,2,1000,50,true,ring,0,0,1000,0
                2,3,1000,30,true,,1000,0,2000,0
                3,1,2000,30,true,lane,2000,0,0,0
                """);
        assertEquals(List.of("ring", "road", "lane"), n.roadClasses());
        for (int e = 0; e < n.edgeCount(); e++) {
            String expected = switch ((int) n.nodeId(n.tail(e))) {
                case 1 -> "ring";
                case 2 -> "road";
                default -> "lane";
            };
            assertEquals(expected, n.roadClasses().get(n.edgeClass(e)));
        }
    }

    @Test
    void reweightingScalesPerClassCapsAndBars() {
        RoadNetwork n = new RoadNetwork.Builder(CoordinateSystem.PLANAR)
                .addNode(1, 0, 0).addNode(2, 1000, 0).addNode(3, 2000, 0)
                .addEdge(1, 2, 1000, 36, false, "ring")
                .addEdge(2, 3, 1000, 36, false, "lane")
                .addEdge(1, 3, 3000, 36, false)
                .build(RoadNetwork.ComponentPolicy.KEEP_ALL);
        assertEquals(List.of("ring", "lane", "road"), n.roadClasses());
        // 1000 m at 36 km/h = 100 s; ring at half speed 200 s; lane capped at 18 km/h 200 s.
        RoadNetwork slow = n.reweighted(new double[] {0.5, 1, 1}, new boolean[3], 18);
        for (int e = 0; e < slow.edgeCount(); e++) {
            String c = slow.roadClasses().get(slow.edgeClass(e));
            assertEquals(c.equals("road") ? 600_000 : 200_000, slow.edgeMillis(e), c);
        }
        RoadNetwork fast = n.reweighted(new double[] {2, 1, 1}, new boolean[] {false, true, false},
                Double.POSITIVE_INFINITY);
        assertEquals(4, fast.edgeCount());
        for (int e = 0; e < fast.edgeCount(); e++) {
            assertTrue(fast.edgeClass(e) != 1);
        }
        assertThrows(IllegalArgumentException.class, () -> n.reweighted(new double[] {1, 1, 1},
                new boolean[] {true, true, true}, 10));
        assertThrows(IllegalArgumentException.class, () -> n.reweighted(new double[] {1, 0, 1}, new boolean[3], 10));
        assertThrows(IllegalArgumentException.class, () -> new RoadNetwork.Builder(CoordinateSystem.PLANAR)
                .addNode(1, 0, 0).addNode(2, 1, 0).addEdge(1, 2, 1, 10, true, " "));
    }
}
