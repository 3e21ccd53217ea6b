package dev.outpost.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.SiteStatus;
import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingPlan;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.stationing.internal.solver.QueueModel;
import dev.outpost.travel.TravelTimes;
import java.util.List;
import org.junit.jupiter.api.Test;

class StationingCheckerTest {

    /** Sites a, b (b closed), c; clients x, y; travel a:(10, 40) b:(1, 1) c:(30, UNREACHABLE). */
    private static StationingProblem problem(StationingObjective objective) {
        return StationingProblem.builder(objective)
                .addClient("x", 2, 1000, 20, 60)
                .addClient("y", 3, 1000, 20, 60)
                .addSite("a", SiteStatus.CANDIDATE, 5, 2)
                .addSite("b", SiteStatus.CLOSED, 5, 2)
                .addSite("c", SiteStatus.CANDIDATE, 7, 2)
                .travelSeconds(new int[] {10, 40, 1, 1, 30, TravelTimes.UNREACHABLE})
                .budget(1, null, null)
                .build();
    }

    private static StationingPlan plan(StationingProblem p, int site, int couriers, int xSite, int ySite) {
        return new StationingPlan(p.objective(), 0, List.of(),
                List.of(new StationingPlan.Outpost(site, p.siteId(site), couriers, List.of(), 0, 0)),
                List.of(new StationingPlan.ClientAssignment(0, "x", xSite, null, -1, -1, false),
                        new StationingPlan.ClientAssignment(1, "y", ySite, null, -1, -1, false)),
                List.of(), List.of());
    }

    @Test
    void pMedianValueIsWeightedTravelByHand() {
        StationingProblem p = problem(StationingObjective.P_MEDIAN);
        StationingChecker.StationingCheck check = StationingChecker.check(p, plan(p, 0, 1, 0, 0));
        assertTrue(check.feasible(), check.violations().toString());
        assertEquals(2 * 10 + 3 * 40, check.objectiveValue());
    }

    @Test
    void flagsUnservedClientAndWrongAssignmentAndClosedSite() {
        StationingProblem p = problem(StationingObjective.P_MEDIAN);
        StationingChecker.StationingCheck unserved = StationingChecker.check(p, plan(p, 2, 1, 2, 0));
        assertFalse(unserved.feasible());
        assertTrue(unserved.violations().stream().anyMatch(v -> v.contains("client y is reached by no open")),
                unserved.violations().toString());
        assertTrue(unserved.violations().stream().anyMatch(v -> v.contains("client y is served from site index 0")),
                unserved.violations().toString());
        StationingChecker.StationingCheck closed = StationingChecker.check(p, plan(p, 1, 1, 1, 1));
        assertTrue(closed.violations().stream().anyMatch(v -> v.contains("closed site b")), closed.violations().toString());
    }

    @Test
    void coveringAndCenterValuesByHand() {
        StationingProblem cover = problem(StationingObjective.MAX_COVERING);
        assertEquals(2, StationingChecker.check(cover, plan(cover, 0, 1, 0, 0)).objectiveValue());
        StationingProblem center = problem(StationingObjective.P_CENTER);
        assertEquals(40, StationingChecker.check(center, plan(center, 0, 1, 0, 0)).objectiveValue());
        StationingProblem set = problem(StationingObjective.SET_COVERING);
        StationingChecker.StationingCheck check = StationingChecker.check(set, plan(set, 0, 1, 0, 0));
        // y is 40 s from a; only closed b reaches it within 20 s, so y is not coverable and not a violation.
        assertTrue(check.feasible(), check.violations().toString());
        assertEquals(1, check.objectiveValue());
    }

    @Test
    void erlangFormulaAgreesWithSolverRecursion() {
        for (int c = 1; c <= 6; c++) {
            long rate = 9_000L * c;
            long busy = rate * 350;
            assertEquals(QueueModel.expectedWaitSeconds(rate, busy, c), StationingChecker.erlangCWait(rate, busy, c),
                    1e-9 * (1 + QueueModel.expectedWaitSeconds(rate, busy, c)));
        }
        StationingProblem p = problem(StationingObjective.EXPECTED_RESPONSE);
        StationingChecker.StationingCheck check = StationingChecker.check(p, plan(p, 0, 1, 0, 0));
        // Rate 1/h each; busy 2*10+60 = 80 s and 2*40+60 = 140 s; a = 220/3600; M/M/1 Wq = a/(1-a) * S.
        double a = 220.0 / 3600;
        double wait = a / (1 - a) * 110.0;
        assertEquals(1000L * 10 + 1000L * 40 + Math.round(2000 * wait), check.objectiveValue());
    }
}
