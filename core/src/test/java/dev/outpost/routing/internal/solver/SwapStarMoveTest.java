package dev.outpost.routing.internal.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.check.PlanChecker;
import dev.outpost.routing.RandomRoutingProblems;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.RoutingSolver;
import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.RoutingSolutions;
import dev.outpost.routing.internal.domain.Visit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * SWAP*: the kernel's evaluation of each move equals the independent checker's recomputation of
 * the two plans, doing and undoing a move gives back the same routes and score, the solver's
 * configuration uses the move, and a SWAP*-only local search under FULL_ASSERT finds no score or
 * shadow corruption.
 */
class SwapStarMoveTest {

    private static RoutingOptions options(long seed) {
        return RoutingOptions.defaults().withResponseWeight(1).withTravelSecondWeight(2).withMetreWeight(1)
                .withVehicleFixedCost(500).withTimeLimit(null).withStepLimit(1).withSeed(seed);
    }

    /** A solution of the problem after the construction heuristic (and one local-search step). */
    private static RoutingSolution solved(RoutingData data, RoutingOptions options) {
        return SolverFactory.<RoutingSolution>create(RoutingSolverConfig.build(options)).buildSolver()
                .solve(RoutingSolutions.empty(data));
    }

    private static PlanChecker.Result check(RoutingProblem problem, RoutingOptions options, RoutingSolution solution) {
        List<List<String>> routes = new ArrayList<>();
        for (List<Integer> sequence : RoutingSolutions.sequences(solution)) {
            List<String> ids = new ArrayList<>();
            for (int p : sequence) {
                ids.add(problem.pickups().get(p).id());
            }
            routes.add(ids);
        }
        return PlanChecker.check(problem, options, RoutingSolver.evaluate(problem, options, routes.subList(0, problem.couriers().size())));
    }

    @Test
    void kernelEvaluationEqualsCheckerAndUndoRestores() {
        int moves = 0;
        int improving = 0;
        for (int seed = 0; seed < 24; seed++) {
            RoutingProblem problem = RandomRoutingProblems.generate(seed, 3 + seed % 3, 14 + seed % 13, seed % 4 == 0);
            RoutingOptions options = options(seed);
            RoutingData data = new RoutingData(problem, options);
            RoutingSolution solution = solved(data, options);
            DefaultSolverFactory<RoutingSolution> factory = (DefaultSolverFactory<RoutingSolution>) SolverFactory
                    .<RoutingSolution>create(RoutingSolverConfig.build(options));
            try (InnerScoreDirector<RoutingSolution, HardMediumSoftLongScore> director = factory
                    .<HardMediumSoftLongScore>getScoreDirectorFactory().buildScoreDirector(false, false)) {
                director.setWorkingSolution(solution);
                SwapStarEvaluator evaluator = new SwapStarEvaluator(data);
                List<CourierRoute> routes = solution.getRoutes();
                for (int a = 0; a < data.courierCount; a++) {
                    for (int b = 0; b < data.courierCount; b++) {
                        if (a == b) {
                            continue;
                        }
                        SwapStarEvaluator.Candidate best = evaluator.best(a, routes.get(a).getVisits(), b, routes.get(b).getVisits());
                        if (best == null) {
                            continue;
                        }
                        String where = "seed " + seed + " routes " + a + "/" + b + ": " + best;
                        List<List<Integer>> before = RoutingSolutions.sequences(solution);
                        HardMediumSoftLongScore scoreBefore = director.calculateScore();
                        PlanChecker.Result checkBefore = check(problem, options, solution);
                        assertEquals(checkBefore.softScore(), scoreBefore.softScore(), where);
                        SwapStarMove move = new SwapStarMove(routes.get(a), solution.getVisits().get(best.u()), best.vTo(),
                                routes.get(b), solution.getVisits().get(best.v()), best.uTo(), best.softDelta());
                        assertTrue(move.isMoveDoable(director), where);
                        AbstractMove<RoutingSolution> undo = move.doMove(director);
                        HardMediumSoftLongScore scoreAfter = director.calculateScore();
                        PlanChecker.Result checkAfter = check(problem, options, solution);
                        assertEquals(List.of(), checkAfter.inconsistencies(), where);
                        assertEquals(checkAfter.hardScore(), scoreAfter.hardScore(), where);
                        assertEquals(checkAfter.softScore(), scoreAfter.softScore(), where);
                        // The kernel's evaluation is the change of cost the checker finds.
                        assertEquals(checkBefore.softScore() - checkAfter.softScore(), best.softDelta(), where);
                        assertTrue(checkAfter.hardScore() >= checkBefore.hardScore(), where);
                        assertEquals(solution.getVisits().get(best.u()), routes.get(b).getVisits().get(best.uTo()), where);
                        assertEquals(solution.getVisits().get(best.v()), routes.get(a).getVisits().get(best.vTo()), where);
                        assertNotEquals(before, RoutingSolutions.sequences(solution), where);
                        for (Visit visit : routes.get(a).getVisits()) {
                            assertEquals(routes.get(a), visit.getRoute(), where);
                        }
                        undo.doMove(director);
                        assertEquals(before, RoutingSolutions.sequences(solution), where);
                        assertEquals(scoreBefore, director.calculateScore(), where);
                        moves++;
                        if (best.softDelta() < 0) {
                            improving++;
                        }
                    }
                }
            }
        }
        assertTrue(moves > 100, "moves checked: " + moves);
        assertTrue(improving > 0, "improving moves: " + improving);
    }

