package dev.outpost.routing.route;

import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;

/**
 * Insertion into routes by the kernel's rules (see {@link RouteKernel}): the slack of a route and
 * the cost of inserting a pickup at a position, the cheapest insertion over couriers and
 * sequential cheapest insertion. Every stop is timed by {@link RouteClock} with legs from the
 * kernel's tables ({@link KernelTravel}), static and time-dependent couriers alike.
 *
 * <p><b>Static fast path.</b> When a courier's legs do not depend on the time, the slack's
 * backward pass also fills the latest service start per stop and {@link #insertionCost} answers in
 * O(1); a time-dependent courier's insertion evaluates the two new legs from their departures and
 * propagates the push along the route until it is absorbed (O(1) when absorbed at once, O(length)
 * at worst). The O(1) test is kept because it is what the static problems run on; its worth is
 * measured by {@code KernelLegBenchmark.insertion} (static against time-dependent). A static
 * courier's slack and O(1) test read its profile's table directly ({@link KernelTravel#profileSeconds},
 * the same seconds {@link KernelTravel#legSeconds} gives at any departure): through the tables'
 * call, {@code KernelLegBenchmark.slack} (static) took about 25% longer than before the one timing
 * rule.
 *
 * <p><b>One pass per route.</b> A dispatcher answer or a cheapest insertion asks every position of
 * every route: {@link #cheapestPosition} runs the positions of one route in one loop (the static and
 * the time-dependent test inlined, what does not depend on the position read once), the slack keeps
 * the seconds and metres of the leg each position replaces, and metres are read only for a feasible
 * position. {@code RouteKernelTest} checks it, position by position, against a brute-force re-walk.
 */
final class RouteInsertion {

    private RouteInsertion() {
    }

    /** {@link RouteKernel#slack}: one forward walk by the rule, then the backward pass of the courier's kind. */
    static void slack(RouteKernel k, int c, int[] sequence, int length, RouteSlack slack) {
        KernelTravel travel = k.travel;
        int profile = k.couriers.profile[c];
        boolean timed = travel.profileTimed[profile];
        slack.ensure(length);
        slack.courier = c;
        slack.length = length;
        slack.timed = timed;
        slack.points[0] = k.couriers.start[c];
        slack.departures[0] = k.couriers.available[c];
        slack.loads[0] = k.couriers.load[c];
        slack.prefixOk[0] = true;
        // The flat arrays exist for a static problem only (a problem on travel tables reads them in place).
        slack.direct = !timed && travel.profileSeconds[profile] != null;
        if (slack.direct) {
            staticForward(k, c, sequence, length, slack);
        } else {
            slack.ensureTimed(length);
            tableForward(k, c, sequence, length, slack);
        }
    }

    /**
     * The forward walk of a static courier: legs read from its profile's table directly (the same
     * seconds as {@link KernelTravel#legSeconds} at any departure), timed by {@link RouteClock}, no
     * time-dependent arrays. A loop of its own: the shared loop's branches on the kind per stop cost
     * the dispatcher's static answer (DispatchLatencyBenchmark 50:1000, static) measurably.
     */
    private static void staticForward(RouteKernel k, int c, int[] sequence, int length, RouteSlack slack) {
        KernelTravel travel = k.travel;
        KernelPickups pickups = k.pickups;
        int[] pickupPoint = pickups.point;
        int[] windowStart = pickups.windowStart;
        int[] windowEnd = pickups.windowEnd;
        int[] service = pickups.service;
        int[] size = pickups.size;
        long[] requiredSkills = pickups.requiredSkills;
        int[] points = slack.points;
        int[] departures = slack.departures;
        int[] loads = slack.loads;
        int[] nextWindowStart = slack.nextWindowStart;
        boolean[] prefixOk = slack.prefixOk;
        int[] legs = slack.legs;
        int[] legMetres = slack.legMetres;
        long skills = k.couriers.skills[c];
        int[] seconds = travel.profileSeconds[k.couriers.profile[c]];
        int[] metres = travel.profileMetres[k.couriers.profile[c]];
        int n = travel.pointCount;
        for (int i = 0; i < length; i++) {
            int q = sequence[i];
            int to = pickupPoint[q];
            int cell = points[i] * n + to;
            int leg = seconds[cell];
            legs[i] = leg < 0 ? 0 : leg;
            legMetres[i] = Math.max(0, metres[cell]);
            int start = (int) RouteClock.serviceStart(RouteClock.arrival(departures[i], leg), windowStart[q]);
            nextWindowStart[i] = windowStart[q];
            points[i + 1] = to;
            departures[i + 1] = start + service[q];
            loads[i + 1] = loads[i] + size[q];
            prefixOk[i + 1] = prefixOk[i] && leg >= 0 && start <= windowEnd[q] && (requiredSkills[q] & ~skills) == 0;
        }
        boolean ok = true;
        if (k.drivesToHub(c, length)) {
            int cell = points[length] * n + travel.hub;
            int leg = seconds[cell];
            ok = leg >= 0;
            legs[length] = leg < 0 ? 0 : leg;
            legMetres[length] = Math.max(0, metres[cell]);
        } else {
            legs[length] = 0;
            legMetres[length] = 0;
        }
        slack.suffixOk[length] = true;
        if (length > 0) {
            staticBackward(k, c, sequence, length, slack, ok);
        }
    }

