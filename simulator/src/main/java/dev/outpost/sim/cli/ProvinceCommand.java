package dev.outpost.sim.cli;

import dev.outpost.sim.experiment.Estimate;
import dev.outpost.sim.experiment.KpiTable;
import dev.outpost.sim.province.ProvinceFile;
import dev.outpost.sim.province.ProvinceJob;
import dev.outpost.sim.province.ProvinceOptions;
import dev.outpost.sim.province.ProvinceOutputs;
import dev.outpost.sim.province.ProvinceProgress;
import dev.outpost.sim.province.ProvinceResults;
import dev.outpost.sim.province.ProvinceSweep;
import dev.outpost.sim.province.ProvinceUnit;
import dev.outpost.sim.province.UnitSetup;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outpost province PROVINCE.json}: runs on every unit of a province what {@code demo} runs on
 * one town (stationing, the relocation chosen on pilot days, the plan refined, today's practice
 * against the optimised set-up on the same simulated days) through the province task API
 * ({@link ProvinceJob}, the local engine: a pool of {@code --threads}), and writes {@code units.csv},
 * {@code centres.csv}, {@code province.json} and {@code province.html} ({@link ProvinceOutputs}).
 * A unit whose file cannot be read or is invalid is reported by name and path; the others run, their
 * files are written, and the command exits 1 at the end. With {@code --over growth --values 1,1.25,1.5} it
 * is a what-if across units ({@link ProvinceSweep}): the same job once per value, each value's files in
 * a subfolder ({@code growth-1.25/units.csv} ...) and {@code sweep.csv} beside them.
 *
 * <p>Run: {@code java -jar simulator/target/outpost.jar province province/province.json --out province-out}
 */
@Command(
        name = "province",
        mixinStandardHelpOptions = true,
        description = {
            "Every unit of a province (counties, cities) as demo runs one town: today's practice",
            "against the optimised set-up on the same days; writes units.csv, centres.csv,",
            "province.json and province.html into --out. With --over growth --values 1,1.5 a",
            "what-if across units: each value's files in a subfolder (growth-1.5/...) and sweep.csv."
        })
public final class ProvinceCommand implements Callable<Integer> {

    @Mixin
    ProvinceCommandOptions job = new ProvinceCommandOptions();

