package dev.outpost.sim.report;

import dev.outpost.model.Location;
import java.util.List;

/**
 * Fits locations into a map box of the reports (north up, the aspect kept): for geographic points
 * the longitudes are shrunk by the cosine of the mean latitude ({@link StrictMath}, so the pixels are
 * the same on every JVM). One projection for {@code report.html}'s map and {@code province.html}'s
 * small maps.
 */
public final class MapProjection {

    private final double minX;
    private final double maxY;
    private final double scale;
    private final double xFactor;
    private final double offX;
    private final double offY;

    /**
     * A projection of {@code points} into a box of {@code width} x {@code height} pixels with
     * {@code pad} pixels of margin, centred.
     *
     * @param points     the locations to fit
     * @param geographic whether x is a longitude and y a latitude in degrees
     * @param width      the box's width, pixels
     * @param height     the box's height, pixels
     * @param pad        the margin on each side, pixels
     */
    public MapProjection(List<Location> points, boolean geographic, double width, double height, double pad) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Location l : points) {
            x0 = Math.min(x0, l.x());
            x1 = Math.max(x1, l.x());
            y0 = Math.min(y0, l.y());
            y1 = Math.max(y1, l.y());
        }
        xFactor = geographic ? StrictMath.cos(StrictMath.toRadians((y0 + y1) / 2)) : 1;
        double w = Math.max(1e-9, (x1 - x0) * xFactor);
        double hgt = Math.max(1e-9, y1 - y0);
        scale = Math.min((width - 2 * pad) / w, (height - 2 * pad) / hgt);
        minX = x0;
        maxY = y1;
        offX = (width - w * scale) / 2;
        offY = (height - hgt * scale) / 2;
    }

    /**
     * @param l a location
     * @return its x on the map, pixels from the left
     */
    public double x(Location l) {
        return offX + (l.x() - minX) * xFactor * scale;
    }

    /**
     * @param l a location
     * @return its y on the map, pixels from the top
     */
    public double y(Location l) {
        return offY + (maxY - l.y()) * scale;
    }
}
