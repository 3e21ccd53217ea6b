package dev.outpost.city;

import java.util.SplittableRandom;

/**
 * The river: a meandering centreline {@code y = offset + amplitude * sin(2 pi x / wavelength + phase)}
 * sampled as a polyline every {@link #STEP_METRES} from far west to far east of the town, in the
 * generator's plane (metres east, north of the centre). Nothing is built within
 * {@link #WATER_MARGIN_METRES} of the centreline, and only bridges may cross it.
 *
 * <p>The polyline has a uniform step in x, so the segments near a point are found by index in
 * constant time.
 */
final class River {

    /** Distance between polyline vertices along x, metres. */
    static final double STEP_METRES = 50.0;

    /** Half the width of the strip where nothing is built, metres. */
    static final double WATER_MARGIN_METRES = 40.0;

    private final double x0;
    private final double[] ys;

    private River(double x0, double[] ys) {
        this.x0 = x0;
        this.ys = ys;
    }

    /**
     * A river through a town of radius {@code radius} metres: it stays within 0.3 radii of the
     * centre's latitude (so that roads at least 0.45 radii north or south of the centre never
     * meet it), and spans {@code halfLength} metres west and east.
     */
    static River meander(SplittableRandom random, double radius, double halfLength) {
        double offset = -0.2 * radius * random.nextDouble();
        double amplitude = radius * (0.04 + 0.06 * random.nextDouble());
        double wavelength = radius * (1.3 + 0.7 * random.nextDouble());
        double phase = 2 * Math.PI * random.nextDouble();
        int n = (int) Math.ceil(2 * halfLength / STEP_METRES) + 1;
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double x = -halfLength + i * STEP_METRES;
            ys[i] = offset + amplitude * StrictMath.sin(2 * Math.PI * x / wavelength + phase);
        }
        return new River(-halfLength, ys);
    }

    /** Number of polyline vertices. */
    int vertexCount() {
        return ys.length;
    }

    /** x of vertex {@code i}, metres east. */
    double vertexX(int i) {
        return x0 + i * STEP_METRES;
    }

    /** y of vertex {@code i}, metres north. */
    double vertexY(int i) {
        return ys[i];
    }

    /** The centreline's y at {@code x} (linear between vertices, clamped at the ends). */
    double yAt(double x) {
        double t = (x - x0) / STEP_METRES;
        int i = (int) Math.floor(t);
        if (i < 0) {
            return ys[0];
        }
        if (i >= ys.length - 1) {
            return ys[ys.length - 1];
        }
        double f = t - i;
        return ys[i] * (1 - f) + ys[i + 1] * f;
    }

    /** Whether the point lies north of the centreline. */
    boolean isNorth(double x, double y) {
        return y > yAt(x);
    }

    /** Whether the point lies within {@code metres} of the centreline. */
    boolean isWithin(double x, double y, double metres) {
        // A polyline point within `metres` is also within `metres` along x: scan only those segments.
        int reach = (int) Math.ceil(metres / STEP_METRES) + 1;
        int centre = segmentIndex(x);
        for (int i = Math.max(0, centre - reach); i <= Math.min(ys.length - 2, centre + reach); i++) {
            if (pointSegment(x, y, vertexX(i), ys[i], vertexX(i + 1), ys[i + 1]) <= metres) {
                return true;
            }
        }
        return false;
    }

    /** Whether nothing may be built at the point (within the water margin). */
    boolean isWater(double x, double y) {
        return isWithin(x, y, WATER_MARGIN_METRES);
    }

    /** Whether the segment a-b touches or crosses the centreline. */
    boolean crosses(double ax, double ay, double bx, double by) {
        int from = Math.max(0, segmentIndex(Math.min(ax, bx)));
        int to = Math.min(ys.length - 2, segmentIndex(Math.max(ax, bx)));
        for (int i = from; i <= to; i++) {
            if (segmentsMeet(ax, ay, bx, by, vertexX(i), ys[i], vertexX(i + 1), ys[i + 1])) {
                return true;
            }
        }
        return false;
    }

    private int segmentIndex(double x) {
        return Math.max(0, Math.min(ys.length - 2, (int) Math.floor((x - x0) / STEP_METRES)));
    }

    private static double pointSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
        t = Math.max(0, Math.min(1, t));
        return StrictMath.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    /** Segment intersection by orientation signs; touching counts as meeting. */
    static boolean segmentsMeet(double ax, double ay, double bx, double by,
                                double cx, double cy, double dx, double dy) {
        double o1 = orientation(ax, ay, bx, by, cx, cy);
        double o2 = orientation(ax, ay, bx, by, dx, dy);
        double o3 = orientation(cx, cy, dx, dy, ax, ay);
        double o4 = orientation(cx, cy, dx, dy, bx, by);
        return o1 * o2 <= 0 && o3 * o4 <= 0
                && Math.max(ax, bx) >= Math.min(cx, dx) && Math.max(cx, dx) >= Math.min(ax, bx)
                && Math.max(ay, by) >= Math.min(cy, dy) && Math.max(cy, dy) >= Math.min(ay, by);
    }

    private static double orientation(double ax, double ay, double bx, double by, double cx, double cy) {
        return Math.signum((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
    }
}
