package dev.outpost.routing.internal.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.routing.RandomRoutingProblems;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.RoutingSolutions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The education's penalised score: the production score's hard level charged in the soft level at
 * the solution's weight (medium unchanged, hard 0), and the production score itself at weight 0.
 */
class PenalisedRoutingScoreCalculatorTest {

    @Test
    void theHardLevelMovesIntoTheSoftLevelAtTheWeight() {
        int infeasible = 0;
        for (long seed = 1; seed <= 6; seed++) {
            RoutingProblem problem = RandomRoutingProblems.generate(seed, 3, 30, false);
            RoutingData data = new RoutingData(problem, RoutingOptions.defaults());
            List<List<Integer>> routes = allOnFirstCourier(data);
            RoutingSolution solution = RoutingSolutions.placed(data, routes, List.of());
            RoutingIncrementalScoreCalculator production = new RoutingIncrementalScoreCalculator();
            production.resetWorkingSolution(solution);
            HardMediumSoftLongScore expected = production.calculateScore();
            if (expected.hardScore() < 0) {
                infeasible++;
            }
            for (double weight : new double[] {0.5, 3, 1000}) {
                solution.setHardWeight(weight);
                PenalisedRoutingScoreCalculator penalised = new PenalisedRoutingScoreCalculator();
                penalised.resetWorkingSolution(solution);
                HardMediumSoftLongScore score = penalised.calculateScore();
                assertEquals(0, score.hardScore(), "seed " + seed);
                assertEquals(expected.mediumScore(), score.mediumScore(), "seed " + seed);
                assertEquals(expected.softScore() + Math.round(expected.hardScore() * weight), score.softScore(), "seed " + seed);
            }
            solution.setHardWeight(0);
            PenalisedRoutingScoreCalculator unweighted = new PenalisedRoutingScoreCalculator();
            unweighted.resetWorkingSolution(solution);
            assertEquals(expected, unweighted.calculateScore(), "seed " + seed);
        }
        assertTrue(infeasible >= 3, "too few infeasible starts to test the charge: " + infeasible);
    }

    @Test
    void capacityExcessIsChargedAtItsOwnWeight() {
        int overloaded = 0;
        for (long seed = 1; seed <= 6; seed++) {
            RoutingProblem problem = RandomRoutingProblems.generate(seed, 3, 30, false);
            RoutingData data = new RoutingData(problem, RoutingOptions.defaults());
            List<List<Integer>> routes = allOnFirstCourier(data);
            long size = 0;
            for (int p = 0; p < data.pickupCount; p++) {
                size += data.kernel().size(p);
            }
            RoutingSolution solution = RoutingSolutions.placed(data, routes, List.of());
            RoutingIncrementalScoreCalculator production = new RoutingIncrementalScoreCalculator();
            production.resetWorkingSolution(solution);
            HardMediumSoftLongScore expected = production.calculateScore();
            // The first courier carries every pickup: its excess is the sizes plus its load over its capacity.
            long excess = Math.max(0, data.kernel().courierLoad(0) + size - data.kernel().courierCapacity(0));
            if (excess > 0) {
                overloaded++;
            }
            solution.setHardWeight(2);
            solution.setCapacityWeight(7);
            PenalisedRoutingScoreCalculator penalised = new PenalisedRoutingScoreCalculator();
            penalised.resetWorkingSolution(solution);
            long other = -expected.hardScore() - excess;
            assertTrue(other >= 0, "seed " + seed);
            assertEquals(expected.softScore() - 2 * other - 7 * excess, penalised.calculateScore().softScore(), "seed " + seed);
        }
        assertTrue(overloaded >= 3, "too few overloaded starts to test the capacity weight: " + overloaded);
    }

    /** Every pickup on the first courier: late and over capacity on most problems. */
    private static List<List<Integer>> allOnFirstCourier(RoutingData data) {
        List<List<Integer>> routes = new ArrayList<>();
        for (int c = 0; c < data.courierCount; c++) {
            routes.add(new ArrayList<>());
        }
        for (int p = 0; p < data.pickupCount; p++) {
            routes.get(0).add(p);
        }
        return routes;
    }
}
