package dev.outpost.routing.route;

import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.List;

/**
 * The route kernel: a routing problem flattened into int arrays, and the rules that time and
 * cost a route. Every solver-side class reads these rules here. Its rooms: {@link KernelTravel}
 * (tables and legs: a static problem is a one-slice time-of-day table, so every leg is
 * {@link TravelTables#legSeconds} from its departure), {@link KernelCouriers} (the courier arrays,
 * their id order and the replacement of one), {@link KernelPickups} (the pickup arrays and their
 * O(1) append), {@link KernelSkills} (skill names as bits), {@link RouteClock} (the timing rule),
 * {@link RouteWalk} (a full walk with penalties and costs) and {@link RouteInsertion} (slack and
 * insertion). This class holds the parts, derives kernels from them and answers for them.
 *
 * <p><b>Walking a route.</b> A courier {@code c} starts at {@link #courierStart(int)} at second
 * {@link #courierAvailable(int)} with {@link #courierLoad(int)} units on board. Each pickup of its
 * sequence is timed by {@link RouteClock}: {@code arrival = time + leg} (the leg by the courier's
 * profile, {@link #courierProfile}, from the departure second), {@code start = max(arrival,
 * windowStart)}, {@code departure = start + service}, {@code load += size}. An unreachable leg
 * ({@link TravelTimes#UNREACHABLE}) takes 0 seconds and 0 metres and costs
 * {@link Penalties#UNREACHABLE_LEG}; metres are the profile's free-flow path metres. The route ends
 * with a drive to the hub when the courier ends at the hub and the route is not empty or the
 * courier has load on board ({@link #drivesToHub(int, int)}); a courier with no stop that does not
 * drive to the hub contributes nothing. Hard terms: seconds of service start past each window
 * end, seconds of the end (hub arrival, or last departure when not ending at the hub) past the
 * shift end, seconds of hub arrival past the cut-off, load units over capacity,
 * {@link Penalties#SKILL} per pickup whose skills the courier lacks,
 * {@link Penalties#UNREACHABLE_LEG} per unreachable leg. See {@link RouteWalk}.
 *
 * <p><b>Insertion.</b> {@link #slack} fills a {@link RouteSlack} for a route in O(length); then
 * {@link #insertionCost} answers whether inserting a pickup at a position keeps the route feasible
 * (all hard terms 0) and at what cost: in O(1) for a courier of static legs, by propagating the
 * push along the route for a time-dependent one (see {@link RouteInsertion});
 * {@link #cheapestInsertion} scans couriers and positions with the total order: cost, then
 * courier id, then position. The two-argument leg methods ({@link #legSeconds(int, int)},
 * {@link #rawSeconds(int, int)}, ...) read the static table (of a time-dependent problem: the
 * first profile's free-flow table) and serve heuristics only.
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

    /** The tables, legs, hub and cut-off, shared by every kernel derived from one problem. */
    final KernelTravel travel;
    /** The couriers' flat arrays and their id order. */
    final KernelCouriers couriers;
    /** The pickups' flat arrays; slots past their count belong to derived kernels. */
    final KernelPickups pickups;

    final long responseWeight;
    final long travelSecondWeight;
    final long metreWeight;
    final long vehicleFixedCost;
    /** Skill names by bit ({@link KernelSkills}). */
    final List<String> skillNames;

    private RouteKernel(RoutingProblem problem, RoutingOptions options) {
        this(new KernelTravel(problem), problem.couriers(), problem.pickups(), options.responseWeight(),
                options.travelSecondWeight(), options.metreWeight(), options.vehicleFixedCost());
    }

    private RouteKernel(KernelTravel travel, List<Courier> couriers, List<Pickup> pickups, long responseWeight,
            long travelSecondWeight, long metreWeight, long vehicleFixedCost) {
        this(travel, KernelSkills.names(couriers, pickups), couriers, pickups, responseWeight, travelSecondWeight,
                metreWeight, vehicleFixedCost);
    }

    private RouteKernel(KernelTravel travel, List<String> skillNames, List<Courier> couriers, List<Pickup> pickups,
            long responseWeight, long travelSecondWeight, long metreWeight, long vehicleFixedCost) {
        this(travel, skillNames, new KernelCouriers(couriers, travel, k -> KernelSkills.bits(skillNames, k.skills())),
                new KernelPickups(pickups, k -> KernelSkills.bits(skillNames, k.requiredSkills())),
                responseWeight, travelSecondWeight, metreWeight, vehicleFixedCost);
    }

    /** The kernel of its parts; every constructor ends here, so every kernel checks its score bound. */
    private RouteKernel(KernelTravel travel, List<String> skillNames, KernelCouriers couriers, KernelPickups pickups,
            long responseWeight, long travelSecondWeight, long metreWeight, long vehicleFixedCost) {
        this.travel = travel;
        this.skillNames = skillNames;
        this.couriers = couriers;
        this.pickups = pickups;
        this.responseWeight = responseWeight;
        this.travelSecondWeight = travelSecondWeight;
        this.metreWeight = metreWeight;
        this.vehicleFixedCost = vehicleFixedCost;
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
        travel.requireInTable(couriers, pickups);
        KernelPickups.requireSums(pickups.size(), pickups.stream().mapToLong(Pickup::size).sum(),
                pickups.stream().mapToInt(Pickup::serviceSeconds).max().orElse(0), travel.maxLeg);
        return new RouteKernel(travel, couriers, pickups, responseWeight, travelSecondWeight, metreWeight,
                vehicleFixedCost);
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
        if (p.point() >= travel.pointCount) {
            // The owner's name is built only for the error: this runs on every dispatcher request.
            travel.requirePoint("pickup (" + p.id() + ")", "point", p.point());
        }
        List<String> names = KernelSkills.withNames(skillNames, p.requiredSkills());
        return new RouteKernel(travel, names, couriers,
                pickups.appended(p, KernelSkills.bits(names, p.requiredSkills()), travel.maxLeg),
                responseWeight, travelSecondWeight, metreWeight, vehicleFixedCost);
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
        if (c < 0 || c >= couriers.count) {
            throw new IllegalArgumentException("The courier index (" + c + ") is outside 0.." + (couriers.count - 1) + ".");
        }
        if (courier.startPoint() >= travel.pointCount) {
            travel.requirePoint("courier (" + courier.id() + ")", "startPoint", courier.startPoint());
        }
        List<String> names = KernelSkills.withNames(skillNames, courier.skills());
        return new RouteKernel(travel, names, couriers.with(c, courier, travel, k -> KernelSkills.bits(names, k.skills())),
                pickups, responseWeight, travelSecondWeight, metreWeight, vehicleFixedCost);
    }

    /**
     * This time-dependent kernel on other tables: the same couriers, pickups and weights, legs from
     * {@code tables} (read in place, not copied). For a live table that gained points
     * ({@link TravelTables#withPoints}): O(couriers + pickups), no O(points²) work. Slacks must be
     * refilled (leg times may differ).
     *
     * @param tables the new tables, with the profiles of this kernel's and at least its points
     * @throws IllegalArgumentException when this kernel is static, the tables have other profiles
     *                                  or fewer points, or the sums could overflow
     * @return a kernel like this one on {@code tables}
     */
    public RouteKernel withTables(TravelTables tables) {
        if (travel.staticProblem) {
            throw new IllegalArgumentException("The kernel is static; build a kernel of a time-dependent problem instead.");
        }
        if (!tables.profileIds().equals(travel.tables.profileIds()) || tables.size() < travel.pointCount) {
            throw new IllegalArgumentException("The tables " + tables + " do not extend the kernel's " + travel.tables
                    + "; give the same profiles and at least as many points.");
        }
        KernelTravel next = new KernelTravel(tables, null, travel.hub, travel.cutoff);
        KernelPickups.requireSums(pickups.count, pickups.totalSize, pickups.maxService, next.maxLeg);
        return new RouteKernel(next, skillNames, couriers, pickups, responseWeight, travelSecondWeight, metreWeight,
                vehicleFixedCost);
    }

    private void requireScoreFits() {
        int pickupCount = pickups.count;
        int maxService = pickups.maxService;
        int maxPriority = pickups.maxPriority;
        double legs = (double) pickupCount + couriers.count;
        // Latest possible clock: the latest start or window plus every leg and service of one route.
        double clock = (double) RoutingProblem.LATEST_SECOND + (pickupCount + 1.0) * ((double) travel.maxLeg + maxService);
        double bound = (double) responseWeight * maxPriority * clock * pickupCount
                + (double) travelSecondWeight * travel.maxLeg * legs + (double) metreWeight * travel.maxMetres * legs
                + (double) vehicleFixedCost * couriers.count;
        if (bound > 0x1p62) {
            throw new IllegalArgumentException("The routing weights (responseWeight " + responseWeight
                    + ", travelSecondWeight " + travelSecondWeight + ", metreWeight " + metreWeight + ", vehicleFixedCost "
                    + vehicleFixedCost + ") times this problem's largest priority (" + maxPriority + "), leg (" + travel.maxLeg
                    + " s, " + travel.maxMetres + " m) and size (" + pickupCount + " pickups, " + couriers.count
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
        return travel.pointCount;
    }

    /**
     * Hub point.
     *
     * @return hub point
     */
    public int hub() {
        return travel.hub;
    }

    /**
     * Hub cut-off, seconds.
     *
     * @return hub cut-off, seconds
     */
    public int cutoff() {
        return travel.cutoff;
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
        return travel.staticSeconds(0, a, b);
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
        int s = rawSeconds(a, b);
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
        int m = travel.legMetres(0, a, b);
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
        return travel.legSeconds(couriers.profile[c], a, b, departSecond);
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
        int m = travel.legMetres(couriers.profile[c], a, b);
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
        return travel.reachable(couriers.profile[c], a, b);
    }

    /**
     * Whether courier c's leg times depend on the departure second.
     *
     * @param c the courier index
     * @return whether courier c's profile is time-dependent
     */
    public boolean isTimeDependent(int c) {
        return travel.profileTimed[couriers.profile[c]];
    }

    /**
     * The travel profile index of courier c (0 in a static problem).
     *
     * @param c the courier index
     * @return the profile index of courier c
     */
    public int courierProfile(int c) {
        return couriers.profile[c];
    }

    /** Courier c's legs as a source for a {@link RouteClock}. */
    LegSeconds legsOf(int c) {
        return travel.profileLegs[couriers.profile[c]];
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
        return travel.reachable(0, a, b);
    }

    /**
     * Number of couriers.
     *
     * @return the number of couriers
     */
    public int courierCount() {
        return couriers.count;
    }

    /**
     * Start point of courier c.
     *
     * @param c the courier index
     * @return start point of courier c
     */
    public int courierStart(int c) {
        return couriers.start[c];
    }

    /**
     * Second courier c can leave its start point.
     *
     * @param c the courier index
     * @return second courier c can leave its start point
     */
    public int courierAvailable(int c) {
        return couriers.available[c];
    }

    /**
     * Shift end of courier c, seconds.
     *
     * @param c the courier index
     * @return shift end of courier c, seconds
     */
    public int courierShiftEnd(int c) {
        return couriers.shiftEnd[c];
    }

    /**
     * Capacity of courier c, units.
     *
     * @param c the courier index
     * @return capacity of courier c, units
     */
    public int courierCapacity(int c) {
        return couriers.capacity[c];
    }

    /**
     * Load on board of courier c when available, units.
     *
     * @param c the courier index
     * @return load on board of courier c when available, units
     */
    public int courierLoad(int c) {
        return couriers.load[c];
    }

    /**
     * Skill bits of courier c.
     *
     * @param c the courier index
     * @return skill bits of courier c
     */
    public long courierSkills(int c) {
        return couriers.skills[c];
    }

    /**
     * Whether courier c ends at the hub.
     *
     * @param c the courier index
     * @return whether courier c ends at the hub
     */
    public boolean courierEndAtHub(int c) {
        return couriers.endAtHub[c];
    }

    /**
     * Rank of courier c in the order of courier ids (the tie order of insertions).
     *
     * @param c the courier index
     * @return rank of courier c in the order of courier ids (the tie order of insertions)
     */
    public int courierRank(int c) {
        return couriers.rank[c];
    }

    /**
     * The courier of rank r in the order of courier ids.
     *
     * @param r the rank, from 0
     * @return the courier of rank r in the order of courier ids
     */
    public int courierByRank(int r) {
        return couriers.byRank[r];
    }

    /**
     * Number of pickups.
     *
     * @return the number of pickups
     */
    public int pickupCount() {
        return pickups.count;
    }

    /**
     * Point of pickup p.
     *
     * @param p the pickup index
     * @return point of pickup p
     */
    public int pickupPoint(int p) {
        return pickups.point[p];
    }

    /**
     * Window start of pickup p, seconds.
     *
     * @param p the pickup index
     * @return window start of pickup p, seconds
     */
    public int windowStart(int p) {
        return pickups.windowStart[p];
    }

    /**
     * Window end of pickup p, seconds.
     *
     * @param p the pickup index
     * @return window end of pickup p, seconds
     */
    public int windowEnd(int p) {
        return pickups.windowEnd[p];
    }

    /**
     * Service seconds of pickup p.
     *
     * @param p the pickup index
     * @return service seconds of pickup p
     */
    public int service(int p) {
        return pickups.service[p];
    }

    /**
     * Size of pickup p, units.
     *
     * @param p the pickup index
     * @return size of pickup p, units
     */
    public int size(int p) {
        return pickups.size[p];
    }

    /**
     * Priority of pickup p.
     *
     * @param p the pickup index
     * @return priority of pickup p
     */
    public int priority(int p) {
        return pickups.priority[p];
    }

    /**
     * Release second of pickup p.
     *
     * @param p the pickup index
     * @return release second of pickup p
     */
    public int release(int p) {
        return pickups.release[p];
    }

    /**
     * Required skill bits of pickup p.
     *
     * @param p the pickup index
     * @return required skill bits of pickup p
     */
    public long requiredSkills(int p) {
        return pickups.requiredSkills[p];
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
        return (pickups.requiredSkills[p] & ~couriers.skills[c]) == 0;
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
        return (int) RouteClock.arrival(fromDeparture, rawSeconds(fromPoint, pickups.point[p]));
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
        return (int) RouteClock.arrival(fromDeparture, rawSeconds(c, fromPoint, pickups.point[p], fromDeparture));
    }

    /**
     * Service start at pickup p for an arrival: the arrival, or the window start if later.
     *
     * @param arrival the arrival second at the pickup
     * @param p the pickup index
     * @return service start at pickup p for an arrival: the arrival, or the window start if later
     */
    public int serviceStart(int arrival, int p) {
        return (int) RouteClock.serviceStart(arrival, pickups.windowStart[p]);
    }

    /**
     * Departure from pickup p for an arrival: service start plus service.
     *
     * @param arrival the arrival second at the pickup
     * @param p the pickup index
     * @return departure from pickup p for an arrival: service start plus service
     */
    public int departure(int arrival, int p) {
        return (int) RouteClock.departure(arrival, pickups.windowStart[p], pickups.service[p]);
    }

    /**
     * Whether courier c with {@code stops} stops drives to the hub at the end.
     *
     * @param c the courier index
     * @param stops the number of pickups on the route
     * @return whether courier c with {@code stops} stops drives to the hub at the end
     */
    public boolean drivesToHub(int c, int stops) {
        return couriers.endAtHub[c] && (stops > 0 || couriers.load[c] > 0);
    }

    /**
     * Latest end of courier c: the earlier of cut-off and shift end when ending at the hub, else the shift end.
     *
     * @param c the courier index
     * @return latest end of courier c: the earlier of cut-off and shift end when ending at the hub, else the shift end
     */
    public int endLimit(int c) {
        return couriers.endAtHub[c] ? Math.min(travel.cutoff, couriers.shiftEnd[c]) : couriers.shiftEnd[c];
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
        slack.keepSequence(couriers.breaks[c].length > 0 ? sequence : null, length);
        RouteInsertion.slack(this, c, sequence, length, slack);
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
        return RouteInsertion.insertionCost(this, slack, p, position);
    }

    /**
     * The cheapest feasible position of pickup p in the route described by {@code slack}: of the
     * positions 0, 1, ... taken in order until {@link #insertionCost} answers {@link #NO_LATER},
     * the one of the lowest cost (the lowest position on ties), or -1 when none is feasible; its
     * cost goes into {@code cost[0]} ({@link #INFEASIBLE} when none). Equal to that loop over
     * {@link #insertionCost}, in one pass (a static courier's legs and the pickup's data read once).
     * The caller checks the courier-level rules first: {@link #canTake(RouteSlack, int)}.
     *
     * @param slack the slack of the courier's route, filled by {@link #slack}
     * @param p the pickup index
     * @param cost receives the cost of the position found at index 0
     * @return the cheapest feasible position, or -1 when none
     */
    public int cheapestPosition(RouteSlack slack, int p, long[] cost) {
        return RouteInsertion.cheapestPosition(this, slack, p, cost);
    }

    /**
     * {@link #cheapestPosition(RouteSlack, int, long[])} with SISR blinks: before each position
     * (0, 1, ... until {@link #NO_LATER}) the xorshift state {@code blink} steps once ({@code
     * x ^= x << 13; x ^= x >>> 7; x ^= x << 17}) and the position is skipped when the state's top 7
     * bits are 0 (probability 1/128). The same position and cost as that loop over
     * {@link #insertionCost} with the skips, in one pass.
     *
     * @param slack the slack of the courier's route, filled by {@link #slack}
     * @param p the pickup index
     * @param result receives the cost of the position found at index 0 and the blink state after
     *               the last step at index 1
     * @param blink the xorshift state, not 0
     * @return the cheapest feasible position not skipped, or -1 when none
     */
    public int cheapestPosition(RouteSlack slack, int p, long[] result, long blink) {
        if (blink == 0) {
            throw new IllegalArgumentException("blink: 0 is not a xorshift state");
        }
        return RouteInsertion.cheapestPosition(this, slack, p, result, blink);
    }

    /**
     * The arrival second at pickup p inserted at {@code position} of the route described by
     * {@code slack}: what a {@link RouteWalk} of the route's first {@code position} stops and then
     * p gives as {@link RouteWalk#arrival()}, without the walk (the slack holds the departure and
     * point before each position; a courier with breaks is walked). Its service start is
     * {@link #serviceStart(int, int)} of it.
     *
     * @param slack the slack of the courier's route, filled by {@link #slack}
     * @param p the pickup index
     * @param position the insertion position, 0 = before the first stop, up to the route's length
     * @return the arrival second at pickup p inserted there
     */
    public int insertedArrival(RouteSlack slack, int p, int position) {
        return RouteInsertion.insertedArrival(this, slack, p, position);
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
        return (pickups.requiredSkills[p] & ~couriers.skills[c]) == 0
                && slack.loads[slack.length] + pickups.size[p] <= couriers.capacity[c];
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
        return RouteInsertion.cheapestInsertion(this, p, slacks);
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
        return RouteInsertion.insertAll(this, routes, pending);
    }

}
