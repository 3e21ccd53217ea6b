package dev.outpost.routing.route;

import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The kernel's tables and legs: the travel tables every leg is timed from, the hub and the
 * cut-off. A static problem's table is a one-slice time-of-day table
 * ({@link TravelTables#ofStatic}), so one leg rule ({@link TravelTables#legSeconds}) serves static
 * and time-dependent couriers alike. Per profile of a static problem it also keeps the
 * profile: free-flow) seconds and metres tables, for reachability, metres and the static
 * slack's backward pass. Immutable; shared by every kernel derived from one problem.
 */
final class KernelTravel {

    final int pointCount;
    /** Never null: a static problem's table as one static profile. */
    final TravelTables tables;
    /** Whether the problem had no time-of-day tables (then every courier drives profile 0). */
    final boolean staticProblem;
    /** [profile] seconds table, row-major, of a static problem (null when time-dependent: read from {@link #tables}). */
    final int[][] profileSeconds;
    /** [profile] metres table, row-major, of a static problem (null when time-dependent). */
    final int[][] profileMetres;
    final boolean[] profileTimed;
    /** [profile] the profile's legs as a {@link LegSeconds} source, for {@link RouteClock}. */
    final LegSeconds[] profileLegs;
    final int hub;
    final int cutoff;
    final int maxLeg;
    final int maxMetres;

    KernelTravel(RoutingProblem problem) {
        this(problem.tables(), problem.travel(), problem.hubPoint(), problem.cutoffSecond());
    }

    /**
     * The travel of a static problem ({@code tables} null: {@code travel}'s arrays) or of a
     * time-dependent one ({@code tables}: read in place, no copy of its tables, so that a live
     * table grown by {@link TravelTables#withPoints} costs no O(points²) work here).
     */
    KernelTravel(TravelTables t, TravelTimes travel, int hub, int cutoff) {
        staticProblem = t == null;
        tables = staticProblem ? TravelTables.ofStatic(List.of("static"), List.of(travel), 0) : t;
        pointCount = staticProblem ? travel.size() : t.size();
        int profiles = tables.profileCount();
        profileSeconds = new int[profiles][];
        profileMetres = new int[profiles][];
        profileTimed = new boolean[profiles];
        profileLegs = new LegSeconds[profiles];
        int legs = 0;
        int distance = 0;
        for (int p = 0; p < profiles; p++) {
            profileTimed[p] = tables.isTimeDependent(p);
            profileLegs[p] = new ProfileLegs(tables, p);
            if (staticProblem) {
                profileSeconds[p] = travel.secondsTable();
                profileMetres[p] = travel.metresTable();
                for (int i = 0; i < profileSeconds[p].length; i++) {
                    legs = Math.max(legs, profileSeconds[p][i]);
                    distance = Math.max(distance, profileMetres[p][i]);
                }
            }
        }
        maxLeg = staticProblem ? legs : tables.longestLegSeconds();
        maxMetres = staticProblem ? distance : tables.longestLegMetres();
        this.hub = hub;
        this.cutoff = cutoff;
    }

    /** The profile index of courier k (0 for a static problem or an unset profile). */
    int profileOf(Courier k) {
        if (staticProblem || k.profile() == null) {
            return 0;
        }
        int p = tables.profileIndex(k.profile());
        if (p < 0) {
            throw new IllegalArgumentException("The courier (" + k.id() + ") profile ('" + k.profile()
                    + "') is not a profile of the travel tables " + tables.profileIds() + "; use one of them.");
        }
        return p;
    }

    /** Seconds of profile p's leg a to b leaving at {@code departSecond}, or {@link TravelTimes#UNREACHABLE}. */
    int legSeconds(int profile, int a, int b, int departSecond) {
        return tables.legSeconds(profile, a, b, departSecond);
    }

    /** Metres of profile p's leg a to b (free-flow path), or {@link TravelTimes#UNREACHABLE}. */
    int legMetres(int profile, int a, int b) {
        return staticProblem ? profileMetres[profile][a * pointCount + b] : tables.legMetres(profile, a, b);
    }

    /** Whether a road leads from a to b for profile p (at any time). */
    boolean reachable(int profile, int a, int b) {
        return staticProblem ? profileSeconds[profile][a * pointCount + b] != TravelTimes.UNREACHABLE
                : tables.reachable(profile, a, b);
    }

    /** Seconds of profile p's static (time-dependent: free-flow) leg a to b, or {@link TravelTimes#UNREACHABLE}. */
    int staticSeconds(int profile, int a, int b) {
        return staticProblem ? profileSeconds[profile][a * pointCount + b] : tables.freeFlowSeconds(profile, a, b);
    }

    /** Throws naming the courier or pickup when its point is outside the table or its id repeats. */
    void requireInTable(List<Courier> couriers, List<Pickup> pickups) {
        Set<String> courierIds = new HashSet<>();
        for (Courier k : couriers) {
            requirePoint("courier (" + k.id() + ")", "startPoint", k.startPoint());
            if (!courierIds.add(k.id())) {
                throw new IllegalArgumentException("The courier id (" + k.id() + ") is used twice; make ids unique.");
            }
        }
        Set<String> pickupIds = new HashSet<>();
        for (Pickup p : pickups) {
            requirePoint("pickup (" + p.id() + ")", "point", p.point());
            if (!pickupIds.add(p.id())) {
                throw new IllegalArgumentException("The pickup id (" + p.id() + ") is used twice; make ids unique.");
            }
        }
    }

    /** Throws naming the owner when a point is outside the table. */
    void requirePoint(String owner, String field, int point) {
        if (point >= pointCount) {
            throw new IllegalArgumentException("The " + owner + " " + field + " (" + point
                    + ") is outside the travel table (0.." + (pointCount - 1) + ").");
        }
    }

    /** One profile of the tables as a leg source (kernel clocks run on int seconds). */
    private static final class ProfileLegs implements LegSeconds {
        private final TravelTables tables;
        private final int profile;

        ProfileLegs(TravelTables tables, int profile) {
            this.tables = tables;
            this.profile = profile;
        }

        @Override
        public int seconds(int from, int to, long departSecond) {
            return tables.legSeconds(profile, from, to, (int) departSecond);
        }
    }
}
