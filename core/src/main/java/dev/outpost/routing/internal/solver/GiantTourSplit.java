package dev.outpost.routing.internal.solver;

import dev.outpost.routing.route.RouteKernel;
import dev.outpost.routing.route.RouteWalk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Internal (not API): the recombination of the population phase. {@link #orderedCrossover}
 * is the ordered crossover (OX) of two giant tours (every pickup once, routes concatenated);
 * {@link #split} cuts a giant tour into one route per courier, in courier order, by dynamic
 * programming over (courier, tour position), as Prins' split generalised to a heterogeneous fleet.
 *
 * <p>Each route is priced by the kernel's walk ({@link RouteWalk}), the same figures the score
 * calculator sums: the cost of a split is compared lexicographically as (hard penalty, unassigned
 * priority, soft cost), like the score. A route may extend past its first infeasible stop by that
 * one stop only (a penalised route: the local search repairs it), so the split always exists; the
 * tail of the tour no courier takes goes to the unassigned bucket. Couriers with the same start,
 * times, capacity, load, skills, end flag and travel profile share their route prices. Cost
 * O(classes · n · L²) for routes of at most L stops plus O(couriers · n · L) for the programme.
 */
public final class GiantTourSplit {

    private static final long UNSET = Long.MAX_VALUE;

    private final RouteKernel kernel;
    private final RouteWalk walk;
    private final int[] courierClassOf;
    private final int[] classCourier;

    /**
     * @param kernel the route kernel of the problem
     */
    public GiantTourSplit(RouteKernel kernel) {
        this.kernel = kernel;
        this.walk = kernel.walker();
        int m = kernel.courierCount();
        courierClassOf = new int[m];
        List<Integer> representatives = new ArrayList<>();
        for (int c = 0; c < m; c++) {
            int found = -1;
            for (int k = 0; k < representatives.size() && found < 0; k++) {
                if (sameClass(c, representatives.get(k))) {
                    found = k;
                }
            }
            if (found < 0) {
                found = representatives.size();
                representatives.add(c);
            }
            courierClassOf[c] = found;
        }
        classCourier = representatives.stream().mapToInt(Integer::intValue).toArray();
    }

    private boolean sameClass(int a, int b) {
        RouteKernel k = kernel;
        return k.courierStart(a) == k.courierStart(b) && k.courierAvailable(a) == k.courierAvailable(b)
                && k.courierShiftEnd(a) == k.courierShiftEnd(b) && k.courierCapacity(a) == k.courierCapacity(b)
                && k.courierLoad(a) == k.courierLoad(b) && k.courierSkills(a) == k.courierSkills(b)
                && k.courierEndAtHub(a) == k.courierEndAtHub(b) && k.courierProfile(a) == k.courierProfile(b)
                && !k.isTimeDependent(a) && !k.isTimeDependent(b);
    }

    /**
     * The giant tour of a solution: the couriers' sequences in courier order, then the bucket.
     *
     * @param routes one sequence of pickup indices per courier
     * @param bucket the unassigned pickups
     * @return every pickup once
     */
    public static int[] giantTour(int[][] routes, int[] bucket) {
        int n = bucket.length;
        for (int[] route : routes) {
            n += route.length;
        }
        int[] tour = new int[n];
        int i = 0;
        for (int[] route : routes) {
            System.arraycopy(route, 0, tour, i, route.length);
            i += route.length;
        }
        System.arraycopy(bucket, 0, tour, i, bucket.length);
        return tour;
    }

    /**
     * Ordered crossover (OX): a random slice {@code [start, end]} of the first parent is copied in
     * place; the other positions are filled, from {@code end + 1} on and wrapping, with the second
     * parent's pickups in its order from its position {@code end + 1}, skipping those already
     * copied.
     *
     * @param first  the first parent's giant tour (a permutation of 0..n-1)
     * @param second the second parent's giant tour (a permutation of the same pickups)
     * @param random the source of the slice
     * @return the child's giant tour
     */
    public static int[] orderedCrossover(int[] first, int[] second, Random random) {
        int n = first.length;
        if (second.length != n) {
            throw new IllegalArgumentException("The parents' giant tours differ in length (" + n + ", " + second.length + ").");
        }
        if (n < 2) {
            return first.clone();
        }
        int start = random.nextInt(n);
        int end = random.nextInt(n);
        while (end == start) {
            end = random.nextInt(n);
        }
        int[] child = new int[n];
        int maxPickup = 0;
        for (int p : first) {
            maxPickup = Math.max(maxPickup, p);
        }
        boolean[] taken = new boolean[maxPickup + 1];
        for (int i = start; i != (end + 1) % n; i = (i + 1) % n) {
            child[i] = first[i];
            taken[first[i]] = true;
        }
        int write = (end + 1) % n;
        for (int k = 1; k <= n; k++) {
            int p = second[(end + k) % n];
            if (p <= maxPickup && !taken[p]) {
                taken[p] = true;
                child[write] = p;
                write = (write + 1) % n;
            }
        }
        return child;
    }

    /** A split: one sequence per courier and the unassigned tail. */
    public record Result(int[][] routes, int[] bucket) {
    }

    /**
     * Cuts a giant tour into consecutive routes, one per courier in courier order (possibly
     * empty), at the lexicographically least (hard, unassigned priority, soft) cost; what no
     * courier takes goes to the bucket.
     *
     * @param tour the giant tour
     * @return the routes and the bucket
     */
    public Result split(int[] tour) {
        int n = tour.length;
        int m = courierClassOf.length;
        int classes = classCourier.length;
        // Route prices per class: [class][start][length-1] as (hard, soft); length up to maxLength.
        long[][][] hardSeg = new long[classes][n][];
        long[][][] softSeg = new long[classes][n][];
        for (int cl = 0; cl < classes; cl++) {
            int c = classCourier[cl];
            for (int i = 0; i < n; i++) {
                long[] hards = new long[Math.min(8, n - i)];
                long[] softs = new long[hards.length];
                int len = 0;
                for (int j = i; j < n; j++) {
                    RouteWalk w = walk.start(c);
                    for (int q = i; q <= j; q++) {
                        w.visit(tour[q]);
                    }
                    w.finish();
                    if (len == hards.length) {
                        hards = Arrays.copyOf(hards, Math.min(n - i, hards.length * 2));
                        softs = Arrays.copyOf(softs, hards.length);
                    }
                    hards[len] = w.hardPenalty();
                    softs[len] = w.softCost();
                    len++;
                    if (w.hardPenalty() > 0) {
                        break;
                    }
                }
                hardSeg[cl][i] = Arrays.copyOf(hards, len);
                softSeg[cl][i] = Arrays.copyOf(softs, len);
            }
        }
        long[] suffixPriority = new long[n + 1];
        for (int j = n - 1; j >= 0; j--) {
            suffixPriority[j] = suffixPriority[j + 1] + kernel.priority(tour[j]);
        }
        // dp[k][j]: least cost of the first j stops by the first k couriers; pred gives the cut.
        long[][] hard = new long[m + 1][n + 1];
        long[][] soft = new long[m + 1][n + 1];
        int[][] from = new int[m + 1][n + 1];
        for (long[] row : hard) {
            Arrays.fill(row, UNSET);
        }
        hard[0][0] = 0;
        for (int k = 0; k < m; k++) {
            int cl = courierClassOf[k];
            for (int j = 0; j <= n; j++) {
                hard[k + 1][j] = hard[k][j];
                soft[k + 1][j] = soft[k][j];
                from[k + 1][j] = j;
            }
            for (int i = 0; i < n; i++) {
                if (hard[k][i] == UNSET) {
                    continue;
                }
                long[] hs = hardSeg[cl][i];
                long[] ss = softSeg[cl][i];
                for (int len = 1; len <= hs.length; len++) {
                    int j = i + len;
                    long h = hard[k][i] + hs[len - 1];
                    long s = soft[k][i] + ss[len - 1];
                    if (h < hard[k + 1][j] || (h == hard[k + 1][j] && s < soft[k + 1][j])) {
                        hard[k + 1][j] = h;
                        soft[k + 1][j] = s;
                        from[k + 1][j] = i;
                    }
                }
            }
        }
        int bestEnd = -1;
        for (int j = 0; j <= n; j++) {
            if (hard[m][j] == UNSET) {
                continue;
            }
            if (bestEnd < 0 || better(hard[m][j], suffixPriority[j], soft[m][j], hard[m][bestEnd],
                    suffixPriority[bestEnd], soft[m][bestEnd])) {
                bestEnd = j;
            }
        }
        int[][] routes = new int[m][];
        int j = bestEnd;
        for (int k = m; k > 0; k--) {
            int i = from[k][j];
            routes[k - 1] = Arrays.copyOfRange(tour, i, j);
            j = i;
        }
        return new Result(routes, Arrays.copyOfRange(tour, bestEnd, n));
    }

    private static boolean better(long h1, long m1, long s1, long h2, long m2, long s2) {
        if (h1 != h2) {
            return h1 < h2;
        }
        if (m1 != m2) {
            return m1 < m2;
        }
        return s1 < s2;
    }
}
