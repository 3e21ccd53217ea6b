package dev.outpost.model;

/**
 * The numeric ranges a scenario must keep so that no sum in the solvers, checkers or reports can
 * overflow, and so that a plausible typo (a count of 2147483647, {@code pickupsPerDay: 1e300}, a
 * service time of a week) is reported instead of solved. {@code dev.outpost.io.ScenarioValidator}
 * reports every value outside these ranges with its JSON path; the library's constructors that
 * take such values check them too.
 *
 * <p>The bounds are generous for any real courier service and small enough for the sums: the
 * stationing objectives sum, over at most {@value #MAX_CLIENTS} clients, at most
 * {@value #MAX_PICKUPS_PER_DAY} x 1000 milli-pickups times at most three trips of
 * {@value #MAX_DURATION_SECONDS} s: below 1.3e18, under {@code Long.MAX_VALUE / 4}. Straight-line
 * travel is kept within a day by the slowest speed and the extent of the points, which the
 * validator checks from their bounding box.
 */
public final class Limits {

    /** Most clients in a scenario. */
    public static final int MAX_CLIENTS = 1_000_000;
    /** Most expected pickups per day of one client. */
    public static final double MAX_PICKUPS_PER_DAY = 5_000;
    /** Largest weight of one hour in a client's hourly profile (weights are relative; this keeps their sum finite). */
    public static final double MAX_PROFILE_WEIGHT = 1e12;
    /** Longest duration (service time, response target, travel time between two points): one day, seconds. */
    public static final int MAX_DURATION_SECONDS = 86_400;
    /** Longest distance between two points, metres (one way around the earth, 40 000 km, rounded up). */
    public static final int MAX_METRES = 50_000_000;
    /** Most couriers of one courier type, and most couriers one site hosts. */
    public static final int MAX_COURIERS = 100_000;
    /** Most couriers in the whole fleet (sum over courier types). */
    public static final int MAX_FLEET = 1_000_000;
    /** Largest capacity of a courier and size of a pickup, capacity units. */
    public static final int MAX_CAPACITY = 1_000_000;
    /** Highest client priority. */
    public static final int MAX_PRIORITY = 1_000_000;
    /** Largest amount of money (an opening cost, an opening budget), currency units. */
    public static final long MAX_MONEY = 1_000_000_000_000_000L;
    /** Largest cost rate (per courier-hour, per km), currency units. */
    public static final double MAX_COST_RATE = 1_000_000_000;
    /** Slowest courier or road speed, km/h (slower makes a day's trip out of a few hundred metres). */
    public static final double MIN_SPEED_KMH = 1;
    /** Fastest courier or road speed, km/h. */
    public static final double MAX_SPEED_KMH = 1_000;
    /** Largest detour factor (road over straight-line distance). */
    public static final double MAX_DETOUR_FACTOR = 10;
    /** Most days in a horizon (ten years). */
    public static final int MAX_DAYS = 3_660;

    private Limits() {
    }
}
