package dev.outpost.routing.route;

/**
 * A reusable walker that times one route by the kernel's rules (see {@link RouteKernel}):
 * {@link #start(int)}, then {@link #visit(int)} per stop in order (after which the stop's
 * {@link #arrival()}, {@link #serviceStart()}, {@link #departure()} and {@link #load()} can be
 * read), then {@link #finish()}, then the totals. Allocation-free; not thread-safe.
 */
public final class RouteWalk {

    private final RouteKernel k;
    private int courier;
    private int point;
    private int time;
    private int load;
    private int stops;
    private int arrival;
    private int start;
    private long lateSeconds;
    private int unreachableLegs;
    private int skillMisses;
    private long endExcess;
    private long travelSeconds;
    private long metres;
    private long response;
    private int hubArrival;
    /** The courier's static seconds table, or null when its legs depend on the time. */
    private int[] table;
    private int[] metresTable;
    private int n;
    /** The tables and profile of a courier whose legs depend on the time (unused when {@link #table} is set). */
    private dev.outpost.travel.TravelTables tables;
    private int profile;
    /** The courier's breaks ({@link RouteKernel#courierBreaks}) and the index of the next one not taken. */
    private int[] breaks;
    private int nextBreak;

    RouteWalk(RouteKernel kernel) {
        this.k = kernel;
    }

    RouteKernel kernel() {
        return k;
    }

    /**
     * Starts courier c's route at its start point, available second and load on board.
     *
     * @param c the courier index
     * @return this walk, for chaining
     */
    public RouteWalk start(int c) {
        courier = c;
        table = k.staticSeconds(c);
        tables = k.tables();
        profile = k.courierProfile(c);
        metresTable = k.metresOf(c);
        n = k.pointCount();
        point = k.courierStart(c);
        time = k.courierAvailable(c);
        load = k.courierLoad(c);
        stops = 0;
        lateSeconds = 0;
        unreachableLegs = 0;
        skillMisses = 0;
        endExcess = 0;
        travelSeconds = 0;
        metres = 0;
        response = 0;
        hubArrival = -1;
        breaks = k.courierBreaks(c);
        nextBreak = 0;
        return this;
    }

    /**
     * Drives to pickup p and serves it.
     *
     * @param p the pickup index
     */
    public void visit(int p) {
        int next = k.pickupPoint(p);
        while (nextBreak < breaks.length) {
            int ahead = legFrom(next);
            if (Math.max(time + ahead, k.windowStart(p)) + k.service(p) <= breaks[nextBreak + 1]) {
                break;
            }
            takeBreak();
        }
        int leg = table != null ? table[point * n + next] : tables.legSeconds(profile, point, next, time);
        if (leg < 0) {
            unreachableLegs++;
            leg = 0;
        } else {
            travelSeconds += leg;
            metres += metresTable[point * n + next];
        }
        arrival = time + leg;
        start = Math.max(arrival, k.windowStart(p));
        if (start > k.windowEnd(p)) {
            lateSeconds += start - k.windowEnd(p);
        }
        int release = k.release(p);
        if (start > release) {
            response += (long) k.priority(p) * (start - release);
        }
        if (!k.hasSkills(courier, p)) {
            skillMisses++;
        }
        time = start + k.service(p);
        load += k.size(p);
        point = next;
        stops++;
    }

    /** Ends the route: the drive to the hub when due, then shift end, cut-off and capacity. */
    public void finish() {
        int c = courier;
        int end = time;
        if (k.drivesToHub(c, stops)) {
            int hub = k.hub();
            while (nextBreak < breaks.length && time + legFrom(hub) > breaks[nextBreak + 1]) {
                takeBreak();
            }
            end = time;
            int leg = table != null ? table[point * n + hub] : tables.legSeconds(profile, point, hub, time);
            if (leg < 0) {
                unreachableLegs++;
            } else {
                travelSeconds += leg;
                metres += metresTable[point * n + hub];
                end += leg;
            }
            hubArrival = end;
            if (end > k.cutoff()) {
                endExcess += end - k.cutoff();
            }
        } else if (stops == 0) {
            // A courier with nothing to do and no drive to the hub contributes nothing.
            return;
        }
        if (end > k.courierShiftEnd(c)) {
            endExcess += end - k.courierShiftEnd(c);
        }
        if (load > k.courierCapacity(c)) {
            endExcess += load - k.courierCapacity(c);
        }
    }

    /** Seconds of the leg from the current point to {@code to} leaving now; 0 when unreachable. */
    private int legFrom(int to) {
        int leg = table != null ? table[point * n + to] : tables.legSeconds(profile, point, to, time);
        return Math.max(leg, 0);
    }

    /** Takes the next break here: from max(now, earliest) for its seconds; late seconds are hard. */
    private void takeBreak() {
        int begin = Math.max(time, breaks[nextBreak]);
        if (begin > breaks[nextBreak + 1]) {
            lateSeconds += begin - breaks[nextBreak + 1];
        }
        time = begin + breaks[nextBreak + 2];
        nextBreak += 3;
    }

    /**
     * Arrival at the last visited stop, seconds.
     *
     * @return arrival at the last visited stop, seconds
     */
    public int arrival() {
        return arrival;
    }

    /**
     * Service start at the last visited stop, seconds.
     *
     * @return service start at the last visited stop, seconds
     */
    public int serviceStart() {
        return start;
    }

    /**
     * Departure from the last visited stop (or the available second before any), seconds.
     *
     * @return departure from the last visited stop (or the available second before any), seconds
     */
    public int departure() {
        return time;
    }

    /**
     * Load on board after the last visited stop, units.
     *
     * @return load on board after the last visited stop, units
     */
    public int load() {
        return load;
    }

    /**
     * Hub arrival after {@link #finish()}, or -1 when the courier does not drive to the hub.
     *
     * @return hub arrival after {@link #finish()}, or -1 when the courier does not drive to the hub
     */
    public int hubArrival() {
        return hubArrival;
    }

    /**
     * Driving seconds so far (unreachable legs count 0).
     *
     * @return driving seconds so far (unreachable legs count 0)
     */
    public long travelSeconds() {
        return travelSeconds;
    }

    /**
     * Driven metres so far (unreachable legs count 0).
     *
     * @return driven metres so far (unreachable legs count 0)
     */
    public long metres() {
        return metres;
    }

    /**
     * Sum of priority times response seconds so far.
     *
     * @return sum of priority times response seconds so far
     */
    public long weightedResponseSeconds() {
        return response;
    }

    /**
     * The route's hard penalty after {@link #finish()} (0 when feasible).
     *
     * @return the route's hard penalty after {@link #finish()} (0 when feasible)
     */
    public long hardPenalty() {
        return lateSeconds + endExcess + Penalties.UNREACHABLE_LEG * unreachableLegs + Penalties.SKILL * skillMisses;
    }

    /**
     * The route's soft cost after {@link #finish()} (the weighted objective; fixed cost when it has stops).
     *
     * @return the route's soft cost after {@link #finish()} (the weighted objective; fixed cost when it has stops)
     */
    public long softCost() {
        return k.responseWeight() * response + k.travelSecondWeight() * travelSeconds + k.metreWeight() * metres
                + (stops > 0 ? k.vehicleFixedCost() : 0);
    }
}
