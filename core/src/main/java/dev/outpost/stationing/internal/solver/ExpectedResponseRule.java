package dev.outpost.stationing.internal.solver;

import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingProblem;
import java.util.Locale;

/**
 * Expected response: minimise the rate-weighted travel plus each outpost's expected wait for a free
 * courier ({@link QueueModel}, M/M/c), with the couriers missing at overloaded outposts as a hard
 * level. The tally keeps per-site rate sums and recomputes the wait of the sites whose clients or
 * couriers changed only when a value is asked for.
 */
public final class ExpectedResponseRule extends ObjectiveRule {

    static final ExpectedResponseRule INSTANCE = new ExpectedResponseRule();

    private ExpectedResponseRule() {
    }

    @Override
    public StationingObjective objective() {
        return StationingObjective.EXPECTED_RESPONSE;
    }

    @Override
    public String format(StationingProblem problem, long value) {
        long rate = 0;
        for (int c = 0; c < problem.clientCount(); c++) {
            rate += problem.milliRequestsPerHour(c);
        }
        return rate == 0 ? value + " " + problem.objectiveUnit()
                : String.format(Locale.ROOT, "%d %s (rate-weighted mean response %.1f min)", value,
                        problem.objectiveUnit(), value / (double) rate / 60.0);
    }

    @Override
    public boolean couriersMatter() {
        return true;
    }

    @Override
    public Tally tally(StationingProblem problem, int[] travel, int[] couriers) {
        return new QueueTally(problem, couriers);
    }

    /** Rate sums per site, and the wait and shortfall of each site, refreshed lazily. */
    private static final class QueueTally implements Tally {
        private final StationingProblem problem;
        private final int[] couriers;
        private final long[] rateSum;
        private final long[] rateBusySum;
        private final long[] waitTerm;
        private final long[] shortfall;
        private final boolean[] dirty;
        private final int[] dirtyList;
        private int dirtyCount;
        private long rateTravel;
        private long waitTotal;
        private long shortfallTotal;

        QueueTally(StationingProblem problem, int[] couriers) {
            this.problem = problem;
            this.couriers = couriers;
            int sites = problem.siteCount();
            this.rateSum = new long[sites];
            this.rateBusySum = new long[sites];
            this.waitTerm = new long[sites];
            this.shortfall = new long[sites];
            this.dirty = new boolean[sites];
            this.dirtyList = new int[sites];
        }

        @Override
        public void apply(int c, int s, int t, int sign) {
            long rate = problem.milliRequestsPerHour(c);
            rateTravel += sign * rate * t;
            rateSum[s] += sign * rate;
            rateBusySum[s] += sign * rate * (2L * t + problem.serviceSeconds(c));
            couriersChanged(s);
        }

        @Override
        public void couriersChanged(int s) {
            if (!dirty[s]) {
                dirty[s] = true;
                dirtyList[dirtyCount++] = s;
            }
        }

        private void flush() {
            for (int i = 0; i < dirtyCount; i++) {
                int s = dirtyList[i];
                dirty[s] = false;
                waitTotal -= waitTerm[s];
                shortfallTotal -= shortfall[s];
                shortfall[s] = couriers[s] > 0 && rateSum[s] > 0
                        ? QueueModel.courierShortfall(rateBusySum[s], couriers[s]) : 0;
                shortfallTotal += shortfall[s];
                waitTerm[s] = couriers[s] > 0 ? Math.min(QueueModel.waitTerm(rateSum[s], rateBusySum[s], couriers[s]),
                        problem.maxWaitTerm()) : 0L;
                waitTotal += waitTerm[s];
            }
            dirtyCount = 0;
        }

        @Override
        public long courierShortfall() {
            flush();
            return shortfallTotal;
        }

        @Override
        public long value(Totals totals) {
            flush();
            return rateTravel + waitTotal;
        }

        @Override
        public long[] keptRateSums(int s) {
            return new long[] {rateSum[s], rateBusySum[s]};
        }
    }
}
