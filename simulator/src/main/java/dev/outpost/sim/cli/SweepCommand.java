package dev.outpost.sim.cli;

import dev.outpost.model.Scenario;
import dev.outpost.sim.experiment.Attribution;
import dev.outpost.sim.experiment.Layout;
import dev.outpost.sim.experiment.Layouts;
import dev.outpost.sim.experiment.SimSetup;
import dev.outpost.sim.experiment.Simulator;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.sim.report.AttributionReport;
import dev.outpost.sim.report.CurrentLayout;
import dev.outpost.sim.report.KpiReport;
import java.io.PrintWriter;
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
 * {@code outpost sweep [SCENARIO] --over growth|couriers|outposts --values ...}: simulates one
 * set-up per value (demand multiplier; fleet scale factor; most outposts, each solved by the
 * stationing solver) on the same seed and writes {@code kpis.json} and {@code sweep.csv}. With
 * {@code --factorial} instead it simulates every combination of today's set-up ({@code --today},
 * nearest idle, stay) and the changes {@code --layout}, {@code --policy}, {@code --relocation} on
 * the same days ({@link Attribution}) and also writes {@code attribution.csv}.
 *
 * <p>Run: {@code java -jar simulator/target/outpost.jar sweep --over growth --values 1,1.5,2
 * --policy cheapest-insertion --replications 10 --out sweep}
 */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = {
            "Simulates one set-up per value of demand growth, fleet scale or outpost count and writes",
            "kpis.json and sweep.csv (mean and 95%% interval of the headline KPIs per value)."
        })
public final class SweepCommand implements Callable<Integer> {

    static final String SWEEP_CSV = "sweep.csv";

    @Mixin
    SimulationOptions options;

    @Option(names = "--over", paramLabel = "PARAMETER",
            description = "growth (demand multiplier), couriers (fleet scale factor) or outposts (most outposts; stationing per value).")
    String over;

    @Option(names = "--values", paramLabel = "V", split = ",",
            description = "The values, comma-separated, e.g. 1,1.5,2: growth more than 0, at most "
                    + (int) OptionRanges.MAX_GROWTH + "; couriers more than 0, at most " + (int) OptionRanges.MAX_FLEET_SCALE
                    + "; outposts 1 to " + OptionRanges.MAX_SITES + ".")
    List<Double> values;

    @Option(names = "--layout", paramLabel = "PLAN", defaultValue = "hub",
            description = "hub, station or a station.json (default ${DEFAULT-VALUE}); ignored for --over outposts.")
    String layout;

    @Option(names = "--policy", paramLabel = "P", defaultValue = "nearest-idle",
            description = "Dispatch: nearest-idle, cheapest-insertion or reoptimise (default ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--relocation", paramLabel = "R", defaultValue = "stay",
            description = "Idle couriers: stay, home or coverage (default ${DEFAULT-VALUE}).")
    String relocation;

    @Option(names = "--factorial",
            description = "Instead of --over: every combination of today's set-up (--today, nearest-idle, stay) and the"
                    + " changes --layout, --policy and --relocation, on the same days; writes attribution.csv too.")
    boolean factorial;

