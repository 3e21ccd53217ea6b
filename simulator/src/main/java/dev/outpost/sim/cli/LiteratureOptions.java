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

    /** The largest {@code --seconds}: one day. */
    static final int MAX_SECONDS = 86_400;

    /** The largest {@code --seeds}. */
    static final int MAX_SEEDS = 1_000;

    /** The largest {@code --threads}. */
    static final int MAX_THREADS = 256;

    @Option(names = "--dir", required = true, paramLabel = "DIR",
            description = "Folder with the instance files and the best-known table (read in place).")
    Path dir;

    @Option(names = "--seconds", required = true, paramLabel = "T",
            description = "Time limit per solve, in seconds: more than 0, at most " + MAX_SECONDS + ".")
    double seconds;

    @Option(names = "--seeds", defaultValue = "1", paramLabel = "K",
            description = "Solves per instance with seeds 0..K-1, 1 to " + MAX_SEEDS
                    + "; the best seed's row is reported (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "Instances solved in parallel, each single-threaded, 1 to " + MAX_THREADS + " (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = {"--csv", "--out"}, required = true, paramLabel = "FILE",
            description = "CSV output with header instance,vehicles,distance,best_known,gap_percent,seconds,valid,best_vehicles,vehicle_difference (written atomically once every instance is solved; its folder is checked first).")
    Path csv;

    @Option(names = "--force", description = "Replace an existing CSV file (without it, an existing file is kept).")
    boolean force;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on standard error (default: ${DEFAULT-VALUE}).")
    boolean progress;

    /**
     * Checks every option and the output path, before any solving: the ranges (exit 2), the data
     * folder (exit 1) and the CSV file ({@link OutputFiles#checkFile}).
     *
     * @throws CliException naming the option, the value and the fix
     */
    void check() {
        NumberConverters.positive("--seconds", seconds, MAX_SECONDS);
        NumberConverters.range("--seeds", seeds, 1, MAX_SEEDS);
        NumberConverters.range("--threads", threads, 1, MAX_THREADS);
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw CliException.input("The data folder (" + SafeText.oneLine(dir.toString()) + ") "
                    + (java.nio.file.Files.exists(dir) ? "is not a folder" : "does not exist")
                    + "; pass the folder holding the instances.");
        }
        OutputFiles.checkFile(csv, "--csv", force, java.util.List.of());
    }

    /**
     * Whether to replace an existing CSV file.
     *
     * @return whether to replace an existing CSV file
     */
    public boolean force() {
        return force;
    }

    /**
     * The data folder; never null after parsing.
     *
     * @return the data folder; never null after parsing
     */
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
