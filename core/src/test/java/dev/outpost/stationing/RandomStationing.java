package dev.outpost.stationing;

import dev.outpost.model.SiteStatus;
import dev.outpost.travel.TravelTimes;
import java.util.SplittableRandom;

/** Seeded random small stationing problems for tests (sites and clients on a 1 km square). */
final class RandomStationing {

    private RandomStationing() {
    }

    static StationingProblem problem(long seed, StationingObjective objective, int sites, int clients) {
        SplittableRandom r = new SplittableRandom(seed);
        StationingProblem.Builder b = StationingProblem.builder(objective);
        if (objective == StationingObjective.SET_COVERING && r.nextBoolean()) {
            b.setCoveringCost(SetCoveringCost.OPENING_COST);
        }
        int[][] cxy = new int[clients][];
        for (int c = 0; c < clients; c++) {
            cxy[c] = new int[] {r.nextInt(1000), r.nextInt(1000)};
            b.addClient("c" + c, 1 + r.nextInt(5), 200 + r.nextInt(1300), 150 + r.nextInt(200), 60 + r.nextInt(240));
        }
        int[][] sxy = new int[sites][];
        for (int s = 0; s < sites; s++) {
            sxy[s] = new int[] {r.nextInt(1000), r.nextInt(1000)};
            SiteStatus status = SiteStatus.CANDIDATE;
            int roll = r.nextInt(10);
            if (roll == 0) {
                status = SiteStatus.FIXED_OPEN;
            } else if (roll == 1) {
                status = SiteStatus.CLOSED;
            }
            b.addSite("s" + s, status, 10 + r.nextInt(90), 1 + r.nextInt(3));
        }
        int[] travel = new int[sites * clients];
        for (int s = 0; s < sites; s++) {
            for (int c = 0; c < clients; c++) {
                double dx = sxy[s][0] - cxy[c][0];
                double dy = sxy[s][1] - cxy[c][1];
                travel[s * clients + c] = r.nextInt(25) == 0 ? TravelTimes.UNREACHABLE
                        : (int) Math.round(Math.sqrt(dx * dx + dy * dy) * 0.4) + 30;
            }
        }
        b.travelSeconds(travel);
        switch (objective) {
            case P_MEDIAN:
            case MAX_COVERING:
            case P_CENTER:
                b.budget(2 + r.nextInt(3), null, r.nextBoolean() ? null : 120L + r.nextInt(100));
                break;
            case SET_COVERING:
                b.budget(null, null, null);
                break;
            case EXPECTED_RESPONSE:
                b.budget(r.nextBoolean() ? null : 3, 3 + r.nextInt(3), null);
                break;
            default:
                throw new IllegalStateException("The objective (" + objective + ") is not supported.");
        }
        return b.build();
    }
}
