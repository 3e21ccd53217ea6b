package dev.outpost.stationing.internal.solver;

import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.travel.TravelTimes;
import java.util.Arrays;
import java.util.Locale;

/**
 * P-center: minimise the worst travel of any served client. The tally counts served clients per
 * distinct travel time (by rank), so the worst is found by walking down from the highest rank seen.
 */
public final class PCenterRule extends ObjectiveRule {

    private static final int NONE = -1;

    static final PCenterRule INSTANCE = new PCenterRule();

    private PCenterRule() {
    }

    @Override
    public StationingObjective objective() {
        return StationingObjective.P_CENTER;
    }

    @Override
    public String format(StationingProblem problem, long value) {
        return String.format(Locale.ROOT, "%d %s (worst travel %.1f min)", value, problem.objectiveUnit(),
                value / 60.0);
    }

    @Override
    public Tally tally(StationingProblem problem, int[] travel, int[] couriers) {
        int clients = problem.clientCount();
        int[] distinctSeconds = Arrays.stream(travel).filter(t -> t != TravelTimes.UNREACHABLE).distinct().sorted()
                .toArray();
        int[] rank = new int[travel.length];
        for (int i = 0; i < travel.length; i++) {
            rank[i] = travel[i] == TravelTimes.UNREACHABLE ? NONE : Arrays.binarySearch(distinctSeconds, travel[i]);
        }
        int[] countByRank = new int[distinctSeconds.length];
        return new Tally() {
            private int maxRank = NONE;

            @Override
            public void apply(int c, int s, int t, int sign) {
                int r = rank[s * clients + c];
                countByRank[r] += sign;
                if (sign > 0 && r > maxRank) {
                    maxRank = r;
                }
            }

            @Override
            public long value(Totals totals) {
                while (maxRank >= 0 && countByRank[maxRank] == 0) {
                    maxRank--;
                }
                return maxRank < 0 ? 0 : distinctSeconds[maxRank];
            }
        };
    }
}
