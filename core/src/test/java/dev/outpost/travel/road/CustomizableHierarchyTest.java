package dev.outpost.travel.road;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.testing.SharedData;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The customised hierarchy answers what a lexicographic Dijkstra on the re-weighted network
 * answers, for several weight sets of one metric-independent hierarchy, barred classes included.
 */
class CustomizableHierarchyTest {

    private static final List<String> CLASSES = List.of("local", "arterial", "lane");

    /** A random planar network with three road classes, some one-way streets, all nodes kept. */
    static RoadNetwork classedNetwork(long seed, int n, int extraEdges) {
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
                    random.nextInt(5) == 0, CLASSES.get(random.nextInt(3)));
        }
        for (int k = 0; k < extraEdges; k++) {
            int u = random.nextInt(n);
            int v = random.nextInt(n);
            b.addEdge(1000 + u, 1000 + v, Math.hypot(x[u] - x[v], y[u] - y[v]) * (1 + random.nextDouble()),
                    20 + random.nextInt(60), random.nextBoolean(), CLASSES.get(random.nextInt(3)));
        }
        return b.build(RoadNetwork.ComponentPolicy.KEEP_ALL);
    }

    /** A grid with equal-speed streets (many equally fast paths) and arterials every 5th line. */
    static RoadNetwork grid(int side) {
        RoadNetwork.Builder b = new RoadNetwork.Builder(CoordinateSystem.PLANAR);
        for (int v = 0; v < side * side; v++) {
            b.addNode(v, (v % side) * 100.0, (v / side) * 100.0);
        }
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int v = r * side + c;
                if (c + 1 < side) {
                    b.addEdge(v, v + 1, 100, r % 5 == 0 ? 60 : 30, r % 3 == 1, r % 5 == 0 ? "arterial" : "local");
                }
                if (r + 1 < side) {
                    b.addEdge(v, v + side, 100, c % 5 == 0 ? 60 : 30, false, c % 5 == 0 ? "arterial" : "local");
                }
            }
        }
        return b.build(RoadNetwork.ComponentPolicy.LARGEST_STRONG_COMPONENT);
    }

    /**
     * Compares the customised hierarchy with Dijkstra on {@link RoadNetwork#reweighted} (which
     * drops barred roads and keeps the largest strongly connected part), on random pairs of the
     * nodes that network keeps, mapped back to the base network by node id.
     */
    static void assertCustomizedEqualsDijkstra(RoadNetwork base, CustomizableHierarchy cch, double[] factors,
            boolean[] barred, double cap, long seed, int pairs) {
        ContractionHierarchy customized = cch.customize(base.reweightedPackedWeights(factors, barred, cap));
        RoadNetwork variant = base.reweighted(factors, barred, cap);
        Random random = new Random(seed);
        int[] sources = new int[pairs];
        int[] targets = new int[pairs];
        int[] baseSources = new int[pairs];
        int[] baseTargets = new int[pairs];
        for (int i = 0; i < pairs; i++) {
            sources[i] = random.nextInt(variant.nodeCount());
            targets[i] = random.nextInt(variant.nodeCount());
            baseSources[i] = base.indexOf(variant.nodeId(sources[i]));
            baseTargets[i] = base.indexOf(variant.nodeId(targets[i]));
        }
        long[] expected = new DijkstraTables(variant).table(sources, targets);
        long[] actual = new ManyToManyRouter(customized).table(baseSources, baseTargets);
        assertArrayEquals(expected, actual, "factors " + Arrays.toString(factors) + ", barred "
                + Arrays.toString(barred) + ", cap " + cap);
    }

    @Test
    void oneHierarchyCustomisedForSeveralWeightSetsEqualsDijkstraOnRandomGraphs() {
        double inf = Double.POSITIVE_INFINITY;
        for (long seed = 1; seed <= 4; seed++) {
            RoadNetwork net = classedNetwork(seed, 300 + (int) seed * 60, 450);
            CustomizableHierarchy cch = CustomizableHierarchy.build(net);
            int k = net.roadClasses().size();
            boolean[] none = new boolean[k];
            double[] ones = new double[k];
            Arrays.fill(ones, 1.0);
            assertArrayEqualsOwnWeights(net, cch, seed);
            assertCustomizedEqualsDijkstra(net, cch, ones, none, inf, seed, 60);
            assertCustomizedEqualsDijkstra(net, cch, ones, none, 25.0, seed + 1, 60);
            double[] peak = ones.clone();
            peak[net.roadClasses().indexOf("arterial")] = 0.4;
            assertCustomizedEqualsDijkstra(net, cch, peak, none, inf, seed + 2, 60);
            double[] mixed = ones.clone();
            mixed[net.roadClasses().indexOf("local")] = 1.7;
            mixed[net.roadClasses().indexOf("lane")] = 0.3;
            assertCustomizedEqualsDijkstra(net, cch, mixed, none, 40.0, seed + 3, 60);
            boolean[] noLanes = new boolean[k];
            noLanes[net.roadClasses().indexOf("lane")] = true;
            assertCustomizedEqualsDijkstra(net, cch, peak, noLanes, inf, seed + 4, 60);
            boolean[] noArterials = new boolean[k];
            noArterials[net.roadClasses().indexOf("arterial")] = true;
            assertCustomizedEqualsDijkstra(net, cch, mixed, noArterials, 30.0, seed + 5, 60);
        }
    }

    private static void assertArrayEqualsOwnWeights(RoadNetwork net, CustomizableHierarchy cch, long seed) {
        ContractionHierarchyTest.assertEqualsDijkstra(net, cch.customize(), seed * 17, 60);
    }

    @Test
    void aGridWithManyEquallyFastPathsEqualsDijkstraWhateverTheWeights() {
        RoadNetwork net = grid(40);
        CustomizableHierarchy cch = CustomizableHierarchy.build(net);
        double[] ones = {1.0, 1.0};
        boolean[] none = new boolean[2];
        int local = net.roadClasses().indexOf("local");
        int arterial = net.roadClasses().indexOf("arterial");
        assertCustomizedEqualsDijkstra(net, cch, ones, none, Double.POSITIVE_INFINITY, 1, 80);
        assertCustomizedEqualsDijkstra(net, cch, ones, none, 30.0, 2, 80);
        double[] jam = ones.clone();
        jam[arterial] = 0.5;
        assertCustomizedEqualsDijkstra(net, cch, jam, none, Double.POSITIVE_INFINITY, 3, 80);
        boolean[] arterialsOnly = new boolean[2];
        arterialsOnly[local] = true;
        assertCustomizedEqualsDijkstra(net, cch, ones, arterialsOnly, Double.POSITIVE_INFINITY, 4, 80);
        // the nested-dissection order keeps the fill-in small on a grid: far below a dense graph
        assertTrue(cch.arcCount() < 20 * net.nodeCount(), "arcs " + cch.arcCount());
    }

    @Test
    void andorraCustomisedForAPeakAndAProfileEqualsDijkstra() throws IOException {
        RoadNetwork net = OsmReader.read(SharedData.require("osm").resolve("andorra.osm.gz"),
                RoadNetwork.ComponentPolicy.LARGEST_STRONG_COMPONENT).network();
        CustomizableHierarchy cch = CustomizableHierarchy.build(net);
        assertArrayEqualsOwnWeights(net, cch, 9);
        int k = net.roadClasses().size();
        double[] peak = new double[k];
        boolean[] barred = new boolean[k];
        for (int c = 0; c < k; c++) {
            String name = net.roadClasses().get(c);
            peak[c] = name.equals("primary") || name.equals("secondary") ? 0.5 : 1.0;
            barred[c] = name.equals("service");
        }
        assertCustomizedEqualsDijkstra(net, cch, peak, new boolean[k], 45.0, 10, 40);
        assertCustomizedEqualsDijkstra(net, cch, peak, barred, Double.POSITIVE_INFINITY, 11, 40);
    }

    @Test
    void weightsOfTheWrongLengthAreRefused() {
        RoadNetwork net = classedNetwork(5, 50, 20);
        CustomizableHierarchy cch = CustomizableHierarchy.build(net);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cch.customize(new long[3]));
        assertTrue(e.getMessage().contains("(3)"), e.getMessage());
        assertEquals(net, cch.network());
    }
}
