package dev.outpost.routing.internal.domain;

import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.travel.TravelTimes;
import java.util.Arrays;

/**
 * The problem flattened into primitive arrays for the solver's hot path (score calculator,
 * arrival-time listener, nearby meter, ruin-and-recreate move). Indexed by dense courier and
 * pickup indices; travel tables row-major by point. The arrays are shared, never modified after
 * construction, and must not be modified by callers.
 */
public final class RoutingData {

    /** Hard penalty per pickup served by a courier that lacks a required skill. */
    public static final long SKILL_PENALTY = 3_600;
    /** Hard penalty per unreachable leg in a route. */
    public static final long UNREACHABLE_PENALTY = 3_600;

    /** Number of points in the travel tables. */
    public final int pointCount;
    /** Travel seconds, row-major, {@link TravelTimes#UNREACHABLE} where no path. */
    public final int[] seconds;
    /** Travel metres, row-major, {@link TravelTimes#UNREACHABLE} where no path. */
    public final int[] metres;
    /** Hub point index. */
    public final int hub;
    /** Hub cut-off, seconds. */
    public final int cutoff;

    /** Number of couriers (the unassigned bucket has index {@code courierCount}). */
    public final int courierCount;
    public final int[] courierStart;
    public final int[] courierAvailable;
    public final int[] courierShiftEnd;
    public final int[] courierCapacity;
    public final int[] courierLoad;
    public final long[] courierSkills;
    public final boolean[] courierEndAtHub;

    /**
     * Class of each courier: couriers with the same start, times, capacity, load, skills and
     * end-at-hub flag share a class (numbered from 0 in courier order), so that their empty
     * routes are interchangeable.
     */
    public final int[] courierClass;
    /** Number of courier classes. */
    public final int courierClassCount;

    /** Number of pickups. */
    public final int pickupCount;
    public final int[] pickupPoint;
    public final int[] windowStart;
    public final int[] windowEnd;
    public final int[] service;
    public final int[] size;
    public final int[] priority;
    public final long[] requiredSkills;
    public final int[] release;

    /** Soft weight per priority-weighted response second. */
    public final long responseWeight;
    /** Soft weight per driving second. */
    public final long travelSecondWeight;
    /** Soft weight per driven metre. */
    public final long metreWeight;
    /** Soft cost per used courier. */
    public final long vehicleFixedCost;

    /**
     * For each pickup, the other pickups by increasing metres from it (ties by index), for the
     * ruin move's string selection; row {@code p} holds {@code pickupCount - 1} indices.
     */
    public final int[][] neighbours;

    /** Builds the arrays from a problem and the objective weights of the options. */
    public RoutingData(RoutingProblem problem, RoutingOptions options) {
        TravelTimes travel = problem.travel();
        pointCount = travel.size();
        seconds = travel.secondsTable();
        metres = travel.metresTable();
        hub = problem.hubPoint();
        cutoff = problem.cutoffSecond();
        courierCount = problem.couriers().size();
        courierStart = new int[courierCount];
        courierAvailable = new int[courierCount];
        courierShiftEnd = new int[courierCount];
        courierCapacity = new int[courierCount];
        courierLoad = new int[courierCount];
        courierSkills = new long[courierCount];
        courierEndAtHub = new boolean[courierCount];
        for (int c = 0; c < courierCount; c++) {
            Courier k = problem.couriers().get(c);
            courierStart[c] = k.startPoint();
            courierAvailable[c] = k.availableSecond();
            courierShiftEnd[c] = k.shiftEndSecond();
            courierCapacity[c] = k.capacity();
            courierLoad[c] = k.loadOnBoard();
            courierSkills[c] = k.skills();
            courierEndAtHub[c] = k.endAtHub();
        }
        courierClass = new int[courierCount];
        java.util.Map<java.util.List<Object>, Integer> classes = new java.util.HashMap<>();
        for (int c = 0; c < courierCount; c++) {
            java.util.List<Object> key = java.util.List.of(courierStart[c], courierAvailable[c], courierShiftEnd[c],
                    courierCapacity[c], courierLoad[c], courierSkills[c], courierEndAtHub[c]);
            Integer known = classes.putIfAbsent(key, classes.size());
            courierClass[c] = known == null ? classes.size() - 1 : known;
        }
        courierClassCount = classes.size();
        pickupCount = problem.pickups().size();
        pickupPoint = new int[pickupCount];
        windowStart = new int[pickupCount];
        windowEnd = new int[pickupCount];
        service = new int[pickupCount];
        size = new int[pickupCount];
        priority = new int[pickupCount];
        requiredSkills = new long[pickupCount];
        release = new int[pickupCount];
        for (int p = 0; p < pickupCount; p++) {
            Pickup k = problem.pickups().get(p);
            pickupPoint[p] = k.point();
            windowStart[p] = k.windowStartSecond();
            windowEnd[p] = k.windowEndSecond();
            service[p] = k.serviceSeconds();
            size[p] = k.size();
            priority[p] = k.priority();
            requiredSkills[p] = k.requiredSkills();
            release[p] = k.releaseSecond();
        }
        responseWeight = options.responseWeight();
        travelSecondWeight = options.travelSecondWeight();
        metreWeight = options.metreWeight();
        vehicleFixedCost = options.vehicleFixedCost();
        neighbours = new int[pickupCount][];
        Integer[] order = new Integer[Math.max(0, pickupCount - 1)];
        long[] key = new long[pickupCount];
        for (int p = 0; p < pickupCount; p++) {
            int k = 0;
            for (int q = 0; q < pickupCount; q++) {
                if (q != p) {
                    order[k++] = q;
                }
                int m = metres[pickupPoint[p] * pointCount + pickupPoint[q]];
                key[q] = m == TravelTimes.UNREACHABLE ? Long.MAX_VALUE : m;
            }
            Arrays.sort(order, (a, b) -> key[a] != key[b] ? Long.compare(key[a], key[b]) : Integer.compare(a, b));
            int[] row = new int[order.length];
            for (int i = 0; i < row.length; i++) {
                row[i] = order[i];
            }
            neighbours[p] = row;
        }
    }

    /** Travel seconds from point a to point b, 0 where unreachable (the leg is penalised instead). */
    public int legSeconds(int a, int b) {
        int s = seconds[a * pointCount + b];
        return s < 0 ? 0 : s;
    }

    /** Travel metres from point a to point b, 0 where unreachable (the leg is penalised instead). */
    public int legMetres(int a, int b) {
        int m = metres[a * pointCount + b];
        return m < 0 ? 0 : m;
    }

    /** Whether a path leads from point a to point b. */
    public boolean reachable(int a, int b) {
        return seconds[a * pointCount + b] != TravelTimes.UNREACHABLE;
    }
}
