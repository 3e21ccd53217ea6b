package dev.outpost.sim.cli;

import dev.outpost.sim.literature.io.LiteratureFormatException;
import dev.outpost.sim.literature.PmedLiteratureRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code outpost bench-literature pmed --dir DIR --seconds T --csv FILE}: the OR-Library p-median
 * run ({@link PmedLiteratureRun}) with the options of every literature family
 * ({@link LiteratureOptions}: {@code --seeds K} solves each instance with seeds 0..K-1 and reports
 * the best (least value, then valid, then earliest), {@code --threads N} solves instances in
 * parallel, {@code --no-progress}). Exit 0 when every plan is valid, 3 when the checker rejected any.
 */
@Command(name = "pmed", mixinStandardHelpOptions = true,
        description = "Solve the OR-Library p-median instances in DIR and compare with optima.csv.")
public final class BenchPmedCommand implements Callable<Integer> {

    @Mixin
    LiteratureOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        options.check();
        List<PmedLiteratureRun.Row> rows;
        try {
            rows = solveAll();
        } catch (java.nio.file.FileSystemException e) {
            throw CliException.input("The file (" + SafeText.oneLine(String.valueOf(e.getFile())) + ") cannot be read: "
                    + IoMessages.reason(e) + ".");
        } catch (IOException | IllegalArgumentException | LiteratureFormatException e) {
            throw CliException.input(IoMessages.reason(e));
        }
        OutputFiles.write(options.csv(), PmedLiteratureRun.csv(rows));
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        PmedLiteratureRun.printMarkdown(rows, new PrintStream(table, true, StandardCharsets.UTF_8));
        PrintWriter out = spec.commandLine().getOut();
        out.print(table.toString(StandardCharsets.UTF_8));
        OutputFiles.finish(out);
        return rows.stream().allMatch(PmedLiteratureRun.Row::valid) ? ExitCode.OK : ExitCode.INFEASIBLE;
    }

    private List<PmedLiteratureRun.Row> solveAll() throws IOException {
        Map<String, Long> optima = PmedLiteratureRun.optima(options.dir());
        List<Path> files = PmedLiteratureRun.instanceFiles(options.dir());
        int solves = files.size() * options.seeds();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        ProgressBar bar = options.progress() ? new ProgressBarBuilder().setTaskName("pmed").setInitialMax(solves)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(1000).build() : null;
        try {
            List<List<Future<PmedLiteratureRun.Row>>> futures = new ArrayList<>();
            for (Path file : files) {
                List<Future<PmedLiteratureRun.Row>> perSeed = new ArrayList<>();
                for (int seed = 0; seed < options.seeds(); seed++) {
                    long s = seed;
                    perSeed.add(pool.submit(() -> {
                        PmedLiteratureRun.Row row = PmedLiteratureRun.runInstance(file, optima, options.seconds(), s);
                        if (bar != null) {
                            bar.step();
                        }
                        return row;
                    }));
                }
                futures.add(perSeed);
            }
            List<PmedLiteratureRun.Row> rows = new ArrayList<>();
            for (List<Future<PmedLiteratureRun.Row>> perSeed : futures) {
                List<PmedLiteratureRun.Row> seeds = new ArrayList<>();
                for (Future<PmedLiteratureRun.Row> f : perSeed) {
                    seeds.add(get(f));
                }
                rows.add(seeds.stream().min(Comparator.comparingLong(PmedLiteratureRun.Row::value)
                        .thenComparing(r -> !r.valid()).thenComparingDouble(PmedLiteratureRun.Row::secondsToBest)).orElseThrow());
            }
            return rows;
        } finally {
            pool.shutdownNow();
            if (bar != null) {
                bar.close();
            }
        }
    }

    private static PmedLiteratureRun.Row get(Future<PmedLiteratureRun.Row> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The run was interrupted.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }
}
