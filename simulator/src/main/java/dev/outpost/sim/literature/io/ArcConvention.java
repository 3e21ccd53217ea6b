package dev.outpost.sim.literature.io;

/**
 * How the published tables measure an arc, scaled to whole units so that solvers can work on
 * {@code int} arrays. A scaled value divided by {@link #scale()} gives the instance's own unit.
 */
public enum ArcConvention {
    /**
     * Solomon distance-only tables ({@code bks_distance.csv}): each Euclidean arc truncated to one
     * decimal. Scaled by 10, so the scaled arc is {@code floor(10 * d)}.
     */
    TRUNCATED_ONE_DECIMAL(10),
    /**
     * Solomon hierarchical tables ({@code bks.csv}): exact Euclidean arcs. Scaled by 1000 and
     * rounded, so totals are exact to about 0.001 per arc.
     */
    EXACT(1000),
    /** TSPLIB {@code EUC_2D} (Augerat CVRP, {@code optima.csv}): arcs rounded to the nearest integer. */
    ROUNDED_INTEGER(1);

    private final int scale;

    ArcConvention(int scale) {
        this.scale = scale;
    }

    /**
     * Scaled units per instance unit.
     *
     * @return scaled units per instance unit
     */
    public int scale() {
        return scale;
    }

    /**
     * The scaled length of the arc between two nodes under this convention.
     *
     * @param a one node
     * @param b the other node
     * @return the scaled length of the arc between two nodes under this convention
     */
    public int scaledArc(VrpNode a, VrpNode b) {
        double d = Math.hypot(a.x() - b.x(), a.y() - b.y());
        return switch (this) {
            // The small epsilon keeps exact decimals such as 0.3 * 10 from truncating to 2.
            case TRUNCATED_ONE_DECIMAL -> (int) Math.floor(d * 10 + 1e-9);
            case EXACT -> (int) Math.round(d * 1000);
            case ROUNDED_INTEGER -> (int) (d + 0.5);
        };
    }

    /**
     * A time or other instance quantity in scaled units (rounded to the nearest scaled unit).
     *
     * @param value a value in the instance's unit
     * @return a time or other instance quantity in scaled units (rounded to the nearest scaled unit)
     */
    public int scaled(double value) {
        return (int) Math.round(value * scale);
    }
}
