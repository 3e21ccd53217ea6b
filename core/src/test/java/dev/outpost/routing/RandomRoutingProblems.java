package dev.outpost.routing;

import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.SplittableRandom;

/** Seeded random small routing problems for tests: couriers and pickups on a 10 km square. */
public final class RandomRoutingProblems {

    private RandomRoutingProblems() {
    }

    /** Skill names of a bit mask: bit k is skill "s" + k. */
    public static Set<String> skills(long bits) {
        Set<String> names = new TreeSet<>();
        for (int k = 0; k < 64; k++) {
            if ((bits & (1L << k)) != 0) {
                names.add("s" + k);
            }
        }
        return names;
    }

    /**
     * A random problem. Travel: straight line at 10 m/s; with {@code unreachable} one point has no
     * path in or out of it except from itself.
     */
    public static RoutingProblem generate(long seed, int couriers, int pickups, boolean unreachable) {
        SplittableRandom random = new SplittableRandom(seed);
        int points = 1 + couriers + pickups;
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = random.nextDouble(10_000);
            y[i] = random.nextDouble(10_000);
        }
        int cut = unreachable ? points - 1 : -1;
        int[] seconds = new int[points * points];
        int[] metres = new int[points * points];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            ids.add("pt" + i);
            for (int j = 0; j < points; j++) {
                int m = (int) Math.round(Math.hypot(x[i] - x[j], y[i] - y[j]));
                boolean blocked = i != j && (i == cut || j == cut);
                metres[i * points + j] = blocked ? TravelTimes.UNREACHABLE : m;
                seconds[i * points + j] = blocked ? TravelTimes.UNREACHABLE : m / 10;
            }
        }
        List<Courier> list = new ArrayList<>();
        for (int c = 0; c < couriers; c++) {
            int start = 8 * 3600 + random.nextInt(3600);
            list.add(Courier.builder("c" + c).startPoint(1 + c).available(start)
                    .shiftEnd(start + 4 * 3600 + random.nextInt(2 * 3600)).capacity(5 + random.nextInt(20))
                    .loadOnBoard(random.nextInt(3)).skills(skills(random.nextInt(4))).endAtHub(random.nextInt(5) > 0).build());
        }
        List<Pickup> pickupList = new ArrayList<>();
        for (int p = 0; p < pickups; p++) {
            int open = 8 * 3600 + random.nextInt(4 * 3600);
            pickupList.add(Pickup.builder("p" + p).point(1 + couriers + p).window(open, open + 600 + random.nextInt(3 * 3600))
                    .serviceSeconds(60 + random.nextInt(600)).size(1 + random.nextInt(5)).priority(1 + random.nextInt(3))
                    .requiredSkills(skills(random.nextInt(6) == 0 ? 1L << random.nextInt(2) : 0L))
                    .releaseSecond(open - random.nextInt(3600)).build());
        }
        return new RoutingProblem(list, pickupList, 0, 14 * 3600 + random.nextInt(3600), new TravelTimes(ids, seconds, metres));
    }

    /** Profiles of {@link #generateTimeDependent}: two time-dependent, one static. */
    public static final List<String> PROFILES = List.of("scooter", "van", "bike");

    /**
     * The problem of {@link #generate} made time-dependent: profiles {@link #PROFILES}; "scooter"
     * and "van" have 3 and 2 distinct tables (the static table times 1.0, 1.7, 0.8 and 1.2, 2.3),
     * mapped at random onto 15-minute slices (so legs cross slice boundaries often); "bike" is
     * static at 1.4 times the static table. Each courier gets a random profile, or none (the first).
     */
    public static RoutingProblem generateTimeDependent(long seed, int couriers, int pickups, boolean unreachable) {
        RoutingProblem base = generate(seed, couriers, pickups, unreachable);
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        TravelTables tables = tables(base.travel(), random);
        List<Courier> list = new ArrayList<>();
        for (Courier c : base.couriers()) {
            int pick = random.nextInt(PROFILES.size() + 1);
            list.add(c.toBuilder().profile(pick == PROFILES.size() ? null : PROFILES.get(pick)).build());
        }
        return RoutingProblem.timeDependent(list, base.pickups(), base.hubPoint(), base.cutoffSecond(), tables);
    }

    /** Random time-dependent tables over the points of {@code travel} (see {@link #generateTimeDependent}). */
    public static TravelTables tables(TravelTimes travel, SplittableRandom random) {
        int slice = 900;
        int slices = TravelTables.DAY_SECONDS / slice;
        double[][] factors = {{1.0, 1.7, 0.8}, {1.2, 2.3}, {1.4}};
        List<List<TravelTimes>> tables = new ArrayList<>();
        List<int[]> maps = new ArrayList<>();
        for (double[] own : factors) {
            List<TravelTimes> list = new ArrayList<>();
            for (double f : own) {
                list.add(scaled(travel, f));
            }
            tables.add(list);
            if (own.length == 1) {
                maps.add(null);
                continue;
            }
            int[] map = new int[slices];
            for (int s = 0; s < slices; s++) {
                map[s] = random.nextInt(own.length);
            }
            maps.add(map);
        }
        return new TravelTables(PROFILES, slice, tables, maps, 0);
    }

    private static TravelTimes scaled(TravelTimes travel, double factor) {
        int[] seconds = travel.secondsTable();
        for (int i = 0; i < seconds.length; i++) {
            if (seconds[i] > 0) {
                seconds[i] = (int) Math.round(seconds[i] * factor);
            }
        }
        return new TravelTimes(travel.pointIds(), seconds, travel.metresTable());
    }
}
