package dev.outpost.travel.road;

import dev.outpost.model.Congestion;
import dev.outpost.model.CourierType;
import dev.outpost.model.Location;
import dev.outpost.model.RoadProfile;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelPoint;
import dev.outpost.travel.TableBuilder;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** Built on first use by {@link #customizable()}, guarded by {@code router}. */
    private CustomizableHierarchy customizable;

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

    /**
     * Live tables over this model's time-of-day tables: the state that adds a location to every
     * distinct table of {@code tables} in a few milliseconds (see {@link RoadLiveTables}).
     *
     * @param tables       tables this model built for these courier types and congestion
     * @param points       the location of each point of {@code tables}, in index order
     * @param courierTypes the courier types of the tables' profiles, in order
     * @param congestion   the congestion they were built with, or null
     * @return the live tables' state (single-threaded)
     * @throws IllegalArgumentException when the points or courier types do not fit the tables
     */
    public RoadLiveTables live(TravelTables tables, List<Location> points, List<CourierType> courierTypes,
            Congestion congestion) {
        TravelModel.requireMatchingProfiles(tables, points, courierTypes);
        return new RoadLiveTables(this, variants(courierTypes, congestion), tables, points);
    }

    /**
     * Distance from {@code location} to the nearest node of the road network (the snapping
     * distance a point there walks), metres.
     *
     * @param location a location in the network's coordinates
     * @return metres to the nearest road node
     * @throws IllegalArgumentException when a coordinate is not finite
     */
    public double nearestNodeMetres(Location location) {
        return snapper.snapMetres(location, snapper.nearest(location));
    }

    /** {@return the contraction hierarchy of the network} */
    ContractionHierarchy hierarchy() {
        return hierarchy;
    }

    /** {@return the snapper of the whole network} */
    NodeSnapper snapper() {
        return snapper;
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
     * @param pointIds the point ids, in index order
     * @param points the point locations, in index order
     * @throws IllegalArgumentException if the lists differ in length, a point is not finite, an id
     *                                  repeats or there are more than {@link TravelTimes#MAX_POINTS} points
     * @return the tables, with each point's snapping distance
     */
    public RoadTravelResult tableWithSnaps(List<String> pointIds, List<Location> points) {
        int n = points.size();
        if (pointIds.size() != n) {
            throw new IllegalArgumentException("The point ids (" + pointIds.size() + ") and the points (" + n
                    + ") differ in number; give one id per point.");
        }
        TravelTimes.cells(n);
        Snapped snapped = snap(pointIds, points);
        TravelTimes times;
        synchronized (router) {
            times = times(router, snapped);
        }
        List<RoadTravelResult.Snap> snaps = new ArrayList<>(n);
        RoadNetwork network = hierarchy.network();
        for (int i = 0; i < n; i++) {
            snaps.add(new RoadTravelResult.Snap(pointIds.get(i), network.nodeId(snapped.vertex[i]), snapped.vertex[i],
                    snapped.snapMetres[i]));
        }
        return new RoadTravelResult(times, snaps);
    }

    /** The square table between the snapped points, searched by {@code on}. */
    private static TravelTimes times(ManyToManyRouter on, Snapped snapped) {
        int n = snapped.vertex.length;
        int cells = TravelTimes.cells(n);
        long[] packed = new long[cells];
        on.table(snapped.vertex, snapped.vertex, packed);
        int[] seconds = new int[cells];
        int[] metres = new int[cells];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    fill(seconds, metres, i * n + j, packed[i * n + j], snapped, i, snapped, j);
                }
            }
        }
        return new TravelTimes(snapped.ids, seconds, metres);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Snaps the base and the extra points (snapping is a grid lookup), then runs one table from
     * the extra points to every point (forward searches) and one from the base points to the extra
     * points (backward searches) on the contraction hierarchy; the existing entries are copied. The
     * values equal a full rebuild exactly (the hierarchy's searches are exact).
     */
    @Override
    public TravelTimes extend(TravelTimes base, List<Location> basePoints, List<TravelPoint> extra) {
        TravelModel.requireMatchingBase(base, basePoints);
        TravelTimes.cells(base.size() + extra.size());
        Snapped from = snap(base.pointIds(), basePoints);
        Snapped added = snap(extra.stream().map(TravelPoint::id).toList(),
                extra.stream().map(TravelPoint::location).toList());
        synchronized (router) {
            return extendOn(router, base, from, added);
        }
    }

    /** {@code base} (over the points {@code from}) with the points {@code added} appended, searched by {@code on}. */
    private static TravelTimes extendOn(ManyToManyRouter on, TravelTimes base, Snapped from, Snapped added) {
        int n = base.size();
        int k = added.vertex.length;
        int total = n + k;
        TravelTimes.cells(total);
        int[] all = new int[total];
        System.arraycopy(from.vertex, 0, all, 0, n);
        System.arraycopy(added.vertex, 0, all, n, k);
        long[] out = new long[k * total];
        long[] in = new long[n * k];
        on.table(added.vertex, all, out);
        on.table(from.vertex, added.vertex, in);
        int[] outSeconds = new int[k * total];
        int[] outMetres = new int[k * total];
        int[] inSeconds = new int[n * k];
        int[] inMetres = new int[n * k];
        for (int e = 0; e < k; e++) {
            for (int j = 0; j < n; j++) {
                fill(outSeconds, outMetres, e * total + j, out[e * total + j], added, e, from, j);
            }
            for (int f = 0; f < k; f++) {
                if (f != e) {
                    fill(outSeconds, outMetres, e * total + n + f, out[e * total + n + f], added, e, added, f);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int e = 0; e < k; e++) {
                fill(inSeconds, inMetres, i * k + e, in[i * k + e], from, i, added, e);
            }
        }
        return base.appended(added.ids, outSeconds, outMetres, inSeconds, inMetres);
    }

    /**
     * {@inheritDoc}
     *
     * <p>For each courier type, its {@link RoadProfile} turns the network into the network that
     * type drives ({@link RoadNetwork#reweighted}: factors and speed cap per road class, barred
     * classes left out); for each slice of {@code congestion} the class factors multiply in. Slices
     * with equal factors share one table, and equal (profile, factors) pairs share one table across
     * types. An unrestricted profile at free flow uses this model itself, so its
     * table is exactly {@link #table}. Every other table comes from one
     * {@link CustomizableHierarchy} of the network (built once, {@link #customizable()}),
     * customised with that table's edge weights: cost one customisation and one table per distinct
     * (profile, slice factors); {@link TravelTables#buildMillis()} includes them.
     *
     * @throws IllegalArgumentException naming the courier type and the class when a profile or the
     *                                  congestion names a road class the network does not have, or
     *                                  a profile bars every road
     */
    @Override
    public TravelTables tables(List<String> pointIds, List<Location> points, List<CourierType> courierTypes,
            Congestion congestion) {
        return tables(pointIds, points, courierTypes, congestion, points.size());
    }

    /**
     * {@inheritDoc}
     *
     * <p>Built straight into the room, row by row ({@link TableBuilder}): the memory a build needs
     * is the tables' own plus one row per search, never a second copy of a table.
     */
    @Override
    public TravelTables tables(List<String> pointIds, List<Location> points, List<CourierType> courierTypes,
            Congestion congestion, int capacity) {
        long started = System.nanoTime();
        if (pointIds.size() != points.size()) {
            throw new IllegalArgumentException("The point ids (" + pointIds.size() + ") and the points ("
                    + points.size() + ") differ in number; give one id per point.");
        }
        TravelTimes.cells(points.size());
        Map<String, Snapped> snaps = new HashMap<>();
        return enumerate(courierTypes, congestion, started, pointIds, capacity, (variant, profile, distinct, into) -> {
            if (variant.identity()) {
                Snapped snapped = snap(pointIds, points);
                synchronized (router) {
                    rows(router, snapped, into, profile, distinct);
                }
                return;
            }
            Snapped snapped = snaps.computeIfAbsent(Arrays.toString(variant.barred()),
                    unused -> snapOnto(pointIds, points, variant.barred()));
            rows(variant.router(this), snapped, into, profile, distinct);
        });
    }

    /** The square table between the snapped points, searched by {@code on}, row by row into {@code into}. */
    private static void rows(ManyToManyRouter on, Snapped snapped, TableBuilder into, int profile, int distinct) {
        int n = snapped.vertex.length;
        int[] seconds = new int[n];
        int[] metres = new int[n];
        on.rows(snapped.vertex, snapped.vertex, (i, packed) -> {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    fill(seconds, metres, j, packed[j], snapped, i, snapped, j);
                } else {
                    seconds[j] = 0;
                    metres[j] = 0;
                }
            }
            into.putRow(profile, distinct, i, seconds, metres);
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>Incremental: for each distinct table, the extra points' rows and columns come from the
     * same hierarchy (this model's, or the {@link #customizable() customizable} one customised
     * with that table's weights) by one-to-many and many-to-one bucket searches; the existing
     * entries are copied. The values equal a full rebuild over the base and the extra points.
     */
    @Override
    public TravelTables extend(TravelTables base, List<Location> basePoints, List<TravelPoint> extra,
            List<CourierType> courierTypes, Congestion congestion) {
        long started = System.nanoTime();
        TravelModel.requireMatchingProfiles(base, basePoints, courierTypes);
        List<String> extraIds = extra.stream().map(TravelPoint::id).toList();
        List<Location> extraPoints = extra.stream().map(TravelPoint::location).toList();
        Map<String, Snapped[]> snaps = new HashMap<>();
        List<String> allIds = new ArrayList<>(base.pointIds());
        allIds.addAll(extraIds);
        TravelTables extended = enumerate(courierTypes, congestion, started, allIds, allIds.size(),
                (variant, profile, distinct, into) -> {
            if (distinct >= base.distinctTables(profile)) {
                throw new IllegalArgumentException("The tables to extend have " + base.distinctTables(profile)
                        + " tables for courier type '" + courierTypes.get(profile).id() + "', fewer than this model"
                        + " and congestion give; extend tables built by this model with the same congestion.");
            }
            TravelTimes own = base.table(profile, distinct);
            if (variant.identity()) {
                into.putTable(profile, distinct, extend(own, basePoints, extra));
                return;
            }
            Snapped[] pair = snaps.computeIfAbsent(Arrays.toString(variant.barred()), unused -> new Snapped[] {
                snapOnto(own.pointIds(), basePoints, variant.barred()),
                snapOnto(extraIds, extraPoints, variant.barred())});
            into.putTable(profile, distinct, extendOn(variant.router(this), own, pair[0], pair[1]));
        });
        for (int p = 0; p < courierTypes.size(); p++) {
            if (extended.distinctTables(p) != base.distinctTables(p)) {
                throw new IllegalArgumentException("The tables to extend have " + base.distinctTables(p)
                        + " tables for courier type '" + courierTypes.get(p).id() + "', this model and congestion "
                        + extended.distinctTables(p) + "; extend tables built by this model with the same congestion.");
            }
        }
        return extended;
    }

    /**
     * One re-weighting of the network: the factors, barred classes and speed cap of one distinct
     * table; {@code key} is equal for equal re-weightings (they share one table). An unrestricted
     * profile at free flow is the identity: this model's own hierarchy.
     */
    record Variant(double[] combined, boolean[] barred, double cap, boolean identity, String key) {

        /** The variant of a profile's factors {@code own} times a slice's factors {@code slice}. */
        static Variant of(double[] own, double[] slice, boolean[] barred, double cap) {
            int k = own.length;
            double[] combined = new double[k];
            boolean identity = cap == Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                combined[c] = own[c] * slice[c];
                identity &= combined[c] == 1.0 && !barred[c];
            }
            return new Variant(combined, barred, cap, identity,
                    Arrays.toString(combined) + Arrays.toString(barred) + cap);
        }

        /** The hierarchy of this variant: the model's own for the identity, else a customised one. */
        ContractionHierarchy hierarchy(RoadTravelModel model) {
            return identity ? model.hierarchy : model.customizable()
                    .customize(model.network().reweightedPackedWeights(combined, barred, cap));
        }

        /** A router on this variant: the model's own for the identity, else a customised hierarchy's. */
        ManyToManyRouter router(RoadTravelModel model) {
            return new ManyToManyRouter(model.customizable()
                    .customize(model.network().reweightedPackedWeights(combined, barred, cap)));
        }
    }

    /** Writes the table of one variant for profile {@code profile}'s distinct table {@code distinct} into a builder. */
    @FunctionalInterface
    private interface VariantTable {
        void make(Variant variant, int profile, int distinct, TableBuilder into);
    }

    /**
     * The distinct variants of every courier type's profile under {@code congestion}, as
     * {@link #tables} numbers them (free flow first, then each new slice factor vector in slice
     * order), and each profile's slice map (null for a profile with one table).
     */
    record Variants(List<List<Variant>> perProfile, List<int[]> maps, int sliceSeconds) {
    }

    /** The variants of {@code courierTypes} under {@code congestion} (see {@link Variants}). */
    Variants variants(List<CourierType> courierTypes, Congestion congestion) {
        RoadNetwork network = hierarchy.network();
        List<String> classes = network.roadClasses();
        int k = classes.size();
        int slices = congestion == null ? 1 : congestion.sliceCount();
        double[][] sliceFactors = new double[slices][k];
        if (congestion != null) {
            for (String named : congestion.factors().keySet()) {
                requireClass(classes, named, "The congestion");
            }
            for (int s = 0; s < slices; s++) {
                for (int c = 0; c < k; c++) {
                    sliceFactors[s][c] = congestion.factor(classes.get(c), s);
                }
            }
        } else {
            Arrays.fill(sliceFactors[0], 1.0);
        }
        List<List<Variant>> perProfile = new ArrayList<>();
        List<int[]> maps = new ArrayList<>();
        for (int p = 0; p < courierTypes.size(); p++) {
            CourierType type = courierTypes.get(p);
            RoadProfile profile = type.roadProfileOrDefault();
            String who = "The road profile of courier type '" + type.id() + "'";
            for (String named : profile.speedFactors().keySet()) {
                requireClass(classes, named, who);
            }
            for (String named : profile.barredClasses()) {
                requireClass(classes, named, who);
            }
            double[] own = new double[k];
            boolean[] barred = new boolean[k];
            for (int c = 0; c < k; c++) {
                own[c] = profile.factor(classes.get(c));
                barred[c] = profile.barredClasses().contains(classes.get(c));
            }
            double cap = profile.maxSpeedKmh() == null ? Double.POSITIVE_INFINITY : profile.maxSpeedKmh();
            Map<String, Integer> distinct = new LinkedHashMap<>();
            List<Variant> ownVariants = new ArrayList<>();
            double[] freeFlow = new double[k];
            Arrays.fill(freeFlow, 1.0);
            distinct.put(Arrays.toString(freeFlow), 0);
            ownVariants.add(Variant.of(own, freeFlow, barred, cap));
            int[] map = new int[slices];
            for (int s = 0; s < slices; s++) {
                String key = Arrays.toString(sliceFactors[s]);
                Integer d = distinct.get(key);
                if (d == null) {
                    d = ownVariants.size();
                    distinct.put(key, d);
                    ownVariants.add(Variant.of(own, sliceFactors[s], barred, cap));
                }
                map[s] = d;
            }
            perProfile.add(ownVariants);
            maps.add(ownVariants.size() == 1 ? null : map);
        }
        int sliceSeconds = congestion == null ? TravelTables.DAY_SECONDS : congestion.sliceSeconds();
        return new Variants(perProfile, maps, sliceSeconds);
    }

    /**
     * The distinct tables of every courier type's profile under {@code congestion} (free flow first,
     * then each new slice factor vector in slice order), made by {@code maker}; equal variants
     * across profiles share one table.
     */
    private TravelTables enumerate(List<CourierType> courierTypes, Congestion congestion, long started,
            List<String> pointIds, int capacity, VariantTable maker) {
        Variants variants = variants(courierTypes, congestion);
        int[] counts = new int[courierTypes.size()];
        for (int p = 0; p < counts.length; p++) {
            counts[p] = variants.perProfile().get(p).size();
        }
        TableBuilder builder = new TableBuilder(courierTypes.stream().map(CourierType::id).toList(),
                variants.sliceSeconds(), counts, variants.maps(), pointIds, capacity);
        // One table per distinct re-weighting, written once; an equal one of a later profile is copied.
        Map<String, int[]> shared = new HashMap<>();
        for (int p = 0; p < counts.length; p++) {
            List<Variant> own = variants.perProfile().get(p);
            for (int d = 0; d < own.size(); d++) {
                Variant variant = own.get(d);
                int[] first = shared.get(variant.key());
                if (first == null) {
                    maker.make(variant, p, d, builder);
                    shared.put(variant.key(), new int[] {p, d});
                } else {
                    builder.copyTable(p, d, first[0], first[1]);
                }
            }
        }
        return builder.build((System.nanoTime() - started) / 1_000_000);
    }

    private static void requireClass(List<String> classes, String named, String who) {
        if (!classes.contains(named)) {
            throw new IllegalArgumentException(who + " names the road class '" + named
                    + "', which the road network does not have; use one of " + classes + ".");
        }
    }

    /**
     * The points snapped onto the nodes a profile barred from {@code barred} keeps (the largest
     * strongly connected part of the roads it may use, as {@link RoadNetwork#reweighted} keeps),
     * with vertices of this model's network.
     */
    private Snapped snapOnto(List<String> pointIds, List<Location> points, boolean[] barred) {
        return snapOnto(pointIds, points, barred, null);
    }

    /** The snapper of the nodes a profile barred from {@code barred} keeps, or null when none is barred. */
    NodeSnapper keptSnapper(boolean[] barred) {
        boolean anyBarred = false;
        for (boolean b : barred) {
            anyBarred |= b;
        }
        if (!anyBarred) {
            return null;
        }
        double[] ones = new double[barred.length];
        Arrays.fill(ones, 1.0);
        return new NodeSnapper(hierarchy.network().reweighted(ones, barred, Double.POSITIVE_INFINITY));
    }

    /** As {@link #snapOnto(List, List, boolean[])}, with the kept snapper given (null: build it). */
    private Snapped snapOnto(List<String> pointIds, List<Location> points, boolean[] barred, NodeSnapper given) {
        NodeSnapper kept = given != null ? given : keptSnapper(barred);
        if (kept == null) {
            return snap(pointIds, points);
        }
        RoadNetwork network = hierarchy.network();
        Snapped onKept = snap(pointIds, points, kept);
        int[] vertex = new int[onKept.vertex.length];
        for (int i = 0; i < vertex.length; i++) {
            vertex[i] = network.indexOf(kept.network().nodeId(onKept.vertex[i]));
        }
        return new Snapped(onKept.ids, vertex, onKept.legMillis, onKept.legDecimetres, onKept.snapMetres);
    }

    /** As {@link #snapOnto(List, List, boolean[])} with a kept snapper from {@link #keptSnapper} (null: none barred). */
    Snapped snapWith(List<String> pointIds, List<Location> points, NodeSnapper kept) {
        return kept == null ? snap(pointIds, points) : snapOnto(pointIds, points, null, kept);
    }

    /**
     * Where each point joins the roads courier type {@code type} may drive (its barred classes left
     * out, as its tables are built): the road node and the snapping distance the courier walks at
     * {@link #offRoadKmh()} each way.
     *
     * @param pointIds the point ids, in index order
     * @param points   the point locations, in index order
     * @param type     the courier type
     * @return one snap per point, in index order
     * @throws IllegalArgumentException when a point cannot be snapped or the type names an unknown road class
     */
    public List<RoadTravelResult.Snap> snapsFor(List<String> pointIds, List<Location> points, CourierType type) {
        List<String> classes = hierarchy.network().roadClasses();
        boolean[] barred = new boolean[classes.size()];
        for (String named : type.roadProfileOrDefault().barredClasses()) {
            requireClass(classes, named, "The road profile of courier type '" + type.id() + "'");
            barred[classes.indexOf(named)] = true;
        }
        Snapped snapped = snapOnto(pointIds, points, barred);
        RoadNetwork network = hierarchy.network();
        List<RoadTravelResult.Snap> out = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            out.add(new RoadTravelResult.Snap(pointIds.get(i), network.nodeId(snapped.vertex[i]), snapped.vertex[i],
                    snapped.snapMetres[i]));
        }
        return out;
    }

    /**
     * The customizable hierarchy of the network, built on first use (the order and arcs do not
     * depend on the weights, so every profile and slice shares it).
     *
     * @return the customizable hierarchy of this model's network
     */
    public CustomizableHierarchy customizable() {
        synchronized (router) {
            if (customizable == null) {
                customizable = CustomizableHierarchy.build(hierarchy.network());
            }
            return customizable;
        }
    }

    /** Snapped points: road vertex, leg time (ms) and length (dm) at the off-road speed, snap metres. */
    record Snapped(List<String> ids, int[] vertex, long[] legMillis, long[] legDecimetres, int[] snapMetres) {
    }

    private Snapped snap(List<String> ids, List<Location> points) {
        return snap(ids, points, snapper);
    }

    private Snapped snap(List<String> ids, List<Location> points, NodeSnapper snapper) {
        int n = points.size();
        int[] vertex = new int[n];
        long[] legMillis = new long[n];
        long[] legDecimetres = new long[n];
        int[] snapMetres = new int[n];
        for (int i = 0; i < n; i++) {
            Location p = points.get(i);
            int v;
            try {
                v = snapper.nearest(p);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The point " + ids.get(i) + " cannot be snapped: "
                        + e.getMessage(), e);
            }
            double metres = snapper.snapMetres(p, v);
            vertex[i] = v;
            legMillis[i] = (long) Math.ceil(metres * 3600.0 / offRoadKmh);
            legDecimetres[i] = (long) Math.ceil(metres * 10.0);
            snapMetres[i] = (int) Math.ceil(metres);
        }
        return new Snapped(List.copyOf(ids), vertex, legMillis, legDecimetres, snapMetres);
    }

    /** Writes cell {@code cell} from the packed road weight between point {@code i} of {@code a} and {@code j} of {@code b}. */
    static void fill(int[] seconds, int[] metres, int cell, long packed, Snapped a, int i, Snapped b, int j) {
        if (packed == ManyToManyRouter.UNREACHABLE) {
            seconds[cell] = TravelTimes.UNREACHABLE;
            metres[cell] = TravelTimes.UNREACHABLE;
            return;
        }
        long ms = (packed >>> 32) + a.legMillis[i] + b.legMillis[j];
        long dm = (packed & 0xFFFFFFFFL) + a.legDecimetres[i] + b.legDecimetres[j];
        seconds[cell] = Math.toIntExact((ms + 999) / 1000);
        metres[cell] = Math.toIntExact((dm + 9) / 10);
    }
}