    @Option(names = "--threads", paramLabel = "N",
            description = "Tasks run at once (default: the processors, here ${DEFAULT-VALUE}); results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = job.problem();
        if (problem != null) {
            throw CliException.usage(problem);
        }
        ProvinceFile province;
        try {
            province = ProvinceFile.read(job.provinceFile());
        } catch (IllegalArgumentException e) {
            throw CliException.input(e.getMessage());
        }
        ProvinceOptions options;
        try {
            options = job.options(province);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        Path outDir = job.outDir();
        boolean noProgress = job.noProgress();
        if (job.over() != null) {
            return sweep(province, options, out, err);
        }
        OutputFiles.checkFolder(outDir, "--out", job.force(), ProvinceOutputs.inputs(province),
                ProvinceOutputs.FILES.toArray(String[]::new));
        long started = System.nanoTime();
        if (!noProgress) {
            err.println("Province " + SafeText.oneLine(province.name()) + ": " + province.units().size() + " units, "
                    + options.replications() + " days per set-up, " + options.pilot() + " pilot days, " + threads
                    + " threads...");
            err.flush();
        }
        ProvinceResults results = ProvinceJob.runLocal(province, options, threads, noProgress ? null : new Bars(err));
        double seconds = (System.nanoTime() - started) / 1e9;

        out.printf(Locale.ROOT, "province: %s (%s)%n", province.name(), job.provinceFile());
        table(out, province, options, results);
        out.println();
        out.printf(Locale.ROOT, "wall time: %.1f s on %d threads%n", seconds, threads);
        OutputFiles.finish(out);

        try {
            JobSupport.writeFolder(outDir, ProvinceOutputs.texts(results));
        } catch (IllegalArgumentException e) {
            throw CliException.input(e.getMessage());
        }
        err.println("Wrote " + ProvinceOutputs.FILES.size() + " files into " + SafeText.oneLine(outDir.toString())
                + " (open " + SafeText.oneLine(outDir.resolve(ProvinceOutputs.PROVINCE_HTML).toString()) + ").");
        return failures(err, results);
    }

    /** The what-if sweep: the job once per value, each value's files in its subfolder, then sweep.csv. */
    private int sweep(ProvinceFile province, ProvinceOptions base, PrintWriter out, PrintWriter err) {
        Path outDir = job.outDir();
        boolean force = job.force();
        boolean noProgress = job.noProgress();
        String over = job.over();
        List<Double> values = job.values();
        Path provinceFile = job.provinceFile();
        List<Path> inputs = ProvinceOutputs.inputs(province);
        OutputFiles.checkFolder(outDir, "--out", force, inputs, ProvinceSweep.SWEEP_CSV);
        if (Files.exists(outDir)) {
            for (double v : values) {
                OutputFiles.checkFolder(outDir.resolve(ProvinceSweep.folder(over, v)), "--out", force, inputs,
                        ProvinceOutputs.FILES.toArray(String[]::new));
            }
        }
        long started = System.nanoTime();
        List<String> shown = new ArrayList<>();
        for (double v : values) {
            shown.add(ProvinceSweep.folder(over, v).substring(over.length() + 1));
        }
        out.printf(Locale.ROOT, "province: %s (%s), what-if over %s: %s%n", province.name(), provinceFile, over,
                String.join(", ", shown));
        List<ProvinceResults> all = new ArrayList<>();
        for (double v : values) {
            ProvinceOptions options = ProvinceSweep.options(base, over, v);
            if (!noProgress) {
                err.println("Province " + SafeText.oneLine(province.name()) + ", " + over + " " + v + ": "
                        + province.units().size() + " units, " + options.replications() + " days per set-up, "
                        + options.pilot() + " pilot days, " + threads + " threads...");
                err.flush();
            }
            ProvinceResults results = ProvinceJob.runLocal(province, options, threads, noProgress ? null : new Bars(err));
            all.add(results);
            out.println();
            out.printf(Locale.ROOT, "%s %s (%s/):%n", over, ProvinceSweep.folder(over, v).substring(over.length() + 1),
                    ProvinceSweep.folder(over, v));
            table(out, province, options, results);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.println();
        out.printf(Locale.ROOT, "wall time: %.1f s on %d threads%n", seconds, threads);
        OutputFiles.finish(out);
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw CliException.input("The --out folder (" + SafeText.oneLine(outDir.toString()) + ") cannot be created: "
                    + IoMessages.reason(e) + ".");
        }
        try {
            for (int i = 0; i < values.size(); i++) {
                JobSupport.writeFolder(outDir.resolve(ProvinceSweep.folder(over, values.get(i))),
                        ProvinceOutputs.texts(all.get(i)));
            }
            JobSupport.writeFolder(outDir, java.util.Map.of(ProvinceSweep.SWEEP_CSV,
                    ProvinceSweep.sweepCsv(over, values, all)));
        } catch (IllegalArgumentException e) {
            throw CliException.input(e.getMessage());
        }
        err.println("Wrote " + values.size() + " subfolders of " + ProvinceOutputs.FILES.size() + " files and "
                + ProvinceSweep.SWEEP_CSV + " into " + SafeText.oneLine(outDir.toString()) + ".");
        return failures(err, all.get(all.size() - 1));
    }

    private static void table(PrintWriter out, ProvinceFile province, ProvinceOptions options, ProvinceResults results) {
        out.printf(Locale.ROOT, "%d units; %d days per set-up, paired (same requests), seed %d%s; 95%% confidence"
                + " intervals%n%n", province.units().size(), options.replications(), options.seed(),
                options.growth() == 1 ? "" : String.format(Locale.ROOT, ", demand x %.2f", options.growth()));
        out.println("| unit | couriers | outposts | mean response today (min) | optimised (min) | within target"
                + " today (%) | optimised (%) |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (ProvinceResults.UnitResult u : results.units()) {
            if (u.setup().failed()) {
                out.printf(Locale.ROOT, "| %s | failed | | | | | |%n", SafeText.oneLine(u.unit().name()));
                continue;
            }
            KpiTable today = KpiTable.of(u.today());
            KpiTable optimised = KpiTable.of(u.optimised());
            out.printf(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s |%n", SafeText.oneLine(u.unit().name()),
                    u.setup().couriers(), u.setup().optimised().outposts().size(),
                    minutes(today.row("all", "responseMean").estimate()),
                    minutes(optimised.row("all", "responseMean").estimate()),
                    percent(today.row("all", "withinTarget").estimate()),
                    percent(optimised.row("all", "withinTarget").estimate()));
        }
    }

    private static int failures(PrintWriter err, ProvinceResults results) {
        if (!results.failures().isEmpty()) {
            err.println(results.failures().size() + " of " + results.units().size() + " units failed (the others were"
                    + " run and written):");
            for (ProvinceResults.UnitResult u : results.failures()) {
                for (String line : u.setup().failure().split("\n")) {
                    err.println("  " + SafeText.oneLine(line));
                }
            }
            err.flush();
            return ExitCode.INVALID_INPUT;
        }
        err.flush();
        return ExitCode.OK;
    }

    private static String minutes(Estimate e) {
        return String.format(Locale.ROOT, "%.2f \u00b1 %.2f", e.mean() / 60, e.halfWidth() / 60);
    }

    private static String percent(Estimate e) {
        return String.format(Locale.ROOT, "%.1f \u00b1 %.1f", e.mean(), e.halfWidth());
    }

    /** A text progress bar per unit on standard error, at each quarter of its days. */
    private static final class Bars implements ProvinceProgress {
        private static final int WIDTH = 20;
        private final PrintWriter err;

        Bars(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void stationed(ProvinceUnit unit, UnitSetup setup) {
            synchronized (err) {
                if (setup.failed()) {
                    err.println("  " + SafeText.oneLine(unit.name()) + ": FAILED (listed at the end)");
                } else {
                    err.println("  " + SafeText.oneLine(unit.name()) + ": stationed " + setup.couriers() + " couriers at "
                            + setup.optimised().outposts().size() + " outposts; relocation '" + setup.relocation() + "'");
                }
                err.flush();
            }
        }

        @Override
        public void day(ProvinceUnit unit, int done, int total) {
            int step = Math.max(1, total / 4);
            if (done % step != 0 && done != total) {
                return;
            }
            int filled = (int) ((long) WIDTH * done / total);
            synchronized (err) {
                err.println("  " + SafeText.oneLine(unit.name()) + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled)
                        + "] " + done + "/" + total + " days");
                err.flush();
            }
        }
    }
}
