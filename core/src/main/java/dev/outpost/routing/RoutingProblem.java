package dev.outpost.routing;

import dev.outpost.travel.TravelTimes;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable pickup routing problem: couriers collect pickups inside their time windows and
 * bring everything to the hub by the cut-off. All locations are indices into {@link #travel()};
 * all times are seconds since the start of the service day. The constructor checks the ranges
 * that keep every sum of the solver in range: cut-off in [0, {@link #LATEST_SECOND}], every travel leg at most
 * {@link #LONGEST_DURATION}, the pickups' total size at most 100,000,000 units, and the latest possible route clock
 * at most {@link #MAX_CLOCK_SECOND}. Couriers may start at any point of the table, including
 * points appended for live positions (see {@link Courier}).
 *
 * @param couriers     the couriers, in index order (courier {@code i} of the solver is element {@code i})
 * @param pickups      the pickups, in index order
 * @param hubPoint     index of the hub in {@link #travel()}
 * @param cutoffSecond latest hub arrival, seconds since the start of the day
 * @param travel       travel seconds and metres between all points
 */
public record RoutingProblem(List<Courier> couriers, List<Pickup> pickups, int hubPoint, int cutoffSecond,
        TravelTimes travel) {

    /**
     * Latest second accepted for windows, releases, availability, shift ends and the cut-off:
     * 2^22 s (about 48.5 days). A service day needs at most two days; the margin admits literature
     * instances in scaled units (Solomon at scale 1000 reaches 3,390,000) while still rejecting
     * milliseconds passed as seconds for any time after 70 minutes into the day.
     */
    public static final int LATEST_SECOND = 1 << 22;

    /**
     * Longest accepted service or travel leg: 2^21 s (about 24 days; literature instances at scale
     * 1000 have legs up to about 141,000 units).
     */
    public static final int LONGEST_DURATION = 1 << 21;

    /** Largest route clock the problem may produce, seconds (half the int range, so slack sums cannot overflow). */
    public static final int MAX_CLOCK_SECOND = Integer.MAX_VALUE / 2;

    /**
     * Validates the components and copies {@code couriers} and {@code pickups} (unmodifiable).
     *
     * @param couriers     the couriers, in index order (courier {@code i} of the solver is element {@code i})
     * @param pickups      the pickups, in index order
     * @param hubPoint     index of the hub in {@link #travel()}
     * @param cutoffSecond latest hub arrival, seconds since the start of the day
     * @param travel       travel seconds and metres between all points
     */
    public RoutingProblem {
        couriers = List.copyOf(couriers);
        pickups = List.copyOf(pickups);
        Objects.requireNonNull(travel, "travel");
        int n = travel.size();
        Limits.second("problem", "cutoffSecond", cutoffSecond);
        if (hubPoint < 0 || hubPoint >= n) {
            throw new IllegalArgumentException("The hubPoint (" + hubPoint + ") is outside the travel table (0.." + (n - 1) + ").");
        }
        Set<String> ids = new HashSet<>();
        long totalSize = 0;
        int maxService = 0;
        for (int i = 0; i < couriers.size(); i++) {
            Courier c = couriers.get(i);
            if (c.startPoint() < 0 || c.startPoint() >= n) {
                throw new IllegalArgumentException("The couriers[" + i + "] (" + c.id() + ") startPoint (" + c.startPoint()
                        + ") is outside the travel table (0.." + (n - 1) + ").");
            }
            if (!ids.add("c:" + c.id())) {
                throw new IllegalArgumentException("The couriers[" + i + "] id (" + c.id() + ") is used twice; make ids unique.");
            }
        }
        for (int i = 0; i < pickups.size(); i++) {
            Pickup p = pickups.get(i);
            if (p.point() < 0 || p.point() >= n) {
                throw new IllegalArgumentException("The pickups[" + i + "] (" + p.id() + ") point (" + p.point()
                        + ") is outside the travel table (0.." + (n - 1) + ").");
            }
            if (!ids.add("p:" + p.id())) {
                throw new IllegalArgumentException("The pickups[" + i + "] id (" + p.id() + ") is used twice; make ids unique.");
            }
            totalSize += p.size();
            maxService = Math.max(maxService, p.serviceSeconds());
        }
        if (totalSize > Limits.MAX_UNITS * 100L) {
            throw new IllegalArgumentException("The pickups' total size (" + totalSize + ") is above " + Limits.MAX_UNITS * 100L
                    + " units; loads could overflow. Split the problem.");
        }
        int maxLeg = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                int s = travel.seconds(a, b);
                if (s > Limits.MAX_DURATION) {
                    throw new IllegalArgumentException("The travel from " + travel.pointIds().get(a) + " to "
                            + travel.pointIds().get(b) + " (" + s + " s) is longer than " + Limits.MAX_DURATION
                            + " s; check the travel table's units.");
                }
                maxLeg = Math.max(maxLeg, s);
            }
        }
        long clock = Limits.MAX_SECOND + (pickups.size() + 1L) * ((long) maxLeg + maxService);
        if (clock > MAX_CLOCK_SECOND) {
            throw new IllegalArgumentException("The problem (" + pickups.size() + " pickups, legs up to " + maxLeg
                    + " s, service up to " + maxService + " s) could drive a route's clock to " + clock
                    + " s, above " + MAX_CLOCK_SECOND + " s; split the problem.");
        }
    }
}
