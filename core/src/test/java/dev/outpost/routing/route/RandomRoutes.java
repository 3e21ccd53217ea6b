package dev.outpost.routing.route;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random routes for a kernel's tests: each pickup goes to a random courier at a random position
 * (kept when the route stays feasible, and now and then when it does not) or stays free.
 */
final class RandomRoutes {

    /** Per courier, its pickup indices in visiting order. */
    final List<List<Integer>> routes = new ArrayList<>();

    /** The pickups no route took. */
    final List<Integer> free = new ArrayList<>();

    /**
     * @param keepInfeasibleOneIn an infeasible insertion is kept with probability 1 in this
     */
    RandomRoutes(RouteKernel k, RouteWalk walk, SplittableRandom random, int keepInfeasibleOneIn) {
        int couriers = k.courierCount();
        for (int c = 0; c < couriers; c++) {
            routes.add(new ArrayList<>());
        }
        for (int p = 0; p < k.pickupCount(); p++) {
            int c = random.nextInt(couriers + 1);
            if (c == couriers) {
                free.add(p);
                continue;
            }
            List<Integer> trial = new ArrayList<>(routes.get(c));
            trial.add(random.nextInt(trial.size() + 1), p);
            int[] seq = trial.stream().mapToInt(Integer::intValue).toArray();
            if (k.feasible(c, seq, seq.length, walk) || random.nextInt(keepInfeasibleOneIn) == 0) {
                routes.set(c, trial);
            } else {
                free.add(p);
            }
        }
    }

    /** Courier c's route as an array. */
    int[] route(int c) {
        return routes.get(c).stream().mapToInt(Integer::intValue).toArray();
    }
}
