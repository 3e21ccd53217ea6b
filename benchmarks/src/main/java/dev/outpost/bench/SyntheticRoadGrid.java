package dev.outpost.bench;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.travel.road.RoadNetwork;
import java.util.Random;

/**
 * A seeded synthetic road network for benchmarks: a {@code side x side} grid of junctions about
 * 100 m apart on a plane (metres), each junction moved by up to 30 m; every 10th row and column is
 * a two-way arterial at 70 km/h, the rest are local streets at 30-50 km/h of which about one in
 * six is one-way (direction alternating by row or column, as in a real grid of one-way streets),
 * and about 4% of local segments are missing (dead ends, blocks). The largest strongly
 * connected component is kept. {@code side = 317} gives about 100,000 nodes. Road classes:
 * {@code arterial} and {@code local} (for courier profiles and congestion).
 */
public final class SyntheticRoadGrid {

    private SyntheticRoadGrid() {
    }

    /** The grid with about {@code side * side} nodes, the same for the same arguments. */
    public static RoadNetwork generate(int side, long seed) {
        Random random = new Random(seed);
        RoadNetwork.Builder b = new RoadNetwork.Builder(CoordinateSystem.PLANAR);
        double[] x = new double[side * side];
        double[] y = new double[side * side];
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int v = r * side + c;
                x[v] = c * 100.0 + (random.nextDouble() - 0.5) * 60;
                y[v] = r * 100.0 + (random.nextDouble() - 0.5) * 60;
                b.addNode(v, x[v], y[v]);
            }
        }
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int v = r * side + c;
                if (c + 1 < side) {
                    street(b, random, v, v + 1, x, y, r % 10 == 0, (r % 2 == 0));
                }
                if (r + 1 < side) {
                    street(b, random, v, v + side, x, y, c % 10 == 0, (c % 2 == 0));
                }
            }
        }
        return b.build(RoadNetwork.ComponentPolicy.LARGEST_STRONG_COMPONENT);
    }

    private static void street(RoadNetwork.Builder b, Random random, int u, int v, double[] x, double[] y,
            boolean arterial, boolean evenLine) {
        double metres = Math.hypot(x[u] - x[v], y[u] - y[v]);
        if (arterial) {
            b.addEdge(u, v, metres, 70, false, "arterial");
            return;
        }
        double roll = random.nextDouble();
        if (roll < 0.04) {
            return;
        }
        double kmh = 30 + random.nextInt(21);
        boolean oneway = roll > 0.83;
        if (oneway && !evenLine) {
            b.addEdge(v, u, metres, kmh, true, "local");
        } else {
            b.addEdge(u, v, metres, kmh, oneway, "local");
        }
    }
}
