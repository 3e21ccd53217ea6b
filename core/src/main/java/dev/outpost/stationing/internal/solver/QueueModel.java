package dev.outpost.stationing.internal.solver;

/**
 * The waiting model of {@link dev.outpost.stationing.StationingObjective#EXPECTED_RESPONSE}: each
 * open outpost is an M/M/c queue (Erlang C).
 *
 * <ul>
 *   <li>Arrivals: the requests of the clients assigned to the outpost form one Poisson stream of
 *       rate {@code lambda = sum(rate_i)} (rates in milli-requests per hour, divided by 3.6e6 for
 *       requests per second). The rate is taken as constant (use the peak hour for a conservative
 *       plan).</li>
 *   <li>Service: a courier is busy for the round trip plus the time at the door,
 *       {@code 2 * travel + service} seconds; the mean service time {@code S} is the rate-weighted
 *       mean over the assigned clients and is treated as exponential (the "M" of M/M/c).</li>
 *   <li>Servers: the {@code c} couriers stationed there, interchangeable, never borrowed from
 *       another outpost; a request waits in one FIFO queue until a courier is back.</li>
 *   <li>Expected wait {@code Wq = C(c, a) * S / (c - a)} with offered load {@code a = lambda * S}
 *       (Erlangs) and Erlang C probability {@code C(c, a)} from the Erlang B recursion
 *       {@code B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1))}, {@code C = c B / (c - a (1 - B))}
 *       (numerically stable for any c). The queue is stable only when {@code a < c}; an unstable
 *       outpost is a hard violation.</li>
 * </ul>
 * The expected response of a client is its travel from the outpost plus the outpost's {@code Wq}.
 * The objective sums {@code rate_i * (travel_i + Wq)} over clients, i.e. per outpost
 * {@code sum(rate_i * travel_i) + lambda * Wq}, the wait term rounded to a whole unit per outpost.
 * Sums are kept exact in {@code long}, so the same layout always gives the same value. Like
 * MEXCLP (Daskin 1983) the model ignores that a busy outpost's requests could be served by a
 * neighbour; it therefore overstates waits at heavily loaded outposts, which errs on the safe side.
 */
public final class QueueModel {

    /** Milli-requests per hour in one request per second. */
    public static final double MILLI_PER_HOUR_PER_SECOND = 3_600_000.0;

    private QueueModel() {
    }

    /**
     * Offered load {@code a} in Erlangs from the rate-weighted busy time.
     *
     * @param rateBusySum {@code sum(rate_i * (2 travel_i + service_i))}, milli-requests per hour x seconds
     */
    public static double offeredLoad(long rateBusySum) {
        return rateBusySum / MILLI_PER_HOUR_PER_SECOND;
    }

    /** Whether {@code couriers} couriers keep up with {@code rateBusySum} (offered load below the courier count). */
    public static boolean stable(long rateBusySum, int couriers) {
        return couriers > 0 && offeredLoad(rateBusySum) < couriers;
    }

    /**
     * Couriers missing for {@code couriers} to keep up with {@code rateBusySum}: the least {@code c}
     * with offered load below {@code c}, less {@code couriers}; 0 when stable. The solver's hard
     * score uses it so that each courier added to an overloaded outpost counts as progress.
     */
    public static long courierShortfall(long rateBusySum, int couriers) {
        if (rateBusySum <= 0) {
            return 0;
        }
        // rateBusySum <= StationingProblem.MAX_TOTAL, so the load is below 2^61 / 3.6e6: no overflow.
        long needed = (long) Math.floor(offeredLoad(rateBusySum)) + 1;
        return Math.max(0, needed - couriers);
    }

    /**
     * Expected wait for a free courier, seconds, or {@link Double#POSITIVE_INFINITY} when unstable.
     *
     * @param rateSum     {@code sum(rate_i)}, milli-requests per hour
     * @param rateBusySum {@code sum(rate_i * (2 travel_i + service_i))}
     * @param couriers    couriers at the outpost
     */
    public static double expectedWaitSeconds(long rateSum, long rateBusySum, int couriers) {
        if (rateSum == 0 || rateBusySum == 0) {
            return 0.0;
        }
        if (!stable(rateBusySum, couriers)) {
            return Double.POSITIVE_INFINITY;
        }
        double a = offeredLoad(rateBusySum);
        double meanService = (double) rateBusySum / rateSum;
        double b = 1.0;
        for (int k = 1; k <= couriers; k++) {
            b = a * b / (k + a * b);
        }
        double erlangC = couriers * b / (couriers - a * (1.0 - b));
        return erlangC * meanService / (couriers - a);
    }

    /**
     * The outpost's wait term of the objective: {@code round(rateSum * Wq)}, or {@code 0} when nothing
     * is assigned; only meaningful when stable.
     */
    public static long waitTerm(long rateSum, long rateBusySum, int couriers) {
        double w = expectedWaitSeconds(rateSum, rateBusySum, couriers);
        if (Double.isInfinite(w)) {
            return 0L;
        }
        return Math.round(rateSum * w);
    }
}
