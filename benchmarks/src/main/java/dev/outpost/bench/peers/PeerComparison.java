package dev.outpost.bench.peers;

import dev.outpost.sim.literature.LiteratureReport;
import dev.outpost.sim.literature.LiteratureRow;
import dev.outpost.sim.literature.LiteratureRun;
import dev.outpost.sim.literature.LiteratureSet;
import dev.outpost.sim.literature.Solvers;
import dev.outpost.sim.literature.io.VrpObjective;
import dev.outpost.sim.literature.io.VrpSolverAdapter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * Side-by-side literature run of peer solvers under identical rules: each adapter (jsprit and
 * Outpost's, from {@link Solvers#outpost()}) goes through the same {@link LiteratureRun} (same
 * instances, convention, time limit, seeds, thread count), every solution is re-checked by the
 * independent checker, and the tables are printed one after the other, then a per-instance
 * comparison and the mean gap per family (C1, R1, RC1 for Solomon; A for Augerat) per solver.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.outpost.bench.peers.PeerComparison
 * solomon --dir ../shared/data/solomon --seconds 10 --threads 1 --csv-prefix results/solomon-10s}
 * writes {@code results/solomon-10s-jsprit.csv} and {@code results/solomon-10s-outpost.csv}
 * (same header as {@code outpost bench-literature}).
 */
@Command(name = "peer-comparison", mixinStandardHelpOptions = true,
        description = "Solve a literature set with jsprit and Outpost under identical rules and compare gaps.")
