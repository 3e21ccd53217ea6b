package dev.outpost.stationing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.model.SiteStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The expected-response objective trades a second outpost against another courier at the first. */
class ExpectedResponseTradeOffTest {

    /** Four clients, 3 requests/h each, 5 min at the door; sites A and B; 3 couriers in all. */
    private static StationingProblem problem(boolean twoClusters) {
        StationingProblem.Builder b = StationingProblem.builder(StationingObjective.EXPECTED_RESPONSE);
        for (int c = 0; c < 4; c++) {
            b.addClient("c" + c, 1, 3000, 1800, 300);
        }
        b.addSite("A", SiteStatus.CANDIDATE, 0, 3).addSite("B", SiteStatus.CANDIDATE, 0, 3);
        int near = 60;
        int far = 900;
        b.travelSeconds(twoClusters
                ? new int[] {near, near, far, far, far, far, near, near}
                : new int[] {near, near, near, near, far, far, far, far});
        return b.budget(null, 3, null).build();
    }

    private static StationingOptions steps(long seed, long steps) {
        return StationingOptions.defaults().withSeed(seed).withStepLimit(steps);
    }

    private static List<Integer> couriersBySite(StationingPlan plan) {
        int[] c = new int[2];
        plan.outposts().forEach(o -> c[o.siteIndex()] = o.couriers());
        return List.of(c[0], c[1]);
    }

    @Test
    void oneClusterGetsAllThreeCouriersAtOneOutpost() {
        StationingPlan plan = StationingSolver.create(steps(1, 100)).solve(problem(false));
        assertEquals(List.of(3, 0), couriersBySite(plan));
    }

    @Test
    void twoClustersGetTwoOutposts() {
        StationingPlan plan = StationingSolver.create(steps(1, 100)).solve(problem(true));
        List<Integer> couriers = couriersBySite(plan);
        assertEquals(3, couriers.get(0) + couriers.get(1));
        assertEquals(true, couriers.get(0) >= 1 && couriers.get(1) >= 1, couriers.toString());
    }

    @Test
    void noClientsGivesTheFixedSitesOnly() {
        StationingProblem p = StationingProblem.builder(StationingObjective.P_MEDIAN)
                .addSite("A", SiteStatus.FIXED_OPEN, 0, 2).addSite("B", SiteStatus.CANDIDATE, 0, 2)
                .travelSeconds(new int[0]).build();
        StationingPlan plan = StationingSolver.create(steps(1, 10)).solve(p);
        assertEquals(List.of(1, 0), couriersBySite(plan));
        assertEquals(0L, plan.objectiveValue());
    }
}
