package dev.outpost.sim.cli;

import dev.outpost.sim.experiment.Attribution;
import dev.outpost.sim.experiment.KpiTable;
import dev.outpost.sim.experiment.SimSetup;
import dev.outpost.sim.experiment.Simulator;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.sim.report.AttributionReport;
import dev.outpost.sim.report.HtmlReport;
import dev.outpost.sim.report.KpiReport;
import dev.outpost.sim.report.SetupRun;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outpost compare [SCENARIO]}: simulates two set-ups (A and B) on the same random days
 * (common random numbers: replication r of both sees the same requests) and reports each KPI's
 * paired difference B - A with its 95% confidence interval, in {@code kpis.json} and
 * {@code difference.csv}. A layout is {@code hub}, {@code current} (the scenario's sites marked
 * {@code current}), {@code station} or a station.json (for example the operator's layout today).
 * With {@code --attribution} it also simulates every combination of A's and B's layout, dispatch
 * and relocation on the same days and reports what each change is worth ({@code attribution.csv}).
 *
 * <p>Run: {@code java -jar simulator/target/outpost.jar compare --layout-a hub --policy-a nearest-idle
 * --layout-b station --policy-b cheapest-insertion --replications 20 --out cmp}
 */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Simulates two set-ups A and B on the same random days and reports each KPI's paired",
            "difference B - A with its 95%% confidence interval (kpis.json, difference.csv)."
        })
public final class CompareCommand implements Callable<Integer> {

    static final String DIFFERENCE_CSV = "difference.csv";

    @Mixin
    SimulationOptions options;

    @Option(names = "--layout-a", paramLabel = "PLAN", defaultValue = "hub", description = "A's layout (default ${DEFAULT-VALUE}).")
    String layoutA;

    @Option(names = "--policy-a", paramLabel = "P", defaultValue = "nearest-idle", description = "A's dispatch (default ${DEFAULT-VALUE}).")
    String policyA;

    @Option(names = "--relocation-a", paramLabel = "R", defaultValue = "stay", description = "A's relocation (default ${DEFAULT-VALUE}).")
    String relocationA;

    @Option(names = "--layout-b", paramLabel = "PLAN", defaultValue = "station", description = "B's layout (default ${DEFAULT-VALUE}).")
    String layoutB;

    @Option(names = "--policy-b", paramLabel = "P", defaultValue = "cheapest-insertion",
            description = "B's dispatch (default ${DEFAULT-VALUE}).")
    String policyB;

    @Option(names = "--relocation-b", paramLabel = "R", defaultValue = "stay", description = "B's relocation (default ${DEFAULT-VALUE}).")
    String relocationB;

    @Option(names = "--attribution",
            description = "Also simulate every combination of A's and B's layout, dispatch and relocation on the same"
                    + " days and report what each change is worth (attribution.csv and the summary).")
    boolean attribution;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        options.checkOutputs(List.of(layoutA, layoutB), SimulateCommand.KPIS_JSON, DIFFERENCE_CSV,
                SimulateCommand.REPORT_HTML, AttributionReport.CSV);
        ScenarioSource source = options.load();
        SimSetup a;
        SimSetup b;
        try {
            a = new SimSetup(source.scenario(), options.todayLayout(layoutA, source), policyA, relocationA, options.fleet(),
                    options.demand(source.scenario()));
            b = new SimSetup(source.scenario(), options.layout(layoutB, source), policyB, relocationB, options.fleet(),
                    options.demand(source.scenario()));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        Simulator simA = new Simulator(a, options.legs(source));
        Simulator simB = new Simulator(b, options.legs(source));
        SetupRun tracedA = options.runTraced(simA, "A", "A");
        SetupRun tracedB = options.runTraced(simB, "B", "B");
        List<RunKpis> runsA = tracedA.runs();
        List<RunKpis> runsB = tracedB.runs();
        KpiTable difference = KpiTable.paired(KpiTable.sharedGroups(runsA), KpiTable.sharedGroups(runsB));
        Attribution.Result factorial = null;
        if (attribution) {
            factorial = Attribution.run(a, b, simA.legs(), options.seed, options.replications, options.days,
                    options.threads, List.of(new Attribution.Known(a, runsA), new Attribution.Known(b, runsB)), null);
        }
        try (OutputFolder files = options.outputs()) {
            if (factorial != null) {
                files.write(AttributionReport.CSV, AttributionReport.csv(factorial));
            }
            files.write(SimulateCommand.KPIS_JSON, KpiReport.pairedJson(a, b, options.seed, runsA, runsB));
            files.write(DIFFERENCE_CSV, KpiReport.csv(difference));
            files.write(SimulateCommand.REPORT_HTML, HtmlReport.html(new HtmlReport.Input("Outpost comparison: "
                    + source.scenario().name(), source.scenario(), simA.legs(), List.of(tracedA, tracedB), difference,
                    options.assumptions(source), factorial)));
            files.commit();
        }
        out.printf(Locale.ROOT, "scenario: %s (%s)%n", source.scenario().name(), source.label());
        out.printf(Locale.ROOT, "A: %s%nB: %s%n%d paired replications of %d day(s), seed %d; B - A:%n", a.label(), b.label(),
                options.replications, options.days, options.seed);
        for (String note : options.layoutNotes) {
            out.printf(Locale.ROOT, "note: %s%n", note);
        }
        Summaries.print(difference, out);
        if (factorial != null) {
            out.println();
            for (String line : AttributionReport.lines(factorial, options.seed)) {
                out.println(line);
            }
            out.println();
        }
        out.printf(Locale.ROOT, "wrote %s, %s%s and %s%n", options.out.resolve(SimulateCommand.KPIS_JSON),
                options.out.resolve(DIFFERENCE_CSV), factorial == null ? "" : ", " + options.out.resolve(AttributionReport.CSV),
                options.out.resolve(SimulateCommand.REPORT_HTML));
        OutputFiles.finish(out);
        return ExitCode.OK;
    }
}
