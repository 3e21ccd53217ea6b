package dev.outpost.routing.internal.solver;

import dev.outpost.routing.PopulationOptions;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.RoutingSolutions;
import dev.outpost.routing.internal.domain.Visit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Internal (not API): the population phase, hybrid genetic search (Vidal et al., "A hybrid
 * genetic algorithm for multidepot and periodic vehicle routing problems", Operations Research
 * 60(3), 2012; Vidal, "Hybrid genetic search for the CVRP: open-source implementation and SWAP*
 * neighborhood", Computers &amp; Operations Research 140, 2022) as an OptaPlanner custom phase.
 *
 * <ul>
 *   <li>Initial population: the working solution and random giant tours, each split
 *       ({@link GiantTourSplit}) and educated.</li>
 *   <li>Child: two parents by binary tournament on biased fitness, ordered crossover of their
 *       giant tours, split, then <em>education</em>: a nested OptaPlanner solve of the child (the
 *       solver's own local search, move selectors, acceptor and incremental score calculator) for
 *       {@link PopulationOptions#educationSteps()} steps.</li>
 *   <li>Survivors: when the population holds size plus offspring individuals, the worst by biased
 *       fitness (cost rank plus (1 - elite / population) times diversity rank, diversity being
 *       the mean broken-pairs distance to the 3 closest others) are removed, clones first, until
 *       it holds size individuals.</li>
 * </ul>
 *
 * One population ordered by the score: individuals the education could not make feasible stay in
 * it, ranked below the feasible ones by the hard level (there is no separate infeasible
 * sub-population and no penalty adaptation: the score calculator, OptaPlanner's, keeps hard
 * constraints lexicographically first). At the end the best individual replaces the working
 * solution only when its score is better, so the phase never returns a worse solution. All
 * random choices come from the options' seed; the nested solves are REPRODUCIBLE, so a run limited
 * by {@link PopulationOptions#maxChildren()} and steps only is deterministic. Stateless between
 * solves (one instance serves concurrent solvers).
 */
public final class PopulationPhase implements CustomPhaseCommand<RoutingSolution> {

    private static final Logger LOG = LoggerFactory.getLogger(PopulationPhase.class);
    private static final int CLOSEST = 3;
    private static final int ELITE = 3;

    private final RoutingOptions options;
    private final PopulationOptions population;
    private final SolverFactory<RoutingSolution> education;

    /**
     * @param options    the routing options (objective, search settings, seed, time limit)
     * @param population the population settings
     */
    public PopulationPhase(RoutingOptions options, PopulationOptions population) {
        this.options = options;
        this.population = population;
        this.education = SolverFactory.create(RoutingSolverConfig.education(options.withTimeLimit(null)
                .withUnimprovedStepLimit(0).withStepLimit(population.educationSteps())));
    }

    /** One solution of the population. */
    private static final class Individual {
        final int[][] routes;
        final int[] bucket;
        final HardMediumSoftLongScore score;
        final int[] successor;
        final int[] predecessor;
        double diversity;
        double fitness;

        Individual(int[][] routes, int[] bucket, HardMediumSoftLongScore score, int pickups) {
            this.routes = routes;
            this.bucket = bucket;
            this.score = score;
            successor = new int[pickups];
            predecessor = new int[pickups];
            Arrays.fill(successor, -1);
            Arrays.fill(predecessor, -1);
            for (int[] route : routes) {
                for (int i = 0; i < route.length; i++) {
                    predecessor[route[i]] = i == 0 ? -1 : route[i - 1];
                    successor[route[i]] = i == route.length - 1 ? -1 : route[i + 1];
                }
            }
            for (int p : bucket) {
                successor[p] = -2;
                predecessor[p] = -2;
            }
        }

        /** Broken-pairs distance: share of pickups whose successor in this is no neighbour in other. */
        double distance(Individual other) {
            int broken = 0;
            for (int p = 0; p < successor.length; p++) {
                int s = successor[p];
                if (s != other.successor[p] && s != other.predecessor[p]) {
                    broken++;
                } else if (predecessor[p] == -1 && other.predecessor[p] != -1 && other.successor[p] != -1) {
                    broken++;
                }
            }
            return successor.length == 0 ? 0 : (double) broken / successor.length;
        }
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<RoutingSolution> scoreDirector) {
        RoutingSolution working = scoreDirector.getWorkingSolution();
        RoutingData data = working.getData();
        if (data.pickupCount < 2) {
            return;
        }
        long startNanos = System.nanoTime();
        long endNanos = options.timeLimit() == null ? Long.MAX_VALUE
                : startNanos + (long) (options.timeLimit().toNanos() * population.timeShare());
        Random random = new Random(options.seed() * 0x9E3779B97F4A7C15L + 23);
        GiantTourSplit split = new GiantTourSplit(data.kernel());
        HardMediumSoftLongScore inputScore = (HardMediumSoftLongScore) ((InnerScoreDirector<RoutingSolution, ?>) scoreDirector).calculateScore();
        List<Individual> pop = new ArrayList<>();
        Individual best = null;
        int children = 0;
        int limit = population.maxChildren() == 0 ? Integer.MAX_VALUE : population.maxChildren();
        // Initial population: the working solution, then random giant tours.
        int[][] start = routesOf(working);
        int[] startBucket = bucketOf(working);
        // One education solver for the whole phase (a solver solves again after it returns): building
        // one per child cost its move selectors and acceptor each time.
        Solver<RoutingSolution> educator = education.buildSolver();
        while (children < limit && System.nanoTime() < endNanos) {
            Individual child;
            if (children == 0) {
                child = educate(educator, data, start, startBucket);
            } else if (pop.size() < population.size()) {
                int[] tour = GiantTourSplit.giantTour(start, startBucket);
                shuffle(tour, random);
                GiantTourSplit.Result cut = split.split(tour);
                child = educate(educator, data, cut.routes(), cut.bucket());
            } else {
                Individual first = tournament(pop, random);
                Individual second = tournament(pop, random);
                int[] tour = GiantTourSplit.orderedCrossover(GiantTourSplit.giantTour(first.routes, first.bucket),
                        GiantTourSplit.giantTour(second.routes, second.bucket), random);
                GiantTourSplit.Result cut = split.split(tour);
                child = educate(educator, data, cut.routes(), cut.bucket());
            }
            children++;
            pop.add(child);
            if (best == null || child.score.compareTo(best.score) > 0) {
                best = child;
            }
            updateFitness(pop);
            if (pop.size() >= population.size() + population.offspring()) {
                selectSurvivors(pop);
            }
        }
        LOG.debug("Population phase: {} children in {} ms, input {}, best {}", children,
                (System.nanoTime() - startNanos) / 1_000_000, inputScore, best == null ? null : best.score);
        if (best != null && best.score.compareTo(inputScore) > 0) {
            install(scoreDirector, working, best);
        }
    }

    private static Individual educate(Solver<RoutingSolution> solver, RoutingData data, int[][] routes, int[] bucket) {
        List<List<Integer>> sequences = new ArrayList<>(routes.length);
        for (int[] route : routes) {
            sequences.add(boxed(route));
        }
        RoutingSolution child = RoutingSolutions.placed(data, sequences, boxed(bucket));
        RoutingSolution educated = solver.solve(child);
        return new Individual(routesOf(educated), bucketOf(educated), educated.getScore(), data.pickupCount);
    }

    private static List<Integer> boxed(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int v : values) {
            list.add(v);
        }
        return list;
    }

    private static int[][] routesOf(RoutingSolution solution) {
        List<CourierRoute> routes = solution.getRoutes();
        int[][] result = new int[routes.size() - 1][];
        for (int c = 0; c < result.length; c++) {
            result[c] = indices(routes.get(c).getVisits());
        }
        return result;
    }

    private static int[] bucketOf(RoutingSolution solution) {
        return indices(solution.bucket().getVisits());
    }

    private static int[] indices(List<Visit> visits) {
        int[] result = new int[visits.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = visits.get(i).getIndex();
        }
        return result;
    }

    private static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    private static Individual tournament(List<Individual> pop, Random random) {
        Individual a = pop.get(random.nextInt(pop.size()));
        Individual b = pop.get(random.nextInt(pop.size()));
        return a.fitness <= b.fitness ? a : b;
    }

    /** Biased fitness of every individual (lower is better). */
    private static void updateFitness(List<Individual> pop) {
        int n = pop.size();
        if (n == 1) {
            pop.get(0).fitness = 0;
            return;
        }
        double[] row = new double[n - 1];
        for (int i = 0; i < n; i++) {
            int k = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    row[k++] = pop.get(i).distance(pop.get(j));
                }
            }
            Arrays.sort(row);
            int close = Math.min(CLOSEST, row.length);
            double sum = 0;
            for (int j = 0; j < close; j++) {
                sum += row[j];
            }
            pop.get(i).diversity = sum / close;
        }
        Integer[] byCost = order(n);
        // Best score first; ties by index (insertion order) for determinism.
        Arrays.sort(byCost, (x, y) -> pop.get(y).score.compareTo(pop.get(x).score));
        Integer[] byDiversity = order(n);
        Arrays.sort(byDiversity, (x, y) -> Double.compare(pop.get(y).diversity, pop.get(x).diversity));
        double[] costRank = new double[n];
        double[] diversityRank = new double[n];
        for (int r = 0; r < n; r++) {
            costRank[byCost[r]] = (double) r / (n - 1);
            diversityRank[byDiversity[r]] = (double) r / (n - 1);
        }
        double weight = 1.0 - Math.min(ELITE, n) / (double) n;
        for (int i = 0; i < n; i++) {
            pop.get(i).fitness = costRank[i] + weight * diversityRank[i];
        }
    }

    private static Integer[] order(int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private void selectSurvivors(List<Individual> pop) {
        Individual best = pop.get(0);
        for (Individual individual : pop) {
            if (individual.score.compareTo(best.score) > 0) {
                best = individual;
            }
        }
        while (pop.size() > population.size()) {
            int worst = -1;
            boolean worstClone = false;
            for (int i = 0; i < pop.size(); i++) {
                Individual candidate = pop.get(i);
                if (candidate == best) {
                    continue;
                }
                boolean clone = false;
                for (Individual other : pop) {
                    if (other != candidate && candidate.distance(other) == 0) {
                        clone = true;
                        break;
                    }
                }
                if (worst < 0 || (clone && !worstClone)
                        || (clone == worstClone && candidate.fitness > pop.get(worst).fitness)) {
                    worst = i;
                    worstClone = clone;
                }
            }
            pop.remove(worst);
            updateFitness(pop);
        }
    }

    /** Sets the working solution's lists to the individual's, with the score director's notifications. */
    private static void install(ScoreDirector<RoutingSolution> scoreDirector, RoutingSolution working, Individual best) {
        List<Visit> visits = working.getVisits();
        Visit[][] snapshot = new Visit[best.routes.length + 1][];
        for (int c = 0; c <= best.routes.length; c++) {
            int[] sequence = c < best.routes.length ? best.routes[c] : best.bucket;
            snapshot[c] = new Visit[sequence.length];
            for (int i = 0; i < sequence.length; i++) {
                snapshot[c][i] = visits.get(sequence[i]);
            }
        }
        // The custom phase calculates the score after the command.
        new RestoreRoutesMove(snapshot).doMoveOnly(scoreDirector);
    }
}
