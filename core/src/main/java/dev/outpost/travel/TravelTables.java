package dev.outpost.travel;

import java.util.ArrayList;
import java.util.List;

/**
 * Travel tables per courier profile and per time of day between a fixed list of points: the one
 * place that answers "how many seconds from point {@code a} to point {@code b} for courier
 * profile {@code k}, leaving at second {@code t}" ({@link #legSeconds}).
 *
 * <p>How to think about this: each profile (one per courier type, in the scenario's order) has
 * one or more static tables, the <em>distinct</em> tables; the day is cut into equal slices from
 * 00:00 and each slice points at the distinct table of its speeds (slices with equal speeds share
 * one table). Table 0 of every profile is its free-flow table (no congestion); a profile with one
 * table is static and {@link #legSeconds} returns that table's entry, whatever the time.
 *
 * <p><b>Time-dependent legs (Ichoua, Gendreau and Potvin).</b> A leg {@code i -> j} that takes
 * {@code T_s} seconds in the table of slice {@code s} advances at the rate of {@code 1 / T_s} of
 * the leg per second while the courier is in slice {@code s}. Leaving at {@code t} in slice
 * {@code s} that ends at {@code e}: if {@code t + T_s <= e} the leg takes {@code T_s} (exactly the
 * table entry); otherwise the share {@code (e - t) / T_s} is covered by {@code e} and the rest
 * continues at the next slice's rate, and so on. The arrival {@code a(t)} solves
 * {@code P(a) = P(t) + 1} where {@code P} (progress, the integral of the rate) is continuous and
 * strictly increasing, so {@code a} is non-decreasing: leaving later never arrives earlier
 * (FIFO). In floating point every step ({@code -}, {@code /}, {@code *} by a fixed positive
 * number, the branch at a slice's end) is a monotone function of the departure, and the arrival
 * second is rounded up, so FIFO holds exactly for the {@code int} results too
 * ({@code t + legSeconds(t)} never decreases as {@code t} grows); a property test checks it.
 *
 * <p>Reachability does not depend on the time (every slice of a profile has the same roads), so
 * {@link #reachable} and {@link #legMetres} take no time; metres are those of the free-flow
 * fastest path. Departures past 24:00 use the next day's slices (the day repeats).
 *
 * <p>Instances are thread-safe to read and never expose their arrays. Their entries do not change,
 * with one exception made for live tables: {@link #withPoints} grows a family of tables in place,
 * writing only the rows and columns of points appended after the tables it is called on (which
 * they never read) or of points it replaces (whose readers must be done with them; see there).
 * Calls of {@link #withPoints} on one family must come from one thread at a time.
 */
public final class TravelTables {

    /** Seconds in a day; the slices cover it from 00:00. */
    public static final int DAY_SECONDS = 86_400;

    private final List<String> pointIds;
    private final List<String> profileIds;
    private final int n;
    /**
     * Row length of the arrays: {@code n} for tables built by the constructor; more for tables
     * grown by {@link #withPoints} (capacity for points appended later without copying).
     */
    final int stride;
    /** The arrays and which tables own them (see {@link #withPoints}, {@link TableGrowth}). */
    final TableGrowth.Storage storage;
    private final int sliceSeconds;
    private final int sliceCount;
    /**
     * [profile][cell * distinct tables + table] seconds: a leg's times in all the slices of its
     * profile lie side by side, so a time-dependent lookup touches the same cache line as a static one.
     */
    final int[][] seconds;
    /** [profile] number of distinct tables. */
    private final int[] distinct;
    /**
     * [profile][minute of the day] {@code runEnd << TABLE_BITS | table}: the minute's distinct table
     * index and the second of the day at which the run of slices with that table ends (slices that
     * share a table are one slice for the stepping); null for a static profile. One array, so a
     * time-dependent lookup reads one more int than a static one (an L1 hit: 5.6 KB per profile).
     */
    private final int[][] minuteRun;
    /** Low bits of {@link #minuteRun} holding the table index (a day has at most 1,440 slices). */
    private static final int TABLE_BITS = TableBuilder.TABLE_BITS;
    /** [profile] metres of its distinct tables ({@link MetresCells#group}: the free-flow table's, then the others side by side, in 16 bits while they fit). */
    final MetresCells[][] metres;
    /** [profile][cell] metres of the free-flow table ({@code metres[profile][0]}'s array), read by {@link #legMetres}. */
    private final int[][] freeMetres;
    /** [profile][slice] distinct table index; null for a static profile. */
    private final int[][] sliceTable;
    /** [profile][distinct table] mean seconds over reachable pairs i != j. */
    private final double[][] meanSeconds;
    private final long buildMillis;
    /** The longest entry of any table, plus one second (see {@link #longestLegSeconds()}). */
    private final int longestLegSeconds;
    /** The longest metres entry of any table (see {@link #longestLegMetres()}). */
    private final int longestLegMetres;

