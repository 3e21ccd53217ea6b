package dev.outpost.sim.cli;

import dev.outpost.dispatch.Fleet;
import dev.outpost.dispatch.wire.WireReader;
import dev.outpost.dispatch.wire.WireSession;
import dev.outpost.model.Scenario;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.ScenarioDay;
import dev.outpost.sim.report.ReplayReport;
import dev.outpost.sim.report.StationingPlanReader;
import dev.outpost.stationing.StationingPlan;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModels;
import dev.outpost.travel.TravelTables;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code outpost replay EVENTS.jsonl [FILE] [--layout hub|station.json] --out DIR}: feeds a
 * dispatch event log (the wire format of {@code docs/event-log.md}, read by {@link WireReader})
 * through the deterministic dispatcher on the scenario's fleet (couriers at the hub or at the
 * outposts of a station.json, ids as {@code <type>-<n>}, time-of-day travel; requests may come by
 * client or by address) and writes {@code decisions.jsonl} (one line per event line),
 * {@code plan.json}, {@code plan.geojson}, {@code summary.json} and {@code latency.json}.
 *
 * <p>A line the dispatcher refuses is answered {@code refused} with its reason and the replay goes
 * on. A log that cannot be read (missing, not UTF-8, a line that is not a valid event) is exit 1
 * with every problem listed by line and field, and nothing is written. Apart from
 * {@code latency.json} (wall-clock) the same input gives the same bytes.
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Replays a dispatch event log (JSON lines, docs/event-log.md) through the deterministic dispatcher",
            "on the scenario's fleet (the default city when FILE is omitted) and writes decisions.jsonl,",
            "plan.json, plan.geojson, summary.json and latency.json into --out."
        })
public final class ReplayCommand implements Callable<Integer> {

    /** One answer per event line. */
    static final String DECISIONS_JSONL = "decisions.jsonl";
    /** The final plan of each day. */
    static final String PLAN_JSON = "plan.json";
    /** The final routes as a map. */
    static final String PLAN_GEOJSON = "plan.geojson";
    /** Counts by status and reason, and the plan's check verdict. */
    static final String SUMMARY_JSON = "summary.json";
    /** Answer latency per event type (wall clock). */
    static final String LATENCY_JSON = "latency.json";

    @Parameters(index = "0", paramLabel = "EVENTS.jsonl", description = "The event log, one JSON event a line.")
    Path events;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE",
            description = "Scenario file (JSON, or a folder of CSV files); the built-in default city when omitted.")
    Path file;

    @Option(names = "--layout", paramLabel = "PLAN", defaultValue = "hub",
            description = "hub (every courier starts at the hub) or a station.json written by outpost station --out"
                    + " (default ${DEFAULT-VALUE}).")
    String layout;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the outputs (created if missing).")
    Path outDir;

    @Option(names = "--force", description = "Replace existing output files (without it, existing files are kept).")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path planFile = layout.equals("hub") ? null : Path.of(layout);
        OutputFiles.checkFolder(outDir, "--out", force, Arrays.asList(events, file, planFile), DECISIONS_JSONL, PLAN_JSON,
                PLAN_GEOJSON, SUMMARY_JSON, LATENCY_JSON);
        WireReader.Result log = read(events);
        ScenarioSource source = ScenarioSource.load(file);
        Scenario scenario = source.scenario();
        StationingPlan plan = planFile == null ? null
                : StationingPlanReader.read(InputFiles.readText(planFile, "layout file"), planFile.toString(), scenario);
        Fleet fleet = fleet(source, plan);

        WireSession session = new WireSession(scenario, fleet);
        ReplayReport report = new ReplayReport(scenario, session);
        StringBuilder decisions = new StringBuilder();
        for (WireReader.Line line : log.lines()) {
            long start = System.nanoTime();
            WireSession.Answer answer = session.apply(line.line(), line.event());
            report.latency(line.event().type(), System.nanoTime() - start);
            decisions.append(answer.json()).append('\n');
            report.count(answer);
        }
        session.finish();
        ReplayReport.Summary summary = report.summary();
        try (OutputFolder files = OutputFolder.open(outDir, "--out")) {
            files.write(DECISIONS_JSONL, decisions.toString());
            files.write(PLAN_JSON, report.planJson());
            files.write(PLAN_GEOJSON, report.planGeoJson());
            files.write(SUMMARY_JSON, report.summaryJson(events.getFileName().toString(), source.label(),
                    planFile == null ? "hub" : planFile.getFileName().toString()));
            files.write(LATENCY_JSON, report.latencyJson());
            files.commit();
        }
        out.printf(Locale.ROOT, "scenario: %s (%s); couriers: %d (%s)%n", scenario.name(), source.label(),
                fleet.couriers().size(), planFile == null ? "at the hub" : "at the outposts of " + planFile);
        out.printf(Locale.ROOT, "events: %d lines; %s%n", log.lines().size(), summary.linesText());
        out.printf(Locale.ROOT, "pickups: %s%n", summary.pickupsText());
        out.printf(Locale.ROOT, "final plan%s checked independently: %s%n", summary.days() > 1 ? "s" : "",
                summary.valid() ? "valid" : "INVALID (see summary.json)");
        out.printf(Locale.ROOT, "latency: %s%n", report.latencyText());
        out.printf(Locale.ROOT, "wrote %s%n", outDir.resolve(DECISIONS_JSONL));
        OutputFiles.finish(out);
        err.flush();
        return ExitCode.OK;
    }

    /** The log's events, or exit 1 with every problem listed. */
    private static WireReader.Result read(Path events) {
        String text = InputFiles.readText(events, "event log");
        WireReader.Result log;
        try {
            log = WireReader.read(new BufferedReader(new StringReader(text)));
        } catch (IOException e) {
            throw CliException.input("The event log (" + SafeText.oneLine(events.toString()) + ") cannot be read: "
                    + IoMessages.reason(e) + ".");
        }
        if (!log.ok()) {
            throw CliException.input("The event log (" + SafeText.oneLine(events.toString()) + ") has "
                    + (log.problems().size() + log.more()) + " problem(s); nothing was replayed:\n"
                    + SafeText.escape(log.describe().strip()));
        }
        return log;
    }

    /**
     * The scenario's fleet on its time-of-day tables with its travel model (so that requests and
     * positions may come as locations): the day's couriers at the hub or the plan's outposts.
     */
    static Fleet fleet(ScenarioSource source, StationingPlan plan) {
        Scenario scenario = source.scenario();
        if (scenario.courierTypes().isEmpty()) {
            throw CliException.input("The scenario '" + SafeText.oneLine(scenario.name()) + "' has no courier type: there is"
                    + " no fleet to dispatch.");
        }
        ScenarioPoints points = ScenarioPoints.of(scenario);
        TravelTables tables = source.tables();
        List<ScenarioDay.Station> stations = plan == null ? null
                : plan.outposts().stream().map(o -> new ScenarioDay.Station(o.siteId(), o.couriers())).toList();
        RoutingProblem day;
        try {
            day = ScenarioDay.build(scenario, tables, stations);
        } catch (IllegalArgumentException e) {
            throw CliException.input(e.getMessage());
        }
        Fleet fleet = Fleet.timeDependent(tables, points.hubIndex(), scenario.hub().cutoffSeconds(), new ArrayList<>(day.couriers()));
        try {
            return fleet.withModel(source.travelModel(scenario.courierTypes().get(0)), points.locations(),
                    scenario.courierTypes(), TravelModels.congestion(scenario));
        } catch (IllegalArgumentException e) {
            return fleet;
        }
    }
}
