package dev.outpost.routing.route;

/**
 * A reusable walker that times one route by the kernel's rules (see {@link RouteKernel}) with
 * {@link RouteClock}, and adds up its penalties and costs:
 * {@link #start(int)}, then {@link #visit(int)} per stop in order (after which the stop's
 * {@link #arrival()}, {@link #serviceStart()}, {@link #departure()} and {@link #load()} can be
 * read), then {@link #finish()}, then the totals. Allocation-free; not thread-safe.
 */
public final class RouteWalk {

    private final RouteKernel k;
    private final KernelPickups pickups;
    /** The kernel's tables (its clocks' leg source), read directly in the walk's loop. */
    private final dev.outpost.travel.TravelTables tables;
    private int courier;
    /**
     * The timing rule, started at the courier's start; holds point, second and load. The walk
     * reads each leg from the kernel's tables by the courier's profile and hands it to
     * {@link RouteClock#drive(int, int)}, so the clock's own source is never asked.
     */
    private final RouteClock clock;
    private int stops;
    private long lateSeconds;
    private int unreachableLegs;
    private int skillMisses;
    private long endExcess;
    private long travelSeconds;
    private long metres;
    private long response;
    private int hubArrival;
    private int profile;
    /**
     * How many ints of the courier's {@link #breaksOf} triples are left to take (0: none; the next
     * break starts at their length minus this). An int, not the array: a reference stored per
     * route costs the garbage collector's write barrier on every {@link #start} (measured: about
     * 10% of a static walk); the array is read only when a break is due.
     */
    private int breaksLeft;

    RouteWalk(RouteKernel kernel) {
        this.k = kernel;
        this.pickups = kernel.pickups;
        this.tables = kernel.travel.tables;
        this.clock = new RouteClock(kernel.travel.profileLegs[0]);
    }

    /**
     * Walks courier c's whole route: {@link #start}, {@link #visit} of each pickup in order, {@link #finish}.
     *
     * @param c     the courier index
     * @param route the pickup indices, in visiting order
     * @return this walk, finished, for reading its totals
     */
    public RouteWalk route(int c, int[] route) {
        start(c);
        for (int p : route) {
            visit(p);
        }
        finish();
        return this;
    }

    /**
     * Starts courier c's route at its start point, available second and load on board.
     *
     * @param c the courier index
     * @return this walk, for chaining
     */
    public RouteWalk start(int c) {
        courier = c;
        profile = k.courierProfile(c);
        clock.start(k.courierStart(c), k.courierAvailable(c), k.courierLoad(c));
        stops = 0;
        lateSeconds = 0;
        unreachableLegs = 0;
        skillMisses = 0;
        endExcess = 0;
        travelSeconds = 0;
        metres = 0;
        response = 0;
        hubArrival = -1;
        breaksLeft = k.couriers.breaks[c].length;
        return this;
    }

    /**
     * Resumes courier c's route at a recorded state (for {@link LaterStops}): at {@code point},
     * free at {@code time} with {@code load} on board, after {@code stops} stops with
     * {@code breaksLeft} break ints left and the given totals so far.
     */
    void resume(int c, int point, long time, int load, int stops, int breaksLeft, long late, int unreachable, int skills,
            long travel, long metres, long response) {
        start(c);
        clock.start(point, time, load);
        this.stops = stops;
        this.breaksLeft = breaksLeft;
        this.lateSeconds = late;
        this.unreachableLegs = unreachable;
        this.skillMisses = skills;
        this.travelSeconds = travel;
        this.metres = metres;
        this.response = response;
    }

    /** {@return the break ints left to take (0: none)} */
    int breaksLeft() {
        return breaksLeft;
    }

    /** {@return the late seconds so far} */
    long lateSeconds() {
        return lateSeconds;
    }

    /** {@return the unreachable legs so far} */
    int unreachableLegs() {
        return unreachableLegs;
    }

    /** {@return the stops served without their skills so far} */
    int skillMisses() {
        return skillMisses;
    }

    /** {@return the stops visited so far} */
    int stops() {
        return stops;
    }

    /** {@return the clock's point} */
    int point() {
        return clock.point();
    }

