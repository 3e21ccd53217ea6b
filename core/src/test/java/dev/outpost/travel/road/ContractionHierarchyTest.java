package dev.outpost.travel.road;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.testing.SharedData;
import java.io.IOException;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.junit.jupiter.api.Test;

class ContractionHierarchyTest {

    /** A random sparse directed graph with some one-way and some two-way streets on a plane. */
    static RoadNetwork randomNetwork(long seed, int n, int extraEdges, RoadNetwork.ComponentPolicy policy) {
        Random random = new Random(seed);
        RoadNetwork.Builder b = new RoadNetwork.Builder(CoordinateSystem.PLANAR);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int v = 0; v < n; v++) {
            x[v] = random.nextDouble() * 5000;
            y[v] = random.nextDouble() * 5000;
            b.addNode(1000 + v, x[v], y[v]);
        }
        for (int v = 1; v < n; v++) {
            int u = random.nextInt(v);
            b.addEdge(1000 + u, 1000 + v, Math.hypot(x[u] - x[v], y[u] - y[v]) + 1, 20 + random.nextInt(60),
                    random.nextInt(5) == 0);
        }
        for (int k = 0; k < extraEdges; k++) {
            int u = random.nextInt(n);
            int v = random.nextInt(n);
            b.addEdge(1000 + u, 1000 + v, Math.hypot(x[u] - x[v], y[u] - y[v]) * (1 + random.nextDouble()), 20
                    + random.nextInt(60), random.nextBoolean());
        }
        return b.build(policy);
    }

    static void assertEqualsDijkstra(RoadNetwork net, ContractionHierarchy ch, long seed, int pairs) {
        Random random = new Random(seed);
        int n = net.nodeCount();
        int[] sources = new int[pairs];
        int[] targets = new int[pairs];
        for (int i = 0; i < pairs; i++) {
            sources[i] = random.nextInt(n);
            targets[i] = random.nextInt(n);
        }
        long[] byCh = new ManyToManyRouter(ch).table(sources, targets);
        long[] byDijkstra = new DijkstraTables(net).table(sources, targets);
        assertArrayEquals(byDijkstra, byCh);
    }

    @Test
    void bucketTablesEqualPlainDijkstraOnRandomGraphs() {
        for (long seed = 1; seed <= 6; seed++) {
            RoadNetwork net = randomNetwork(seed, 300 + (int) seed * 50, 400, RoadNetwork.ComponentPolicy.KEEP_ALL);
            assertEqualsDijkstra(net, ContractionHierarchy.build(net), seed * 31, 60);
        }
    }

    @Test
    void jgraphtContractionGivesTheSameTables() {
        RoadNetwork net = randomNetwork(11, 250, 250, RoadNetwork.ComponentPolicy.KEEP_ALL);
        assertEqualsDijkstra(net, ContractionHierarchy.buildWithJGraphT(net, 2, 11), 3, 40);
    }

    @Test
    void ownDijkstraEqualsJGraphTDijkstra() {
        RoadNetwork net = randomNetwork(7, 400, 500, RoadNetwork.ComponentPolicy.KEEP_ALL);
        Graph<Integer, Integer> g = net.toJGraphT();
        DijkstraShortestPath<Integer, Integer> reference = new DijkstraShortestPath<>(g);
        Random random = new Random(77);
        int[] sources = random.ints(20, 0, net.nodeCount()).toArray();
        int[] targets = random.ints(20, 0, net.nodeCount()).toArray();
        long[] table = new DijkstraTables(net).table(sources, targets);
        int reachable = 0;
        for (int i = 0; i < sources.length; i++) {
            for (int j = 0; j < targets.length; j++) {
                GraphPath<Integer, Integer> path = reference.getPath(sources[i], targets[j]);
                long cell = table[i * targets.length + j];
                if (path == null) {
                    assertEquals(ManyToManyRouter.UNREACHABLE, cell);
                } else {
                    reachable++;
                    long packed = 0;
                    for (Integer e : path.getEdgeList()) {
                        packed += net.packedWeight(e);
                    }
                    assertEquals(packed, cell, "pair " + sources[i] + " -> " + targets[j]);
                }
            }
        }
        assertTrue(reachable > 100, "too few reachable pairs to mean anything: " + reachable);
    }

    @Test
    void monacoTablesEqualPlainDijkstra() throws IOException {
        RoadNetwork net = OsmReader.read(SharedData.require("osm").resolve("monaco.osm.gz"),
                RoadNetwork.ComponentPolicy.LARGEST_STRONG_COMPONENT).network();
        ContractionHierarchy ch = ContractionHierarchy.build(net);
        assertEqualsDijkstra(net, ch, 5, 150);
    }

    @Test
    void andorraTablesEqualPlainDijkstra() throws IOException {
        RoadNetwork net = OsmReader.read(SharedData.require("osm").resolve("andorra.osm.gz"),
                RoadNetwork.ComponentPolicy.LARGEST_STRONG_COMPONENT).network();
        assertEqualsDijkstra(net, ContractionHierarchy.build(net), 8, 60);
    }

    @Test
    void tablesWithRepeatedAndIdenticalEndpoints() {
        RoadNetwork net = randomNetwork(3, 200, 200, RoadNetwork.ComponentPolicy.KEEP_ALL);
        ManyToManyRouter router = new ManyToManyRouter(ContractionHierarchy.build(net));
        int[] same = {5, 5, 17, 5};
        long[] t = router.table(same, same);
        long[] reference = new DijkstraTables(net).table(same, same);
        assertArrayEquals(reference, t);
        assertEquals(0, t[0]);
        assertEquals(0, t[1]);
        // the router is reused without leftovers from the previous call
        assertArrayEquals(reference, router.table(same, same));
    }

    @Test
    void rowsAreTheTableRowByRow() {
        RoadNetwork net = randomNetwork(5, 300, 400, RoadNetwork.ComponentPolicy.KEEP_ALL);
        ManyToManyRouter router = new ManyToManyRouter(ContractionHierarchy.build(net));
        Random random = new Random(5);
        int[] sources = random.ints(25, 0, net.nodeCount()).toArray();
        int[] targets = random.ints(40, 0, net.nodeCount()).toArray();
        long[] table = router.table(sources, targets);
        long[] byRows = new long[table.length];
        int[] order = {0};
        router.rows(sources, targets, (i, row) -> {
            assertEquals(order[0]++, i, "rows in source order");
            System.arraycopy(row, 0, byRows, i * targets.length, targets.length);
        });
        assertEquals(sources.length, order[0]);
        assertArrayEquals(table, byRows);
        assertTrue(java.util.Arrays.stream(table).anyMatch(w -> w != ManyToManyRouter.UNREACHABLE));
        // the router is reused without leftovers from the rows
        assertArrayEquals(table, router.table(sources, targets));
    }
}
