package dev.outpost.travel.road;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import dev.outpost.model.TravelSpec;
import dev.outpost.travel.TravelTimes;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdgeListCsvReaderTest {

    private static RoadNetwork read(String csv) throws IOException {
        return EdgeListCsvReader.read(new StringReader(csv), "roads.csv", RoadNetwork.ComponentPolicy.KEEP_ALL);
    }

    @Test
    void readsPlanarEdgesWithOptionalMetres() throws IOException {
        RoadNetwork net = read("""
                # a one-way street and a two-way street
                from,to,metres,speed_kmh,oneway,from_x,from_y,to_x,to_y
                1,2,100,36,true,0,0,100,0
                2,3,,36,no,100,0,100,50
                """);
        assertEquals(CoordinateSystem.PLANAR, net.coordinateSystem());
        assertEquals(3, net.nodeCount());
        assertEquals(3, net.edgeCount());
        TravelTimes t = RoadTravelModel.of(net).table(List.of("a", "b", "c"),
                List.of(Location.planar(0, 0), Location.planar(100, 0), Location.planar(100, 50)));
        assertEquals(15, t.seconds(0, 2));
        assertEquals(150, t.metres(0, 2));
        assertTrue(!t.reachable(1, 0) && !t.reachable(2, 0));
    }

    @Test
    void readsGeographicColumnsInAnyOrder() throws IOException {
        RoadNetwork net = read("""
                to_lon,to_lat,from_lon,from_lat,oneway,speed_kmh,to,from
                7.421,43.73,7.42,43.73,0,50,2,1
                """);
        assertEquals(CoordinateSystem.GEOGRAPHIC, net.coordinateSystem());
        int e = net.firstOut(net.indexOf(1));
        assertEquals(80.4, net.edgeDecimetres(e) / 10.0, 0.5);
    }

    @Test
    void errorsNameLineAndColumn() {
        String header = "from,to,metres,speed_kmh,oneway,from_x,from_y,to_x,to_y\n";
        assertMessage(header + "1,2,100,fast,true,0,0,1,0\n", "line 2, column speed_kmh", "(fast)");
        assertMessage(header + "1,2,100,30,maybe,0,0,1,0\n", "line 2, column oneway", "(maybe)");
        assertMessage(header + "1,2,100,30,true,0,0,1,0\n2,3,100,30,true,5,5,2,0\n", "line 3, column from", "node 2");
        assertMessage(header + "1,2,100,-3,true,0,0,1,0\n", "line 2", "speed -3.0");
        assertMessage(header + "1,2,100,30,true,0,0\n", "line 2", "7 cells");
        assertMessage("from,to,speed_kmh,oneway\n", "line 1", "coordinate columns");
        assertMessage("from,speed_kmh,oneway,from_x,from_y,to_x,to_y\n", "line 1", "'to'");
        assertMessage("", "empty", "header");
    }

    private static void assertMessage(String csv, String... parts) {
        IOException e = assertThrows(IOException.class, () -> read(csv));
        assertTrue(e.getMessage().startsWith("roads.csv"), e.getMessage());
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "'" + part + "' not in: " + e.getMessage());
        }
    }

    @Test
    void specLoadsFilesAndInlineNetworks(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("net.csv"), "from,to,speed_kmh,oneway,from_x,from_y,to_x,to_y\n1,2,36,false,0,0,100,0\n");
        RoadNetwork fromFile = RoadNetworks.fromSpec(new TravelSpec.Road("net.csv", List.of(), List.of()), dir,
                CoordinateSystem.PLANAR);
        assertEquals(2, fromFile.edgeCount());
        RoadNetwork inline = RoadNetworks.fromSpec(new TravelSpec.Road(null,
                List.of(new TravelSpec.RoadNode(5, Location.planar(0, 0)), new TravelSpec.RoadNode(6, Location.planar(100, 0))),
                List.of(new TravelSpec.RoadEdge(5, 6, 100, 36, true))), null, CoordinateSystem.PLANAR);
        assertEquals(1, inline.edgeCount());
        assertEquals(10_000, inline.edgeMillis(0));
        IOException bad = assertThrows(IOException.class, () -> RoadNetworks.fromSpec(new TravelSpec.Road(null,
                List.of(new TravelSpec.RoadNode(5, Location.planar(0, 0))),
                List.of(new TravelSpec.RoadEdge(5, 9, 100, 36, true))), null, CoordinateSystem.PLANAR));
        assertTrue(bad.getMessage().startsWith("edges[0]") && bad.getMessage().contains("9"), bad.getMessage());
        IOException ext = assertThrows(IOException.class, () -> RoadNetworks.fromSpec(
                new TravelSpec.Road("net.txt", List.of(), List.of()), dir, CoordinateSystem.PLANAR));
        assertTrue(ext.getMessage().contains("net.txt"), ext.getMessage());
    }
}
