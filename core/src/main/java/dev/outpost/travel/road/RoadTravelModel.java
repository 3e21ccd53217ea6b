package dev.outpost.travel.road;

import dev.outpost.model.Location;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Travel on a road network: each point is snapped to its nearest road node ({@link NodeSnapper}),
 * and the tables between the nodes come from contraction-hierarchy bucket searches
 * ({@link ManyToManyRouter}).
 *
 * <p>Entry {@code (i, j)}, {@code i != j}:
 * <ul>
 *   <li>seconds = ceil((leg_i + fastest road time node_i -> node_j + leg_j) / 1000 ms), where a
 *       leg is the snapping distance covered at {@link #offRoadKmh()} (the courier parks at the
 *       junction and walks; {@link #DEFAULT_OFF_ROAD_KMH} by default);</li>
 *   <li>metres = ceil(snap_i + length of that fastest path + snap_j), the shortest length among
 *       equally fast paths.</li>
 * </ul>
 * Rounding up once, after summing exact milliseconds, keeps the seconds table obeying the
 * triangle inequality exactly. (Metres follow the fastest path, so they need not obey it.) The
 * diagonal is 0. A pair whose nodes no road path joins is {@link TravelTimes#UNREACHABLE} in
 * both tables and is listed, by point id, in {@link TravelTimes#unreachablePairs()}.
 *
 * <p>Build the {@link RoadNetwork}, its {@link ContractionHierarchy} and the {@link NodeSnapper}
 * once and pass them in; tables are then cheap. Thread-safe: concurrent calls are serialised on
 * the one router this model owns.
 */
public final class RoadTravelModel implements TravelModel {

    /** Default speed on the leg between a point and its road node, km/h (walking). */
    public static final double DEFAULT_OFF_ROAD_KMH = 5.0;

    private final ContractionHierarchy hierarchy;
    private final NodeSnapper snapper;
    private final double offRoadKmh;
    private final ManyToManyRouter router;

    /**
     * @param hierarchy  the contraction hierarchy of the network
     * @param snapper    a snapper over the same network
     * @param offRoadKmh speed on the snapping legs, km/h, finite and positive
     */
    public RoadTravelModel(ContractionHierarchy hierarchy, NodeSnapper snapper, double offRoadKmh) {
        this.hierarchy = Objects.requireNonNull(hierarchy, "hierarchy");
        this.snapper = Objects.requireNonNull(snapper, "snapper");
        if (snapper.network() != hierarchy.network()) {
            throw new IllegalArgumentException("The snapper and the hierarchy are built on different road networks;"
                    + " build both from the same RoadNetwork.");
        }
        if (!(offRoadKmh > 0) || !Double.isFinite(offRoadKmh)) {
            throw new IllegalArgumentException("The off-road speed (" + offRoadKmh
                    + " km/h) must be finite and above 0; " + DEFAULT_OFF_ROAD_KMH + " is walking pace.");
        }
        this.offRoadKmh = offRoadKmh;
        this.router = new ManyToManyRouter(hierarchy);
    }

    /**
     * A model with a fresh contraction hierarchy and snapper over a network, default off-road speed.
     *
     * @param network the road network
     * @return the model
     */
    public static RoadTravelModel of(RoadNetwork network) {
        return new RoadTravelModel(ContractionHierarchy.build(network), new NodeSnapper(network),
                DEFAULT_OFF_ROAD_KMH);
    }

    /** {@return the road network} */
    public RoadNetwork network() {
        return hierarchy.network();
    }

    /** {@return speed on the snapping legs, km/h} */
    public double offRoadKmh() {
        return offRoadKmh;
    }

    @Override
    public TravelTimes table(List<String> pointIds, List<Location> points) {
        return tableWithSnaps(pointIds, points).times();
    }

    /**
     * The tables, with each point's snapping distance.
     *
     * @throws IllegalArgumentException if the lists differ in length or a point is not finite
     */
    public RoadTravelResult tableWithSnaps(List<String> pointIds, List<Location> points) {
        int n = points.size();
        if (pointIds.size() != n) {
            throw new IllegalArgumentException("The point ids (" + pointIds.size() + ") and the points (" + n
                    + ") differ in number; give one id per point.");
        }
        RoadNetwork network = hierarchy.network();
        int[] vertex = new int[n];
        long[] legMillis = new long[n];
        long[] legDecimetres = new long[n];
        List<RoadTravelResult.Snap> snaps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Location p = points.get(i);
            int v;
            try {
                v = snapper.nearest(p);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The point " + pointIds.get(i) + " cannot be snapped: "
                        + e.getMessage(), e);
            }
            double metres = snapper.snapMetres(p, v);
            vertex[i] = v;
            legMillis[i] = (long) Math.ceil(metres * 3600.0 / offRoadKmh);
            legDecimetres[i] = (long) Math.ceil(metres * 10.0);
            snaps.add(new RoadTravelResult.Snap(pointIds.get(i), network.nodeId(v), v, (int) Math.ceil(metres)));
        }
        long[] packed = new long[n * n];
        synchronized (router) {
            router.table(vertex, vertex, packed);
        }
        int[] seconds = new int[n * n];
        int[] metres = new int[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int cell = i * n + j;
                long p = packed[cell];
                if (i == j) {
                    continue;
                }
                if (p == ManyToManyRouter.UNREACHABLE) {
                    seconds[cell] = TravelTimes.UNREACHABLE;
                    metres[cell] = TravelTimes.UNREACHABLE;
                    continue;
                }
                long ms = (p >>> 32) + legMillis[i] + legMillis[j];
                long dm = (p & 0xFFFFFFFFL) + legDecimetres[i] + legDecimetres[j];
                seconds[cell] = Math.toIntExact((ms + 999) / 1000);
                metres[cell] = Math.toIntExact((dm + 9) / 10);
            }
        }
        return new RoadTravelResult(new TravelTimes(pointIds, seconds, metres), snaps);
    }
}
