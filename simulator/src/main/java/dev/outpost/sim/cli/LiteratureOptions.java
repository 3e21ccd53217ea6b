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
     * Checks the data folder (exit 1) and the CSV file ({@link OutputFiles#checkFile}) before any
     * solving; the ranges of the numbers are checked before the command runs ({@link OptionRanges}).
     *
     * @throws CliException naming the option, the value and the fix
     */
    void check() {
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw CliException.input("The data folder (" + SafeText.oneLine(dir.toString()) + ") "
                    + (java.nio.file.Files.exists(dir) ? "is not a folder" : "does not exist")
                    + "; pass the folder holding the instances.");
        }
        OutputFiles.checkFile(csv, "--csv", force, inputs());
    }

    /**
     * The files of the data folder a family reads: the instances ({@code .txt}, {@code .vrp}) and the
     * best-known tables ({@code .csv}); none may be the CSV output, even with {@code --force}.
     */
    private java.util.List<Path> inputs() {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("(?i).*[.](txt|vrp|csv)")).toList();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw CliException.input("The data folder (" + SafeText.oneLine(dir.toString()) + ") cannot be listed: "
                    + IoMessages.reason(e instanceof java.io.UncheckedIOException u ? u.getCause() : e) + ".");
        }
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