    /**
     * @param profileIds   one id per profile (the courier type ids), unique
     * @param sliceSeconds length of a time slice, seconds, dividing {@link #DAY_SECONDS}; ignored
     *                     when every profile has one table
     * @param tables       per profile its distinct tables, the free-flow table first; all over the
     *                     same points, and within a profile with the same unreachable pairs
     * @param sliceTables  per profile, for each slice of the day the index of its table in
     *                     {@code tables}; may be {@code null} for a profile with one table
     * @param buildMillis  how long building the tables took, milliseconds (reported by {@link #buildMillis()})
     * @throws IllegalArgumentException naming the profile when the lists do not fit together
     */
    public TravelTables(List<String> profileIds, int sliceSeconds, List<List<TravelTimes>> tables,
            List<int[]> sliceTables, long buildMillis) {
        this(pack(profileIds, sliceSeconds, tables, sliceTables), buildMillis);
    }

    /** The tables of the public constructor, through a {@link TableBuilder} without room. */
    private static TableBuilder pack(List<String> profileIds, int sliceSeconds, List<List<TravelTimes>> tables,
            List<int[]> sliceTables) {
        int profiles = profileIds.size();
        if (profiles == 0 || tables.size() != profiles || sliceTables.size() != profiles) {
            throw new IllegalArgumentException("The profiles (" + profiles + "), their tables (" + tables.size()
                    + ") and their slice maps (" + sliceTables.size() + ") differ in number or are empty;"
                    + " give one of each per profile.");
        }
        int[] counts = new int[profiles];
        for (int p = 0; p < profiles; p++) {
            counts[p] = tables.get(p).size();
            if (counts[p] == 0) {
                throw new IllegalArgumentException("The profile '" + profileIds.get(p)
                        + "' has no table; give at least its free-flow table.");
            }
        }
        List<String> ids = tables.get(0).get(0).pointIds();
        TableBuilder builder = new TableBuilder(profileIds, sliceSeconds, counts, sliceTables, ids, ids.size());
        for (int p = 0; p < profiles; p++) {
            for (int d = 0; d < counts[p]; d++) {
                builder.putTable(p, d, tables.get(p).get(d));
            }
        }
        return builder;
    }

    /** The tables a {@link TableBuilder} filled (its arrays, not copied). */
    TravelTables(TableBuilder built, long buildMillis) {
        this.profileIds = built.profileIds;
        this.sliceSeconds = built.sliceSeconds;
        this.sliceCount = built.sliceCount;
        this.pointIds = built.pointIds;
        this.n = built.n;
        this.stride = built.stride;
        this.seconds = built.seconds;
        this.distinct = built.distinct;
        this.minuteRun = built.minuteRun;
        this.metres = built.metres;
        this.freeMetres = freeMetres(metres);
        this.sliceTable = built.sliceTable;
        this.meanSeconds = built.meanSeconds;
        this.buildMillis = buildMillis;
        this.longestLegSeconds = built.longest + 1;
        this.longestLegMetres = built.longestMetres;
        this.storage = new TableGrowth.Storage();
        storage.latest = this;
    }

    private static int[][] freeMetres(MetresCells[][] metres) {
        int[][] free = new int[metres.length][];
        for (int p = 0; p < metres.length; p++) {
            free[p] = metres[p][0].wideArray();
        }
        return free;
    }

