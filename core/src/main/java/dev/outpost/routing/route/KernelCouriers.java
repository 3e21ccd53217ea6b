package dev.outpost.routing.route;

import dev.outpost.routing.Courier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The kernel's couriers as flat arrays indexed by courier (start point, available second, shift
 * end, capacity, load on board, skill bits, whether it ends at the hub, travel profile, breaks),
 * their order by id ({@link #rank}, {@link #byRank}: the kernel's tie order), and the O(couriers)
 * replacement of one courier of {@link RouteKernel#withCourier}. Immutable once built: a
 * replacement copies the arrays; the rank order is shared (ids do not change).
 */
final class KernelCouriers {

    final int count;
    final int[] start;
    final int[] available;
    final int[] shiftEnd;
    final int[] capacity;
    final int[] load;
    final long[] skills;
    final boolean[] endAtHub;
    /** [courier] its place in id order. */
    final int[] rank;
    /** [place in id order] the courier. */
    final int[] byRank;
    /** [courier] profile index (0 in a static problem). */
    final int[] profile;
    /** [courier] breaks as (earliest start, latest start, seconds) triples in time order. */
    final int[][] breaks;

    KernelCouriers(List<Courier> couriers, KernelTravel travel, ToLongFunction<Courier> skillBits) {
        count = couriers.size();
        start = new int[count];
        available = new int[count];
        shiftEnd = new int[count];
        capacity = new int[count];
        load = new int[count];
        skills = new long[count];
        endAtHub = new boolean[count];
        profile = new int[count];
        breaks = new int[count][];
        for (int c = 0; c < count; c++) {
            set(c, couriers.get(c), travel, skillBits);
        }
        Integer[] order = new Integer[count];
        for (int c = 0; c < count; c++) {
            order[c] = c;
        }
        Arrays.sort(order, Comparator.comparing((Integer c) -> couriers.get(c).id()));
        rank = new int[count];
        byRank = new int[count];
        for (int r = 0; r < count; r++) {
            byRank[r] = order[r];
            rank[order[r]] = r;
        }
    }

    /** A copy of {@code base} with courier c replaced by {@code k} (same id, so the same rank order). */
    private KernelCouriers(KernelCouriers base, int c, Courier k, KernelTravel travel, ToLongFunction<Courier> skillBits) {
        count = base.count;
        rank = base.rank;
        byRank = base.byRank;
        start = base.start.clone();
        available = base.available.clone();
        shiftEnd = base.shiftEnd.clone();
        capacity = base.capacity.clone();
        load = base.load.clone();
        skills = base.skills.clone();
        endAtHub = base.endAtHub.clone();
        profile = base.profile.clone();
        breaks = base.breaks.clone();
        set(c, k, travel, skillBits);
    }

    private void set(int c, Courier k, KernelTravel travel, ToLongFunction<Courier> skillBits) {
        profile[c] = travel.profileOf(k);
        breaks[c] = RouteWalk.breaksOf(k);
        start[c] = k.startPoint();
        available[c] = k.availableSecond();
        shiftEnd[c] = k.shiftEndSecond();
        capacity[c] = k.capacity();
        load[c] = k.loadOnBoard();
        skills[c] = skillBits.applyAsLong(k);
        endAtHub[c] = k.endAtHub();
    }

    /** These couriers with courier c (in range) replaced by {@code k}, in O(couriers) array copies. */
    KernelCouriers with(int c, Courier k, KernelTravel travel, ToLongFunction<Courier> skillBits) {
        return new KernelCouriers(this, c, k, travel, skillBits);
    }
}
