package dev.outpost.sim.literature.io;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generators of literature-like instances, for benchmarks at sizes the published sets do
 * not cover (for example 1,000 pickups for the routing JMH benchmark).
 */
public final class GeneratedVrpInstances {

    /** Service time at every customer, in time units (as in Solomon's R1/RC1 sets). */
    public static final int SERVICE_TIME = 10;
    /** Capacity of every vehicle (as in Solomon's 100-customer sets). */
    public static final int CAPACITY = 200;

    /** Standard deviation of a cluster around its centre, in distance units (Solomon-like tightness). */
    private static final double CLUSTER_SIGMA = 4.0;

    private GeneratedVrpInstances() {
    }

    /**
     * A VRPTW instance shaped like Solomon's RC sets: half the customers in clusters, half spread
     * uniformly, on integer coordinates, with time windows, demands and one depot in the middle.
     *
     * <p>Layout: the square side is {@code round(100 * sqrt(n / 100))}, so customer density matches
     * Solomon's 100 customers on a 100 x 100 square; the depot is at the centre. The first
     * {@code n / 2} customers belong to {@code max(2, n / 25)} clusters (centres uniform in the
     * middle 80% of the square, points Gaussian around them with a standard deviation of 4 units,
     * clamped to the square), the others are uniform. Demands are uniform in 1..30; service
     * time is {@link #SERVICE_TIME}; capacity {@link #CAPACITY}; the horizon (the depot's due time)
     * is three times the side. Each customer's window has a width uniform in 3%..20% of the horizon
     * around a centre drawn so that a vehicle going straight from the depot can serve it in time and
     * still return by the horizon, so every customer is feasible on its own. The vehicle limit is
     * {@code ceil(n / 4)}, ample for every layout this produces. Distances and times are Euclidean
     * (use any {@link ArcConvention}).
     *
     * <p>Deterministic: the same {@code n} and {@code seed} give equal instances on every JVM
     * ({@link SplittableRandom}).
     *
     * @param n    number of customers, at least 1
     * @param seed random seed
     * @return the instance, named {@code gen-n<n>-s<seed>}
     * @throws IllegalArgumentException when {@code n < 1}
     */
    public static VrpInstance randomSolomonLike(int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("The customer count (" + n + ") must be at least 1.");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int side = (int) Math.round(100 * Math.sqrt(n / 100.0));
        int horizon = 3 * side;
        double depotX = side / 2.0;
        double depotY = side / 2.0;
        List<VrpNode> nodes = new ArrayList<>(n + 1);
        nodes.add(new VrpNode(0, Math.round(depotX), Math.round(depotY), 0, 0, horizon, 0));
        int clustered = n / 2;
        int clusterCount = Math.max(2, n / 25);
        double[] cx = new double[clusterCount];
        double[] cy = new double[clusterCount];
        for (int k = 0; k < clusterCount; k++) {
            cx[k] = side * (0.1 + 0.8 * random.nextDouble());
            cy[k] = side * (0.1 + 0.8 * random.nextDouble());
        }
        double sigma = CLUSTER_SIGMA;
        for (int id = 1; id <= n; id++) {
            double x;
            double y;
            if (id <= clustered) {
                int k = random.nextInt(clusterCount);
                x = clamp(Math.round(cx[k] + sigma * gaussian(random)), side);
                y = clamp(Math.round(cy[k] + sigma * gaussian(random)), side);
            } else {
                x = random.nextInt(side + 1);
                y = random.nextInt(side + 1);
            }
            x = Math.round(x);
            y = Math.round(y);
            int demand = 1 + random.nextInt(30);
            double fromDepot = Math.hypot(x - Math.round(depotX), y - Math.round(depotY));
            int earliest = (int) Math.ceil(fromDepot);
            // Latest start that still returns by the horizon; the 1-unit margin absorbs arc rounding.
            int latest = (int) Math.floor(horizon - fromDepot - SERVICE_TIME) - 1;
            int width = (int) Math.round(horizon * (0.03 + 0.17 * random.nextDouble()));
            int centre = earliest + random.nextInt(Math.max(1, latest - earliest + 1));
            int ready = Math.max(0, centre - width / 2);
            int due = Math.min(latest, Math.max(earliest, centre + width / 2));
            nodes.add(new VrpNode(id, x, y, demand, Math.min(ready, due), due, SERVICE_TIME));
        }
        return new VrpInstance("gen-n" + n + "-s" + seed, (n + 3) / 4, CAPACITY, nodes);
    }

    private static double clamp(double v, int side) {
        return Math.max(0, Math.min(side, v));
    }

    /** A standard normal variate (Box–Muller; SplittableRandom has no nextGaussian on Java 17). */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
