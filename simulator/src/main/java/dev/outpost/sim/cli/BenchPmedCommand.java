package dev.outpost.sim.cli;

import dev.outpost.sim.literature.PmedLiteratureRun;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code outpost bench-literature pmed --dir DIR --seconds T --csv FILE}: the OR-Library p-median
 * run ({@link PmedLiteratureRun}). Meant as a subcommand of {@code bench-literature}.
 */
@Command(name = "pmed", mixinStandardHelpOptions = true,
        description = "Solve the OR-Library p-median instances in DIR and compare with optima.csv.")
public final class BenchPmedCommand implements Callable<Integer> {

    @Option(names = "--dir", required = true, description = "Folder with pmed<k>.txt and optima.csv.")
    Path dir;

    @Option(names = "--seconds", defaultValue = "10", description = "Wall-time limit per instance (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--csv", required = true, description = "CSV file to write.")
    Path csv;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("The --seconds value (" + seconds + ") must be positive.");
        }
        List<PmedLiteratureRun.Row> rows = PmedLiteratureRun.run(dir, seconds, seed);
        PmedLiteratureRun.writeCsv(rows, csv);
        PmedLiteratureRun.printMarkdown(rows, System.out);
        return rows.stream().allMatch(PmedLiteratureRun.Row::valid) ? 0 : 1;
    }
}
