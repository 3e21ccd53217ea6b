package dev.outpost.travel.road;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import dev.outpost.testing.SharedData;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NodeSnapperTest {

    private static int bruteForceProjected(RoadNetwork net, Location p, double xScale) {
        int best = -1;
        double bestSq = Double.POSITIVE_INFINITY;
        for (int v = 0; v < net.nodeCount(); v++) {
            double dx = (net.x(v) - p.x()) * xScale;
            double dy = net.y(v) - p.y();
            double sq = dx * dx + dy * dy;
            if (sq < bestSq) {
                bestSq = sq;
                best = v;
            }
        }
        return best;
    }

    @Test
    void planarSnappingEqualsBruteForceInsideAndOutsideTheNetwork() {
        RoadNetwork net = ContractionHierarchyTest.randomNetwork(5, 2000, 500, RoadNetwork.ComponentPolicy.KEEP_ALL);
        NodeSnapper snapper = new NodeSnapper(net);
        Random random = new Random(8);
        for (int i = 0; i < 500; i++) {
            // the network spans 0..5000; also probe well outside it
            Location p = Location.planar(random.nextDouble() * 9000 - 2000, random.nextDouble() * 9000 - 2000);
            int expected = bruteForceProjected(net, p, 1);
            int got = snapper.nearest(p);
            assertEquals(net.location(expected).x() - p.x(), net.location(got).x() - p.x(), 1e-9);
            assertEquals(snapper.snapMetres(p, expected), snapper.snapMetres(p, got), 1e-9);
        }
    }

    @Test
    void tiesGoToTheLowerVertex() {
        RoadNetwork net = new RoadNetwork.Builder(CoordinateSystem.PLANAR)
                .addNode(7, 10, 0).addNode(3, -10, 0).addEdge(7, 3, 20, 30, false)
                .build(RoadNetwork.ComponentPolicy.KEEP_ALL);
        assertEquals(0, new NodeSnapper(net).nearest(Location.planar(0, 0)));
    }

    @Test
    void monacoSnappingEqualsBruteForce() throws IOException {
        RoadNetwork net = OsmReader.read(SharedData.require("osm").resolve("monaco.osm.gz"),
                RoadNetwork.ComponentPolicy.LARGEST_STRONG_COMPONENT).network();
        NodeSnapper snapper = new NodeSnapper(net);
        double meanLat = 0;
        for (int v = 0; v < net.nodeCount(); v++) {
            meanLat += net.y(v);
        }
        double xScale = Math.cos(Math.toRadians(meanLat / net.nodeCount()));
        Random random = new Random(4);
        for (int i = 0; i < 300; i++) {
            Location p = Location.ofLatLon(43.70 + random.nextDouble() * 0.07, 7.38 + random.nextDouble() * 0.08);
            int expected = bruteForceProjected(net, p, xScale);
            assertEquals(snapper.snapMetres(p, expected), snapper.snapMetres(p, snapper.nearest(p)), 1e-6);
        }
    }
}
