package dev.outpost.sim.cli;

import dev.outpost.dispatch.wire.WireWriter;
import dev.outpost.sim.engine.EventLog;
import dev.outpost.sim.experiment.KpiTable;
import dev.outpost.sim.experiment.SimSetup;
import dev.outpost.sim.experiment.Simulator;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.sim.policy.ReoptimisingPolicy;
import dev.outpost.sim.report.HtmlReport;
import dev.outpost.sim.report.KpiReport;
import dev.outpost.sim.report.SetupRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outpost simulate [SCENARIO]}: simulates days of requests through a layout and dispatch
 * and relocation policies, and writes {@code kpis.json} (byte-identical for the same scenario,
 * options and seed) and {@code kpis.csv} with 95% confidence intervals over the replications.
 *
 * <p>Run: {@code java -jar simulator/target/outpost.jar simulate --layout station --policy cheapest-insertion
 * --relocation coverage --replications 20 --seed 7 --out sim}
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Simulates days of pickup requests (the default city when SCENARIO is omitted) through a layout",
            "and dispatch and relocation policies; writes kpis.json and kpis.csv with 95%% confidence intervals."
        })
public final class SimulateCommand implements Callable<Integer> {

    /** The KPI file written into {@code --out}. */
    static final String KPIS_JSON = "kpis.json";
    /** The KPI table written into {@code --out}. */
    static final String KPIS_CSV = "kpis.csv";
    /** The report written into {@code --out}. */
    static final String REPORT_HTML = "report.html";

    @Mixin
    SimulationOptions options;

    @Option(names = "--layout", paramLabel = "PLAN", defaultValue = "hub",
            description = "hub (everyone starts at the hub), station (solve stationing now) or a station.json"
                    + " written by outpost station --out (default ${DEFAULT-VALUE}).")
    String layout;

    @Option(names = "--policy", paramLabel = "P", defaultValue = "nearest-idle",
            description = "Dispatch: nearest-idle, cheapest-insertion or reoptimise (default ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--relocation", paramLabel = "R", defaultValue = "stay",
            description = "Idle couriers: stay, home or coverage (default ${DEFAULT-VALUE}).")
    String relocation;

    @Option(names = "--event-log", description = "Also write events.jsonl: every event of replication 0, one JSON object a"
            + " line with its day (from 0; request ids are unique over the days), replayable into the KPI collectors.")
    boolean eventLog;

    @Option(names = "--dispatch-log", paramLabel = "FILE", description = "Also write the day's dispatcher events of"
            + " replication 0 (--policy reoptimise) to FILE in the wire format of docs/event-log.md (JSON lines, days"
            + " with day, rounds as reoptimise lines), for outpost replay FILE [SCENARIO] --layout ...")
    Path dispatchLog;

    /** The event log written into {@code --out} with {@code --event-log}. */
    static final String EVENTS_JSONL = "events.jsonl";

    @Spec
    CommandSpec spec;

    /**
     * The events of replication 0, each line with its {@code day}, request ids unique over the days
     * ({@link EventLog#dayWriter}).
     */
    private String eventLog(Simulator simulator) {
        StringWriter events = new StringWriter();
        simulator.replicationByDay(options.seed, 0, options.days, EventLog.dayWriter(events));
        return events.toString();
    }

    /**
     * The dispatcher events of replication 0, day after day (days from 1), each day's re-optimising
     * policy writing its events as it sends them to its dispatcher.
     */
    private String dispatchLog(Simulator simulator) {
        StringBuilder lines = new StringBuilder();
        simulator.replicationWithPolicies(options.seed, 0, options.days, d -> new ReoptimisingPolicy(
                ReoptimisingPolicy.DEFAULT_INTERVAL_SECONDS, ReoptimisingPolicy.DEFAULT_STEPS, d + 1,
                e -> lines.append(WireWriter.line(e)).append('\n')));
        return lines.toString();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (dispatchLog != null) {
            if (!policy.toLowerCase(Locale.ROOT).equals("reoptimise")) {
                throw CliException.usage("The --dispatch-log needs --policy reoptimise (the policy that drives the"
                        + " dispatcher); the --policy is " + SafeText.oneLine(policy) + ".");
            }
            List<Path> inputs = new ArrayList<>(Arrays.asList(options.file, options.requests));
            if (!layout.equals("hub") && !layout.equals("station")) {
                inputs.add(Path.of(layout));
            }
            OutputFiles.checkFile(dispatchLog, "--dispatch-log", options.force, inputs);
        }
        if (eventLog) {
            options.checkOutputs(List.of(layout), KPIS_JSON, KPIS_CSV, REPORT_HTML, EVENTS_JSONL);
        } else {
            options.checkOutputs(List.of(layout), KPIS_JSON, KPIS_CSV, REPORT_HTML);
        }
        ScenarioSource source = options.load();
        SimSetup setup;
        try {
            setup = new SimSetup(source.scenario(), options.layout(layout, source), policy, relocation, options.fleet(),
                    options.demand(source.scenario()));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        Simulator simulator = new Simulator(setup, options.legs(source));
        SetupRun traced = options.runTraced(simulator, "simulate", setup.label());
        List<RunKpis> runs = traced.runs();
        KpiTable table = KpiTable.of(runs);
        try (OutputFolder files = options.outputs()) {
            files.write(KPIS_JSON, KpiReport.json(setup, options.seed, runs));
            files.write(KPIS_CSV, KpiReport.csv(table));
            files.write(REPORT_HTML, HtmlReport.html(new HtmlReport.Input("Outpost simulation: "
                    + source.scenario().name(), source.scenario(), simulator.legs(), List.of(traced), null,
                    options.assumptions(source))));
            if (eventLog) {
                files.write(EVENTS_JSONL, eventLog(simulator));
            }
            files.commit();
        }
        if (dispatchLog != null) {
            OutputFiles.write(dispatchLog, dispatchLog(simulator));
        }
        out.printf(Locale.ROOT, "scenario: %s (%s)%n", source.scenario().name(), source.label());
        out.printf(Locale.ROOT, "set-up: %s; %d replications of %d day(s), seed %d%n", setup.label(), options.replications,
                options.days, options.seed);
        Summaries.print(table, out);
        out.printf(Locale.ROOT, "wrote %s, %s and %s%n", options.out.resolve(KPIS_JSON), options.out.resolve(KPIS_CSV),
                options.out.resolve(REPORT_HTML));
        if (dispatchLog != null) {
            out.printf(Locale.ROOT, "wrote %s%n", dispatchLog);
        }
        OutputFiles.finish(out);
        return ExitCode.OK;
    }
}