    /** Tables of {@code n} points over the given arrays (row length {@code stride}), the rest as {@code base}. */
    TravelTables(TravelTables base, List<String> pointIds, int stride, int[][] seconds, MetresCells[][] metres,
            int longestLegSeconds, int longestLegMetres, TableGrowth.Storage storage) {
        this.pointIds = pointIds;
        this.profileIds = base.profileIds;
        this.n = pointIds.size();
        this.stride = stride;
        this.storage = storage;
        this.sliceSeconds = base.sliceSeconds;
        this.sliceCount = base.sliceCount;
        this.seconds = seconds;
        this.distinct = base.distinct;
        this.minuteRun = base.minuteRun;
        this.metres = metres;
        this.freeMetres = freeMetres(metres);
        this.sliceTable = base.sliceTable;
        this.meanSeconds = base.meanSeconds;
        this.buildMillis = base.buildMillis;
        this.longestLegSeconds = longestLegSeconds;
        this.longestLegMetres = longestLegMetres;
    }

    /**
     * Fills the rows and columns of new or rewritten points, for {@link #withPoints}.
     */
    @FunctionalInterface
    public interface PointFiller {

        /**
         * Writes, for distinct table {@code distinct} of profile {@code profile}, the entries of
         * the points {@code targets} in the tables of {@code size} points: {@code rowSeconds[e * size + j]}
         * and {@code rowMetres[e * size + j]} from point {@code targets[e]} to point {@code j};
         * {@code columnSeconds[e * size + i]} and {@code columnMetres[e * size + i]} from point
         * {@code i} to point {@code targets[e]} (the diagonal is 0; where both ends are targets,
         * the row's entry is kept).
         *
         * @param profile       the profile index
         * @param distinct      the distinct table index of that profile
         * @param size          the number of points of the new tables
         * @param targets       the points written
         * @param rowSeconds    out: seconds from each target, {@code targets.length * size}
         * @param rowMetres     out: metres from each target
         * @param columnSeconds out: seconds to each target
         * @param columnMetres  out: metres to each target
         */
        void fill(int profile, int distinct, int size, int[] targets, int[] rowSeconds, int[] rowMetres,
                int[] columnSeconds, int[] columnMetres);
    }

    /**
     * These tables with the points {@code targets} written (in every profile's every table, rows
     * and columns from {@code filler}) and named {@code ids}: a target below {@link #size()}
     * replaces that point, the others are appended and must be exactly {@code size()},
     * {@code size() + 1}, ... For a live table that gains and reuses points (a request's address,
     * a courier's GPS fix) without copying the table: the tables newest in their family (built by
     * a constructor, or returned by this method and not yet grown) write in place into arrays with
     * spare rows (capacity grows by half when full, by at most 1,024 points, copied
     * once; {@link #withRoom} reserves it up front), so this costs O(targets × size ×
     * tables) plus, for the other tables, one copy. The slices keep their tables.
     *
     * <p><b>Sharing.</b> These tables stay valid and unchanged for every pair of points not among
     * {@code targets}; a replaced point's entries change under them too (give only points that
     * no reader of these tables uses any more). {@link #meanSeconds} keeps the values of the
     * first tables of the family (the mean of the original points).
     *
     * @param targets the points to write, distinct
     * @param ids     their ids, unique among the points kept
     * @param filler  writes their rows and columns
     * @return the tables with the points written
     * @throws IllegalArgumentException when a target is negative or repeats, the appended targets
     *                                  leave a gap, the ids do not match or repeat, or the size
     *                                  would exceed {@link TravelTimes#MAX_POINTS}
     */
    public TravelTables withPoints(int[] targets, List<String> ids, PointFiller filler) {
        return TableGrowth.withPoints(this, targets, ids, filler);
    }

    /**
     * These tables with room for {@code points} points in all, so that appending points up to that
     * number with {@link #withPoints} writes in place and never copies the table: for a dispatch
     * system that knows how many new addresses and GPS places a day brings, one copy at start-up
     * instead of copies while requests wait (on 10,000 points of a city's time-of-day tables one such
     * copy moves 8 GB). Returns these tables when they already have the room and are the newest of
     * their family.
     *
     * @param points the number of points to make room for, at least {@link #size()}
     * @return tables equal to these, with that room
     * @throws IllegalArgumentException when {@code points} is below {@link #size()} or above
     *                                  {@link TravelTimes#MAX_POINTS}
     */
    public TravelTables withRoom(int points) {
        return TableGrowth.withRoom(this, points);
    }

