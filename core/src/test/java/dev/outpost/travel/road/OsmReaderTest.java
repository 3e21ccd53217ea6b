package dev.outpost.travel.road;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OsmReaderTest {

    /** Nodes 1..6 on a line 0.001 degrees of longitude apart (about 80 m at 43.7 N). */
    private static String osm(String ways) {
        StringBuilder sb = new StringBuilder("<?xml version='1.0'?>\n<osm version='0.6'>\n");
        for (int i = 1; i <= 6; i++) {
            sb.append("<node id='").append(i).append("' lat='43.7' lon='").append(7.4 + i * 0.001).append("'/>\n");
        }
        return sb.append(ways).append("</osm>\n").toString();
    }

    private static String way(long id, String tags, long... refs) {
        StringBuilder sb = new StringBuilder("<way id='" + id + "'>");
        for (long r : refs) {
            sb.append("<nd ref='").append(r).append("'/>");
        }
        return sb.append(tags).append("</way>\n").toString();
    }

    private static String tag(String k, String v) {
        return "<tag k='" + k + "' v='" + v + "'/>";
    }

    private static RoadNetwork read(String xml) throws IOException {
        return OsmReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.osm",
                RoadNetwork.ComponentPolicy.KEEP_ALL).network();
    }

    private static int edge(RoadNetwork net, long from, long to) {
        int v = net.indexOf(from);
        int w = net.indexOf(to);
        if (v < 0 || w < 0) {
            return -1;
        }
        for (int e = net.firstOut(v); e < net.firstOut(v + 1); e++) {
            if (net.head(e) == w) {
                return e;
            }
        }
        return -1;
    }

    @Test
    void drivableWaysOnlyWithOneWaysAndSpeeds() throws IOException {
        RoadNetwork net = read(osm(
                way(10, tag("highway", "residential") + tag("maxspeed", "30 mph"), 1, 2)
                + way(11, tag("highway", "primary") + tag("oneway", "yes"), 2, 3)
                + way(12, tag("highway", "secondary") + tag("oneway", "-1") + tag("maxspeed", "FR:urban"), 3, 4)
                + way(13, tag("highway", "tertiary") + tag("junction", "roundabout"), 4, 5)
                + way(14, tag("highway", "footway"), 5, 6)
                + way(15, tag("highway", "service") + tag("access", "no"), 5, 6)));
        assertEquals(CoordinateSystem.GEOGRAPHIC, net.coordinateSystem());
        assertEquals(5, net.nodeCount(), "node 6 lies only on a footway and a closed road");
        // two-way residential at 30 mph
        int e12 = edge(net, 1, 2);
        assertTrue(e12 >= 0 && edge(net, 2, 1) >= 0);
        double metres = net.edgeDecimetres(e12) / 10.0;
        assertEquals(80.4, metres, 0.5);
        assertEquals(RoadNetwork.millisFor(metres, 30 * 1.609344), net.edgeMillis(e12), 2);
        // oneway=yes
        assertTrue(edge(net, 2, 3) >= 0);
        assertEquals(-1, edge(net, 3, 2));
        // oneway=-1 runs against the way, at FR:urban = 50 km/h
        assertEquals(-1, edge(net, 3, 4));
        int e43 = edge(net, 4, 3);
        assertEquals(RoadNetwork.millisFor(net.edgeDecimetres(e43) / 10.0, 50), net.edgeMillis(e43), 2);
        // roundabout implied one-way; tertiary default 40 km/h
        int e45 = edge(net, 4, 5);
        assertTrue(e45 >= 0);
        assertEquals(-1, edge(net, 5, 4));
        assertEquals(RoadNetwork.millisFor(net.edgeDecimetres(e45) / 10.0, 40), net.edgeMillis(e45), 2);
    }

    @Test
    void parsesMaxspeedForms() {
        assertEquals(50, OsmSpeeds.parseMaxspeedKmh("50"), 1e-9);
        assertEquals(48.28, OsmSpeeds.parseMaxspeedKmh("30 mph"), 0.01);
        assertEquals(48.28, OsmSpeeds.parseMaxspeedKmh("30mph"), 0.01);
        assertEquals(50, OsmSpeeds.parseMaxspeedKmh("FR:urban"), 1e-9);
        assertEquals(100, OsmSpeeds.parseMaxspeedKmh("DE:rural"), 1e-9);
        assertEquals(90, OsmSpeeds.parseMaxspeedKmh("IT:rural"), 1e-9);
        assertEquals(30, OsmSpeeds.parseMaxspeedKmh("DE:zone30"), 1e-9);
        assertEquals(96.56, OsmSpeeds.parseMaxspeedKmh("GB:nsl_single"), 0.01);
        assertEquals(50, OsmSpeeds.parseMaxspeedKmh("50;30"), 1e-9);
        assertEquals(6, OsmSpeeds.parseMaxspeedKmh("walk"), 1e-9);
        assertTrue(Double.isNaN(OsmSpeeds.parseMaxspeedKmh("none")));
        assertTrue(Double.isNaN(OsmSpeeds.parseMaxspeedKmh("signals")));
        assertTrue(Double.isNaN(OsmSpeeds.parseMaxspeedKmh(null)));
        assertTrue(Double.isNaN(OsmSpeeds.parseMaxspeedKmh("0")));
        assertTrue(OsmSpeeds.isDrivable("motorway_link") && OsmSpeeds.isDrivable("living_street"));
        assertTrue(!OsmSpeeds.isDrivable("steps") && !OsmSpeeds.isDrivable("track") && !OsmSpeeds.isDrivable(null));
    }

    @Test
    void malformedXmlNamesTheFileAndLine() {
        IOException e = assertThrows(IOException.class, () -> read("<osm>\n<node id='1' lat='1' lon='2'>\n</osm>"));
        assertTrue(e.getMessage().contains("test.osm") && e.getMessage().contains("line 3"), e.getMessage());
        IOException missing = assertThrows(IOException.class, () -> read("<osm>\n<node id='1' lat='1'/>\n</osm>"));
        assertTrue(missing.getMessage().contains("line 2"), missing.getMessage());
    }

    @Test
    void monacoLoadsWithOneWayStreets() throws IOException {
        OsmReader.Result r = OsmReader.read(SharedData.require("osm").resolve("monaco.osm.gz"),
                RoadNetwork.ComponentPolicy.LARGEST_STRONG_COMPONENT);
        RoadNetwork net = r.network();
        assertTrue(r.drivableWays() > 400 && r.drivableWays() < 866, "drivable ways: " + r.drivableWays());
        assertTrue(net.nodeCount() > 1000, "nodes: " + net.nodeCount());
        assertOneWaysAndStrongConnectivity(net);
    }

    @Test
    void andorraLoads() throws IOException {
        OsmReader.Result r = OsmReader.read(SharedData.require("osm").resolve("andorra.osm.gz"),
                RoadNetwork.ComponentPolicy.LARGEST_STRONG_COMPONENT);
        RoadNetwork net = r.network();
        assertTrue(net.nodeCount() > 5000, "nodes: " + net.nodeCount());
        assertOneWaysAndStrongConnectivity(net);
        for (int v = 0; v < net.nodeCount(); v++) {
            // the extract's bounds
            assertTrue(net.y(v) > 42.3 && net.y(v) < 42.8 && net.x(v) > 1.3 && net.x(v) < 1.9);
        }
    }

    private static void assertOneWaysAndStrongConnectivity(RoadNetwork net) {
        int oneWay = 0;
        for (int v = 0; v < net.nodeCount(); v++) {
            for (int e = net.firstOut(v); e < net.firstOut(v + 1); e++) {
                int w = net.head(e);
                boolean back = false;
                for (int f = net.firstOut(w); f < net.firstOut(w + 1); f++) {
                    back |= net.head(f) == v;
                }
                if (!back) {
                    oneWay++;
                }
            }
        }
        assertTrue(oneWay > 50, "one-way edges: " + oneWay);
        // the kept component is strongly connected: vertex 0 reaches all and all reach vertex 0
        int n = net.nodeCount();
        int[] all = new int[n];
        for (int v = 0; v < n; v++) {
            all[v] = v;
        }
        DijkstraTables dijkstra = new DijkstraTables(net);
        long[] from0 = dijkstra.table(new int[] {0}, all);
        for (long cell : from0) {
            assertTrue(cell != ManyToManyRouter.UNREACHABLE);
        }
    }
}
