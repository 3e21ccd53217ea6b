package dev.outpost.routing.internal.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.check.PlanChecker;
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.PopulationOptions;
import dev.outpost.routing.RandomRoutingProblems;
import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.RoutingSolver;
import dev.outpost.routing.Stop;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.RoutingSolutions;
import dev.outpost.routing.route.RouteKernel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;

class PopulationPhaseTest {

    private static RoutingOptions steps(long steps, long seed) {
        return RoutingOptions.defaults().withTimeLimit(null).withStepLimit(steps).withSeed(seed);
    }

    private static List<List<String>> ids(RoutingProblem problem, int[][] routes) {
        List<List<String>> result = new ArrayList<>();
        for (int[] route : routes) {
            List<String> ids = new ArrayList<>();
            for (int p : route) {
                ids.add(problem.pickups().get(p).id());
            }
            result.add(ids);
        }
        return result;
    }

    private static int[][] routes(RoutePlan plan) {
        int[][] routes = new int[plan.routes().size()][];
        for (int c = 0; c < routes.length; c++) {
            routes[c] = plan.routes().get(c).stops().stream().mapToInt(Stop::pickupIndex).toArray();
        }
        return routes;
    }

    private static HardMediumSoftLongScore score(RoutePlan plan) {
        return HardMediumSoftLongScore.of(plan.hardScore(), plan.mediumScore(), plan.softScore());
    }

    @Test
    void crossoverAndSplitGiveValidPlansNoWorseThanTheParentsCut() {
        for (long seed = 1; seed <= 6; seed++) {
            RoutingProblem problem = RandomRoutingProblems.generate(seed, 4, 30, seed % 3 == 0);
            RoutingOptions options = steps(300, seed);
            RoutePlan parent = RoutingSolver.create(options).solve(problem);
            RouteKernel kernel = RouteKernel.of(problem, options);
            GiantTourSplit split = new GiantTourSplit(kernel);
            int[] bucket = parent.unassigned().stream().mapToInt(u -> u.pickupIndex()).toArray();
            int[] tour = GiantTourSplit.giantTour(routes(parent), bucket);

            // The parent's own cut is one of the split's candidates: splitting its tour is no worse.
            GiantTourSplit.Result again = split.split(tour);
            RoutePlan resplit = RoutingSolver.evaluate(problem, options, ids(problem, again.routes()));
            if (parent.hardScore() == 0) {
                assertTrue(score(resplit).compareTo(score(parent)) >= 0, "seed " + seed + ": " + score(resplit)
                        + " worse than the parent's " + score(parent));
            }

            Random random = new Random(seed);
            int[] other = tour.clone();
            for (int i = other.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = other[i];
                other[i] = other[j];
                other[j] = t;
            }
            for (int round = 0; round < 5; round++) {
                int[] child = GiantTourSplit.orderedCrossover(tour, other, random);
                int[] sorted = child.clone();
                Arrays.sort(sorted);
                for (int p = 0; p < sorted.length; p++) {
                    assertEquals(p, sorted[p], "the child is no permutation, seed " + seed);
                }
                GiantTourSplit.Result cut = split.split(child);
                int placed = cut.bucket().length;
                for (int[] route : cut.routes()) {
                    placed += route.length;
                }
                assertEquals(problem.pickups().size(), placed);
                RoutePlan plan = RoutingSolver.evaluate(problem, options, ids(problem, cut.routes()));
                assertEquals(cut.bucket().length, plan.unassigned().size());
                PlanChecker.Result check = PlanChecker.check(problem, options, plan);
                assertEquals(List.of(), check.inconsistencies(), "seed " + seed);
                assertEquals(check.hardScore(), plan.hardScore(), "seed " + seed);
                assertEquals(check.mediumScore(), plan.mediumScore(), "seed " + seed);
                assertEquals(check.softScore(), plan.softScore(), "seed " + seed);
            }
        }
    }