    /**
     * One static table per profile (no time of day), for models without congestion.
     *
     * @param profileIds the profile ids
     * @param perProfile one table per profile, in the order of {@code profileIds}
     * @param buildMillis milliseconds it took to build the tables
     * @return one static table per profile (no time of day), for models without congestion
     */
    public static TravelTables ofStatic(List<String> profileIds, List<TravelTimes> perProfile, long buildMillis) {
        List<List<TravelTimes>> tables = new ArrayList<>();
        List<int[]> maps = new ArrayList<>();
        for (TravelTimes t : perProfile) {
            tables.add(List.of(t));
            maps.add(null);
        }
        return new TravelTables(profileIds, DAY_SECONDS, tables, maps, buildMillis);
    }

    /**
     * Seconds to drive from point {@code from} to point {@code to} for profile {@code profile},
     * leaving at {@code departSecond} (seconds since 00:00 of the first day), or
     * {@link TravelTimes#UNREACHABLE}. For a static profile, or a leg that ends in the slice it
     * starts in, this is exactly the table entry. FIFO: {@code departSecond + legSeconds(...)}
     * never decreases as {@code departSecond} grows (see the class comment).
     *
     * @param profile the profile index
     * @param from the from point index
     * @param to the to point index
     * @param departSecond departure, seconds since 00:00 of the first day
     * @throws IllegalArgumentException when {@code departSecond} is negative
     * @return seconds to drive from point {@code from} to point {@code to} for profile {@code profile}, leaving at {@code departSecond} (seconds since 00:00 of the first day), or {@link TravelTimes#UNREACHABLE}
     */
    public int legSeconds(int profile, int from, int to, int departSecond) {
        int cell = from * stride + to;
        int[] own = seconds[profile];
        int[] minutes = minuteRun[profile];
        if (minutes == null) {
            return own[cell];
        }
        return timedLeg(own, minutes, profile, cell * distinct[profile], departSecond);
    }

    /**
     * {@link #legSeconds} of a time-dependent profile; {@code base} is the leg's first entry. Kept
     * small (the error and the stepping are separate methods) so that the JIT inlines it into a
     * route walk's loop.
     */
    private int timedLeg(int[] own, int[] minutes, int profile, int base, int departSecond) {
        // The free-flow entry does not depend on the time: it is read first (which also fetches the
        // leg's cache line, its slices lie side by side), and it is the answer in the free-flow
        // slices, most of the day. In a route walk each departure depends on the previous leg; the
        // well-predicted branch on the slice's table lets the CPU go on with this entry while the
        // minute lookup is in flight, instead of waiting on a chain of two loads (about 30% less
        // time per leg in such a chain).
        int t0 = own[base];
        if (t0 == TravelTimes.UNREACHABLE) {
            return TravelTimes.UNREACHABLE;
        }
        if (departSecond < 0) {
            throw negativeDeparture(departSecond);
        }
        // Divisions by constants only (the JIT turns them into multiplications); the first day needs none.
        int daySecond = departSecond < DAY_SECONDS ? departSecond : departSecond % DAY_SECONDS;
        int run = minutes[daySecond / 60];
        int table = run & (1 << TABLE_BITS) - 1;
        if (table != 0) {
            t0 = own[base + table];
        }
        long end = (long) departSecond - daySecond + (run >>> TABLE_BITS);
        if (departSecond + (long) t0 <= end) {
            return t0;
        }
        return crossing(own, sliceTable[profile], base, departSecond, t0, end / sliceSeconds, end);
    }

