package dev.outpost.routing.internal.solver;

import dev.outpost.routing.PopulationOptions;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.RoutingSolutions;
import dev.outpost.routing.internal.domain.Visit;
import dev.outpost.routing.route.RouteKernel;
import dev.outpost.routing.route.RouteWalk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 *       solver's own local search, move selectors and acceptor, scored by the penalised calculator) for
 *       {@link PopulationOptions#educationSteps()} steps.</li>
 *   <li>Survivors: when a sub-population holds size plus offspring individuals, the worst by biased
 *       fitness (cost rank plus (1 - elite / population) times diversity rank, diversity being
 *       the mean broken-pairs distance to the 3 closest others) are removed, clones first, until
 *       it holds size individuals.</li>
 * </ul>
 *
 * Two sub-populations, as in HGS: feasible individuals ranked by the production score, and
 * infeasible ones ranked by the penalised score (the education runs on
 * {@link PenalisedRoutingScoreCalculator}: the hard penalties, lateness seconds and capacity
 * excess among them, charged in the soft level at two weights, so the local search may cross
 * infeasible space). Half of the infeasible children are educated again with the production score
 * (repair; HGS uses ten times the weight) and join the feasible ones if that makes them feasible. Two
 * penalty weights, as in HGS and PyVRP: one per capacity excess unit and one per other hard unit
 * (lateness seconds above all), started at the start's cost per pickup over the mean pickup size
 * and at its cost per driving second (each over {@value #INITIAL_DIVISOR}). Penalty adaptation,
 * each weight on its own: every {@value #ADAPT_WINDOW} children a weight grows by 20% when fewer
 * than 15% of them came out of education free of its penalty, and shrinks by 15% when more than
 * 25% did. Parents are drawn from both. At
 * the end the best individual by the production score replaces the working solution only when it
 * scores better, so the phase never returns a worse solution. All
 * random choices come from the options' seed; the nested solves are REPRODUCIBLE, so a run limited
 * by {@link PopulationOptions#maxChildren()} and steps only is deterministic. Stateless between
 * solves (one instance serves concurrent solvers).
 */
public final class PopulationPhase implements CustomPhaseCommand<RoutingSolution> {

    private static final Logger LOG = LoggerFactory.getLogger(PopulationPhase.class);
    private static final int CLOSEST = 3;
    private static final int ELITE = 3;
    /** Children between two penalty adaptations. */
    static final int ADAPT_WINDOW = 5;
    /** The starting weight is the cost per pickup over the mean size, divided by this (so that the first children may be infeasible). */
    static final double INITIAL_DIVISOR = 10;
    /** Share of educated children the penalty adaptation aims to keep feasible (HGS: 0.2). */
    static final double TARGET_FEASIBLE = 0.2;
    /** Bounds of the soft units per hard unit. */
    static final double MIN_WEIGHT = 0.01;
    static final double MAX_WEIGHT = 1e6;

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
        /** Capacity excess units (a part of minus the score's hard level). */
        final long capacity;
        final int[] successor;
        final int[] predecessor;
        double diversity;
        double fitness;

        Individual(int[][] routes, int[] bucket, HardMediumSoftLongScore score, long capacity, int pickups) {
            this.routes = routes;
            this.bucket = bucket;
            this.score = score;
            this.capacity = capacity;
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
        Individual best = null;
        int children = 0;
        int limit = population.maxChildren() == 0 ? Integer.MAX_VALUE : population.maxChildren();
        // Initial population: the working solution, then random giant tours.
        int[][] start = routesOf(working);
        int[] startBucket = bucketOf(working);
        // One education solver for the whole phase (a solver solves again after it returns): building
        // one per child cost its move selectors and acceptor each time.
        Solver<RoutingSolution> educator = education.buildSolver();
        SubPopulation feasible = new SubPopulation(true);
        SubPopulation infeasible = new SubPopulation(false);
        double capacityWeight = initialWeight(data, start);
        double weight = initialTimeWeight(data, start, capacityWeight);
        int window = 0;
        int windowLoadFeasible = 0;
        int windowTimeFeasible = 0;
        int repaired = 0;
        while (children < limit && System.nanoTime() < endNanos) {
            int[][] routes;
            int[] bucket;
            if (children == 0) {
                routes = start;
                bucket = startBucket;
            } else if (feasible.members.size() + infeasible.members.size() < population.size()) {
                int[] tour = GiantTourSplit.giantTour(start, startBucket);
                shuffle(tour, random);
                GiantTourSplit.Result cut = split.split(tour);
                routes = cut.routes();
                bucket = cut.bucket();
            } else {
                Individual first = tournament(feasible, infeasible, random);
                Individual second = tournament(feasible, infeasible, random);
                int[] tour = GiantTourSplit.orderedCrossover(GiantTourSplit.giantTour(first.routes, first.bucket),
                        GiantTourSplit.giantTour(second.routes, second.bucket), random);
                GiantTourSplit.Result cut = split.split(tour);
                routes = cut.routes();
                bucket = cut.bucket();
            }
            Individual child = educate(educator, data, routes, bucket, weight, capacityWeight);
            children++;
            window++;
            if (child.capacity == 0) {
                windowLoadFeasible++;
            }
            if (child.score.hardScore() + child.capacity == 0) {
                windowTimeFeasible++;
            }
            best = better(best, child);
            (child.score.hardScore() == 0 ? feasible : infeasible).add(child, weight, capacityWeight, population);
            if (child.score.hardScore() != 0 && random.nextBoolean() && System.nanoTime() < endNanos) {
                // Repair: half of the infeasible children are educated again with the production score (hard
                // level first). HGS repairs at ten times the penalty; here the unassigned pickups' level sits
                // above the penalised soft level, so only the production score lets a repair leave a pickup
                // unassigned rather than late (PopulationPhaseTest.thePhaseImprovesAWeakStart, unassigned pickups:
                // with the 10x repair the phase returned its input).
                Individual fixed = educate(educator, data, child.routes, child.bucket, 0, 0);
                if (fixed.score.hardScore() == 0) {
                    repaired++;
                    best = better(best, fixed);
                    feasible.add(fixed, weight, capacityWeight, population);
                }
            }
            if (window == ADAPT_WINDOW) {
                // Penalty adaptation, each weight on its own (HGS, PyVRP): keep about TARGET_FEASIBLE of the
                // educated children within capacity, and as many free of the other hard penalties (lateness).
                capacityWeight = adapted(capacityWeight, (double) windowLoadFeasible / window);
                weight = adapted(weight, (double) windowTimeFeasible / window);
                window = 0;
                windowLoadFeasible = 0;
                windowTimeFeasible = 0;
            }
        }
        LOG.debug("Population phase: {} children ({} repaired) in {} ms, weights {} (time) {} (capacity), input {}, best {}",
                children, repaired, (System.nanoTime() - startNanos) / 1_000_000, weight, capacityWeight, inputScore,
                best == null ? null : best.score);
        if (best != null && best.score.compareTo(inputScore) > 0) {
            install(scoreDirector, working, best);
        }
    }

    /** The weight after a window in which {@code share} of the children met its constraint. */
    static double adapted(double weight, double share) {
        if (share < TARGET_FEASIBLE - 0.05) {
            return Math.min(MAX_WEIGHT, weight * 1.2);
        }
        if (share > TARGET_FEASIBLE + 0.05) {
            return Math.max(MIN_WEIGHT, weight * 0.85);
        }
        return weight;
    }

    /** The better of two individuals by the production score (feasible first); a when equal. */
    private static Individual better(Individual a, Individual b) {
        return a == null || b.score.compareTo(a.score) > 0 ? b : a;
    }

    /**
     * The starting soft units per hard unit: the starting solution's cost per pickup (without
     * vehicle fixed costs) over the mean pickup size, at least {@link #MIN_WEIGHT}.
     */
    private static double initialWeight(RoutingData data, int[][] start) {
        RouteKernel k = data.kernel();
        RouteWalk walk = k.walker();
        long cost = 0;
        for (int c = 0; c < start.length; c++) {
            walk.route(c, start[c]);
            cost += walk.softCost() - (start[c].length > 0 ? k.vehicleFixedCost() : 0);
        }
        long size = 0;
        for (int p = 0; p < data.pickupCount; p++) {
            size += Math.max(0, k.size(p));
        }
        double meanSize = Math.max(1.0, (double) size / data.pickupCount);
        return Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, cost / (double) data.pickupCount / meanSize / INITIAL_DIVISOR));
    }

    /**
     * The starting soft units per hard unit other than capacity (lateness seconds first): the
     * starting solution's cost per driving second over {@link #INITIAL_DIVISOR} (PyVRP starts its
     * time-warp penalty at the mean edge cost over the mean edge duration); the capacity weight
     * when the start drives no second.
     */
    private static double initialTimeWeight(RoutingData data, int[][] start, double capacityWeight) {
        RouteKernel k = data.kernel();
        RouteWalk walk = k.walker();
        long cost = 0;
        long seconds = 0;
        for (int c = 0; c < start.length; c++) {
            walk.route(c, start[c]);
            cost += walk.softCost() - (start[c].length > 0 ? k.vehicleFixedCost() : 0);
            seconds += walk.travelSeconds();
        }
        if (seconds <= 0 || cost <= 0) {
            return capacityWeight;
        }
        return Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, cost / (double) seconds / INITIAL_DIVISOR));
    }

    private static Individual educate(Solver<RoutingSolution> solver, RoutingData data, int[][] routes, int[] bucket,
            double weight, double capacityWeight) {
        List<List<Integer>> sequences = new ArrayList<>(routes.length);
        for (int[] route : routes) {
            sequences.add(boxed(route));
        }
        RoutingSolution child = RoutingSolutions.placed(data, sequences, boxed(bucket));
        child.setHardWeight(weight);
        child.setCapacityWeight(capacityWeight);
        RoutingSolution educated = solver.solve(child);
        int[][] educatedRoutes = routesOf(educated);
        int[] educatedBucket = bucketOf(educated);
        long[] capacity = new long[1];
        HardMediumSoftLongScore score = productionScore(data, educatedRoutes, educatedBucket, capacity);
        return new Individual(educatedRoutes, educatedBucket, score, capacity[0], data.pickupCount);
    }

    /**
     * The production score of routes and bucket (as {@link RoutingIncrementalScoreCalculator}); the
     * capacity excess units in {@code capacity[0]}.
     */
    private static HardMediumSoftLongScore productionScore(RoutingData data, int[][] routes, int[] bucket,
            long[] capacity) {
        RouteKernel k = data.kernel();
        RouteWalk walk = k.walker();
        long hard = 0;
        long soft = 0;
        long medium = 0;
        for (int c = 0; c < routes.length; c++) {
            walk.route(c, routes[c]);
            hard -= walk.hardPenalty();
            soft -= walk.softCost();
            capacity[0] += RoutingIncrementalScoreCalculator.capacityExcess(k, c, walk);
        }
        for (int p : bucket) {
            medium -= k.priority(p);
        }
        return HardMediumSoftLongScore.of(hard, medium, soft);
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

    /** Binary tournament on biased fitness over both sub-populations together. */
    private static Individual tournament(SubPopulation feasible, SubPopulation infeasible, Random random) {
        int n = feasible.members.size() + infeasible.members.size();
        Individual a = pick(feasible, infeasible, random.nextInt(n));
        Individual b = pick(feasible, infeasible, random.nextInt(n));
        return a.fitness <= b.fitness ? a : b;
    }

    private static Individual pick(SubPopulation feasible, SubPopulation infeasible, int i) {
        return i < feasible.members.size() ? feasible.members.get(i) : infeasible.members.get(i - feasible.members.size());
    }

    /**
     * A sub-population: the feasible individuals ranked by the production score, or the infeasible
     * ones ranked by the penalised score at the current weights (medium level first, then the soft
     * cost plus the weighted capacity excess and other hard penalties).
     */
    private static final class SubPopulation {
        final boolean feasible;
        final List<Individual> members = new ArrayList<>();

        SubPopulation(boolean feasible) {
            this.feasible = feasible;
        }

        /** Best first. */
        Comparator<Individual> order(double weight, double capacityWeight) {
            if (feasible) {
                return (x, y) -> y.score.compareTo(x.score);
            }
            return Comparator.comparingLong((Individual i) -> -i.score.mediumScore())
                    .thenComparingLong(i -> -(i.score.softScore()
                            + PenalisedRoutingScoreCalculator.charge(i.score.hardScore(), i.capacity, weight, capacityWeight)));
        }

        void add(Individual individual, double weight, double capacityWeight, PopulationOptions settings) {
            members.add(individual);
            Comparator<Individual> order = order(weight, capacityWeight);
            updateFitness(members, order);
            if (members.size() >= settings.size() + settings.offspring()) {
                selectSurvivors(members, order, settings.size());
            }
        }
    }

    /** Biased fitness of every individual (lower is better), by the given order (best first). */
    private static void updateFitness(List<Individual> pop, Comparator<Individual> better) {
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
        // Best first; ties by index (insertion order, the sort is stable) for determinism.
        Arrays.sort(byCost, (x, y) -> better.compare(pop.get(x), pop.get(y)));
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

    /** Removes the worst by biased fitness, clones first, never the best, until {@code size} remain. */
    private static void selectSurvivors(List<Individual> pop, Comparator<Individual> better, int size) {
        Individual best = pop.get(0);
        for (Individual individual : pop) {
            if (better.compare(individual, best) < 0) {
                best = individual;
            }
        }
        while (pop.size() > size) {
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
            updateFitness(pop, better);
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
