package dev.outpost.sim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options shared by every {@code outpost bench-literature} subcommand (a picocli mixin): a new
 * literature family adds a subcommand class that mixes these in ({@code @Mixin LiteratureOptions
 * options;}) and lists itself in {@link BenchLiteratureCommand}'s {@code subcommands}. Solver choice
 * is per family (the VRP subcommands add {@code --solver}).
 */
public final class LiteratureOptions {

    @Option(names = "--dir", required = true, paramLabel = "DIR",
            description = "Folder with the instance files and the best-known table (read in place).")
    Path dir;

    @Option(names = "--seconds", required = true, paramLabel = "T",
            description = "Time limit per solve, in seconds.")
    double seconds;

    @Option(names = "--seeds", defaultValue = "1", paramLabel = "K",
            description = "Solves per instance with seeds 0..K-1; the best seed's row is reported (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "Instances solved in parallel, each single-threaded (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--csv", required = true, paramLabel = "FILE",
            description = "CSV output with header instance,vehicles,distance,best_known,gap_percent,seconds,valid,best_vehicles,vehicle_difference.")
    Path csv;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on standard error (default: ${DEFAULT-VALUE}).")
    boolean progress;

    /** {@return the data folder; never null after parsing} */
    public Path dir() {
        return dir;
    }

    /** {@return the time limit per solve, seconds} */
    public double seconds() {
        return seconds;
    }

    /** {@return the solves per instance} */
    public int seeds() {
        return seeds;
    }

    /** {@return the number of parallel solves} */
    public int threads() {
        return threads;
    }

    /** {@return the CSV file to write; never null after parsing} */
    public Path csv() {
        return csv;
    }

    /** {@return whether to show a progress bar on standard error} */
    public boolean progress() {
        return progress;
    }
}