    /**
     * The forward walk through the travel tables (a time-dependent courier, or a static profile of
     * travel tables): legs from their departures, each stop's leg, start, window end and service kept.
     */
    private static void tableForward(RouteKernel k, int c, int[] sequence, int length, RouteSlack slack) {
        KernelTravel travel = k.travel;
        int profile = k.couriers.profile[c];
        int[] points = slack.points;
        int[] departures = slack.departures;
        int[] loads = slack.loads;
        int[] legs = slack.legs;
        int[] starts = slack.starts;
        boolean[] prefixOk = slack.prefixOk;
        long skills = k.couriers.skills[c];
        for (int i = 0; i < length; i++) {
            int q = sequence[i];
            int to = k.pickups.point[q];
            int leg = travel.legSeconds(profile, points[i], to, departures[i]);
            int arrival = (int) RouteClock.arrival(departures[i], leg);
            int start = (int) RouteClock.serviceStart(arrival, k.pickups.windowStart[q]);
            legs[i] = arrival - departures[i];
            slack.legMetres[i] = Math.max(0, travel.legMetres(profile, points[i], to));
            slack.nextWindowStart[i] = k.pickups.windowStart[q];
            // What the push propagation of a time-dependent insertion compares against.
            starts[i] = start;
            slack.windowEnds[i] = k.pickups.windowEnd[q];
            slack.services[i] = k.pickups.service[q];
            points[i + 1] = to;
            departures[i + 1] = (int) RouteClock.departure(arrival, k.pickups.windowStart[q], k.pickups.service[q]);
            loads[i + 1] = loads[i] + k.pickups.size[q];
            prefixOk[i + 1] = prefixOk[i] && leg >= 0 && start <= k.pickups.windowEnd[q] && (k.pickups.requiredSkills[q] & ~skills) == 0;
        }
        boolean ok = true;
        if (k.drivesToHub(c, length)) {
            int leg = travel.legSeconds(profile, points[length], travel.hub, departures[length]);
            ok = leg >= 0;
            legs[length] = leg < 0 ? 0 : leg;
            slack.legMetres[length] = Math.max(0, travel.legMetres(profile, points[length], travel.hub));
        } else {
            legs[length] = 0;
            slack.legMetres[length] = 0;
        }
        slack.suffixOk[length] = true;
        if (slack.timed) {
            timedBackward(k, c, sequence, length, slack, ok);
        } else if (length > 0) {
            staticBackward(k, c, sequence, length, slack, ok);
        }
    }