    /**
     * The latest departure second up to which leaving later takes exactly the seconds of leaving at
     * {@code departSecond}: {@link Long#MAX_VALUE} for a static profile or an unreachable leg; for a
     * time-dependent leg that ends in the run of slices (sharing one table) it starts in, the run's
     * end minus the leg; else {@code departSecond} itself (the leg crosses a run's end, so a later
     * departure may take other seconds). Every departure in {@code [departSecond, result]} gives
     * {@link #legSeconds} the same answer: a delay that stays within it moves the arrival by
     * exactly the delay.
     *
     * @param profile the profile index
     * @param from the from point index
     * @param to the to point index
     * @param departSecond departure, seconds since 00:00 of the first day, not negative
     * @return the latest departure second with the same leg seconds, at least {@code departSecond}
     */
    public long legSteadyUntil(int profile, int from, int to, int departSecond) {
        int[] minutes = minuteRun[profile];
        int[] own = seconds[profile];
        int base = (from * stride + to) * (minutes == null ? 1 : distinct[profile]);
        if (minutes == null || own[base] == TravelTimes.UNREACHABLE) {
            return Long.MAX_VALUE;
        }
        if (departSecond < 0) {
            throw negativeDeparture(departSecond);
        }
        int daySecond = departSecond < DAY_SECONDS ? departSecond : departSecond % DAY_SECONDS;
        int run = minutes[daySecond / 60];
        int table = run & (1 << TABLE_BITS) - 1;
        long end = (long) departSecond - daySecond + (run >>> TABLE_BITS);
        long leg = own[base + table];
        return departSecond + leg <= end ? end - leg : departSecond;
    }

    private static IllegalArgumentException negativeDeparture(int departSecond) {
        return new IllegalArgumentException("The departure second (" + departSecond
                + ") is negative; give seconds since 00:00.");
    }

    /** The IGP stepping once the leg leaves its first slice (see the class comment). */
    private int crossing(int[] own, int[] map, int base, int depart, int t0, long slice, long start) {
        double remaining = 1.0 - (double) (start - depart) / t0;
        while (true) {
            int t = own[base + map[(int) (slice % sliceCount)]];
            double need = remaining * t;
            if (need <= sliceSeconds) {
                double arrival = start + need;
                return Math.toIntExact((long) Math.ceil(arrival) - depart);
            }
            remaining -= (double) sliceSeconds / t;
            start += sliceSeconds;
            slice++;
        }
    }

    /**
     * Metres of the leg from {@code from} to {@code to} for {@code profile} along its free-flow fastest path, or {@link TravelTimes#UNREACHABLE}.
     *
     * @param profile the profile index
     * @param from the from point index
     * @param to the to point index
     * @return metres of the leg from {@code from} to {@code to} for {@code profile} along its free-flow fastest path, or {@link TravelTimes#UNREACHABLE}
     */
    public int legMetres(int profile, int from, int to) {
        return freeMetres[profile][from * stride + to];
    }

    /**
     * Whether a road leads from {@code from} to {@code to} for {@code profile} (at any time).
     *
     * @param profile the profile index
     * @param from the from point index
     * @param to the to point index
     * @return whether a road leads from {@code from} to {@code to} for {@code profile} (at any time)
     */
    public boolean reachable(int profile, int from, int to) {
        return seconds[profile][(from * stride + to) * distinct[profile]] != TravelTimes.UNREACHABLE;
    }

    /**
     * Seconds of the leg from {@code from} to {@code to} in the free-flow table of {@code profile}
     * (no congestion), or {@link TravelTimes#UNREACHABLE}: one entry, no copy.
     *
     * @param profile the profile index
     * @param from the from point index
     * @param to the to point index
     * @return the free-flow seconds of the leg, or {@link TravelTimes#UNREACHABLE}
     */
    public int freeFlowSeconds(int profile, int from, int to) {
        return seconds[profile][(from * stride + to) * distinct[profile]];
    }

    /**
     * Whether {@code profile} has more than one table (its leg times depend on the time).
     *
     * @param profile the profile index
     * @return whether {@code profile} has more than one table (its leg times depend on the time)
     */
    public boolean isTimeDependent(int profile) {
        return sliceTable[profile] != null;
    }

    /**
     * Number of profiles.
     *
     * @return the number of profiles
     */
    public int profileCount() {
        return profileIds.size();
    }

    /**
     * Profile ids (courier type ids), in index order.
     *
     * @return profile ids (courier type ids), in index order
     */
    public List<String> profileIds() {
        return profileIds;
    }

    /**
     * The index of profile {@code id}, or -1.
     *
     * @param id a profile id
     * @return the index of profile {@code id}, or -1
     */
    public int profileIndex(String id) {
        return profileIds.indexOf(id);
    }

