package dev.outpost.routing.route;

import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The route kernel: a routing problem flattened into int arrays, and the one implementation of
 * the rules that time a route. Every solver-side class reads these rules here.
 *
 * <p><b>Walking a route.</b> A courier {@code c} starts at {@link #courierStart(int)} at second
 * {@link #courierAvailable(int)} with {@link #courierLoad(int)} units on board. For each pickup
 * {@code p} of its sequence: {@code arrival = time + leg}, {@code start = max(arrival, windowStart)},
 * {@code departure = start + service}, {@code load += size}. An unreachable leg
 * ({@link TravelTimes#UNREACHABLE}) takes 0 seconds and 0 metres and costs
 * {@link Penalties#UNREACHABLE_LEG}. The route ends with a drive to the hub when the courier ends
 * at the hub and the route is not empty or the courier has load on board
 * ({@link #drivesToHub(int, int)}); a courier with no stop that does not drive to the hub
 * contributes nothing. Hard terms: seconds of service start past each window end, seconds of the
 * end (hub arrival, or last departure when not ending at the hub) past the shift end, seconds of
 * hub arrival past the cut-off, load units over capacity, {@link Penalties#SKILL} per pickup whose
 * skills the courier lacks, {@link Penalties#UNREACHABLE_LEG} per unreachable leg. See
 * {@link RouteWalk}.
 *
 * <p><b>Insertion.</b> {@link #slack} fills a {@link RouteSlack} for a route in O(length); then
 * {@link #insertionCost} answers in O(1) whether inserting a pickup at a position keeps the route
 * feasible (all hard terms 0) and at what cost; {@link #cheapestInsertion} scans couriers and
 * positions with the total order: cost, then courier id, then position.
 *
 * <p><b>Time-dependent legs.</b> For a problem with {@link RoutingProblem#tables()}, courier
 * {@code c} drives by its profile ({@link #courierProfile}); when that profile is time-dependent
 * every leg is {@link TravelTables#legSeconds} from the actual departure second (walks, slacks,
 * insertions), metres are the profile's free-flow path metres. The O(1) slack test is exact only
 * for static legs, so for such a courier {@link #insertionCost} evaluates the two new legs from
 * their departures and propagates the push-forward along the rest of the route until a stop
 * starts at the same second as before (FIFO: from there on nothing changes) or a window, the
 * shift or the cut-off breaks: O(1) when absorbed at once, O(length) at worst. A static problem,
 * and a courier of a static profile, keep the O(1) path. The two-argument leg methods
 * ({@link #legSeconds(int, int)}, {@link #rawSeconds(int, int)}, ...) read the static table (of
 * a time-dependent problem: the first profile's free-flow table) and serve heuristics only.
 *
 * <p>Skills are names in the API and bits here: the distinct names of the problem, sorted, get
 * bits 0, 1, ...; more than 64 distinct names are rejected. Immutable and thread-safe; the
 * reusable buffers ({@link RouteWalk}, {@link RouteSlack}) are not.
 */
public final class RouteKernel {

    /** {@link #insertionCost} result: this position is infeasible; a later one may work. */
    public static final long INFEASIBLE = Long.MAX_VALUE;
    /** {@link #insertionCost} result: this position and every later one of the route are infeasible. */
    public static final long NO_LATER = Long.MIN_VALUE;

    private final int pointCount;
    /** The static table: of a static problem, or the first profile's free-flow table. */
    private final int[] seconds;
    private final int[] metres;
    /** Null for a static problem; else the tables that time the legs of time-dependent couriers. */
    private final TravelTables tables;
    /** [profile] seconds table, row-major: the profile's only table, or its free-flow table when time-dependent. */
    private final int[][] profileSeconds;
    /** [profile] metres table (free-flow path metres), row-major. */
    private final int[][] profileMetres;
    private final boolean[] profileTimed;
    private final int hub;
    private final int cutoff;

    private final int courierCount;
    private final int[] courierStart;
    private final int[] courierAvailable;
    private final int[] courierShiftEnd;
    private final int[] courierCapacity;
    private final int[] courierLoad;
    private final long[] courierSkills;
    private final boolean[] courierEndAtHub;
    private final int[] courierRank;
    private final int[] courierByRank;
    /** [courier] profile index (0 in a static problem). */
    private final int[] courierProfile;
    /** [courier] breaks as triples (earliest start, latest start, seconds), in time order; empty for none. */
    private final int[][] courierBreaks;

    private final int pickupCount;
    private final int[] pickupPoint;
    private final int[] windowStart;
    private final int[] windowEnd;
    private final int[] service;
    private final int[] size;
    private final int[] priority;
    private final long[] requiredSkills;
    private final int[] release;
    /**
     * How many slots of the pickup arrays are claimed, shared by every kernel that shares those
     * arrays (their capacity may exceed {@link #pickupCount}). {@link #withPickup} appends in place
     * only when this kernel owns the end (claim == pickupCount), else it copies with doubled
     * capacity; a kernel never reads a slot at or past its own pickupCount, so appends by a derived
     * kernel are invisible to this one.
     */
    private final AtomicInteger pickupClaim;
    /** Running aggregates of the pickups, so an append re-checks the bounds in O(1). */
    private final long totalSize;
    private final int maxService;
    private final int maxPriority;

    private final long responseWeight;
    private final long travelSecondWeight;
    private final long metreWeight;
    private final long vehicleFixedCost;
    private final List<String> skillNames;

    private final int maxLeg;
    private final int maxMetres;

    private RouteKernel(RoutingProblem problem, RoutingOptions options) {
        this(problem.travel().size(), profileTables(problem, true), profileTables(problem, false), problem.tables(),
                problem.hubPoint(), problem.cutoffSecond(), problem.couriers(), problem.pickups(), options.responseWeight(),
                options.travelSecondWeight(), options.metreWeight(), options.vehicleFixedCost(),
                problem.tables() == null ? -1 : problem.tables().longestLegSeconds(), -1);
    }

    /** Per profile its static (or free-flow) seconds or metres table; one table for a static problem. */
    private static int[][] profileTables(RoutingProblem problem, boolean seconds) {
        TravelTables t = problem.tables();
        if (t == null) {
            return new int[][] {seconds ? problem.travel().secondsTable() : problem.travel().metresTable()};
        }
        int[][] out = new int[t.profileCount()][];
        for (int p = 0; p < out.length; p++) {
            TravelTimes free = t.freeFlow(p);
            out[p] = seconds ? free.secondsTable() : free.metresTable();
        }
        return out;
    }

    private RouteKernel(int pointCount, int[][] profileSeconds, int[][] profileMetres, TravelTables tables, int hub,
            int cutoff, List<Courier> couriers, List<Pickup> pickups, long responseWeight, long travelSecondWeight,
            long metreWeight, long vehicleFixedCost, int knownMaxLeg, int knownMaxMetres) {
        this.pointCount = pointCount;
        this.profileSeconds = profileSeconds;
        this.profileMetres = profileMetres;
        this.seconds = profileSeconds[0];
        this.metres = profileMetres[0];
        this.tables = tables;
        this.profileTimed = new boolean[profileSeconds.length];
        for (int p = 0; p < profileTimed.length; p++) {
            profileTimed[p] = tables != null && tables.isTimeDependent(p);
        }
        this.hub = hub;
        this.cutoff = cutoff;
        Set<String> names = new TreeSet<>();
        couriers.forEach(k -> names.addAll(k.skills()));
        pickups.forEach(p -> names.addAll(p.requiredSkills()));
        if (names.size() > 64) {
            throw new IllegalArgumentException("The problem uses " + names.size()
                    + " distinct skill names; at most 64 are supported. Merge skills or split the problem.");
        }
        skillNames = List.copyOf(names);
        courierCount = couriers.size();
        courierStart = new int[courierCount];
        courierAvailable = new int[courierCount];
        courierShiftEnd = new int[courierCount];
        courierCapacity = new int[courierCount];
        courierLoad = new int[courierCount];
        courierSkills = new long[courierCount];
        courierEndAtHub = new boolean[courierCount];
        courierProfile = new int[courierCount];
        courierBreaks = new int[courierCount][];
        for (int c = 0; c < courierCount; c++) {
            Courier k = couriers.get(c);
            courierBreaks[c] = breaksOf(k);
            courierProfile[c] = profileOf(tables, k);
            courierStart[c] = k.startPoint();
            courierAvailable[c] = k.availableSecond();
            courierShiftEnd[c] = k.shiftEndSecond();
            courierCapacity[c] = k.capacity();
            courierLoad[c] = k.loadOnBoard();
            courierSkills[c] = skillBits(k.skills());
            courierEndAtHub[c] = k.endAtHub();
        }
        Integer[] order = new Integer[courierCount];
        for (int c = 0; c < courierCount; c++) {
            order[c] = c;
        }
        Arrays.sort(order, Comparator.comparing((Integer c) -> couriers.get(c).id()));
        courierRank = new int[courierCount];
        courierByRank = new int[courierCount];
        for (int r = 0; r < courierCount; r++) {
            courierByRank[r] = order[r];
            courierRank[order[r]] = r;
        }
        pickupCount = pickups.size();
        pickupPoint = new int[pickupCount];
        windowStart = new int[pickupCount];
        windowEnd = new int[pickupCount];
        service = new int[pickupCount];
        size = new int[pickupCount];
        priority = new int[pickupCount];
        requiredSkills = new long[pickupCount];
        release = new int[pickupCount];
        for (int p = 0; p < pickupCount; p++) {
            Pickup k = pickups.get(p);
            pickupPoint[p] = k.point();
            windowStart[p] = k.windowStartSecond();
            windowEnd[p] = k.windowEndSecond();
            service[p] = k.serviceSeconds();
            size[p] = k.size();
            priority[p] = k.priority();
            requiredSkills[p] = skillBits(k.requiredSkills());
            release[p] = k.releaseSecond();
        }
        pickupClaim = new AtomicInteger(pickupCount);
        long sizes = 0;
        int services = 0;
        int priorities = 1;
        for (int p = 0; p < pickupCount; p++) {
            sizes += size[p];
            services = Math.max(services, service[p]);
            priorities = Math.max(priorities, priority[p]);
        }
        totalSize = sizes;
        maxService = services;
        maxPriority = priorities;
        this.responseWeight = responseWeight;
        this.travelSecondWeight = travelSecondWeight;
        this.metreWeight = metreWeight;
        this.vehicleFixedCost = vehicleFixedCost;
        if (knownMaxMetres < 0) {
            int legs = 0;
            int distance = 0;
            for (int p = 0; p < profileSeconds.length; p++) {
                int[] s = profileSeconds[p];
                int[] m = profileMetres[p];
                for (int i = 0; i < s.length; i++) {
                    legs = Math.max(legs, s[i]);
                    distance = Math.max(distance, m[i]);
                }
            }
            maxLeg = Math.max(legs, knownMaxLeg);
            maxMetres = distance;
        } else {
            maxLeg = knownMaxLeg;
            maxMetres = knownMaxMetres;
        }
        requireScoreFits();
    }

    /**
     * The kernel of a problem under the objective weights of the options.
     *
     * @param problem the routing problem
     * @param options the routing options (objective weights)
     * @throws IllegalArgumentException when the problem uses more than 64 skill names, or when the
     *                                  weights times the problem's largest times and distances could overflow a {@code long} score
     * @return the kernel of a problem under the objective weights of the options
     */
    public static RouteKernel of(RoutingProblem problem, RoutingOptions options) {
        return new RouteKernel(problem, options);
    }

    /** The profile index of courier k in {@code tables} (0 for a static problem or an unset profile). */
    private static int profileOf(TravelTables tables, Courier k) {
        if (tables == null || k.profile() == null) {
            return 0;
        }
        int p = tables.profileIndex(k.profile());
        if (p < 0) {
            throw new IllegalArgumentException("The courier (" + k.id() + ") profile ('" + k.profile()
                    + "') is not a profile of the travel tables " + tables.profileIds() + "; use one of them.");
        }
        return p;
    }

    private long skillBits(Set<String> skills) {
        long bits = 0;
        for (String s : skills) {
            bits |= 1L << skillNames.indexOf(s);
        }
        return bits;
    }

    /**
     * This kernel's travel table, hub, cut-off and weights with other couriers and pickups, in
     * O(couriers + pickups) (the travel table is shared, not copied or re-scanned). For incremental
     * users such as a real-time dispatcher: a new request or a courier's new live state gives a new
     * kernel without the O(points²) checks of a {@link RoutingProblem}; the checks that keep the
     * kernel's sums in range are repeated (points inside the table, the score bound, the route clock).
     * A {@link RouteSlack} filled by this kernel stays valid for the derived one when that
     * courier's data and its route's pickups' data are unchanged (slacks hold no indices of pickups).
     *
     * @param couriers the couriers, in index order; ids unique
     * @param pickups  the pickups, in index order; ids unique
     * @throws IllegalArgumentException naming the courier or pickup when a point is outside the
     *                                  table, an id repeats, or the sums could overflow
     * @return a kernel with this kernel's travel table, hub, cut-off and weights and the given couriers and pickups
     */
    public RouteKernel derive(List<Courier> couriers, List<Pickup> pickups) {
        Set<String> courierIds = new java.util.HashSet<>();
        Set<String> pickupIds = new java.util.HashSet<>();
        int maxService = 0;
        long totalSize = 0;
        for (Courier k : couriers) {
            if (k.startPoint() >= pointCount) {
                throw new IllegalArgumentException("The courier (" + k.id() + ") startPoint (" + k.startPoint()
                        + ") is outside the travel table (0.." + (pointCount - 1) + ").");
            }
            if (!courierIds.add(k.id())) {
                throw new IllegalArgumentException("The courier id (" + k.id() + ") is used twice; make ids unique.");
            }
        }
        for (Pickup p : pickups) {
            if (p.point() >= pointCount) {
                throw new IllegalArgumentException("The pickup (" + p.id() + ") point (" + p.point()
                        + ") is outside the travel table (0.." + (pointCount - 1) + ").");
            }
            if (!pickupIds.add(p.id())) {
                throw new IllegalArgumentException("The pickup id (" + p.id() + ") is used twice; make ids unique.");
            }
            maxService = Math.max(maxService, p.serviceSeconds());
            totalSize += p.size();
        }
        if (totalSize > 100_000_000L) {
            throw new IllegalArgumentException("The pickups' total size (" + totalSize
                    + ") is above 100000000 units; loads could overflow. Split the problem.");
        }
        long clock = RoutingProblem.LATEST_SECOND + (pickups.size() + 1L) * ((long) maxLeg + maxService);
        if (clock > RoutingProblem.MAX_CLOCK_SECOND) {
            throw new IllegalArgumentException("The pickups (" + pickups.size() + ", service up to " + maxService
                    + " s, legs up to " + maxLeg + " s) could drive a route's clock to " + clock + " s, above "
                    + RoutingProblem.MAX_CLOCK_SECOND + " s; split the problem.");
        }
        return new RouteKernel(pointCount, profileSeconds, profileMetres, tables, hub, cutoff, couriers, pickups,
                responseWeight, travelSecondWeight, metreWeight, vehicleFixedCost, maxLeg, maxMetres);
    }

    /**
     * This kernel with one pickup appended (index {@link #pickupCount()}), in amortised O(1): the
     * pickup arrays have spare capacity and are shared with the derived kernel, the pickup is written
     * into the first free slot (invisible to this kernel, which never reads past its own count), and
     * they are copied with doubled capacity only when full or when another kernel was already
     * appended to this one. No travel-table work, no re-sort of couriers, no per-pickup object work. Equal in
     * every rule to {@link #derive} with the pickup appended, except that a skill name not seen
     * before gets the next free bit (instead of its sorted place). Slacks of this kernel stay valid.
     *
     * @param p the pickup; its id must not be one of this kernel's (not checked here: the caller keeps ids unique)
     * @throws IllegalArgumentException when its point is outside the table, the skill names would
     *                                  exceed 64, or the sums could overflow
     * @return a kernel like this one with pickup {@code p} appended at index {@link #pickupCount()}
     */
    public RouteKernel withPickup(Pickup p) {
        if (p.point() >= pointCount) {
            throw new IllegalArgumentException("The pickup (" + p.id() + ") point (" + p.point()
                    + ") is outside the travel table (0.." + (pointCount - 1) + ").");
        }
        return new RouteKernel(this, p);
    }

    /**
     * This kernel with courier c replaced by {@code courier} (same id; for a new live state: start
     * point, available second, load on board), in O(couriers) array copies. Equal in every rule to
     * {@link #derive} with that courier replaced, except that a skill name not seen before gets the
     * next free bit. Slacks of other couriers stay valid.
     *
     * @param c the courier index
     * @param courier the courier that replaces courier c (same id)
     * @throws IllegalArgumentException when c is out of range, the id differs, the start point is
     *                                  outside the table or the skill names would exceed 64
     * @return a kernel like this one with courier c replaced by {@code courier}
     */
    public RouteKernel withCourier(int c, Courier courier) {
        if (c < 0 || c >= courierCount) {
            throw new IllegalArgumentException("The courier index (" + c + ") is outside 0.." + (courierCount - 1) + ".");
        }
        if (courier.startPoint() >= pointCount) {
            throw new IllegalArgumentException("The courier (" + courier.id() + ") startPoint (" + courier.startPoint()
                    + ") is outside the travel table (0.." + (pointCount - 1) + ").");
        }
        return new RouteKernel(this, c, courier);
    }

    private RouteKernel(RouteKernel base, int c, Courier k) {
        pointCount = base.pointCount;
        seconds = base.seconds;
        metres = base.metres;
        tables = base.tables;
        profileSeconds = base.profileSeconds;
        profileMetres = base.profileMetres;
        profileTimed = base.profileTimed;
        courierProfile = base.courierProfile.clone();
        courierProfile[c] = profileOf(tables, k);
        courierBreaks = base.courierBreaks.clone();
        courierBreaks[c] = breaksOf(k);
        hub = base.hub;
        cutoff = base.cutoff;
        courierCount = base.courierCount;
        courierRank = base.courierRank;
        courierByRank = base.courierByRank;
        List<String> names = base.skillNames;
        for (String s : k.skills()) {
            if (!names.contains(s)) {
                names = new ArrayList<>(names);
                names.add(s);
            }
        }
        if (names.size() > 64) {
            throw new IllegalArgumentException("The problem uses " + names.size()
                    + " distinct skill names; at most 64 are supported. Merge skills or split the problem.");
        }
        skillNames = names == base.skillNames ? names : List.copyOf(names);
        courierStart = base.courierStart.clone();
        courierAvailable = base.courierAvailable.clone();
        courierShiftEnd = base.courierShiftEnd.clone();
        courierCapacity = base.courierCapacity.clone();
        courierLoad = base.courierLoad.clone();
        courierSkills = base.courierSkills.clone();
        courierEndAtHub = base.courierEndAtHub.clone();
        courierStart[c] = k.startPoint();
        courierAvailable[c] = k.availableSecond();
        courierShiftEnd[c] = k.shiftEndSecond();
        courierCapacity[c] = k.capacity();
        courierLoad[c] = k.loadOnBoard();
        courierSkills[c] = skillBits(k.skills());
        courierEndAtHub[c] = k.endAtHub();
        pickupCount = base.pickupCount;
        pickupPoint = base.pickupPoint;
        windowStart = base.windowStart;
        windowEnd = base.windowEnd;
        service = base.service;
        size = base.size;
        priority = base.priority;
        requiredSkills = base.requiredSkills;
        release = base.release;
        pickupClaim = base.pickupClaim;
        totalSize = base.totalSize;
        maxService = base.maxService;
        maxPriority = base.maxPriority;
        responseWeight = base.responseWeight;
        travelSecondWeight = base.travelSecondWeight;
        metreWeight = base.metreWeight;
        vehicleFixedCost = base.vehicleFixedCost;
        maxLeg = base.maxLeg;
        maxMetres = base.maxMetres;
        requireScoreFits();
    }

    private RouteKernel(RouteKernel base, Pickup added) {
        pointCount = base.pointCount;
        seconds = base.seconds;
        metres = base.metres;
        tables = base.tables;
        profileSeconds = base.profileSeconds;
        profileMetres = base.profileMetres;
        profileTimed = base.profileTimed;
        courierProfile = base.courierProfile;
        courierBreaks = base.courierBreaks;
        hub = base.hub;
        cutoff = base.cutoff;
        courierCount = base.courierCount;
        courierStart = base.courierStart;
        courierAvailable = base.courierAvailable;
        courierShiftEnd = base.courierShiftEnd;
        courierCapacity = base.courierCapacity;
        courierLoad = base.courierLoad;
        courierSkills = base.courierSkills;
        courierEndAtHub = base.courierEndAtHub;
        courierRank = base.courierRank;
        courierByRank = base.courierByRank;
        List<String> names = base.skillNames;
        for (String s : added.requiredSkills()) {
            if (!names.contains(s)) {
                names = new ArrayList<>(names);
                names.add(s);
            }
        }
        if (names.size() > 64) {
            throw new IllegalArgumentException("The problem uses " + names.size()
                    + " distinct skill names; at most 64 are supported. Merge skills or split the problem.");
        }
        skillNames = names == base.skillNames ? names : List.copyOf(names);
        int n = base.pickupCount;
        pickupCount = n + 1;
        if (n < base.pickupPoint.length && base.pickupClaim.compareAndSet(n, n + 1)) {
            // This kernel owns the end of the shared arrays and they have room: append in place.
            pickupPoint = base.pickupPoint;
            windowStart = base.windowStart;
            windowEnd = base.windowEnd;
            service = base.service;
            size = base.size;
            priority = base.priority;
            requiredSkills = base.requiredSkills;
            release = base.release;
            pickupClaim = base.pickupClaim;
        } else {
            // Full, or another kernel already appended after this one: copy with doubled capacity.
            int capacity = Math.max(16, 2 * (n + 1));
            pickupPoint = Arrays.copyOf(base.pickupPoint, capacity);
            windowStart = Arrays.copyOf(base.windowStart, capacity);
            windowEnd = Arrays.copyOf(base.windowEnd, capacity);
            service = Arrays.copyOf(base.service, capacity);
            size = Arrays.copyOf(base.size, capacity);
            priority = Arrays.copyOf(base.priority, capacity);
            requiredSkills = Arrays.copyOf(base.requiredSkills, capacity);
            release = Arrays.copyOf(base.release, capacity);
            pickupClaim = new AtomicInteger(n + 1);
        }
        pickupPoint[n] = added.point();
        windowStart[n] = added.windowStartSecond();
        windowEnd[n] = added.windowEndSecond();
        service[n] = added.serviceSeconds();
        size[n] = added.size();
        priority[n] = added.priority();
        requiredSkills[n] = skillBits(added.requiredSkills());
        release[n] = added.releaseSecond();
        responseWeight = base.responseWeight;
        travelSecondWeight = base.travelSecondWeight;
        metreWeight = base.metreWeight;
        vehicleFixedCost = base.vehicleFixedCost;
        maxLeg = base.maxLeg;
        maxMetres = base.maxMetres;
        totalSize = base.totalSize + added.size();
        maxService = Math.max(base.maxService, added.serviceSeconds());
        maxPriority = Math.max(base.maxPriority, added.priority());
        if (totalSize > 100_000_000L) {
            throw new IllegalArgumentException("The pickups' total size (" + totalSize
                    + ") is above 100000000 units; loads could overflow. Split the problem.");
        }
        long clock = RoutingProblem.LATEST_SECOND + (pickupCount + 1L) * ((long) maxLeg + maxService);
        if (clock > RoutingProblem.MAX_CLOCK_SECOND) {
            throw new IllegalArgumentException("The pickups (" + pickupCount + ", service up to " + maxService
                    + " s, legs up to " + maxLeg + " s) could drive a route's clock to " + clock + " s, above "
                    + RoutingProblem.MAX_CLOCK_SECOND + " s; split the problem.");
        }
        requireScoreFits();
    }

    private void requireScoreFits() {
        double legs = (double) pickupCount + courierCount;
        // Latest possible clock: the latest start or window plus every leg and service of one route.
        double clock = (double) RoutingProblem.LATEST_SECOND + (pickupCount + 1.0) * ((double) maxLeg + maxService);
        double bound = (double) responseWeight * maxPriority * clock * pickupCount
                + (double) travelSecondWeight * maxLeg * legs + (double) metreWeight * maxMetres * legs
                + (double) vehicleFixedCost * courierCount;
        if (bound > 0x1p62) {
            throw new IllegalArgumentException("The routing weights (responseWeight " + responseWeight
                    + ", travelSecondWeight " + travelSecondWeight + ", metreWeight " + metreWeight + ", vehicleFixedCost "
                    + vehicleFixedCost + ") times this problem's largest priority (" + maxPriority + "), leg (" + maxLeg
                    + " s, " + maxMetres + " m) and size (" + pickupCount + " pickups, " + courierCount
                    + " couriers) could overflow the long score (bound " + bound + "); use smaller weights.");
        }
    }

    // ---- Data -------------------------------------------------------------------------------

    /**
     * Number of points in the travel table.
     *
     * @return the number of points in the travel table
     */
    public int pointCount() {
        return pointCount;
    }

    /**
     * Hub point.
     *
     * @return hub point
     */
    public int hub() {
        return hub;
    }

    /**
     * Hub cut-off, seconds.
     *
     * @return hub cut-off, seconds
     */
    public int cutoff() {
        return cutoff;
    }

    /**
     * Travel seconds from point a to b, or {@link TravelTimes#UNREACHABLE}.
     * In the static table: of a time-dependent problem, the first profile's free-flow table (for
     * heuristics); a courier's legs come from the overload with the courier.
     *
     * @param a the from point index
     * @param b the to point index
     * @return travel seconds from point a to b, or {@link TravelTimes#UNREACHABLE}
     */
    public int rawSeconds(int a, int b) {
        return seconds[a * pointCount + b];
    }

    /**
     * Travel seconds from point a to b; 0 where unreachable (the leg is penalised instead).
     * In the static table: of a time-dependent problem, the first profile's free-flow table (for
     * heuristics); a courier's legs come from the overload with the courier.
     *
     * @param a the from point index
     * @param b the to point index
     * @return travel seconds from point a to b; 0 where unreachable (the leg is penalised instead)
     */
    public int legSeconds(int a, int b) {
        int s = seconds[a * pointCount + b];
        return s < 0 ? 0 : s;
    }

    /**
     * Travel metres from point a to b; 0 where unreachable (the leg is penalised instead).
     * In the static table: of a time-dependent problem, the first profile's free-flow table (for
     * heuristics); a courier's legs come from the overload with the courier.
     *
     * @param a the from point index
     * @param b the to point index
     * @return travel metres from point a to b; 0 where unreachable (the leg is penalised instead)
     */
    public int legMetres(int a, int b) {
        int m = metres[a * pointCount + b];
        return m < 0 ? 0 : m;
    }

    /**
     * Travel seconds of courier c from point a to b leaving at {@code departSecond}, or
     * {@link TravelTimes#UNREACHABLE}: by the courier's profile, from the departure second when the
     * profile is time-dependent ({@link TravelTables#legSeconds}), else its static table entry.
     *
     * @param c the courier index
     * @param a the from point index
     * @param b the to point index
     * @param departSecond the second the courier leaves a
     * @return travel seconds, or {@link TravelTimes#UNREACHABLE}
     */
    public int rawSeconds(int c, int a, int b, int departSecond) {
        int p = courierProfile[c];
        return profileTimed[p] ? tables.legSeconds(p, a, b, departSecond) : profileSeconds[p][a * pointCount + b];
    }

    /**
     * As {@link #rawSeconds(int, int, int, int)}, 0 where unreachable (the leg is penalised instead).
     *
     * @param c the courier index
     * @param a the from point index
     * @param b the to point index
     * @param departSecond the second the courier leaves a
     * @return travel seconds of courier c from a to b leaving at {@code departSecond}; 0 where unreachable
     */
    public int legSeconds(int c, int a, int b, int departSecond) {
        int s = rawSeconds(c, a, b, departSecond);
        return s < 0 ? 0 : s;
    }

    /**
     * Metres courier c drives from point a to b (its profile's free-flow path); 0 where unreachable.
     *
     * @param c the courier index
     * @param a the from point index
     * @param b the to point index
     * @return metres of the leg by courier c's profile; 0 where unreachable
     */
    public int legMetres(int c, int a, int b) {
        int m = profileMetres[courierProfile[c]][a * pointCount + b];
        return m < 0 ? 0 : m;
    }

    /**
     * Whether a path leads from point a to point b for courier c (at any time).
     *
     * @param c the courier index
     * @param a the from point index
     * @param b the to point index
     * @return whether courier c's profile has a path from a to b
     */
    public boolean reachable(int c, int a, int b) {
        return profileSeconds[courierProfile[c]][a * pointCount + b] != TravelTimes.UNREACHABLE;
    }

    /**
     * Whether courier c's leg times depend on the departure second.
     *
     * @param c the courier index
     * @return whether courier c's profile is time-dependent
     */
    public boolean isTimeDependent(int c) {
        return profileTimed[courierProfile[c]];
    }

    /**
     * The travel profile index of courier c (0 in a static problem).
     *
     * @param c the courier index
     * @return the profile index of courier c
     */
    public int courierProfile(int c) {
        return courierProfile[c];
    }

    /** The time-dependent tables, or null for a static problem. */
    TravelTables tables() {
        return tables;
    }

    /** Courier c's static seconds table, or null when its legs depend on the time. */
    int[] staticSeconds(int c) {
        int p = courierProfile[c];
        return profileTimed[p] ? null : profileSeconds[p];
    }

    /** Courier c's metres table. */
    int[] metresOf(int c) {
        return profileMetres[courierProfile[c]];
    }

    /**
     * Whether a path leads from point a to point b in the static table (of a time-dependent problem:
     * the first profile's; a courier's reachability comes from the overload with the courier).
     *
     * @param a the from point index
     * @param b the to point index
     * @return whether a path leads from point a to point b
     */
    public boolean reachable(int a, int b) {
        return seconds[a * pointCount + b] != TravelTimes.UNREACHABLE;
    }

    /**
     * Number of couriers.
     *
     * @return the number of couriers
     */
    public int courierCount() {
        return courierCount;
    }

    /**
     * Start point of courier c.
     *
     * @param c the courier index
     * @return start point of courier c
     */
    public int courierStart(int c) {
        return courierStart[c];
    }

    /**
     * Second courier c can leave its start point.
     *
     * @param c the courier index
     * @return second courier c can leave its start point
     */
    public int courierAvailable(int c) {
        return courierAvailable[c];
    }

    /**
     * Shift end of courier c, seconds.
     *
     * @param c the courier index
     * @return shift end of courier c, seconds
     */
    public int courierShiftEnd(int c) {
        return courierShiftEnd[c];
    }

    /**
     * Capacity of courier c, units.
     *
     * @param c the courier index
     * @return capacity of courier c, units
     */
    public int courierCapacity(int c) {
        return courierCapacity[c];
    }

    /**
     * Load on board of courier c when available, units.
     *
     * @param c the courier index
     * @return load on board of courier c when available, units
     */
    public int courierLoad(int c) {
        return courierLoad[c];
    }

    /**
     * Skill bits of courier c.
     *
     * @param c the courier index
     * @return skill bits of courier c
     */
    public long courierSkills(int c) {
        return courierSkills[c];
    }

    /**
     * Whether courier c ends at the hub.
     *
     * @param c the courier index
     * @return whether courier c ends at the hub
     */
    public boolean courierEndAtHub(int c) {
        return courierEndAtHub[c];
    }

    /**
     * Rank of courier c in the order of courier ids (the tie order of insertions).
     *
     * @param c the courier index
     * @return rank of courier c in the order of courier ids (the tie order of insertions)
     */
    public int courierRank(int c) {
        return courierRank[c];
    }

    /**
     * The courier of rank r in the order of courier ids.
     *
     * @param r the rank, from 0
     * @return the courier of rank r in the order of courier ids
     */
    public int courierByRank(int r) {
        return courierByRank[r];
    }

    /**
     * Number of pickups.
     *
     * @return the number of pickups
     */
    public int pickupCount() {
        return pickupCount;
    }

    /**
     * Point of pickup p.
     *
     * @param p the pickup index
     * @return point of pickup p
     */
    public int pickupPoint(int p) {
        return pickupPoint[p];
    }

    /**
     * Window start of pickup p, seconds.
     *
     * @param p the pickup index
     * @return window start of pickup p, seconds
     */
    public int windowStart(int p) {
        return windowStart[p];
    }

    /**
     * Window end of pickup p, seconds.
     *
     * @param p the pickup index
     * @return window end of pickup p, seconds
     */
    public int windowEnd(int p) {
        return windowEnd[p];
    }

    /**
     * Service seconds of pickup p.
     *
     * @param p the pickup index
     * @return service seconds of pickup p
     */
    public int service(int p) {
        return service[p];
    }

    /**
     * Size of pickup p, units.
     *
     * @param p the pickup index
     * @return size of pickup p, units
     */
    public int size(int p) {
        return size[p];
    }

    /**
     * Priority of pickup p.
     *
     * @param p the pickup index
     * @return priority of pickup p
     */
    public int priority(int p) {
        return priority[p];
    }

    /**
     * Release second of pickup p.
     *
     * @param p the pickup index
     * @return release second of pickup p
     */
    public int release(int p) {
        return release[p];
    }

    /**
     * Required skill bits of pickup p.
     *
     * @param p the pickup index
     * @return required skill bits of pickup p
     */
    public long requiredSkills(int p) {
        return requiredSkills[p];
    }

    /**
     * The skill names, in bit order.
     *
     * @return the skill names, in bit order
     */
    public List<String> skillNames() {
        return skillNames;
    }

    /**
     * Soft weight per priority-weighted response second.
     *
     * @return soft weight per priority-weighted response second
     */
    public long responseWeight() {
        return responseWeight;
    }

    /**
     * Soft weight per driving second.
     *
     * @return soft weight per driving second
     */
    public long travelSecondWeight() {
        return travelSecondWeight;
    }

    /**
     * Soft weight per driven metre.
     *
     * @return soft weight per driven metre
     */
    public long metreWeight() {
        return metreWeight;
    }

    /**
     * Soft cost per used courier.
     *
     * @return soft cost per used courier
     */
    public long vehicleFixedCost() {
        return vehicleFixedCost;
    }

    // ---- Rules ------------------------------------------------------------------------------

    /**
     * Whether courier c has every skill pickup p requires.
     *
     * @param c the courier index
     * @param p the pickup index
     * @return whether courier c has every skill pickup p requires
     */
    public boolean hasSkills(int c, int p) {
        return (requiredSkills[p] & ~courierSkills[c]) == 0;
    }

    /**
     * Arrival at pickup p after leaving point {@code fromPoint} at {@code fromDeparture} (unreachable: 0 s),
     * by the static table (see {@link #legSeconds(int, int)}); for a courier's route use
     * {@link #arrival(int, int, int, int)}.
     *
     * @param fromPoint the point the courier leaves
     * @param fromDeparture the second it leaves it
     * @param p the pickup index
     * @return arrival at pickup p after leaving point {@code fromPoint} at {@code fromDeparture} (unreachable: 0 s)
     */
    public int arrival(int fromPoint, int fromDeparture, int p) {
        return fromDeparture + legSeconds(fromPoint, pickupPoint[p]);
    }

    /**
     * Arrival of courier c at pickup p after leaving point {@code fromPoint} at {@code fromDeparture},
     * by the courier's profile and from that departure second (unreachable: 0 s).
     *
     * @param c the courier index
     * @param fromPoint the point the courier leaves
     * @param fromDeparture the second it leaves it
     * @param p the pickup index
     * @return the arrival second at pickup p
     */
    public int arrival(int c, int fromPoint, int fromDeparture, int p) {
        return fromDeparture + legSeconds(c, fromPoint, pickupPoint[p], fromDeparture);
    }

    /**
     * Service start at pickup p for an arrival: the arrival, or the window start if later.
     *
     * @param arrival the arrival second at the pickup
     * @param p the pickup index
     * @return service start at pickup p for an arrival: the arrival, or the window start if later
     */
    public int serviceStart(int arrival, int p) {
        return Math.max(arrival, windowStart[p]);
    }

    /**
     * Departure from pickup p for an arrival: service start plus service.
     *
     * @param arrival the arrival second at the pickup
     * @param p the pickup index
     * @return departure from pickup p for an arrival: service start plus service
     */
    public int departure(int arrival, int p) {
        return Math.max(arrival, windowStart[p]) + service[p];
    }

    /**
     * Whether courier c with {@code stops} stops drives to the hub at the end.
     *
     * @param c the courier index
     * @param stops the number of pickups on the route
     * @return whether courier c with {@code stops} stops drives to the hub at the end
     */
    public boolean drivesToHub(int c, int stops) {
        return courierEndAtHub[c] && (stops > 0 || courierLoad[c] > 0);
    }

    /**
     * Latest end of courier c: the earlier of cut-off and shift end when ending at the hub, else the shift end.
     *
     * @param c the courier index
     * @return latest end of courier c: the earlier of cut-off and shift end when ending at the hub, else the shift end
     */
    public int endLimit(int c) {
        return courierEndAtHub[c] ? Math.min(cutoff, courierShiftEnd[c]) : courierShiftEnd[c];
    }

    /**
     * Courier c's breaks as triples (earliest start, latest start, seconds), in time order; empty
     * for none. <b>Breaks.</b> A route takes each break between stops, as late as it can: before
     * driving to the next stop when serving it (its departure; for the drive to the hub, the
     * arrival) would end after the break's latest start, the courier first takes the break at
     * {@code max(time, earliest)} for its seconds (then drives, the leg timed from the break's end).
     * A break that would start after its latest start adds the seconds it is late to the hard
     * score. A break still pending when the route ends is taken after it (the courier is free then).
     *
     * @param c the courier index
     * @return the breaks as {@code [earliest, latestStart, seconds, earliest, ...]}; do not modify
     */
    public int[] courierBreaks(int c) {
        return courierBreaks[c];
    }

    private static int[] breaksOf(Courier k) {
        int[] out = new int[3 * k.breaks().size()];
        for (int i = 0; i < k.breaks().size(); i++) {
            out[3 * i] = k.breaks().get(i).earliestSeconds();
            out[3 * i + 1] = k.breaks().get(i).latestStartSeconds();
            out[3 * i + 2] = k.breaks().get(i).durationSeconds();
        }
        return out;
    }

    /**
     * A new reusable walker over this kernel.
     *
     * @return a new reusable walker over this kernel
     */
    public RouteWalk walker() {
        return new RouteWalk(this);
    }

    /**
     * Whether courier c serving {@code sequence[0..length)} in order breaks no hard rule (a full walk).
     *
     * @param c the courier index
     * @param sequence pickup indices in visiting order
     * @param length how many entries of sequence form the route
     * @param walk a reusable walker; its state is overwritten
     * @return whether courier c serving {@code sequence[0..length)} in order breaks no hard rule (a full walk)
     */
    public boolean feasible(int c, int[] sequence, int length, RouteWalk walk) {
        walk.start(c);
        for (int i = 0; i < length; i++) {
            walk.visit(sequence[i]);
        }
        walk.finish();
        return walk.hardPenalty() == 0;
    }

    // ---- Insertion --------------------------------------------------------------------------

    /**
     * Fills {@code slack} for courier c serving {@code sequence[0..length)}, in O(length) and
     * without allocating once the buffers are large enough: per insertion position the point and
     * departure before it, the load so far, whether everything before it is feasible, whether
     * everything after it is (skills and reachable legs), and the latest service start of the
     * pickup after it that keeps the rest of the route within its windows, the shift and the cut-off.
     *
     * @param c the courier index
     * @param sequence pickup indices in visiting order
     * @param length how many entries of sequence form the route
     * @param slack the buffer to fill (grown when too small)
     */
    public void slack(int c, int[] sequence, int length, RouteSlack slack) {
        slack.keepSequence(courierBreaks[c].length > 0 ? sequence : null, length);
        int[] seconds = profileSeconds[courierProfile[c]];
        if (profileTimed[courierProfile[c]]) {
            timedSlack(c, sequence, length, slack);
            return;
        }
        slack.ensure(length);
        slack.courier = c;
        slack.length = length;
        slack.timed = false;
        int[] points = slack.points;
        int[] departures = slack.departures;
        int[] loads = slack.loads;
        boolean[] prefixOk = slack.prefixOk;
        long skills = courierSkills[c];
        points[0] = courierStart[c];
        departures[0] = courierAvailable[c];
        loads[0] = courierLoad[c];
        prefixOk[0] = true;
        for (int i = 0; i < length; i++) {
            int q = sequence[i];
            int from = points[i];
            int to = pickupPoint[q];
            int leg = seconds[from * pointCount + to];
            int start = Math.max(departures[i] + (leg < 0 ? 0 : leg), windowStart[q]);
            points[i + 1] = to;
            departures[i + 1] = start + service[q];
            loads[i + 1] = loads[i] + size[q];
            prefixOk[i + 1] = prefixOk[i] && leg >= 0 && start <= windowEnd[q] && (requiredSkills[q] & ~skills) == 0;
            slack.nextWindowStart[i] = windowStart[q];
        }
        boolean[] suffixOk = slack.suffixOk;
        int[] latest = slack.latest;
        suffixOk[length] = true;
        if (length == 0) {
            return;
        }
        boolean ok;
        int latestDeparture;
        int last = points[length];
        if (courierEndAtHub[c]) {
            int leg = seconds[last * pointCount + hub];
            ok = leg >= 0;
            latestDeparture = endLimit(c) - (leg < 0 ? 0 : leg);
        } else {
            ok = true;
            latestDeparture = courierShiftEnd[c];
        }
        for (int i = length - 1; i >= 0; i--) {
            int q = sequence[i];
            ok = ok && (requiredSkills[q] & ~skills) == 0;
            suffixOk[i] = ok;
            int latestStart = Math.min(windowEnd[q], latestDeparture - service[q]);
            if (latestStart < windowStart[q]) {
                // No start at this pickup keeps the rest feasible: nothing before it can work either.
                latestStart = Integer.MIN_VALUE / 2;
            }
            latest[i] = latestStart;
            int leg = seconds[points[i] * pointCount + points[i + 1]];
            if (i > 0) {
                ok = ok && leg >= 0;
            }
            latestDeparture = latestStart - (leg < 0 ? 0 : leg);
        }
    }

    /**
     * The cost of inserting pickup p at {@code position} of the route described by {@code slack}
     * (0 = before the first stop, {@code slack.length()} = after the last), in O(1):
     * {@link #INFEASIBLE} when the route would break a hard rule, {@link #NO_LATER} when this
     * position and all later ones would (the departure before it is already past the window end,
     * or the route before it is already infeasible), else the soft cost
     * {@code travelSecondWeight * added seconds + metreWeight * added metres
     * + responseWeight * priority * max(0, start - release) + vehicleFixedCost} (the last only
     * when the route was empty). The cost counts the pickup's own response time, not the delay it
     * causes to later stops. The caller checks the courier-level rules first:
     * {@link #canTake(RouteSlack, int)}.
     *
     * @param slack the slack of the courier's route, filled by {@link #slack}
     * @param p the pickup index
     * @param position the insertion position in the route, 0 = first
     * @return {@link #INFEASIBLE}, {@link #NO_LATER}, or the soft cost of the insertion (see above)
     */
    public long insertionCost(RouteSlack slack, int p, int position) {
        if (!slack.prefixOk[position]) {
            return NO_LATER;
        }
        if (slack.sequence != null) {
            return walkedInsertionCost(slack, p, position);
        }
        if (slack.timed) {
            return timedInsertionCost(slack, p, position);
        }
        int c = slack.courier;
        int[] seconds = profileSeconds[courierProfile[c]];
        int[] metres = profileMetres[courierProfile[c]];
        int len = slack.length;
        int vp = pickupPoint[p];
        int previousPoint = slack.points[position];
        int in = seconds[previousPoint * pointCount + vp];
        if (in < 0) {
            return INFEASIBLE;
        }
        int start = Math.max(slack.departures[position] + in, windowStart[p]);
        if (start > windowEnd[p]) {
            return slack.departures[position] > windowEnd[p] ? NO_LATER : INFEASIBLE;
        }
        int departure = start + service[p];
        int nextPoint;
        int out;
        if (position < len) {
            nextPoint = slack.points[position + 1];
            out = seconds[vp * pointCount + nextPoint];
            if (out < 0 || !slack.suffixOk[position]
                    || Math.max(departure + out, slack.nextWindowStart[position]) > slack.latest[position]) {
                return INFEASIBLE;
            }
        } else if (courierEndAtHub[c]) {
            nextPoint = hub;
            out = seconds[vp * pointCount + hub];
            if (out < 0 || departure + out > endLimit(c)) {
                return INFEASIBLE;
            }
        } else {
            if (departure > courierShiftEnd[c]) {
                return INFEASIBLE;
            }
            nextPoint = -1;
            out = 0;
        }
        long deltaSeconds = in;
        long deltaMetres = metres[previousPoint * pointCount + vp];
        if (nextPoint >= 0) {
            deltaSeconds += out;
            deltaMetres += metres[vp * pointCount + nextPoint];
            if (position < len || drivesToHub(c, len)) {
                deltaSeconds -= Math.max(0, seconds[previousPoint * pointCount + nextPoint]);
                deltaMetres -= Math.max(0, metres[previousPoint * pointCount + nextPoint]);
            }
        }
        return travelSecondWeight * deltaSeconds + metreWeight * deltaMetres
                + responseWeight * priority[p] * Math.max(0, start - release[p]) + (len == 0 ? vehicleFixedCost : 0);
    }

    /**
     * {@link #insertionCost} for a courier with breaks, exactly, in O(length): walks the route with
     * pickup p inserted (the breaks taken by the walk's rule, see {@link #courierBreaks}); infeasible
     * when the walk has a hard penalty, else the change of the walk's soft cost (which also counts
     * the delay the insertion causes to later stops). Breaks only delay, so the prefix test before
     * it ({@code prefixOk}, computed without breaks) never refuses a feasible insertion.
     */
    private long walkedInsertionCost(RouteSlack slack, int p, int position) {
        RouteWalk walk = slack.walk(this);
        int c = slack.courier;
        walk.start(c);
        for (int i = 0; i < slack.length; i++) {
            walk.visit(slack.sequence[i]);
        }
        walk.finish();
        long before = walk.softCost();
        walk.start(c);
        for (int i = 0; i <= slack.length; i++) {
            if (i == position) {
                walk.visit(p);
            }
            if (i < slack.length) {
                walk.visit(slack.sequence[i]);
            }
        }
        walk.finish();
        return walk.hardPenalty() > 0 ? INFEASIBLE : walk.softCost() - before;
    }

    /**
     * {@link #slack} for a courier whose legs depend on the departure second: the walk with the
     * legs from the actual departures, each stop's service start, window and service, the leg into
     * it, and whether the route's times from each stop on are within windows, shift and cut-off.
     */
    private void timedSlack(int c, int[] sequence, int length, RouteSlack slack) {
        slack.ensure(length);
        slack.ensureTimed(length);
        slack.courier = c;
        slack.length = length;
        slack.timed = true;
        int[] points = slack.points;
        int[] departures = slack.departures;
        int[] loads = slack.loads;
        int[] legs = slack.legs;
        int[] starts = slack.starts;
        boolean[] prefixOk = slack.prefixOk;
        long skills = courierSkills[c];
        int profile = courierProfile[c];
        points[0] = courierStart[c];
        departures[0] = courierAvailable[c];
        loads[0] = courierLoad[c];
        prefixOk[0] = true;
        for (int i = 0; i < length; i++) {
            int q = sequence[i];
            int from = points[i];
            int to = pickupPoint[q];
            int leg = tables.legSeconds(profile, from, to, departures[i]);
            legs[i] = leg < 0 ? 0 : leg;
            int start = Math.max(departures[i] + legs[i], windowStart[q]);
            starts[i] = start;
            slack.windowEnds[i] = windowEnd[q];
            slack.services[i] = service[q];
            points[i + 1] = to;
            departures[i + 1] = start + service[q];
            loads[i + 1] = loads[i] + size[q];
            prefixOk[i + 1] = prefixOk[i] && leg >= 0 && start <= windowEnd[q] && (requiredSkills[q] & ~skills) == 0;
            slack.nextWindowStart[i] = windowStart[q];
        }
        boolean[] suffixOk = slack.suffixOk;
        boolean[] timeOk = slack.timeOk;
        int last = points[length];
        boolean ok = true;
        boolean inTime;
        if (drivesToHub(c, length)) {
            int leg = tables.legSeconds(profile, last, hub, departures[length]);
            ok = leg >= 0;
            legs[length] = leg < 0 ? 0 : leg;
            inTime = departures[length] + legs[length] <= endLimit(c);
        } else {
            legs[length] = 0;
            inTime = departures[length] <= courierShiftEnd[c];
        }
        suffixOk[length] = true;
        timeOk[length] = inTime;
        for (int i = length - 1; i >= 0; i--) {
            int q = sequence[i];
            ok = ok && (requiredSkills[q] & ~skills) == 0;
            suffixOk[i] = ok;
            inTime = inTime && starts[i] <= windowEnd[q];
            timeOk[i] = inTime;
            if (i > 0) {
                ok = ok && reachable(c, points[i], points[i + 1]);
            }
        }
    }

    /**
     * {@link #insertionCost} for a time-dependent courier, exactly: the two new legs from their
     * actual departures, then the push (or pull) propagated along the rest of the route, leg by leg
     * from the new departures, until a stop starts at the same second as before (from there on the
     * route is unchanged, by FIFO) or the route ends; any window, shift or cut-off broken on the way
     * makes it infeasible. The cost has the same terms as the static one, with the added driving
     * seconds of every re-timed leg (a later departure may drive a later leg slower or faster).
     */
    private long timedInsertionCost(RouteSlack slack, int p, int position) {
        int c = slack.courier;
        int len = slack.length;
        int profile = courierProfile[c];
        int vp = pickupPoint[p];
        int previousPoint = slack.points[position];
        int before = slack.departures[position];
        int in = tables.legSeconds(profile, previousPoint, vp, before);
        if (in < 0) {
            return INFEASIBLE;
        }
        int start = Math.max(before + in, windowStart[p]);
        if (start > windowEnd[p]) {
            return before > windowEnd[p] ? NO_LATER : INFEASIBLE;
        }
        if (!slack.suffixOk[position]) {
            return INFEASIBLE;
        }
        int[] metres = profileMetres[profile];
        long deltaSeconds = in;
        long deltaMetres = metres[previousPoint * pointCount + vp];
        int time = start + service[p];
        int from = vp;
        boolean absorbed = false;
        for (int i = position; i < len; i++) {
            int to = slack.points[i + 1];
            int leg = tables.legSeconds(profile, from, to, time);
            if (leg < 0) {
                return INFEASIBLE;
            }
            if (i == position) {
                deltaMetres += metres[vp * pointCount + to] - Math.max(0, metres[previousPoint * pointCount + to]);
            }
            deltaSeconds += leg - slack.legs[i];
            int s = Math.max(time + leg, slack.nextWindowStart[i]);
            if (s > slack.windowEnds[i]) {
                return INFEASIBLE;
            }
            if (s == slack.starts[i]) {
                if (!slack.timeOk[i]) {
                    return INFEASIBLE;
                }
                absorbed = true;
                break;
            }
            time = s + slack.services[i];
            from = to;
        }
        if (!absorbed) {
            if (courierEndAtHub[c]) {
                int leg = tables.legSeconds(profile, from, hub, time);
                if (leg < 0 || time + leg > endLimit(c)) {
                    return INFEASIBLE;
                }
                deltaSeconds += leg - slack.legs[len];
                if (position == len) {
                    deltaMetres += metres[vp * pointCount + hub];
                    if (drivesToHub(c, len)) {
                        deltaMetres -= Math.max(0, metres[previousPoint * pointCount + hub]);
                    }
                }
            } else if (time > courierShiftEnd[c]) {
                return INFEASIBLE;
            }
        }
        return travelSecondWeight * deltaSeconds + metreWeight * deltaMetres
                + responseWeight * priority[p] * Math.max(0, start - release[p]) + (len == 0 ? vehicleFixedCost : 0);
    }

    /**
     * The courier-level rules of an insertion: the courier has the skills and room for pickup p.
     *
     * @param slack the slack of the courier's route, filled by {@link #slack}
     * @param p the pickup index
     * @return whether the courier has the skills and room for pickup p
     */
    public boolean canTake(RouteSlack slack, int p) {
        int c = slack.courier;
        return (requiredSkills[p] & ~courierSkills[c]) == 0 && slack.loads[slack.length] + size[p] <= courierCapacity[c];
    }

    /**
     * The cheapest feasible insertion of pickup p over the routes in {@code slacks} (element
     * {@code c} describes courier c's route; null skips the courier). Total order: lowest cost,
     * then lowest courier id (string order), then lowest position. Null when no position is feasible.
     *
     * @param p the pickup index
     * @param slacks element c is courier c's route slack; null skips the courier
     * @return the cheapest feasible insertion of pickup p over the routes in {@code slacks} (element {@code c} describes courier c's route; null skips the courier)
     */
    public Insertion cheapestInsertion(int p, RouteSlack[] slacks) {
        long bestCost = INFEASIBLE;
        int bestCourier = -1;
        int bestPosition = -1;
        for (int r = 0; r < courierCount; r++) {
            int c = courierByRank[r];
            RouteSlack slack = slacks[c];
            if (slack == null || !canTake(slack, p)) {
                continue;
            }
            for (int pos = 0; pos <= slack.length; pos++) {
                long cost = insertionCost(slack, p, pos);
                if (cost == NO_LATER) {
                    break;
                }
                // Couriers in id order and positions ascending: strictly cheaper wins, so ties keep the earlier.
                if (cost < bestCost) {
                    bestCost = cost;
                    bestCourier = c;
                    bestPosition = pos;
                }
            }
        }
        return bestCourier < 0 ? null : new Insertion(bestCourier, bestPosition, bestCost);
    }

    /**
     * Sequential cheapest insertion: inserts each pickup of {@code pending}, in that order, at its
     * cheapest feasible position ({@link #cheapestInsertion}) into {@code routes} (element c is
     * courier c's sequence, changed in place). Returns the pickups that fit nowhere, in order.
     *
     * @param routes element c is courier c's pickup sequence, changed in place
     * @param pending pickup indices to insert, in this order
     * @return the pickups that fit nowhere, in order
     */
    public List<Integer> insertAll(List<List<Integer>> routes, List<Integer> pending) {
        RouteSlack[] slacks = new RouteSlack[courierCount];
        int[] buffer = new int[16];
        for (int c = 0; c < courierCount; c++) {
            slacks[c] = new RouteSlack();
            buffer = refresh(c, routes.get(c), slacks[c], buffer);
        }
        List<Integer> left = new ArrayList<>();
        for (int p : pending) {
            Insertion best = cheapestInsertion(p, slacks);
            if (best == null) {
                left.add(p);
                continue;
            }
            routes.get(best.courier()).add(best.position(), p);
            buffer = refresh(best.courier(), routes.get(best.courier()), slacks[best.courier()], buffer);
        }
        return left;
    }

    private int[] refresh(int c, List<Integer> route, RouteSlack slack, int[] buffer) {
        int[] seq = buffer.length >= route.size() ? buffer : new int[route.size() * 2];
        for (int i = 0; i < route.size(); i++) {
            seq[i] = route.get(i);
        }
        slack(c, seq, route.size(), slack);
        return seq;
    }
}