    /**
     * Drives to pickup p and serves it.
     *
     * @param p the pickup index
     */
    public void visit(int p) {
        int to = pickups.point[p];
        if (breaksLeft > 0) {
            breaksBefore(p, to); // out of line: keeps this hot method small enough to inline
        }
        int from = clock.point();
        int leg = clock.drive(to, tables.legSeconds(profile, from, to, (int) clock.time()));
        clock.serve(pickups.windowStart[p], pickups.service[p], pickups.size[p]);
        if (leg < 0) {
            unreachableLegs++;
        } else {
            travelSeconds += leg;
            metres += k.travel.legMetres(profile, from, pickups.point[p]);
        }
        int start = (int) clock.serviceStart();
        if (start > pickups.windowEnd[p]) {
            lateSeconds += start - pickups.windowEnd[p];
        }
        int release = pickups.release[p];
        if (start > release) {
            response += (long) pickups.priority[p] * (start - release);
        }
        if ((pickups.requiredSkills[p] & ~k.couriers.skills[courier]) != 0) {
            skillMisses++;
        }
        stops++;
    }

    /** Ends the route: the drive to the hub when due, then shift end, cut-off and capacity. */
    public void finish() {
        int c = courier;
        boolean toHub = k.drivesToHub(c, stops);
        if (toHub && breaksLeft > 0) {
            breaksBefore(-1, k.hub());
        }
        long end = clock.time();
        if (toHub) {
            // The clock stays at the last departure: the drive to the hub is timed by the same rule.
            int from = clock.point();
            int leg = tables.legSeconds(profile, from, k.hub(), (int) end);
            if (leg < 0) {
                unreachableLegs++;
            } else {
                travelSeconds += leg;
                metres += k.travel.legMetres(profile, from, k.hub());
            }
            end = RouteClock.arrival(end, leg);
            hubArrival = (int) end;
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
        if (clock.load() > k.courierCapacity(c)) {
            endExcess += clock.load() - k.courierCapacity(c);
        }
    }

    /**
     * Arrival at the last visited stop, seconds.
     *
     * @return arrival at the last visited stop, seconds
     */
    public int arrival() {
        return (int) clock.arrival();
    }

    /**
     * Service start at the last visited stop, seconds.
     *
     * @return service start at the last visited stop, seconds
     */
    public int serviceStart() {
        return (int) clock.serviceStart();
    }

    /**
     * Departure from the last visited stop (or the available second before any), seconds.
     *
     * @return departure from the last visited stop (or the available second before any), seconds
     */
    public int departure() {
        return (int) clock.time();
    }

    /**
     * Load on board after the last visited stop, units.
     *
     * @return load on board after the last visited stop, units
     */
    public int load() {
        return clock.load();
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

    RouteKernel kernel() {
        return k;
    }

    /** Seconds of the leg from the current point to {@code to} leaving now; 0 when unreachable. */
    private int legFrom(int to) {
        return Math.max(tables.legSeconds(profile, clock.point(), to, (int) clock.time()), 0);
    }

    /**
     * Takes the breaks due before driving to {@code to}: those whose latest start comes before the
     * end of serving pickup p there (p &lt; 0: before arriving at the hub).
     */
    private void breaksBefore(int p, int to) {
        int[] breaks = k.couriers.breaks[courier];
        while (breaksLeft > 0) {
            int next = breaks.length - breaksLeft;
            long done = clock.time() + legFrom(to);
            if (p >= 0) {
                done = Math.max(done, pickups.windowStart[p]) + pickups.service[p];
            }
            if (done <= breaks[next + 1]) {
                return;
            }
            takeBreak(breaks, next);
        }
    }

    /** Takes the next break here: from max(now, earliest) for its seconds; late seconds are hard. */
    private void takeBreak(int[] breaks, int next) {
        long begin = clock.rest(breaks[next], breaks[next + 2]);
        if (begin > breaks[next + 1]) {
            lateSeconds += begin - breaks[next + 1];
        }
        breaksLeft -= 3;
    }

    /**
     * A courier's breaks as {@code [earliest, latestStart, seconds, earliest, ...]} in time order,
     * empty for none. <b>Breaks.</b> A route takes each break between stops, as late as it can:
     * before driving to the next stop when serving it (its departure; for the drive to the hub, the
     * arrival) would end after the break's latest start, the courier first takes the break at
     * {@code max(time, earliest)} for its seconds ({@link RouteClock#rest}; the leg is then timed
     * from the break's end). A break that would start after its latest start adds the seconds it is
     * late to the hard score. A break still pending when the route ends is taken after it.
     */
    static int[] breaksOf(dev.outpost.routing.Courier k) {
        int[] out = new int[3 * k.breaks().size()];
        for (int i = 0; i < k.breaks().size(); i++) {
            out[3 * i] = k.breaks().get(i).earliestSeconds();
            out[3 * i + 1] = k.breaks().get(i).latestStartSeconds();
            out[3 * i + 2] = k.breaks().get(i).durationSeconds();
        }
        return out;
    }
}
