package dev.outpost.stationing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.check.StationingChecker;
import org.junit.jupiter.params.ParameterizedTest;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.junit.jupiter.params.provider.EnumSource;

class StationingSolverTest {

    private static final int INSTANCES = 8;

    static StationingOptions steps(long seed, long steps) {
        return StationingOptions.defaults().withSeed(seed).withStepLimit(steps);
    }

    @ParameterizedTest
    @EnumSource(StationingObjective.class)
    void matchesExhaustiveEnumerationAndChecker(StationingObjective objective) {
        int checked = 0;
        for (long seed = 1; seed <= INSTANCES; seed++) {
            int sites = objective == StationingObjective.EXPECTED_RESPONSE ? 7 : 12 + (int) (seed % 4);
            StationingProblem problem = RandomStationing.problem(seed * 31 + objective.ordinal(), objective, sites, 25);
            Long best = ExhaustiveStationing.bestValue(problem);
            StationingPlan plan = StationingSolver.create(steps(seed, 400)).solve(problem);
            StationingChecker.StationingCheck check = StationingChecker.check(problem, plan);
            String where = objective + " seed " + seed;
            assertTrue(check.agreesWith(plan), where + ": solver " + plan.objectiveValue() + " " + plan.violations()
                    + " vs checker " + check.objectiveValue() + " " + check.violations());
            long tolerance = StationingChecker.objectiveTolerance(plan);
            if (best == null) {
                assertFalse(plan.feasible(), where + ": enumeration found no feasible layout but the solver did");
                continue;
            }
            assertTrue(plan.feasible(), where + ": infeasible " + check.violations());
            assertTrue(Math.abs(check.objectiveValue() - best) <= tolerance,
                    where + ": solver " + check.objectiveValue() + " vs enumeration " + best);
            checked++;
        }
        assertTrue(checked >= INSTANCES / 2, objective + ": only " + checked + " feasible instances");
    }

    @ParameterizedTest
    @EnumSource(StationingObjective.class)
    void incrementalScoreSurvivesFullAssert(StationingObjective objective) {
        StationingProblem problem = RandomStationing.problem(5, objective, 10, 20);
        StationingRun run = StationingSolver.create(steps(3, 60), EnvironmentMode.FULL_ASSERT).run(problem);
        StationingChecker.StationingCheck check = StationingChecker.check(problem, run.plan());
        assertTrue(check.agreesWith(run.plan()), check.violations() + " " + run.plan().violations());
    }

    @ParameterizedTest
    @EnumSource(StationingObjective.class)
    void sameSeedSamePlan(StationingObjective objective) {
        StationingProblem problem = RandomStationing.problem(99, objective, 12, 25);
        StationingSolver solver = StationingSolver.create(steps(7, 200));
        StationingPlan a = solver.solve(problem);
        StationingPlan b = solver.solve(problem);
        assertNotNull(a);
        assertEquals(a, b);
    }
}