    /**
     * Number of points.
     *
     * @return the number of points
     */
    public int size() {
        return n;
    }

    /**
     * Point ids in index order.
     *
     * @return point ids in index order
     */
    public List<String> pointIds() {
        return pointIds;
    }

    /**
     * Length of a time slice, seconds ({@link #DAY_SECONDS} when no profile depends on the time).
     *
     * @return length of a time slice, seconds ({@link #DAY_SECONDS} when no profile depends on the time)
     */
    public int sliceSeconds() {
        return sliceSeconds;
    }

    /**
     * Number of slices in a day.
     *
     * @return the number of slices in a day
     */
    public int sliceCount() {
        return sliceCount;
    }

    /**
     * Number of distinct tables of {@code profile} (1 for a static profile).
     *
     * @param profile the profile index
     * @return the number of distinct tables of {@code profile} (1 for a static profile)
     */
    public int distinctTables(int profile) {
        return distinct[profile];
    }

    /**
     * The slice of {@code second} (seconds since 00:00; later days repeat the first).
     *
     * @param second seconds since 00:00
     * @return the slice of {@code second} (seconds since 00:00; later days repeat the first)
     */
    public int sliceOf(int second) {
        if (second < 0) {
            throw new IllegalArgumentException("The second (" + second + ") is negative; give seconds since 00:00.");
        }
        return (second / sliceSeconds) % sliceCount;
    }

    /**
     * The index of the distinct table that {@code profile} uses in {@code slice}.
     *
     * @param profile the profile index
     * @param slice the time slice index
     * @return the index of the distinct table that {@code profile} uses in {@code slice}
     */
    public int tableOf(int profile, int slice) {
        return sliceTable[profile] == null ? 0 : sliceTable[profile][slice];
    }

    /**
     * The static table {@code profile} uses when leaving at {@code second}: the table of that
     * second's slice, every leg at that slice's speeds (no stepping into the next slice). What a
     * static solver (stationing) takes for a chosen hour.
     *
     * @param profile the profile index
     * @param second seconds since 00:00
     * @return the static table {@code profile} uses when leaving at {@code second}: the table of that second's slice, every leg at that slice's speeds (no stepping into the next slice)
     */
    public TravelTimes timesAt(int profile, int second) {
        int d = tableOf(profile, sliceOf(second));
        return TravelTimes.owning(pointIds, column(profile, d), metresOf(profile, d));
    }

    /**
     * The static table of {@code profile} at its peak slice of the whole day
     * ({@link #peakSecond peakSecond(profile, 0, DAY_SECONDS)}): what stationing takes by default.
     *
     * @param profile the profile index
     * @return the static table of {@code profile} at its peak slice of the whole day ({@link #peakSecond peakSecond(profile, 0, DAY_SECONDS)}): what stationing takes by default
     */
    public TravelTimes peakTimes(int profile) {
        return timesAt(profile, peakSecond(profile, 0, DAY_SECONDS));
    }

    /**
     * The free-flow table of {@code profile} (no congestion): today's table for an unrestricted profile.
     *
     * @param profile the profile index
     * @return the free-flow table of {@code profile} (no congestion): today's table for an unrestricted profile
     */
    public TravelTimes freeFlow(int profile) {
        return TravelTimes.owning(pointIds, column(profile, 0), metresOf(profile, 0));
    }

    /**
     * Distinct table {@code distinct} of {@code profile} (0 is its free-flow table).
     *
     * @param profile  the profile index
     * @param distinct the distinct table index, 0 to {@link #distinctTables(int) distinctTables(profile)} - 1
     * @return that table, a copy
     */
    public TravelTimes table(int profile, int distinct) {
        if (distinct < 0 || distinct >= this.distinct[profile]) {
            throw new IllegalArgumentException("The table index (" + distinct + ") of profile '" + profileIds.get(profile)
                    + "' is outside 0.." + (this.distinct[profile] - 1) + ".");
        }
        return TravelTimes.owning(pointIds, column(profile, distinct), metresOf(profile, distinct));
    }