public final class PeerComparison implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "solomon|cvrp", description = "The literature family.")
    String family;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Folder with instances and best-known table.")
    Path dir;

    @Option(names = "--seconds", required = true, paramLabel = "T", description = "Time limit per solve, seconds.")
    double seconds;

    @Option(names = "--seeds", defaultValue = "1", paramLabel = "K", description = "Seeds per instance (best reported).")
    int seeds;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Parallel solves (each single-threaded).")
    int threads;

    @Option(names = "--objective", defaultValue = "distance", paramLabel = "distance|hierarchical",
            description = "Solomon table to compare with (default: ${DEFAULT-VALUE}).")
    String objective;

    @Option(names = "--solvers", defaultValue = "jsprit,outpost", split = ",", paramLabel = "NAME",
            description = "Solvers to run, in order: jsprit, outpost, insertion (default: ${DEFAULT-VALUE}).")
    List<String> solvers;

    @Option(names = "--jsprit-budget", defaultValue = "wall", paramLabel = "wall|cpu",
            description = "Whether jsprit's time limit counts wall time or its thread's CPU time (default: ${DEFAULT-VALUE}).")
    String jspritBudget;

    @Option(names = "--csv-prefix", required = true, paramLabel = "P",
            description = "Each solver's CSV goes to P-<solver>.csv.")
    String csvPrefix;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * A fresh adapter by name: {@code jsprit} or any of {@link Solvers#NAMES}.
     *
     * @param cpuBudget whether jsprit's limit counts CPU time instead of wall time
     */
    static Supplier<VrpSolverAdapter> adapter(String name, boolean cpuBudget) {
        if (name.equalsIgnoreCase("jsprit")) {
            return () -> new JspritVrpSolver(0, cpuBudget);
        }
        Solvers.byName(name);
        return () -> Solvers.byName(name);
    }

    static LiteratureSet literatureSet(String family, String objective) {
        VrpObjective o = switch (objective.toLowerCase(Locale.ROOT)) {
            case "distance" -> VrpObjective.DISTANCE;
            case "hierarchical" -> VrpObjective.HIERARCHICAL;
            default -> throw new IllegalArgumentException("The objective (" + objective
                    + ") is unknown; use distance or hierarchical.");
        };
        return switch (family.toLowerCase(Locale.ROOT)) {
            case "solomon" -> LiteratureSet.solomon(o);
            case "cvrp" -> LiteratureSet.cvrp();
            default -> throw new IllegalArgumentException("The family (" + family + ") is unknown; use solomon or cvrp.");
        };
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LiteratureSet set;
        Map<String, Supplier<VrpSolverAdapter>> adapters = new LinkedHashMap<>();
        try {
            set = literatureSet(family, objective);
            if (!jspritBudget.equals("wall") && !jspritBudget.equals("cpu")) {
                throw new IllegalArgumentException("The jsprit budget (" + jspritBudget + ") is unknown; use wall or cpu.");
            }
            for (String name : solvers) {
                adapters.put(name.toLowerCase(Locale.ROOT), adapter(name, jspritBudget.equals("cpu")));
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
        Map<String, List<LiteratureRow>> results = new LinkedHashMap<>();
        boolean allValid = true;
        for (Map.Entry<String, Supplier<VrpSolverAdapter>> a : adapters.entrySet()) {
            String label = a.getValue().get().name();
            LiteratureRun run = new LiteratureRun(set, dir, a.getValue(), seconds, seeds, threads);
            List<LiteratureRow> rows = run.run((instance, seed) -> {
                synchronized (err) {
                    err.println(label + " " + instance + " seed " + seed + " done");
                    err.flush();
                }
            });
            LiteratureReport report = new LiteratureReport(rows, set.distanceDecimals());
            report.writeCsv(Path.of(csvPrefix + "-" + a.getKey() + ".csv"));
            report.printMarkdown(out, String.format(Locale.ROOT, "## %s on %s (%s, %s s per solve, %d thread(s), %d seed(s))",
                    label, set.name(), set.objective().name().toLowerCase(Locale.ROOT), number(seconds), threads, seeds), true);
            out.println();
            allValid &= report.validCount() == rows.size();
            results.put(label, rows);
        }
        printSideBySide(out, set, results);
        out.flush();
        return allValid ? 0 : 1;
    }

    private static void printSideBySide(PrintWriter out, LiteratureSet set, Map<String, List<LiteratureRow>> results) {
        List<String> labels = new ArrayList<>(results.keySet());
        out.println("## Side by side (gap %, or the vehicle difference when the vehicle count decides; * = invalid)");
        out.println();
        StringBuilder header = new StringBuilder("| instance | best known |");
        StringBuilder rule = new StringBuilder("|---|---:|");
        for (String l : labels) {
            header.append(' ').append(l).append(" |");
            rule.append("---:|");
        }
        out.println(header);
        out.println(rule);
        List<LiteratureRow> first = results.get(labels.get(0));
        for (int i = 0; i < first.size(); i++) {
            StringBuilder line = new StringBuilder("| " + first.get(i).instance() + " | "
                    + String.format(Locale.ROOT, "%." + set.distanceDecimals() + "f", first.get(i).bestKnown()) + " |");
            for (String l : labels) {
                LiteratureRow r = results.get(l).get(i);
                String gap = r.vehiclesDecide() ? String.format(Locale.ROOT, "%+d veh", r.vehicleDifference())
                        : String.format(Locale.ROOT, "%.2f", r.gapPercent());
                line.append(' ').append(gap).append(r.valid() ? "" : "*").append(" |");
            }
            out.println(line);
        }
        out.println();
        out.println("## Mean gap per family (valid solutions at the best-known vehicle count only)");
        out.println();
        Map<String, List<Integer>> families = new TreeMap<>();
        for (int i = 0; i < first.size(); i++) {
            families.computeIfAbsent(LiteratureReport.family(first.get(i).instance()), k -> new ArrayList<>()).add(i);
        }
        header = new StringBuilder("| family | instances |");
        rule = new StringBuilder("|---|---:|");
        for (String l : labels) {
            header.append(' ').append(l).append(" |");
            rule.append("---:|");
        }
        out.println(header);
        out.println(rule);
        Map<String, List<Integer>> withAll = new LinkedHashMap<>(families);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            all.add(i);
        }
        withAll.put("all", all);
        for (Map.Entry<String, List<Integer>> f : withAll.entrySet()) {
            StringBuilder line = new StringBuilder("| " + f.getKey() + " | " + f.getValue().size() + " |");
            for (String l : labels) {
                double sum = 0;
                int valid = 0;
                for (int i : f.getValue()) {
                    LiteratureRow r = results.get(l).get(i);
                    if (r.valid() && !r.vehiclesDecide()) {
                        sum += r.gapPercent();
                        valid++;
                    }
                }
                line.append(' ').append(valid == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f%%", sum / valid))
                        .append(valid < f.getValue().size() ? " (" + valid + " valid)" : "").append(" |");
            }
            out.println(line);
        }
    }

    private static String number(double s) {
        return s == Math.rint(s) ? Long.toString((long) s) : String.format(Locale.ROOT, "%.2f", s);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new PeerComparison()).execute(args));
    }
}
