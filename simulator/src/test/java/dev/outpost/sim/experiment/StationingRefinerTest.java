package dev.outpost.sim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.check.StationingChecker;
import dev.outpost.city.CityGenerator;
import dev.outpost.model.Budget;
import dev.outpost.model.Scenario;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.fleet.LegTimes;
import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingOptions;
import dev.outpost.stationing.StationingPlan;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.stationing.StationingSolver;
import dev.outpost.stationing.StationingTravel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stationing chosen by simulation: never a plan the checker rejects; the analytic plan when it is best. */
class StationingRefinerTest {

    private static final Scenario TOWN = CityGenerator.generate(60, 20, 5);
    private static final LegTimes LEGS = Simulator.prepare(new SimSetup(TOWN, Layout.hub(), "nearest-idle", "stay",
            FleetOptions.defaults(), null), null).legs();

    private static StationingProblem problem(Scenario scenario) {
        return StationingProblem.fromScenario(scenario, StationingTravel.of(scenario, LEGS.tables(),
                StationingTravel.mostNumerous(scenario).id(), StationingTravel.Basis.PEAK, 0).times(),
                StationingObjective.EXPECTED_RESPONSE);
    }

    private static StationingPlan solve(StationingProblem problem) {
        return StationingSolver.create(StationingOptions.defaults().withSeed(3).withStepLimit(300)).solve(problem);
    }

    private static long openingCost(Scenario scenario, StationingPlan plan) {
        return plan.outposts().stream().mapToLong(o -> scenario.sites().get(o.siteIndex()).openingCost()).sum();
    }

    @Test
    void everyCandidateIsAcceptedByTheCheckerEvenWhenMostNeighboursBreakTheBudget() {
        StationingProblem loose = problem(TOWN);
        StationingPlan found = solve(loose);
        // The budget is exactly what the plan found costs: a swap to a dearer site breaks it.
        Budget b = TOWN.budget();
        Scenario tight = new Scenario(TOWN.name(), TOWN.coordinates(), TOWN.clients(), TOWN.sites(), TOWN.courierTypes(),
                TOWN.hub(), TOWN.horizon(), new Budget(found.outposts().size(), b.maxCouriers(),
                        openingCost(TOWN, found)), TOWN.travel());
        StationingProblem problem = problem(tight);
        StationingPlan plan = solve(problem);
        assertTrue(StationingChecker.check(problem, plan).feasible());
        List<StationingRefiner.Candidate> candidates = StationingRefiner.candidates(problem, plan, 1000);
        assertTrue(candidates.size() > 1, "no neighbour at all");
        for (StationingRefiner.Candidate c : candidates) {
            StationingChecker.StationingCheck check = StationingChecker.check(problem, c.plan());
            assertTrue(check.feasible(), c.origin() + ": " + check.violations());
            assertEquals(check.objectiveValue(), c.analyticValue(), c.origin());
            assertTrue(openingCost(tight, c.plan()) <= openingCost(TOWN, found), c.origin());
        }
        for (int i = 2; i < candidates.size(); i++) {
            assertTrue(candidates.get(i - 1).analyticValue() <= candidates.get(i).analyticValue(), "best neighbours first");
        }
        SimSetup base = new SimSetup(tight, Layouts.of(plan, "plan"), "cheapest-insertion", "home", FleetOptions.defaults(),
                null);
        StationingRefiner.Result refined = StationingRefiner.refine(problem, plan, 4, base, LEGS, 11, 3, 2, null);
        assertTrue(StationingChecker.check(problem, refined.plan()).feasible());
        double best = refined.candidates().stream().mapToDouble(c -> c.response().mean()).min().orElseThrow();
        assertEquals(best, refined.candidates().get(refined.chosen()).response().mean());
        if (refined.candidates().get(0).response().mean() == best) {
            assertEquals(0, refined.chosen(), "the analytic plan is best and must be kept");
        }
    }

    @Test
    void anInfeasiblePlanIsNotRefined() {
        StationingProblem problem = problem(TOWN);
        StationingPlan plan = solve(problem);
        StationingPlan broken = new StationingPlan(plan.objective(), plan.objectiveValue(), List.of(),
                plan.outposts().subList(1, plan.outposts().size()), List.of(), List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> StationingRefiner.candidates(problem, broken, 3));
    }

    @Test
    void withOneCandidateTheAnalyticPlanIsKeptAsIs() {
        StationingProblem problem = problem(TOWN);
        StationingPlan plan = solve(problem);
        SimSetup base = new SimSetup(TOWN, Layouts.of(plan, "plan"), "nearest-idle", "stay", FleetOptions.defaults(), null);
        StationingRefiner.Result refined = StationingRefiner.refine(problem, plan, 1, base, LEGS, 11, 2, 1, null);
        assertEquals(1, refined.candidates().size());
        assertTrue(refined.keptAnalytic());
        assertSame(plan, refined.plan());
    }

    private static StationingRefiner.Candidate candidate(double response, double within) {
        return new StationingRefiner.Candidate("c", null, 0, new Estimate(5, response, 1), new Estimate(5, within, 1), null);
    }

    @Test
    void theRuleKeepsTheAnalyticPlanWhenNothingBeatsIt() {
        assertEquals(0, StationingRefiner.choose(List.of(candidate(300, 95), candidate(301, 99), candidate(300, 95))));
        assertEquals(2, StationingRefiner.choose(List.of(candidate(300, 95), candidate(301, 99), candidate(299.5, 90))));
        assertEquals(1, StationingRefiner.choose(List.of(candidate(300, 95), candidate(300, 96), candidate(300, 96))));
    }
}
