package dev.outpost.dispatch;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import dev.outpost.travel.TravelModel;
import dev.outpost.model.Congestion;
import dev.outpost.model.CourierType;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.travel.TravelPoint;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import dev.outpost.travel.road.RoadLiveTables;
import dev.outpost.travel.road.RoadTravelModel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The dispatcher's travel table: the fleet's points (the base, never changed), then <em>added</em>
 * points for locations (a request at an address, a courier's GPS position). Single-threaded.
 *
 * <p>A location equal to a point the table already has (base or added) reuses that point: no model
 * call. New locations are placed with one {@link TravelModel#extend} call for all of them (the
 * dispatcher batches the locations of queued events), which computes only their rows and columns;
 * each takes an added point that nothing references any more (a served request's address, a
 * courier's previous position) or, when none is free, a new one at the end. So the table holds
 * at most the base, plus the added points referenced at once, plus one batch: repeated position
 * updates reuse the courier's previous point instead of growing the table.
 *
 * <p>Cost: {@link TravelTimes} is immutable, so every change writes a new table and the route
 * kernel copies it: O(size²) array copying, on top of the model's work for the new rows and
 * columns (one event at a new location on a table of 1,600 points: p50 21 ms, p99 about 40 ms,
 * {@code DispatchLocationBenchmark}); a batch of queued locations pays it once, and events whose
 * locations the table already has pay nothing extra.
 *
 * <p><b>Time of day.</b> For a fleet with {@link TravelTables} the same happens to every profile's
 * every table ({@link TravelTables#extend}, then {@link TravelTables#select} to move the new points
 * into free slots); {@link #table()} is then the first profile's free-flow table.
 *
 * <p><b>Road tables, live.</b> With a {@link RoadTravelModel} and time-of-day tables, a
 * {@link RoadLiveTables} computes only the new points' rows and columns, per distinct table, and
 * writes them in place ({@link TravelTables#withPoints}): no copy of the table, a few milliseconds
 * per location at 2,000 points ({@code RoadAddressCpu}). Points the caller passes as used (the
 * dispatcher adds those of its last re-optimisation snapshot) are never rewritten.
 */
final class LiveTable {

    /** Prefix of the ids of added points (unlikely in a scenario's ids). */
    private static final String ID_PREFIX = "@live-";

    private final TravelModel model;
    private final int basePoints;
    /** The location of every point; null without a model. */
    private final List<Location> locations;
    /** Location to the point holding its row and column (the first, for repeated base locations). */
    private final Map<Location, Integer> byLocation = new HashMap<>();
    /** Added points handed out since the last change and perhaps not referenced yet. */
    private TravelTimes table;
    /** The time-of-day tables, or null for a static fleet. */
    private TravelTables tables;
    private final List<CourierType> courierTypes;
    private final Congestion congestion;
    private long addedIds;
    /** The road model's live state over {@link #tables}, or null (static fleet, or another model). */
    private final RoadLiveTables live;

    LiveTable(Fleet fleet) {
        this.table = fleet.travel();
        this.tables = fleet.tables();
        this.courierTypes = fleet.courierTypes();
        this.congestion = fleet.congestion();
        this.model = fleet.model();
        this.basePoints = table.size();
        this.locations = fleet.points() == null ? null : new ArrayList<>(fleet.points());
        if (locations != null) {
            for (int i = 0; i < locations.size(); i++) {
                byLocation.putIfAbsent(locations.get(i), i);
            }
        }
        this.live = tables != null && model instanceof RoadTravelModel road
                ? road.live(tables, locations, courierTypes, congestion) : null;
    }

    /** Whether a new location is written in place (live road tables) rather than into a copy of the table. */
    boolean growsInPlace() {
        return live != null;
    }

    /** {@code location} in words: latitude and longitude for geographic coordinates, else x and y. */
    String describe(Location location) {
        if (geographic()) {
            return String.format(java.util.Locale.ROOT, "(latitude %.6f, longitude %.6f)", location.latitude(),
                    location.longitude());
        }
        return String.format(java.util.Locale.ROOT, "(x %.1f, y %.1f)", location.x(), location.y());
    }

    /** The names of the two axes, for a hint that they look swapped. */
    String axes() {
        return geographic() ? "latitude and longitude" : "x and y";
    }

    private boolean geographic() {
        return model instanceof RoadTravelModel road && road.network().coordinateSystem() == CoordinateSystem.GEOGRAPHIC;
    }

    /** Metres from {@code location} to the nearest road node, or NaN when the model has no road network. */
    double nearestRoadMetres(Location location) {
        return model instanceof RoadTravelModel road ? road.nearestNodeMetres(location) : Double.NaN;
    }

    /**
     * The current table (of a time-of-day fleet: the first profile's free-flow table, made from
     * {@link #tables()} on the first call after a change: O(size²), not for the request path).
     */
    TravelTimes table() {
        if (table == null) {
            table = tables.freeFlow(0);
        }
        return table;
    }

    /** Number of points of the current table. */
    int size() {
        return tables != null ? tables.size() : table.size();
    }

    /** The current time-of-day tables over the points of {@link #table()}, or null for a static fleet. */
    TravelTables tables() {
        return tables;
    }

    /** Points of the fleet's own table: indices below this are fixed; events may name them. */
    int basePoints() {
        return basePoints;
    }

    /** The point at {@code location}, or -1 when the table has none (call {@link #add} first). */
    int find(Location location) {
        Integer p = byLocation.get(location);
        return p == null ? -1 : p;
    }

    /**
     * Makes sure every location in {@code wanted} has a point: the missing ones are added with one
     * model call, into added points neither in {@code used} nor among {@code wanted}'s own points,
     * else appended. A point handed out in an earlier call is free again unless {@code used} holds it:
     * the event that asked for it has referenced it (or dropped it) by then.
     *
     * @param wanted the locations
     * @param used   the added points still referenced (bits below {@link #basePoints()} are ignored)
     * @return whether the table changed (the caller must rebuild what it derived from it)
     * @throws IllegalArgumentException without a model, or with the model's reason when it cannot place a location
     */
    boolean add(Collection<Location> wanted, BitSet used) {
        LinkedHashSet<Location> fresh = new LinkedHashSet<>();
        BitSet found = new BitSet();
        for (Location l : wanted) {
            Integer p = byLocation.get(l);
            if (p == null) {
                fresh.add(l);
            } else if (p >= basePoints) {
                found.set(p);
            }
        }
        if (fresh.isEmpty()) {
            return false;
        }
        if (model == null) {
            throw new IllegalArgumentException("the fleet has no travel model to add a point for a location; create it"
                    + " with Fleet.withModel(model, points), or give a point index of the travel table");
        }
        List<TravelPoint> extra = new ArrayList<>(fresh.size());
        for (Location l : fresh) {
            extra.add(new TravelPoint(ID_PREFIX + addedIds++, l));
        }
        int n = size();
        if (live != null) {
            int[] target = targets(n, used, found, extra.size());
            tables = live.put(tables, target, extra.stream().map(TravelPoint::id).toList(), List.copyOf(fresh));
            table = null;
            place(fresh, target, n);
            return true;
        }
        TravelTimes extended = null;
        TravelTables extendedTables = null;
        int size;
        if (tables == null) {
            extended = model.extend(table, locations, extra);
            size = extended.size();
        } else {
            extendedTables = tables.extend(model, locations, extra, courierTypes, congestion);
            size = extendedTables.size();
        }
        if (size != n + extra.size()) {
            throw new IllegalStateException("The travel model " + model + " extended " + n + " points by " + extra.size()
                    + " to " + size + " points; expected " + (n + extra.size()) + ".");
        }
        // Checked before anything changes: a refused location leaves the table as it was.
        requireLegsWithinLimit(extended, extendedTables, n, fresh);
        int[] target = targets(n, used, found, extra.size());
        int appended = 0;
        for (int t : target) {
            appended += t >= n ? 1 : 0;
        }
        if (tables == null) {
            table = appended == target.length ? extended : gather(extended, n, target, n + appended);
        } else {
            tables = appended == target.length ? extendedTables
                    : extendedTables.select(sources(n, target, n + appended));
            table = null;
        }
        place(fresh, target, n);
        return true;
    }

    /**
     * The points for {@code count} new locations: added points neither {@code used} nor
     * {@code found}, else appended after the {@code n} points.
     */
    private int[] targets(int n, BitSet used, BitSet found, int count) {
        BitSet taken = (BitSet) used.clone();
        taken.or(found);
        int[] target = new int[count];
        int appended = 0;
        int free = basePoints;
        for (int e = 0; e < target.length; e++) {
            free = taken.nextClearBit(free);
            if (free < n) {
                target[e] = free++;
            } else {
                target[e] = n + appended++;
            }
        }
        return target;
    }

    /** Records the new locations at their points. */
    private void place(Collection<Location> fresh, int[] target, int n) {
        int e = 0;
        for (Location l : fresh) {
            int t = target[e++];
            if (t < n) {
                byLocation.remove(locations.get(t), t);
                locations.set(t, l);
            } else {
                locations.add(l);
            }
            byLocation.put(l, t);
        }
    }

    /**
     * Refuses new locations with a leg longer than a plan allows ({@link RoutingProblem#LONGEST_DURATION}):
     * such a point would make every later problem invalid (a location far from the area the model
     * covers, e.g. latitude and longitude swapped). Only the new rows and columns are read (for
     * time-of-day tables, only when their precomputed longest leg is over the limit).
     *
     * @throws IllegalArgumentException naming the leg over the limit and the point at its other end (the caller names
     *                                  the location)
     */
    private static void requireLegsWithinLimit(TravelTimes extended, TravelTables extendedTables, int n,
            Collection<Location> fresh) {
        List<TravelTimes> tables = new ArrayList<>();
        if (extendedTables == null) {
            tables.add(extended);
        } else if (extendedTables.longestLegSeconds() > RoutingProblem.LONGEST_DURATION) {
            for (int p = 0; p < extendedTables.profileCount(); p++) {
                for (int d = 0; d < extendedTables.distinctTables(p); d++) {
                    tables.add(extendedTables.table(p, d));
                }
            }
        }
        // Time-of-day legs may take one second more than an entry (a leg crossing into another slice).
        int limit = extendedTables == null ? RoutingProblem.LONGEST_DURATION : RoutingProblem.LONGEST_DURATION - 1;
        int e = n;
        for (int k = 0; k < fresh.size(); k++) {
            for (TravelTimes t : tables) {
                for (int other = 0; other < t.size(); other++) {
                    int to = t.seconds(e, other);
                    int from = t.seconds(other, e);
                    if (Math.max(to, from) > limit) {
                        throw new IllegalArgumentException("its travel " + (to >= from ? "to" : "from") + " point "
                                + t.pointIds().get(other) + " takes " + Math.max(to, from) + " s, longer than a plan allows ("
                                + limit + " s): the location is far from every point of the table; check its coordinates");
                    }
                }
            }
            e++;
        }
    }

    /** For each point {@code t < size} of the gathered table, its point in the extended table (see {@link #gather}). */
    private static int[] sources(int n, int[] target, int size) {
        int[] source = new int[size];
        for (int t = 0; t < Math.min(n, size); t++) {
            source[t] = t;
        }
        for (int e = 0; e < target.length; e++) {
            source[target[e]] = n + e;
        }
        return source;
    }

    /**
     * The table of {@code size} points whose point {@code target[e]} is the extended table's new
     * point {@code n + e} and every other point {@code t} is the extended table's point {@code t}.
     */
    private static TravelTimes gather(TravelTimes extended, int n, int[] target, int size) {
        int[] source = sources(n, target, size);
        List<String> ids = new ArrayList<>(size);
        for (int t = 0; t < size; t++) {
            ids.add(extended.pointIds().get(source[t]));
        }
        int[] seconds = new int[size * size];
        int[] metres = new int[size * size];
        for (int t = 0; t < size; t++) {
            int from = source[t];
            int row = t * size;
            for (int u = 0; u < size; u++) {
                seconds[row + u] = extended.seconds(from, source[u]);
                metres[row + u] = extended.metres(from, source[u]);
            }
        }
        return new TravelTimes(ids, seconds, metres);
    }
}