    @Test
    void theSplitOfACapacitatedTourCutsAtCapacity() {
        RoutingProblem problem = RandomRoutingProblems.generate(11, 3, 20, false);
        RoutingOptions options = steps(10, 1);
        GiantTourSplit split = new GiantTourSplit(RouteKernel.of(problem, options));
        int[] tour = new int[20];
        Arrays.setAll(tour, i -> i);
        GiantTourSplit.Result cut = split.split(tour);
        RoutePlan plan = RoutingSolver.evaluate(problem, options, ids(problem, cut.routes()));
        // Putting everything on the first courier, or everything in the bucket, is no better.
        int[][] one = {tour, {}, {}};
        RoutePlan single = RoutingSolver.evaluate(problem, options, ids(problem, one));
        assertTrue(score(plan).compareTo(score(single)) >= 0, score(plan) + " vs " + score(single));
        RoutePlan none = RoutingSolver.evaluate(problem, options, List.of(List.of(), List.of(), List.of()));
        assertTrue(score(plan).compareTo(score(none)) >= 0, score(plan) + " vs " + score(none));
    }

    @Test
    void sameSeedSameResult() {
        RoutingProblem problem = RandomRoutingProblems.generate(5, 4, 35, false);
        PopulationOptions population = PopulationOptions.defaults().withSize(4, 3).withMaxChildren(9).withEducationSteps(150);
        RoutePlan first = RoutingSolver.create(steps(200, 7), population).solve(problem);
        RoutePlan second = RoutingSolver.create(steps(200, 7), population).solve(problem);
        assertEquals(first, second);
        PlanChecker.Result check = PlanChecker.check(problem, steps(200, 7), first);
        assertEquals(List.of(), check.inconsistencies());
        assertEquals(check.softScore(), first.softScore());
    }

    @Test
    void thePhaseNeverReturnsAWorseSolutionThanItsInput() {
        for (long seed = 1; seed <= 2; seed++) {
            RoutingProblem problem = RandomRoutingProblems.generate(seed + 20, 3, 25, false);
            RoutingOptions options = steps(500, seed);
            // A good input (a local search of 500 steps) and children educated for 1 step only.
            RoutePlan input = RoutingSolver.create(options).solve(problem);
            RoutingData data = new RoutingData(problem, options);
            List<List<Integer>> sequences = new ArrayList<>();
            for (CourierRoutePlan route : input.routes()) {
                sequences.add(route.stops().stream().map(Stop::pickupIndex).toList());
            }
            List<Integer> bucket = input.unassigned().stream().map(u -> u.pickupIndex()).toList();
            PopulationPhase phase = new PopulationPhase(options,
                    PopulationOptions.defaults().withSize(3, 2).withMaxChildren(6).withEducationSteps(1));
            SolverConfig config = RoutingSolverConfig.build(options)
                    .withPhases(new ConstructionHeuristicPhaseConfig(), new CustomPhaseConfig().withCustomPhaseCommands(phase));
            config.setTerminationConfig(null);
            RoutingSolution solved = SolverFactory.<RoutingSolution>create(config).buildSolver()
                    .solve(RoutingSolutions.placed(data, sequences, bucket));
            assertTrue(solved.getScore().compareTo(score(input)) >= 0, "seed " + seed + ": " + solved.getScore()
                    + " worse than the input " + score(input));
        }
    }

    @Test
    void thePhaseImprovesAWeakStart() {
        RoutingProblem problem = RandomRoutingProblems.generate(3, 4, 30, false);
        RoutingOptions options = steps(1, 3);
        RoutePlan without = RoutingSolver.create(options).solve(problem);
        RoutePlan with = RoutingSolver.create(options,
                PopulationOptions.defaults().withSize(4, 4).withMaxChildren(10).withEducationSteps(300)).solve(problem);
        assertTrue(score(with).compareTo(score(without)) > 0, score(with) + " vs " + score(without));
    }
}
