package dev.outpost.bench.stationing;

import dev.outpost.sim.literature.io.PmedReader;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.stationing.internal.domain.SiteSlot;
import dev.outpost.stationing.internal.domain.StationingSolution;
import dev.outpost.stationing.internal.solver.GreedyAddCommand;
import dev.outpost.stationing.internal.solver.SolveContext;
import dev.outpost.stationing.internal.solver.Solutions;
import dev.outpost.stationing.internal.solver.StationingIncrementalScoreCalculator;
import dev.outpost.stationing.internal.solver.StationingMoveIteratorFactory;
import java.nio.file.Path;
import java.util.Locale;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Measures OptaPlanner's local search on a p-median instance with the VNS phase off: score
 * calculations per second of the incremental calculator against constraint streams, and the final
 * value of tabu search against late acceptance, each run for the same seconds from the same greedy
 * start on the same moves.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.outpost.bench.stationing.ScoreCalculatorComparison
 * ../shared/data/pmed/pmed20.txt 10}
 */
public final class ScoreCalculatorComparison {

    private ScoreCalculatorComparison() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("The arguments (" + args.length + ") must be: PMED_FILE SECONDS.");
        }
        var instance = PmedReader.read(Path.of(args[0]));
        long millis = Math.round(Double.parseDouble(args[1]) * 1000);
        StationingProblem problem = instance.toProblem();
        PMedianConstraintProvider.PMedianLimit.p = instance.p();
        System.out.printf(Locale.ROOT, "%s n=%d p=%d, %d s per run, greedy start, local search only%n",
                instance.name(), instance.n(), instance.p(), millis / 1000);
        run(problem, "incremental + tabu", false, false, millis);
        run(problem, "constraint streams + tabu", true, false, millis);
        run(problem, "incremental + late acceptance", false, true, millis);
    }

    private static void run(StationingProblem problem, String label, boolean streams, boolean lateAcceptance,
            long millis) {
        ScoreDirectorFactoryConfig scoring = streams
                ? new ScoreDirectorFactoryConfig().withConstraintProviderClass(PMedianConstraintProvider.class)
                : new ScoreDirectorFactoryConfig().withIncrementalScoreCalculatorClass(StationingIncrementalScoreCalculator.class);
        LocalSearchAcceptorConfig acceptor = lateAcceptance
                ? new LocalSearchAcceptorConfig().withLateAcceptanceSize(400)
                : new LocalSearchAcceptorConfig().withEntityTabuSize(Math.max(1, Math.min(10, problem.siteCount() / 10)));
        SolverConfig config = new SolverConfig()
                .withSolutionClass(StationingSolution.class)
                .withEntityClasses(SiteSlot.class)
                .withScoreDirectorFactory(scoring)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(1L)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new GreedyAddCommand()),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                                        .withMoveIteratorFactoryClass(StationingMoveIteratorFactory.class)
                                        .withSelectedCountLimit(5_000L))
                                .withAcceptorConfig(acceptor)
                                .withForagerConfig(new LocalSearchForagerConfig()
                                        .withAcceptedCountLimit(lateAcceptance ? 1 : 100)))
                .withTerminationConfig(new TerminationConfig().withMillisecondsSpentLimit(millis));
        Solver<StationingSolution> solver = SolverFactory.<StationingSolution>create(config).buildSolver();
        StationingSolution best = solver.solve(Solutions.initial(problem, SolveContext.unlimited(1L)));
        long speed = ((DefaultSolver<StationingSolution>) solver).getSolverScope().getScoreCalculationSpeed();
        System.out.printf(Locale.ROOT, "%-32s score %-28s %,12d score calculations/s%n", label, best.getScore(), speed);
    }
}