    /**
     * Static legs: skills and reachability from each stop on, and the latest start per stop (the O(1)
     * test). Each leg is read again from the profile's table (where the forward walk just read it)
     * rather than stored per stop: the static forward walk stores only what the O(1) test reads.
     */
    private static void staticBackward(RouteKernel k, int c, int[] sequence, int length, RouteSlack slack, boolean ok) {
        int[] points = slack.points;
        boolean[] suffixOk = slack.suffixOk;
        int[] latest = slack.latest;
        KernelPickups pickups = k.pickups;
        int[] windowStart = pickups.windowStart;
        int[] windowEnd = pickups.windowEnd;
        int[] service = pickups.service;
        long[] requiredSkills = pickups.requiredSkills;
        long skills = k.couriers.skills[c];
        int[] seconds = k.travel.profileSeconds[k.couriers.profile[c]];
        int n = k.travel.pointCount;
        int latestDeparture = k.couriers.endAtHub[c] ? k.endLimit(c) - slack.legs[length] : k.couriers.shiftEnd[c];
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
            int leg;
            if (seconds != null) {
                leg = seconds[points[i] * n + points[i + 1]];
                if (i > 0) {
                    // KernelTravel.reachable, on the table taken once.
                    ok = ok && leg != TravelTimes.UNREACHABLE;
                }
            } else {
                leg = slack.legs[i];
                if (i > 0) {
                    ok = ok && k.travel.reachable(k.couriers.profile[c], points[i], points[i + 1]);
                }
            }
            latestDeparture = latestStart - (leg < 0 ? 0 : leg);
        }
    }

    /** Time-dependent legs: skills and reachability from each stop on, and whether the times from each stop on hold. */
    private static void timedBackward(RouteKernel k, int c, int[] sequence, int length, RouteSlack slack, boolean ok) {
        int[] departures = slack.departures;
        long skills = k.couriers.skills[c];
        boolean inTime = k.drivesToHub(c, length) ? departures[length] + slack.legs[length] <= k.endLimit(c)
                : departures[length] <= k.couriers.shiftEnd[c];
        slack.timeOk[length] = inTime;
        for (int i = length - 1; i >= 0; i--) {
            int q = sequence[i];
            ok = ok && (k.pickups.requiredSkills[q] & ~skills) == 0;
            slack.suffixOk[i] = ok;
            inTime = inTime && slack.starts[i] <= k.pickups.windowEnd[q];
            slack.timeOk[i] = inTime;
            if (i > 0) {
                ok = ok && k.travel.reachable(k.couriers.profile[c], slack.points[i], slack.points[i + 1]);
            }
        }
    }

    /** {@link RouteKernel#insertionCost}. */
    static long insertionCost(RouteKernel k, RouteSlack slack, int p, int position) {
        if (!slack.prefixOk[position]) {
            return RouteKernel.NO_LATER;
        }
        if (slack.sequence != null) {
            return walkedInsertionCost(k, slack, p, position);
        }
        if (slack.direct) {
            return staticInsertionCost(k, slack, p, position);
        }
        return slack.timed ? timedInsertionCost(k, slack, p, position) : tableStaticInsertionCost(k, slack, p, position);
    }

    /**
     * {@link RouteKernel#insertionCost} for a courier with breaks, exactly, in O(length): walks the
     * route with pickup p inserted (the breaks taken by the walk's rule, see {@link RouteWalk});
     * infeasible when the walk has a hard penalty, else the change of the walk's soft cost (which
     * also counts the delay the insertion causes to later stops). Breaks only delay, so the prefix
     * test before it (computed without breaks) never refuses a feasible insertion.
     */
    private static long walkedInsertionCost(RouteKernel k, RouteSlack slack, int p, int position) {
        RouteWalk walk = slack.walk(k);
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
        return walk.hardPenalty() > 0 ? RouteKernel.INFEASIBLE : walk.softCost() - before;
    }

    /**
     * The O(1) test of a static courier against the latest starts of its slack. Its legs do not
     * depend on the time, so they are read straight from the profile's table
     * ({@link KernelTravel#profileSeconds}, equal to {@link KernelTravel#legSeconds} at any second)
     * and the arrays are taken once: this runs for every position of every route on each
     * dispatcher answer (DispatchLatencyBenchmark, static, 50 couriers: about a quarter of the
     * answer's time went to the calls through the tables).
     */
    private static long staticInsertionCost(RouteKernel k, RouteSlack slack, int p, int position) {
        int c = slack.courier;
        KernelTravel travel = k.travel;
        KernelPickups pickups = k.pickups;
        int profile = k.couriers.profile[c];
        int[] seconds = travel.profileSeconds[profile];
        int[] metres = travel.profileMetres[profile];
        int n = travel.pointCount;
        int len = slack.length;
        int vp = pickups.point[p];
        int previousPoint = slack.points[position];
        int before = slack.departures[position];
        int in = seconds[previousPoint * n + vp];
        if (in < 0) {
            return RouteKernel.INFEASIBLE;
        }
        int windowStart = pickups.windowStart[p];
        int windowEnd = pickups.windowEnd[p];
        int start = (int) RouteClock.serviceStart(RouteClock.arrival(before, in), windowStart);
        if (start > windowEnd) {
            return before > windowEnd ? RouteKernel.NO_LATER : RouteKernel.INFEASIBLE;
        }
        int departure = start + pickups.service[p];
        int nextPoint;
        int out;
        if (position < len) {
            nextPoint = slack.points[position + 1];
            out = seconds[vp * n + nextPoint];
            if (out < 0 || !slack.suffixOk[position]
                    || RouteClock.serviceStart(RouteClock.arrival(departure, out), slack.nextWindowStart[position])
                    > slack.latest[position]) {
                return RouteKernel.INFEASIBLE;
            }
        } else if (k.couriers.endAtHub[c]) {
            nextPoint = travel.hub;
            out = seconds[vp * n + nextPoint];
            if (out < 0 || RouteClock.arrival(departure, out) > k.endLimit(c)) {
                return RouteKernel.INFEASIBLE;
            }
        } else {
            if (departure > k.couriers.shiftEnd[c]) {
                return RouteKernel.INFEASIBLE;
            }
            nextPoint = -1;
            out = 0;
        }
        long deltaSeconds = in;
        long deltaMetres = metres[previousPoint * n + vp];
        if (nextPoint >= 0) {
            deltaSeconds += out;
            deltaMetres += metres[vp * n + nextPoint];
            // The replaced leg, kept by the slack (0 at the end of a route that does not drive to the hub).
            deltaSeconds -= slack.legs[position];
            deltaMetres -= slack.legMetres[position];
        }
        return cost(k, p, start, len, deltaSeconds, deltaMetres);
    }

    /** {@link #staticInsertionCost} for a static profile of travel tables: the legs through the tables' calls. */
    private static long tableStaticInsertionCost(RouteKernel k, RouteSlack slack, int p, int position) {
        int c = slack.courier;
        KernelTravel travel = k.travel;
        int profile = k.couriers.profile[c];
        int len = slack.length;
        int vp = k.pickups.point[p];
        int previousPoint = slack.points[position];
        int before = slack.departures[position];
        int in = travel.legSeconds(profile, previousPoint, vp, before);
        if (in < 0) {
            return RouteKernel.INFEASIBLE;
        }
        int arrival = (int) RouteClock.arrival(before, in);
        int start = (int) RouteClock.serviceStart(arrival, k.pickups.windowStart[p]);
        if (start > k.pickups.windowEnd[p]) {
            return before > k.pickups.windowEnd[p] ? RouteKernel.NO_LATER : RouteKernel.INFEASIBLE;
        }
        int departure = (int) RouteClock.departure(arrival, k.pickups.windowStart[p], k.pickups.service[p]);
        int nextPoint;
        int out;
        if (position < len) {
            nextPoint = slack.points[position + 1];
            out = travel.legSeconds(profile, vp, nextPoint, departure);
            if (out < 0 || !slack.suffixOk[position]
                    || RouteClock.serviceStart(RouteClock.arrival(departure, out), slack.nextWindowStart[position])
                    > slack.latest[position]) {
                return RouteKernel.INFEASIBLE;
            }
        } else if (k.couriers.endAtHub[c]) {
            nextPoint = travel.hub;
            out = travel.legSeconds(profile, vp, nextPoint, departure);
            if (out < 0 || RouteClock.arrival(departure, out) > k.endLimit(c)) {
                return RouteKernel.INFEASIBLE;
            }
        } else {
            if (departure > k.couriers.shiftEnd[c]) {
                return RouteKernel.INFEASIBLE;
            }
            nextPoint = -1;
            out = 0;
        }
        long deltaSeconds = in;
        long deltaMetres = travel.legMetres(profile, previousPoint, vp);
        if (nextPoint >= 0) {
            deltaSeconds += out;
            deltaMetres += travel.legMetres(profile, vp, nextPoint);
            deltaSeconds -= slack.legs[position];
            deltaMetres -= slack.legMetres[position];
        }
        return cost(k, p, start, len, deltaSeconds, deltaMetres);
    }

    /**
     * A time-dependent courier's insertion, exactly: the two new legs from their actual departures,
     * then the push (or pull) propagated along the rest of the route, leg by leg from the new
     * departures, until a stop starts at the same second as before (from there on the route is
     * unchanged, by FIFO) or the route ends; any window, shift or cut-off broken on the way makes it
     * infeasible. The cost has the same terms as the static one, with the added driving seconds of
     * every re-timed leg (a later departure may drive a later leg slower or faster).
     */
    private static long timedInsertionCost(RouteKernel k, RouteSlack slack, int p, int position) {
        int c = slack.courier;
        KernelTravel travel = k.travel;
        int len = slack.length;
        int profile = k.couriers.profile[c];
        // Taken once: the tables and the pickups' arrays (this runs per position). Metres through
        // KernelTravel.legMetres: a problem on travel tables has no flat per-profile array.
        TravelTables tables = travel.tables;
        KernelPickups pickups = k.pickups;
        int vp = pickups.point[p];
        int previousPoint = slack.points[position];
        int before = slack.departures[position];
        int in = tables.legSeconds(profile, previousPoint, vp, before);
        if (in < 0) {
            return RouteKernel.INFEASIBLE;
        }
        int arrival = (int) RouteClock.arrival(before, in);
        int start = (int) RouteClock.serviceStart(arrival, pickups.windowStart[p]);
        if (start > pickups.windowEnd[p]) {
            return before > pickups.windowEnd[p] ? RouteKernel.NO_LATER : RouteKernel.INFEASIBLE;
        }
        if (!slack.suffixOk[position]) {
            return RouteKernel.INFEASIBLE;
        }
        long deltaSeconds = in;
        int time = (int) RouteClock.departure(arrival, pickups.windowStart[p], pickups.service[p]);
        int from = vp;
        boolean absorbed = false;
        for (int i = position; i < len; i++) {
            int to = slack.points[i + 1];
            int leg = tables.legSeconds(profile, from, to, time);
            if (leg < 0) {
                return RouteKernel.INFEASIBLE;
            }
            deltaSeconds += leg - slack.legs[i];
            int stopArrival = (int) RouteClock.arrival(time, leg);
            int s = (int) RouteClock.serviceStart(stopArrival, slack.nextWindowStart[i]);
            if (s > slack.windowEnds[i]) {
                return RouteKernel.INFEASIBLE;
            }
            if (s == slack.starts[i]) {
                if (!slack.timeOk[i]) {
                    return RouteKernel.INFEASIBLE;
                }
                absorbed = true;
                break;
            }
            time = (int) RouteClock.departure(stopArrival, slack.nextWindowStart[i], slack.services[i]);
            from = to;
        }
        if (!absorbed) {
            if (k.couriers.endAtHub[c]) {
                int leg = tables.legSeconds(profile, from, travel.hub, time);
                if (leg < 0 || RouteClock.arrival(time, leg) > k.endLimit(c)) {
                    return RouteKernel.INFEASIBLE;
                }
                deltaSeconds += leg - slack.legs[len];
            } else if (time > k.couriers.shiftEnd[c]) {
                return RouteKernel.INFEASIBLE;
            }
        }
        // Metres only for a feasible position (two more table cells): the two new legs less the
        // replaced one (the slack's), at the end only when the route then drives to the hub.
        long deltaMetres = travel.legMetres(profile, previousPoint, vp);
        if (position < len) {
            deltaMetres += travel.legMetres(profile, vp, slack.points[position + 1]) - slack.legMetres[position];
        } else if (k.couriers.endAtHub[c]) {
            deltaMetres += travel.legMetres(profile, vp, travel.hub) - slack.legMetres[len];
        }
        return cost(k, p, start, len, deltaSeconds, deltaMetres);
    }

    /** The soft cost of an insertion: added seconds and metres, the pickup's own response, the fixed cost of a first stop. */
    private static long cost(RouteKernel k, int p, int start, int len, long deltaSeconds, long deltaMetres) {
        return k.travelSecondWeight * deltaSeconds + k.metreWeight * deltaMetres
                + k.responseWeight * k.pickups.priority[p] * Math.max(0, start - k.pickups.release[p]) + (len == 0 ? k.vehicleFixedCost : 0);
    }

    /** {@link RouteKernel#insertedArrival}. */
    static int insertedArrival(RouteKernel k, RouteSlack slack, int p, int position) {
        if (slack.sequence != null) {
            // Breaks: the slack's departures do not hold them; walk the stops before it, then p.
            RouteWalk walk = slack.walk(k);
            walk.start(slack.courier);
            for (int i = 0; i < position; i++) {
                walk.visit(slack.sequence[i]);
            }
            walk.visit(p);
            return walk.arrival();
        }
        int before = slack.departures[position];
        int leg = k.travel.legSeconds(k.couriers.profile[slack.courier], slack.points[position], k.pickups.point[p], before);
        return (int) RouteClock.arrival(before, leg);
    }

    /** {@link RouteKernel#cheapestPosition}. */
    static int cheapestPosition(RouteKernel k, RouteSlack slack, int p, long[] cost) {
        return cheapestPosition(k, slack, p, cost, 0);
    }

    /**
     * {@link RouteKernel#cheapestPosition(RouteSlack, int, long[], long)}: with {@code blink} 0 no
     * position is skipped; otherwise before each position the xorshift state steps once
     * ({@link #blink}) and the position is skipped when it says so; the state after the last step
     * goes into {@code cost[1]}.
     */
    static int cheapestPosition(RouteKernel k, RouteSlack slack, int p, long[] cost, long blink) {
        if (slack.sequence == null) {
            if (slack.direct) {
                return directCheapestPosition(k, slack, p, cost, blink);
            }
            if (slack.timed) {
                return timedCheapestPosition(k, slack, p, cost, blink);
            }
        }
        long best = RouteKernel.INFEASIBLE;
        int at = -1;
        for (int pos = 0; pos <= slack.length; pos++) {
            if (blink != 0) {
                blink = blink(blink);
                if (skipped(blink)) {
                    continue;
                }
            }
            long c = insertionCost(k, slack, p, pos);
            if (c == RouteKernel.NO_LATER) {
                break;
            }
            if (c < best) {
                best = c;
                at = pos;
            }
        }
        cost[0] = best;
        if (blink != 0) {
            cost[1] = blink;
        }
        return at;
    }

    /** One xorshift step (13, 7, 17) of a blink state. */
    static long blink(long state) {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        return state;
    }

    /** Whether a blink state skips its position: its top 7 bits are 0 (probability 1/128). */
    static boolean skipped(long state) {
        return (state >>> 57) == 0;
    }

    /**
     * {@link #cheapestPosition} of a static courier without breaks on a static problem: the loop of
     * {@link #staticInsertionCost} over the positions in one method, with what does not depend on
     * the position (the pickup's point, window, service and response weight, the courier's tables
     * and end) read once per route instead of once per position. The same tests in the same order,
     * so the same position and cost.
     */
    private static int directCheapestPosition(RouteKernel k, RouteSlack slack, int p, long[] result, long blink) {
        int c = slack.courier;
        KernelTravel travel = k.travel;
        KernelPickups pickups = k.pickups;
        int profile = k.couriers.profile[c];
        int[] seconds = travel.profileSeconds[profile];
        int[] metres = travel.profileMetres[profile];
        int n = travel.pointCount;
        int len = slack.length;
        int vp = pickups.point[p];
        int row = vp * n;
        int windowStart = pickups.windowStart[p];
        int windowEnd = pickups.windowEnd[p];
        int service = pickups.service[p];
        long response = k.responseWeight * pickups.priority[p];
        int release = pickups.release[p];
        long fixed = len == 0 ? k.vehicleFixedCost : 0;
        long secondWeight = k.travelSecondWeight;
        long metreWeight = k.metreWeight;
        boolean endAtHub = k.couriers.endAtHub[c];
        int endLimit = k.endLimit(c);
        int shiftEnd = k.couriers.shiftEnd[c];
        int hubCell = row + travel.hub;
        int[] points = slack.points;
        int[] departures = slack.departures;
        boolean[] prefixOk = slack.prefixOk;
        boolean[] suffixOk = slack.suffixOk;
        int[] nextWindowStart = slack.nextWindowStart;
        int[] latest = slack.latest;
        int[] legs = slack.legs;
        int[] legMetres = slack.legMetres;
        long best = RouteKernel.INFEASIBLE;
        int at = -1;
        for (int pos = 0; pos <= len; pos++) {
            if (blink != 0) {
                blink = blink(blink);
                if (skipped(blink)) {
                    continue;
                }
            }
            if (!prefixOk[pos]) {
                break;
            }
            int before = departures[pos];
            int inCell = points[pos] * n + vp;
            int in = seconds[inCell];
            if (in < 0) {
                continue;
            }
            int start = (int) RouteClock.serviceStart(RouteClock.arrival(before, in), windowStart);
            if (start > windowEnd) {
                if (before > windowEnd) {
                    break;
                }
                continue;
            }
            int departure = start + service;
            long deltaSeconds = in;
            long deltaMetres;
            if (pos < len) {
                int outCell = row + points[pos + 1];
                int out = seconds[outCell];
                if (out < 0 || !suffixOk[pos]
                        || RouteClock.serviceStart(RouteClock.arrival(departure, out), nextWindowStart[pos]) > latest[pos]) {
                    continue;
                }
                deltaSeconds += out - legs[pos];
                deltaMetres = (long) metres[inCell] + metres[outCell] - legMetres[pos];
            } else if (endAtHub) {
                int out = seconds[hubCell];
                if (out < 0 || RouteClock.arrival(departure, out) > endLimit) {
                    continue;
                }
                deltaSeconds += out - legs[pos];
                deltaMetres = (long) metres[inCell] + metres[hubCell] - legMetres[pos];
            } else if (departure > shiftEnd) {
                continue;
            } else {
                deltaMetres = metres[inCell];
            }
            long cost = secondWeight * deltaSeconds + metreWeight * deltaMetres + response * Math.max(0, start - release) + fixed;
            if (cost < best) {
                best = cost;
                at = pos;
            }
        }
        result[0] = best;
        if (blink != 0) {
            result[1] = blink;
        }
        return at;
    }

    /**
     * {@link #cheapestPosition} of a time-dependent courier without breaks: the loop of
     * {@link #timedInsertionCost} over the positions in one method, what does not depend on the
     * position read once per route. The same tests in the same order, so the same position and cost.
     */
    private static int timedCheapestPosition(RouteKernel k, RouteSlack slack, int p, long[] result, long blink) {
        int c = slack.courier;
        KernelTravel travel = k.travel;
        TravelTables tables = travel.tables;
        KernelPickups pickups = k.pickups;
        int profile = k.couriers.profile[c];
        int len = slack.length;
        int vp = pickups.point[p];
        int windowStart = pickups.windowStart[p];
        int windowEnd = pickups.windowEnd[p];
        int service = pickups.service[p];
        long response = k.responseWeight * pickups.priority[p];
        int release = pickups.release[p];
        long fixed = len == 0 ? k.vehicleFixedCost : 0;
        long secondWeight = k.travelSecondWeight;
        long metreWeight = k.metreWeight;
        boolean endAtHub = k.couriers.endAtHub[c];
        int endLimit = k.endLimit(c);
        int shiftEnd = k.couriers.shiftEnd[c];
        int hub = travel.hub;
        int[] points = slack.points;
        int[] departures = slack.departures;
        boolean[] prefixOk = slack.prefixOk;
        boolean[] suffixOk = slack.suffixOk;
        boolean[] timeOk = slack.timeOk;
        int[] nextWindowStart = slack.nextWindowStart;
        int[] windowEnds = slack.windowEnds;
        int[] starts = slack.starts;
        int[] services = slack.services;
        int[] legs = slack.legs;
        int[] legMetres = slack.legMetres;
        long best = RouteKernel.INFEASIBLE;
        int at = -1;
        positions:
        for (int pos = 0; pos <= len; pos++) {
            if (blink != 0) {
                blink = blink(blink);
                if (skipped(blink)) {
                    continue;
                }
            }
            if (!prefixOk[pos]) {
                break;
            }
            int previousPoint = points[pos];
            int before = departures[pos];
            int in = tables.legSeconds(profile, previousPoint, vp, before);
            if (in < 0) {
                continue;
            }
            int arrival = (int) RouteClock.arrival(before, in);
            int start = (int) RouteClock.serviceStart(arrival, windowStart);
            if (start > windowEnd) {
                if (before > windowEnd) {
                    break;
                }
                continue;
            }
            if (!suffixOk[pos]) {
                continue;
            }
            long deltaSeconds = in;
            int time = (int) RouteClock.departure(arrival, windowStart, service);
            int from = vp;
            boolean absorbed = false;
            for (int i = pos; i < len; i++) {
                int to = points[i + 1];
                int leg = tables.legSeconds(profile, from, to, time);
                if (leg < 0) {
                    continue positions;
                }
                deltaSeconds += leg - legs[i];
                int stopArrival = (int) RouteClock.arrival(time, leg);
                int s = (int) RouteClock.serviceStart(stopArrival, nextWindowStart[i]);
                if (s > windowEnds[i]) {
                    continue positions;
                }
                if (s == starts[i]) {
                    if (!timeOk[i]) {
                        continue positions;
                    }
                    absorbed = true;
                    break;
                }
                time = (int) RouteClock.departure(stopArrival, nextWindowStart[i], services[i]);
                from = to;
            }
            if (!absorbed) {
                if (endAtHub) {
                    int leg = tables.legSeconds(profile, from, hub, time);
                    if (leg < 0 || RouteClock.arrival(time, leg) > endLimit) {
                        continue;
                    }
                    deltaSeconds += leg - legs[len];
                } else if (time > shiftEnd) {
                    continue;
                }
            }
            long deltaMetres = travel.legMetres(profile, previousPoint, vp);
            if (pos < len) {
                deltaMetres += travel.legMetres(profile, vp, points[pos + 1]) - legMetres[pos];
            } else if (endAtHub) {
                deltaMetres += travel.legMetres(profile, vp, hub) - legMetres[len];
            }
            long cost = secondWeight * deltaSeconds + metreWeight * deltaMetres + response * Math.max(0, start - release) + fixed;
            if (cost < best) {
                best = cost;
                at = pos;
            }
        }
        result[0] = best;
        if (blink != 0) {
            result[1] = blink;
        }
        return at;
    }

    /** {@link RouteKernel#cheapestInsertion}. */
    static Insertion cheapestInsertion(RouteKernel k, int p, RouteSlack[] slacks) {
        long[] cost = new long[1];
        long bestCost = RouteKernel.INFEASIBLE;
        int bestCourier = -1;
        int bestPosition = -1;
        for (int r = 0; r < k.couriers.count; r++) {
            int c = k.couriers.byRank[r];
            RouteSlack slack = slacks[c];
            if (slack == null || !k.canTake(slack, p)) {
                continue;
            }
            // The courier's cheapest position (the lowest on ties); couriers in id order, strictly
            // cheaper wins: ties keep the earlier courier, then the earlier position.
            int pos = cheapestPosition(k, slack, p, cost);
            if (pos >= 0 && cost[0] < bestCost) {
                bestCost = cost[0];
                bestCourier = c;
                bestPosition = pos;
            }
        }
        return bestCourier < 0 ? null : new Insertion(bestCourier, bestPosition, bestCost);
    }

    /** {@link RouteKernel#insertAll}. */
    static List<Integer> insertAll(RouteKernel k, List<List<Integer>> routes, List<Integer> pending) {
        RouteSlack[] slacks = new RouteSlack[k.couriers.count];
        int[] buffer = new int[16];
        for (int c = 0; c < k.couriers.count; c++) {
            slacks[c] = new RouteSlack();
            buffer = refresh(k, c, routes.get(c), slacks[c], buffer);
        }
        List<Integer> left = new ArrayList<>();
        for (int p : pending) {
            Insertion best = cheapestInsertion(k, p, slacks);
            if (best == null) {
                left.add(p);
                continue;
            }
            routes.get(best.courier()).add(best.position(), p);
            buffer = refresh(k, best.courier(), routes.get(best.courier()), slacks[best.courier()], buffer);
        }
        return left;
    }

    private static int[] refresh(RouteKernel k, int c, List<Integer> route, RouteSlack slack, int[] buffer) {
        int[] seq = buffer.length >= route.size() ? buffer : new int[route.size() * 2];
        for (int i = 0; i < route.size(); i++) {
            seq[i] = route.get(i);
        }
        k.slack(c, seq, route.size(), slack);
        return seq;
    }
}
