package dev.outpost.routing.route;

import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutingProblem;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

/**
 * The kernel's pickups as flat arrays (point, window, service, size, priority, required skill
 * bits, release), with the running aggregates that keep a route's sums in range, and the
 * amortised O(1) append of {@link RouteKernel#withPickup}. Slots at or past {@link #count} are
 * never read by the kernel that owns this instance.
 */
final class KernelPickups {

    final int count;
    final int[] point;
    final int[] windowStart;
    final int[] windowEnd;
    final int[] service;
    final int[] size;
    final int[] priority;
    final long[] requiredSkills;
    final int[] release;
    /**
     * How many slots of the arrays are claimed, shared by every instance that shares those arrays
     * (their capacity may exceed {@link #count}). {@link #appended} writes in place only when this
     * instance owns the end (claim == count), else it copies with doubled capacity; an instance
     * never reads a slot at or past its own count, so appends by a derived one are invisible to it.
     */
    private final AtomicInteger claim;
    final long totalSize;
    final int maxService;
    final int maxPriority;

    KernelPickups(List<Pickup> pickups, ToLongFunction<Pickup> skillBits) {
        count = pickups.size();
        point = new int[count];
        windowStart = new int[count];
        windowEnd = new int[count];
        service = new int[count];
        size = new int[count];
        priority = new int[count];
        requiredSkills = new long[count];
        release = new int[count];
        long sizes = 0;
        int services = 0;
        int priorities = 1;
        for (int p = 0; p < count; p++) {
            Pickup k = pickups.get(p);
            point[p] = k.point();
            windowStart[p] = k.windowStartSecond();
            windowEnd[p] = k.windowEndSecond();
            service[p] = k.serviceSeconds();
            size[p] = k.size();
            priority[p] = k.priority();
            requiredSkills[p] = skillBits.applyAsLong(k);
            release[p] = k.releaseSecond();
            sizes += size[p];
            services = Math.max(services, service[p]);
            priorities = Math.max(priorities, priority[p]);
        }
        claim = new AtomicInteger(count);
        totalSize = sizes;
        maxService = services;
        maxPriority = priorities;
    }

    private KernelPickups(KernelPickups base, Pickup added, long addedSkills) {
        int n = base.count;
        count = n + 1;
        if (n < base.point.length && base.claim.compareAndSet(n, n + 1)) {
            // This instance owns the end of the shared arrays and they have room: append in place.
            point = base.point;
            windowStart = base.windowStart;
            windowEnd = base.windowEnd;
            service = base.service;
            size = base.size;
            priority = base.priority;
            requiredSkills = base.requiredSkills;
            release = base.release;
            claim = base.claim;
        } else {
            // Full, or another instance already appended after this one: copy with doubled capacity.
            int capacity = Math.max(16, 2 * (n + 1));
            point = Arrays.copyOf(base.point, capacity);
            windowStart = Arrays.copyOf(base.windowStart, capacity);
            windowEnd = Arrays.copyOf(base.windowEnd, capacity);
            service = Arrays.copyOf(base.service, capacity);
            size = Arrays.copyOf(base.size, capacity);
            priority = Arrays.copyOf(base.priority, capacity);
            requiredSkills = Arrays.copyOf(base.requiredSkills, capacity);
            release = Arrays.copyOf(base.release, capacity);
            claim = new AtomicInteger(n + 1);
        }
        point[n] = added.point();
        windowStart[n] = added.windowStartSecond();
        windowEnd[n] = added.windowEndSecond();
        service[n] = added.serviceSeconds();
        size[n] = added.size();
        priority[n] = added.priority();
        requiredSkills[n] = addedSkills;
        release[n] = added.releaseSecond();
        totalSize = base.totalSize + added.size();
        maxService = Math.max(base.maxService, added.serviceSeconds());
        maxPriority = Math.max(base.maxPriority, added.priority());
    }

    /** These pickups with {@code added} appended at index {@link #count}, its sums checked against legs up to {@code maxLeg}. */
    KernelPickups appended(Pickup added, long addedSkills, int maxLeg) {
        KernelPickups out = new KernelPickups(this, added, addedSkills);
        requireSums(out.count, out.totalSize, out.maxService, maxLeg);
        return out;
    }

    /** Throws when the total size could overflow a load, or the pickups could drive a route's clock out of range. */
    static void requireSums(int count, long totalSize, int maxService, int maxLeg) {
        if (totalSize > 100_000_000L) {
            throw new IllegalArgumentException("The pickups' total size (" + totalSize
                    + ") is above 100000000 units; loads could overflow. Split the problem.");
        }
        long clock = RoutingProblem.LATEST_SECOND + (count + 1L) * ((long) maxLeg + maxService);
        if (clock > RoutingProblem.MAX_CLOCK_SECOND) {
            throw new IllegalArgumentException("The pickups (" + count + ", service up to " + maxService
                    + " s, legs up to " + maxLeg + " s) could drive a route's clock to " + clock + " s, above "
                    + RoutingProblem.MAX_CLOCK_SECOND + " s; split the problem.");
        }
    }
}
