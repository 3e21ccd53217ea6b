package dev.outpost.stationing.internal.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FastInterchangeTest {

    private static long bruteCost(long[] cost, int ns, int nc, boolean[] open) {
        long total = 0;
        for (int u = 0; u < nc; u++) {
            long best = FastInterchange.UNUSABLE;
            for (int i = 0; i < ns; i++) {
                if (open[i]) {
                    best = Math.min(best, cost[u * ns + i]);
                }
            }
            total += best;
        }
        return total;
    }

    @Test
    void bestSwapProfitMatchesBruteForceAfterManySwaps() {
        SplittableRandom r = new SplittableRandom(17);
        int ns = 30;
        int nc = 40;
        int p = 6;
        long[] cost = new long[ns * nc];
        for (int k = 0; k < cost.length; k++) {
            // Small range: many ties, the hard case for nearest / second-nearest bookkeeping.
            cost[k] = r.nextInt(12);
        }
        boolean[] all = new boolean[ns];
        Arrays.fill(all, true);
        boolean[] open = new boolean[ns];
        for (int i = 0; i < p; i++) {
            open[i * 5] = true;
        }
        FastInterchange fi = new FastInterchange(ns, nc, cost, all, all);
        fi.load(open);
        for (int step = 0; step < 60; step++) {
            assertEquals(bruteCost(cost, ns, nc, open), fi.cost(), "step " + step);
            long evaluated = fi.findBestSwap();
            assertEquals((long) p * (ns - p), evaluated);
            long bestBrute = Long.MIN_VALUE;
            for (int in = 0; in < ns; in++) {
                for (int out = 0; out < ns; out++) {
                    if (!open[in] && open[out]) {
                        open[in] = true;
                        open[out] = false;
                        bestBrute = Math.max(bestBrute, fi.cost() - bruteCost(cost, ns, nc, open));
                        open[in] = false;
                        open[out] = true;
                    }
                }
            }
            assertEquals(bestBrute, fi.bestProfit(), "step " + step);
            int in;
            int out;
            do {
                in = r.nextInt(ns);
                out = r.nextInt(ns);
            } while (open[in] || !open[out]);
            fi.swap(in, out);
            open[in] = true;
            open[out] = false;
        }
        long before = fi.cost();
        int swaps = fi.descend();
        boolean[] after = new boolean[ns];
        for (int i : fi.openSites()) {
            after[i] = true;
        }
        assertEquals(p, fi.openSites().length, "swaps keep the number of open sites");
        assertEquals(bruteCost(cost, ns, nc, after), fi.cost(), "the cost after the descent is the open sites' cost");
        // From the random state left by the loop the descent must improve, each swap by at least 1.
        assertTrue(swaps > 0, "the random state is not a local optimum");
        assertTrue(fi.cost() <= before - swaps, "each of the " + swaps + " swaps lowers the cost: " + before + " -> "
                + fi.cost());
        fi.findBestSwap();
        assertTrue(fi.bestProfit() <= 0, "descent ends at a swap-local optimum");
    }
}