    @Test
    void solverConfigUsesSwapStar() {
        List<MoveSelectorConfig> selectors = RoutingSolverConfig.moveSelector(RoutingOptions.defaults()).getMoveSelectorList();
        assertTrue(selectors.stream().anyMatch(s -> s instanceof MoveIteratorFactoryConfig f
                && f.getMoveIteratorFactoryClass() == SwapStarMoveIteratorFactory.class), selectors.toString());
    }

    @Test
    void swapStarOnlySearchUnderFullAssertImproves() {
        for (int seed = 40; seed < 42; seed++) {
            RoutingProblem problem = RandomRoutingProblems.generate(seed, 4, 30, seed % 2 == 0);
            RoutingOptions options = options(seed).withVehicleFixedCost(0);
            RoutingData data = new RoutingData(problem, options);
            SolverConfig config = RoutingSolverConfig.build(options.withStepLimit(1));
            RoutingSolution start = SolverFactory.<RoutingSolution>create(config).buildSolver().solve(RoutingSolutions.empty(data));
            long used = start.getRoutes().stream().filter(r -> !r.isBucket() && !r.getVisits().isEmpty()).count();
            assertTrue(used >= 2, "seed " + seed + ": the start uses " + used + " routes; SWAP* needs two");
            LocalSearchPhaseConfig swapStarOnly = new LocalSearchPhaseConfig()
                    .withMoveSelectorConfig(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(SwapStarMoveIteratorFactory.class))
                    .withTerminationConfig(new TerminationConfig().withStepCountLimit(40)
                            // SWAP* moves are improving only: at a local optimum a step never ends by the step count.
                            .withMillisecondsSpentLimit(1_500L));
            SolverConfig onlyConfig = RoutingSolverConfig.build(options).withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                    .withPhases(swapStarOnly);
            RoutingSolution end = SolverFactory.<RoutingSolution>create(onlyConfig).buildSolver().solve(start);
            assertTrue(end.getScore().compareTo(start.getScore()) >= 0, "seed " + seed + ": " + start.getScore() + " -> " + end.getScore());
            PlanChecker.Result check = check(problem, options, end);
            assertEquals(check.softScore(), end.getScore().softScore(), "seed " + seed);
            assertEquals(check.hardScore(), end.getScore().hardScore(), "seed " + seed);
        }
    }
}
