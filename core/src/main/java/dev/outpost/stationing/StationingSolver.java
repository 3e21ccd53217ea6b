package dev.outpost.stationing;

import dev.outpost.stationing.internal.domain.StationingSolution;
import dev.outpost.stationing.internal.solver.BestTracker;
import dev.outpost.stationing.internal.solver.GreedyAddCommand;
import dev.outpost.stationing.internal.solver.ObjectiveRule;
import dev.outpost.stationing.internal.solver.PlanAssembler;
import dev.outpost.stationing.internal.solver.SolveContext;
import dev.outpost.stationing.internal.solver.Solutions;
import dev.outpost.stationing.internal.solver.StationingIncrementalScoreCalculator;
import dev.outpost.stationing.internal.solver.StationingMoveIteratorFactory;
import dev.outpost.stationing.internal.solver.VariableNeighbourhoodCommand;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Solves a {@link StationingProblem} on OptaPlanner 10 with three phases:
 * <ol>
 *   <li>greedy add (custom phase, {@link GreedyAddCommand}): opens sites and adds couriers one at
 *       a time while the score improves;</li>
 *   <li>for p-median and maximal covering without an opening budget, a variable neighbourhood
 *       search over fast-interchange descents (custom phase, {@link VariableNeighbourhoodCommand};
 *       Hansen and Mladenovic 1997, Resende and Werneck 2003), which evaluates every swap per step
 *       in time proportional to the clients the swap touches;</li>
 *   <li>tabu search (entity tabu of {@code siteCount / 10} sites, 1 to 10; each step takes the best
 *       of 100 accepted random moves) over swap, courier-transfer and change moves
 *       ({@link StationingMoveIteratorFactory}), scored by the incremental
 *       {@link StationingIncrementalScoreCalculator}.</li>
 * </ol>
 * Choices measured with {@code ScoreCalculatorComparison} (benchmarks; pmed20, local search only,
 * 10 s from the greedy start, loaded 2-core machine): the incremental calculator made about 36 000
 * score calculations per second, constraint streams (client x open site joined and grouped to the
 * minimum) about 25. Late acceptance (size 400) ended slightly lower (1835 against tabu's 1852),
 * but it never leaves a strict local optimum (every neighbour is worse than all remembered scores;
 * with an unbounded random selector a step then never ends), which hung the small exhaustive
 * tests; tabu always moves. Neither comes near the VNS phase, which reaches pmed20's optimum 1789
 * in under a second.
 * The run is in REPRODUCIBLE mode with the options' seed. The VNS counts one perturbation per step
 * against {@link StationingOptions#stepLimit()}.
 *
 * <p>The user's limits are walls: construction and every move keep the open outposts, the couriers
 * (and the fleet) and the opening cost within them. The score has three hard levels, each in its
 * own unit and compared in order, never added (unserved clients, uncovered clients for set
 * covering, couriers missing at overloaded outposts for expected response), then the objective and
 * a tie-break.
 *
 * <p>Use: {@code StationingSolver solver = StationingSolver.create(options); StationingPlan plan =
 * solver.solve(problem);}. An instance is immutable and thread-safe: it builds its OptaPlanner
 * {@code SolverFactory} once (one per entity-tabu size, which depends on the number of sites: at
 * most ten) and a new solver per call, so several threads may solve at once.
 */
public final class StationingSolver {

    private static final int MAX_TABU = 10;
    private static final int ACCEPTED_COUNT_LIMIT = 100;
    private static final long SELECTED_COUNT_LIMIT = 5_000;

    private final StationingOptions options;
    private final EnvironmentMode mode;
    private final Map<Integer, SolverFactory<StationingSolution>> factories = new ConcurrentHashMap<>();

    private StationingSolver(StationingOptions options, EnvironmentMode mode) {
        this.options = Objects.requireNonNull(options, "options");
        this.mode = mode;
        if (!options.bounded()) {
            throw new IllegalArgumentException("The options (" + options + ") set no limit (timeLimit, stepLimit, "
                    + "unimprovedStepLimit), so the search never ends; set at least one.");
        }
    }

    /**
     * A solver with these options.
     *
     * @param options the stationing options
     * @throws IllegalArgumentException when the options set no limit
     * @return a solver with these options
     */
    public static StationingSolver create(StationingOptions options) {
        return new StationingSolver(options, EnvironmentMode.REPRODUCIBLE);
    }

    /** As {@link #create} in another OptaPlanner mode (tests use FULL_ASSERT). */
    static StationingSolver create(StationingOptions options, EnvironmentMode mode) {
        return new StationingSolver(options, mode);
    }

    /**
     * The options.
     *
     * @return the options
     */
    public StationingOptions options() {
        return options;
    }

    /**
     * Solves and returns the plan.
     *
     * @param problem the stationing problem
     * @return the plan
     */
    public StationingPlan solve(StationingProblem problem) {
        return run(problem).plan();
    }

    /**
     * Solves and returns the plan with its score and time to best.
     *
     * @param problem the stationing problem
     * @return the plan with its score and time to best
     */
    public StationingRun run(StationingProblem problem) {
        Objects.requireNonNull(problem, "problem");
        BestTracker tracker = new BestTracker();
        Duration limit = options.timeLimit();
        SolveContext context = new SolveContext(tracker, options.seed(),
                limit == null ? Long.MAX_VALUE : limit.toNanos(),
                options.stepLimit() == 0 ? Long.MAX_VALUE : options.stepLimit(),
                options.unimprovedStepLimit() == 0 ? Long.MAX_VALUE : options.unimprovedStepLimit(),
                options.objectiveTarget(), options.variableNeighbourhood());
        StationingSolution initial = Solutions.initial(problem, context);
        if (problem.siteCount() == 0 || problem.clientCount() == 0) {
            // Nothing to decide beyond the fixed sites; OptaPlanner needs at least one entity and client.
            StationingPlan plan = PlanAssembler.assemble(problem, initial.courierCounts());
            return new StationingRun(plan, "-", 0.0);
        }
        int tabu = Math.max(1, Math.min(MAX_TABU, problem.siteCount() / 10));
        Solver<StationingSolution> solver = factories.computeIfAbsent(tabu, this::factory).buildSolver();
        Long target = options.objectiveTarget();
        solver.addEventListener(event -> {
            BendableLongScore s = (BendableLongScore) event.getNewBestScore();
            if (!s.isSolutionInitialized()) {
                return;
            }
            tracker.offer(new long[] {s.hardScore(0), s.hardScore(1), s.hardScore(2), s.softScore(0)});
            if (target != null && s.isFeasible() && reached(problem, s.softScore(0), target)) {
                solver.terminateEarly();
            }
        });
        StationingSolution best = solver.solve(initial);
        StationingPlan plan = PlanAssembler.assemble(problem, best.courierCounts());
        return new StationingRun(plan, String.valueOf(best.getScore()), tracker.secondsToBest());
    }

    /**
     * The plan of given courier counts, assembled as the solver assembles its own (each client to
     * its nearest open site, the objective and the violations computed), for plans made outside
     * the search, e.g. a neighbour of the best that a simulation is to judge.
     *
     * @param problem  the stationing problem
     * @param couriers couriers per site, in site index order; 0 = closed
     * @return the plan
     * @throws IllegalArgumentException when the counts do not match the problem's sites
     */
    public static StationingPlan planOf(StationingProblem problem, int[] couriers) {
        if (couriers.length != problem.siteCount()) {
            throw new IllegalArgumentException("The courier counts (" + couriers.length + ") must be one per site ("
                    + problem.siteCount() + ").");
        }
        return PlanAssembler.assemble(problem, couriers);
    }

    private static boolean reached(StationingProblem problem, long objectiveLevel, long target) {
        return ObjectiveRule.of(problem.objective()).maximised() ? objectiveLevel >= target : -objectiveLevel <= target;
    }

    private SolverFactory<StationingSolution> factory(int tabu) {
        TerminationConfig phaseTermination = new TerminationConfig();
        if (options.stepLimit() > 0) {
            phaseTermination.setStepCountLimit((int) Math.min(Integer.MAX_VALUE, options.stepLimit()));
        }
        if (options.unimprovedStepLimit() > 0) {
            phaseTermination.setUnimprovedStepCountLimit((int) Math.min(Integer.MAX_VALUE, options.unimprovedStepLimit()));
        }
        PhaseConfig<?>[] phases = {
            new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyAddCommand.class)),
            new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(VariableNeighbourhoodCommand.class)),
            new LocalSearchPhaseConfig()
                    .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                            .withMoveIteratorFactoryClass(StationingMoveIteratorFactory.class)
                            .withSelectedCountLimit(SELECTED_COUNT_LIMIT))
                    .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(tabu))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_COUNT_LIMIT))
                    .withTerminationConfig(phaseTermination)
        };
        TerminationConfig solverTermination = new TerminationConfig();
        if (options.timeLimit() != null) {
            solverTermination.setSpentLimit(options.timeLimit());
        }
        SolverConfig config = new SolverConfig()
                .withSolutionClass(StationingSolution.class)
                .withEntityClasses(dev.outpost.stationing.internal.domain.SiteSlot.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withIncrementalScoreCalculatorClass(StationingIncrementalScoreCalculator.class))
                .withEnvironmentMode(mode)
                .withRandomSeed(options.seed())
                .withPhases(phases)
                .withTerminationConfig(solverTermination);
        return SolverFactory.create(config);
    }
}