    @Option(names = "--today", paramLabel = "PLAN",
            description = "Today's layout for --factorial: hub, current or a station.json (default: current when the"
                    + " scenario marks current branches, else hub).")
    String today;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (factorial) {
            if (over != null || values != null) {
                throw CliException.usage("The --factorial runs its own set-ups; drop --over and --values.");
            }
            return factorial(out);
        }
        if (over == null || values == null) {
            throw CliException.usage("Give --over and --values, or --factorial.");
        }
        if (!List.of("growth", "couriers", "outposts").contains(over)) {
            throw CliException.usage("The --over (" + over + ") must be growth, couriers or outposts.");
        }
        if (values == null || values.isEmpty()) {
            throw CliException.usage("The --values list is empty; give one or more values, comma-separated, such as"
                    + " --values 1,1.5,2.");
        }
        if (over.equals("growth") && spec.commandLine().getParseResult().hasMatchedOption("--growth")) {
            throw CliException.usage("The --growth option cannot be combined with --over growth: the sweep sets the"
                    + " demand multiplier from --values; drop --growth.");
        }
        OptionRanges.Range range = switch (over) {
            case "growth" -> OptionRanges.GROWTH;
            case "couriers" -> OptionRanges.FLEET_SCALE;
            default -> OptionRanges.OUTPOSTS;
        };
        for (double v : values) {
            if (range.whole() && v != Math.rint(v)) {
                throw CliException.usage("The --values entry (" + v + ") must be a whole number of outposts.");
            }
            if (!range.contains(v)) {
                throw CliException.usage("The --values entry (" + (range.whole() ? Long.toString((long) v) : v)
                        + ") is out of range for --over " + over + "; give " + range.text() + ".");
            }
        }
        options.checkOutputs(List.of(layout), SimulateCommand.KPIS_JSON, SWEEP_CSV);
        ScenarioSource source = options.load();
        FleetOptions fleet = options.fleet();
        List<String> labels = new ArrayList<>();
        List<SimSetup> setups = new ArrayList<>();
        List<List<RunKpis>> runs = new ArrayList<>();
        for (double v : values) {
            Scenario scenario = source.scenario();
            FleetOptions f = fleet;
            Layout l;
            String label = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
            try {
                switch (over) {
                    case "growth" -> f = fleet.withGrowth(v);
                    case "couriers" -> scenario = Layouts.withFleetScaled(scenario, v);
                    default -> scenario = Layouts.withMaxOutposts(scenario, (int) v);
                }
                l = over.equals("outposts")
                        ? options.station(scenario, source)
                        : options.layout(layout, new ScenarioSource(scenario, source.file()));
                SimSetup setup = new SimSetup(scenario, l, policy, relocation, f, options.demand(scenario));
                Simulator simulator = new Simulator(setup, options.legs(source));
                setups.add(setup);
                runs.add(options.run(simulator, over + " " + label));
                labels.add(label);
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
        }
        try (OutputFolder files = options.outputs()) {
            files.write(SimulateCommand.KPIS_JSON, KpiReport.sweepJson(over, labels, setups, options.seed, runs));
            files.write(SWEEP_CSV, KpiReport.sweepCsv(over, labels, runs, Summaries.headline(runs.get(0))));
            files.commit();
        }
        out.printf(Locale.ROOT, "scenario: %s (%s); sweep over %s %s; %d replications each, seed %d%n",
                source.scenario().name(), source.label(), over, labels, options.replications, options.seed);
        out.printf(Locale.ROOT, "wrote %s and %s%n", options.out.resolve(SimulateCommand.KPIS_JSON), options.out.resolve(SWEEP_CSV));
        OutputFiles.finish(out);
        return ExitCode.OK;
    }

    /** The factorial between today's set-up and the changed one: kpis.json, sweep.csv, attribution.csv. */
    private int factorial(PrintWriter out) {
        options.checkOutputs(java.util.Arrays.asList(layout, today), SimulateCommand.KPIS_JSON, SWEEP_CSV,
                AttributionReport.CSV);
        ScenarioSource source = options.load();
        Scenario scenario = source.scenario();
        String todayLayout = today != null ? today
                : CurrentLayout.ofScenario(scenario) != null ? SimulationOptions.CURRENT : "hub";
        SimSetup a;
        SimSetup b;
        try {
            a = new SimSetup(scenario, options.todayLayout(todayLayout, source), "nearest-idle", "stay", options.fleet(),
                    options.demand(scenario));
            b = new SimSetup(scenario, options.layout(layout, source), policy, relocation, options.fleet(),
                    options.demand(scenario));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        List<SimSetup> setups = Attribution.setups(a, b);
        List<List<RunKpis>> runs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (SimSetup setup : setups) {
            runs.add(options.run(new Simulator(setup, options.legs(source)), "factorial " + setup.label()));
        }
        Attribution.Result result = Attribution.of(a, b, runs);
        for (Attribution.Row row : result.rows()) {
            labels.add(AttributionReport.changes(result, row));
        }
        try (OutputFolder files = options.outputs()) {
            files.write(SimulateCommand.KPIS_JSON, KpiReport.sweepJson("factorial", labels, setups, options.seed, runs));
            files.write(SWEEP_CSV, KpiReport.sweepCsv("factorial", labels, runs, Summaries.headline(runs.get(0))));
            files.write(AttributionReport.CSV, AttributionReport.csv(result));
            files.commit();
        }
        out.printf(Locale.ROOT, "scenario: %s (%s); factorial of %s against today (%s); %d replications of %d day(s)"
                + " each, seed %d%n", scenario.name(), source.label(), b.label(), a.label(), options.replications,
                options.days, options.seed);
        for (String note : options.layoutNotes) {
            out.printf(Locale.ROOT, "note: %s%n", note);
        }
        out.println();
        for (String line : AttributionReport.lines(result, options.seed)) {
            out.println(line);
        }
        out.println();
        out.printf(Locale.ROOT, "wrote %s, %s and %s%n", options.out.resolve(SimulateCommand.KPIS_JSON),
                options.out.resolve(SWEEP_CSV), options.out.resolve(AttributionReport.CSV));
        OutputFiles.finish(out);
        return ExitCode.OK;
    }
}
