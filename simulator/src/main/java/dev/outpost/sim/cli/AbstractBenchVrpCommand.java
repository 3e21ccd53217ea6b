package dev.outpost.sim.cli;

import dev.outpost.routing.PopulationOptions;
import dev.outpost.sim.literature.LiteratureReport;
import dev.outpost.sim.literature.LiteratureRow;
import dev.outpost.sim.literature.LiteratureRun;
import dev.outpost.sim.literature.LiteratureSet;
import dev.outpost.sim.literature.OutpostVrpSolver;
import dev.outpost.sim.literature.Solvers;
import dev.outpost.sim.literature.io.LiteratureFormatException;
import dev.outpost.sim.literature.io.VrpSolverAdapter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * A {@code bench-literature} subcommand for a VRP family: runs {@link LiteratureRun} with the
 * chosen solver, writes the CSV, prints the Markdown table and the mean gap (last line) on standard
 * output. Every option and the CSV path are checked before the first solve. Exit code 0 when
 * every solution is valid, 3 when the checker rejected any (the rows say which; the first
 * violation of each is printed on standard error), 1 for bad input (missing folder or table,
 * unreadable file), 2 for bad options; see {@link ExitCode}.
 */
abstract class AbstractBenchVrpCommand implements Callable<Integer> {

    @Mixin
    LiteratureOptions options;

    @Option(names = "--solver", defaultValue = "outpost", paramLabel = "NAME",
            description = "Solver: outpost (default) or insertion (the cheapest-insertion baseline).")
    String solver;

    @Option(names = "--population-size", defaultValue = "0", paramLabel = "N",
            description = "With the outpost solver: run the population phase (hybrid genetic search) with N solutions,"
                    + " 2 to 1000, before the local search; 0 (default) for none.")
    int populationSize;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The solver to run, a fresh one per call. */
    private VrpSolverAdapter newSolver() {
        if (populationSize > 0) {
            return new OutpostVrpSolver(null, PopulationOptions.defaults().withSize(populationSize, populationSize));
        }
        return Solvers.byName(solver);
    }

    /** The family and conventions to run, from this subcommand's own options. */
    abstract LiteratureSet literatureSet();

    @Override
    public Integer call() {
        options.check();
        try {
            Solvers.byName(solver);
            if (populationSize == 1) {
                throw new IllegalArgumentException("The --population-size (1) must be 0 (none) or 2 to 1000.");
            }
            if (populationSize > 0 && !"outpost".equals(solver)) {
                throw new IllegalArgumentException("The --population-size (" + populationSize
                        + ") needs --solver outpost; the " + SafeText.oneLine(solver) + " solver has no population phase.");
            }
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        try {
            return runAndReport();
        } catch (IllegalArgumentException | LiteratureFormatException e) {
            throw CliException.input(e.getMessage());
        } catch (UncheckedIOException e) {
            throw CliException.input(e.getMessage() + " (" + IoMessages.reason(e.getCause()) + ")");
        }
    }

    private int runAndReport() {
        LiteratureSet set = literatureSet();
        String solverName = newSolver().name();
        LiteratureRun run = new LiteratureRun(set, options.dir(), this::newSolver,
                options.seconds(), options.seeds(), options.threads());
        List<LiteratureRow> rows;
        if (options.progress()) {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName(set.name() + " " + solverName)
                    .setInitialMax(run.solveCount()).setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(1000).build()) {
                rows = run.run((instance, seed) -> bar.step());
            }
        } else {
            rows = run.run((instance, seed) -> { });
        }
        LiteratureReport report = new LiteratureReport(rows, set.distanceDecimals());
        OutputFiles.write(options.csv(), report.csv());
        PrintWriter err = spec.commandLine().getErr();
        for (LiteratureRow r : rows) {
            if (!r.valid()) {
                err.println(SafeText.oneLine(r.instance()) + " (seed " + r.seed() + "): " + SafeText.oneLine(r.problem()));
            }
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        String title = String.format(Locale.ROOT, "%s, %s, objective %s, convention %s, %s s per solve, %d seed(s)%s",
                set.name(), solverName, set.objective().name().toLowerCase(Locale.ROOT),
                set.convention().name().toLowerCase(Locale.ROOT), seconds(options.seconds()),
                options.seeds(), options.seeds() > 1 ? " (best seed reported)" : "");
        report.printMarkdown(out, title, false);
        OutputFiles.finish(out);
        return report.validCount() == rows.size() ? ExitCode.OK : ExitCode.INFEASIBLE;
    }

    private static String seconds(double s) {
        return s == Math.rint(s) ? Long.toString((long) s) : String.format(Locale.ROOT, "%.2f", s);
    }
}
