package dev.outpost.routing;

import dev.outpost.travel.TravelTables;
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
 * @param travel       travel seconds and metres between all points; for a time-dependent problem the
 *                     free-flow table of the first profile (what nearby heuristics read), the legs
 *                     of a courier come from {@code tables}
 * @param tables       {@code null} for a static problem (every courier drives by {@code travel} at
 *                     every hour); else the per-profile, per-time-slice tables: courier {@code c}
 *                     drives by the profile {@link Courier#profile()} names (the first profile when
 *                     unset), each leg timed from its actual departure second
 *                     ({@link TravelTables#legSeconds}); metres are the profile's free-flow path metres
 */
public record RoutingProblem(List<Courier> couriers, List<Pickup> pickups, int hubPoint, int cutoffSecond,
        TravelTimes travel, TravelTables tables) {

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
     * A static problem: one table for every courier at every hour ({@link #tables()} is {@code null}).
     *
     * @param couriers     the couriers, in index order (courier {@code i} of the solver is element {@code i})
     * @param pickups      the pickups, in index order
     * @param hubPoint     index of the hub in {@link #travel()}
     * @param cutoffSecond latest hub arrival, seconds since the start of the day
     * @param travel       travel seconds and metres between all points
     */
    public RoutingProblem(List<Courier> couriers, List<Pickup> pickups, int hubPoint, int cutoffSecond,
            TravelTimes travel) {
        this(couriers, pickups, hubPoint, cutoffSecond, travel, null);
    }

    /**
     * A time-dependent problem: each courier drives by its profile's tables ({@link Courier#profile()},
     * the first profile when unset), each leg timed from its departure second; {@link #travel()} is
     * the first profile's free-flow table.
     *
     * @param couriers     the couriers, in index order; each profile id one of {@code tables.profileIds()} or unset
     * @param pickups      the pickups, in index order
     * @param hubPoint     index of the hub in the tables
     * @param cutoffSecond latest hub arrival, seconds since the start of the day
     * @param tables       the travel tables per profile and time slice
     * @return the problem
     * @throws IllegalArgumentException as the constructor, and naming the courier whose profile the tables lack
     */
    public static RoutingProblem timeDependent(List<Courier> couriers, List<Pickup> pickups, int hubPoint,
            int cutoffSecond, TravelTables tables) {
        Objects.requireNonNull(tables, "tables");
        return new RoutingProblem(couriers, pickups, hubPoint, cutoffSecond, tables.freeFlow(0), tables);
    }

    /**
     * Whether some courier's legs depend on the departure time.
     *
     * @return whether {@link #tables()} is set and some courier's profile is time-dependent
     */
    public boolean isTimeDependent() {
        if (tables == null) {
            return false;
        }
        for (Courier c : couriers) {
            if (tables.isTimeDependent(profileIndex(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The profile index of a courier in {@link #tables()}: 0 for a static problem or an unset profile.
     *
     * @param courier a courier of this problem
     * @return its profile index
     */
    public int profileIndex(Courier courier) {
        return tables == null || courier.profile() == null ? 0 : tables.profileIndex(courier.profile());
    }

    /**
     * Validates the components and copies {@code couriers} and {@code pickups} (unmodifiable).
     *
     * @param couriers     the couriers, in index order (courier {@code i} of the solver is element {@code i})
     * @param pickups      the pickups, in index order
     * @param hubPoint     index of the hub in {@link #travel()}
     * @param cutoffSecond latest hub arrival, seconds since the start of the day
     * @param travel       travel seconds and metres between all points
     * @param tables       {@code null} (static), or the tables per profile and time slice over the same points as {@code travel}
     */
    public RoutingProblem {
        couriers = List.copyOf(couriers);
        pickups = List.copyOf(pickups);
        Objects.requireNonNull(travel, "travel");
        int n = travel.size();
        if (tables != null && !tables.pointIds().equals(travel.pointIds())) {
            throw new IllegalArgumentException("The travel tables (" + tables.size() + " points) are over other points than"
                    + " the travel table (" + n + " points); build both over the same points.");
        }
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
            if (tables != null && c.profile() != null && tables.profileIndex(c.profile()) < 0) {
                throw new IllegalArgumentException("The couriers[" + i + "] (" + c.id() + ") profile ('" + c.profile()
                        + "') is not a profile of the travel tables " + tables.profileIds() + "; use one of them.");
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
        int maxLeg = tables == null ? 0 : tables.longestLegSeconds();
        if (maxLeg > Limits.MAX_DURATION) {
            throw new IllegalArgumentException("The travel tables have a leg of " + maxLeg + " s, longer than "
                    + Limits.MAX_DURATION + " s; check the tables' units.");
        }
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
