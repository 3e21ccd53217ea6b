package dev.outpost.routing;

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
}