    /**
     * These tables with the points {@code extra} appended (a courier's live position, a request's
     * location), by {@link TravelModel#extend(TravelTables, List, List, List, Congestion)} of the
     * model that built them: every profile's every table gains the new rows and columns, the slices
     * keep their tables, and the existing entries are unchanged.
     *
     * @param model        the model that built these tables
     * @param basePoints   the locations of these tables' points, in index order
     * @param extra        the points to append, ids not among {@link #pointIds()}
     * @param courierTypes the courier types these tables were built for, in profile order
     * @param congestion   the congestion they were built with, or {@code null}
     * @return the extended tables
     * @throws IllegalArgumentException as {@link TravelModel#extend(TravelTables, List, List, List, Congestion)}
     */
    public TravelTables extend(TravelModel model, List<dev.outpost.model.Location> basePoints,
            List<TravelPoint> extra, List<dev.outpost.model.CourierType> courierTypes,
            dev.outpost.model.Congestion congestion) {
        return model.extend(this, basePoints, extra, courierTypes, congestion);
    }

    /**
     * These tables restricted to the points {@code points}, in that order: point {@code i} of the
     * result is point {@code points[i]} here, in every profile's every table; the slices keep their
     * tables, so every leg (time-dependent ones included) is exactly the same as here. O(k² × tables)
     * for k points.
     *
     * @param points distinct point indices of these tables
     * @return the tables over the selected points
     * @throws IllegalArgumentException naming the index when one is outside the tables or repeats
     */
    public TravelTables select(int[] points) {
        int k = points.length;
        List<String> ids = new ArrayList<>(k);
        java.util.BitSet seen = new java.util.BitSet(n);
        for (int i = 0; i < k; i++) {
            int q = points[i];
            if (q < 0 || q >= n || seen.get(q)) {
                throw new IllegalArgumentException("The selected point (" + q + ", at position " + i + ") is "
                        + (q < 0 || q >= n ? "outside the tables (0.." + (n - 1) + ")" : "selected twice")
                        + "; give distinct indices of the tables' points.");
            }
            seen.set(q);
            ids.add(pointIds.get(q));
        }
        List<List<TravelTimes>> tables = new ArrayList<>(profileIds.size());
        List<int[]> maps = new ArrayList<>(profileIds.size());
        for (int p = 0; p < profileIds.size(); p++) {
            int d0 = distinct[p];
            List<TravelTimes> own = new ArrayList<>(d0);
            for (int d = 0; d < d0; d++) {
                int[] s = new int[k * k];
                int[] m = new int[k * k];
                for (int a = 0; a < k; a++) {
                    int row = points[a] * stride;
                    for (int b = 0; b < k; b++) {
                        int cell = row + points[b];
                        s[a * k + b] = seconds[p][cell * d0 + d];
                        m[a * k + b] = MetresCells.get(metres[p], d0, d, cell);
                    }
                }
                own.add(new TravelTimes(ids, s, m));
            }
            tables.add(own);
            maps.add(sliceTable[p] == null ? null : sliceTable[p].clone());
        }
        return new TravelTables(profileIds, sliceSeconds, tables, maps, buildMillis);
    }

    /** The seconds of distinct table {@code d} of {@code profile}, row-major. */
    private int[] column(int profile, int d) {
        int k = distinct[profile];
        int[] out = new int[n * n];
        int[] own = seconds[profile];
        for (int i = 0; i < n; i++) {
            int from = i * stride * k + d;
            for (int j = 0; j < n; j++) {
                out[i * n + j] = own[from + j * k];
            }
        }
        return out;
    }

    /** The metres of distinct table {@code d} of {@code profile}, row-major, {@code n * n}. */
    private int[] metresOf(int profile, int d) {
        MetresCells[] own = metres[profile];
        int d0 = distinct[profile];
        int[] out = new int[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i * n + j] = MetresCells.get(own, d0, d, i * stride + j);
            }
        }
        return out;
    }

    /**
     * Mean seconds over reachable pairs of the table {@code profile} uses in slice {@code slice}.
     *
     * @param profile the profile index
     * @param slice the time slice index
     * @return mean seconds over reachable pairs of the table {@code profile} uses in slice {@code slice}
     */
    public double meanSeconds(int profile, int slice) {
        return meanSeconds[profile][tableOf(profile, slice)];
    }

    /**
     * The start second of the peak slice of {@code profile} among the slices that overlap
     * {@code [fromSecond, toSecond)}: the one whose table has the highest mean travel time, the
     * earliest on ties. With {@code 0, DAY_SECONDS}, the peak of the whole day.
     *
     * @param profile the profile index
     * @param fromSecond start of the time range, seconds since 00:00
     * @param toSecond end of the time range (exclusive), seconds since 00:00
     * @throws IllegalArgumentException when the window is empty or outside the day
     * @return the start second of the peak slice of {@code profile} among the slices that overlap {@code [fromSecond, toSecond)}: the one whose table has the highest mean travel time, the earliest on ties
     */
    public int peakSecond(int profile, int fromSecond, int toSecond) {
        return extremeSecond(profile, fromSecond, toSecond, true);
    }

    /**
     * As {@link #peakSecond}, the slice with the lowest mean travel time (the off-peak).
     *
     * @param profile the profile index
     * @param fromSecond start of the time range, seconds since 00:00
     * @param toSecond end of the time range (exclusive), seconds since 00:00
     * @return as {@link #peakSecond}, the slice with the lowest mean travel time (the off-peak)
     */
    public int offPeakSecond(int profile, int fromSecond, int toSecond) {
        return extremeSecond(profile, fromSecond, toSecond, false);
    }

    private int extremeSecond(int profile, int fromSecond, int toSecond, boolean highest) {
        if (fromSecond < 0 || toSecond > DAY_SECONDS || fromSecond >= toSecond) {
            throw new IllegalArgumentException("The window (" + fromSecond + " s to " + toSecond
                    + " s) must be non-empty and inside the day (0 to 86,400 s).");
        }
        int best = -1;
        double bestMean = 0;
        for (int s = fromSecond / sliceSeconds; s * sliceSeconds < toSecond; s++) {
            double m = meanSeconds(profile, s);
            if (best < 0 || (highest ? m > bestMean : m < bestMean)) {
                best = s;
                bestMean = m;
            }
        }
        return Math.max(fromSecond, best * sliceSeconds);
    }

    /**
     * Bytes the tables' entries take for their {@code size()²} pairs: per distinct table 4 for
     * the seconds and 4 for the metres, 2 for the metres of a table other than the free-flow one
     * whose entries all fit in 16 bits (up to 65,534 m); rows reserved for points to come not counted.
     *
     * @return bytes the tables' entries take for their {@code size()²} pairs
     */
    public long bytes() {
        long cells = (long) n * n;
        long bytes = 0;
        for (int p = 0; p < distinct.length; p++) {
            bytes += (long) (Integer.BYTES * distinct[p] + Integer.BYTES) * cells;
            if (distinct[p] > 1) {
                bytes += (long) metres[p][1].bytesPerCell() * (distinct[p] - 1) * cells;
            }
        }
        return bytes;
    }

    /**
     * Distinct tables over all profiles.
     *
     * @return distinct tables over all profiles
     */
    public int tableCount() {
        int count = 0;
        for (int d : distinct) {
            count += d;
        }
        return count;
    }

    /**
     * An upper bound of every leg's seconds, at any departure: the longest entry of any table of
     * any profile plus one second (a leg that crosses into another slice takes between its slices'
     * entries, its arrival rounded up). Computed once when the tables are built.
     *
     * @return the longest leg of any profile at any time, seconds, plus one
     */
    public int longestLegSeconds() {
        return longestLegSeconds;
    }

    /**
     * The longest metres entry of any table of any profile (an upper bound of every leg's metres).
     *
     * @return the longest leg of any profile, metres
     */
    public int longestLegMetres() {
        return longestLegMetres;
    }

    /**
     * How long building these tables took, milliseconds (model preprocessing included when the builder says so).
     *
     * @return how long building these tables took, milliseconds (model preprocessing included when the builder says so)
     */
    public long buildMillis() {
        return buildMillis;
    }

    @Override
    public String toString() {
        return "TravelTables[" + n + " points, profiles " + profileIds + ", " + tableCount() + " tables, "
                + sliceCount + " slices of " + sliceSeconds + " s]";
    }
}
