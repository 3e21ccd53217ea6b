package dev.outpost.sim.cli;

import dev.outpost.model.Scenario;
import dev.outpost.model.ScenarioException;
import dev.outpost.sim.demand.CsvRequestLog;
import dev.outpost.sim.demand.DemandSource;
import dev.outpost.sim.demand.ServiceTimes;
import dev.outpost.sim.experiment.Layout;
import dev.outpost.sim.experiment.Layouts;
import dev.outpost.sim.experiment.Replications;
import dev.outpost.sim.experiment.Simulator;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.fleet.LegTimes;
import dev.outpost.sim.fleet.TableLegTimes;
import dev.outpost.sim.fleet.TimeOfDayLegTimes;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.stationing.StationingObjective;
import java.io.IOException;
import java.io.Reader;
import dev.outpost.sim.report.CurrentLayout;
import dev.outpost.sim.report.StationingPlanReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.outpost.sim.report.HtmlReport;
import dev.outpost.sim.report.SetupRun;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options shared by {@code simulate}, {@code compare} and {@code sweep} (a picocli mixin), with
 * their documented defaults, and the helpers that turn them into runs and files.
 */
final class SimulationOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "The scenario JSON file (default: the built-in default city).")
    Path file;

    @Option(names = "--days", paramLabel = "N", defaultValue = "1",
            description = "Simulated days per replication (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "10",
            description = "Replications, each on its own random days (default ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
            description = "Replications run at once (default ${DEFAULT-VALUE}); results do not depend on it.")
    int threads;

    @Option(names = "--growth", paramLabel = "G", defaultValue = "1.0",
            description = "Demand multiplier (default ${DEFAULT-VALUE}).")
    double growth;

    @Option(names = "--noise", paramLabel = "SIGMA", defaultValue = "0.15",
            description = "Sigma of the lognormal travel-time factor per leg (default ${DEFAULT-VALUE}; 0 = exact).")
    double noise;

    @Option(names = "--breakdowns", paramLabel = "PER_HOUR", defaultValue = "0",
            description = "Breakdowns per courier-hour on duty (default ${DEFAULT-VALUE}).")
    double breakdowns;

    @Option(names = "--service", paramLabel = "MODEL", defaultValue = "fixed",
            description = "Service times: fixed or exponential around each client's service seconds (default ${DEFAULT-VALUE}).")
    String service;

    @Option(names = "--requests", paramLabel = "CSV",
            description = "Replay this request log (time,client[,size,priority]) every day instead of random demand.")
    Path requests;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "3000",
            description = "Stationing steps when a layout is 'station' (default ${DEFAULT-VALUE}).")
    int stationSteps;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "simulation",
            description = "Folder for kpis.json and the CSV tables (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--force", description = "Replace existing output files.")
    boolean force;

    @Option(names = "--no-progress", description = "No progress bar on standard error.")
    boolean noProgress;

    private LegTimes legs;

    ScenarioSource load() {
        return ScenarioSource.load(file);
    }

    FleetOptions fleet() {
        ServiceTimes times;
        try {
            times = ServiceTimes.valueOf(service.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CliException.usage("The --service (" + service + ") must be fixed or exponential.");
        }
        try {
            return new FleetOptions(noise, breakdowns, times, growth);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    /** The replayed request log, or null for random demand. */
    DemandSource demand(Scenario scenario) {
        if (requests == null) {
            return null;
        }
        String text = InputFiles.readText(requests, "request log");
        try (Reader in = new StringReader(text)) {
            return CsvRequestLog.read(in, SafeText.oneLine(requests.toString()), scenario, fleet().serviceTimes());
        } catch (ScenarioException e) {
            throw CliException.input(e.getMessage());
        } catch (IOException e) {
            throw CliException.input("The request log (" + SafeText.oneLine(requests.toString())
                    + ") cannot be read: " + e.getMessage());
        }
    }

    /** Notes on the layouts read (over budget, couriers left at the hub), for the command to print. */
    final List<String> layoutNotes = new ArrayList<>();

    /**
     * A layout used as a solution: {@code hub} (everyone starts at the hub), {@code current} (the
     * scenario's sites marked {@code current}), {@code station} (solve the stationing problem now,
     * expected-response objective) or a station.json file, checked against the scenario: another
     * scenario's plan, unknown or closed sites, more couriers than a site hosts, a plan marked
     * infeasible or over the budget are refused (exit 1 with the plan's JSON path).
     */
    Layout layout(String value, ScenarioSource source) {
        return layout(value, source, true);
    }

    /**
     * A layout that describes an operator's current practice ({@code compare --layout-a},
     * {@code sweep --today}): as {@link #layout(String, ScenarioSource)}, but a station.json over
     * the budget or marked infeasible is accepted with a note in {@link #layoutNotes}.
     */
    Layout todayLayout(String value, ScenarioSource source) {
        return layout(value, source, false);
    }

    private Layout layout(String value, ScenarioSource source, boolean asSolution) {
        if (value == null || value.equals("hub")) {
            return Layout.hub();
        }
        if (value.isBlank()) {
            throw CliException.usage("A layout option (--layout, --layout-a or --layout-b) is empty; give hub, station"
                    + " or the path of a station.json file.");
        }
        Scenario scenario = source.scenario();
        if (value.equals("station")) {
            return station(scenario, source);
        }
        if (value.equals(CURRENT)) {
            CurrentLayout current = CurrentLayout.ofScenario(scenario);
            if (current == null) {
                throw CliException.usage("The layout 'current' needs sites with \"current\" couriers in the scenario ("
                        + SafeText.oneLine(scenario.name()) + "); it has none. Give a station.json instead.");
            }
            layoutNotes.addAll(current.notes());
            return current.layout();
        }
        Path path = Path.of(value);
        String name = SafeText.oneLine(String.valueOf(path.getFileName()));
        String json = InputFiles.readText(path, "layout file");
        try {
            if (asSolution) {
                return Layouts.of(StationingPlanReader.read(json, name, scenario), name);
            }
            CurrentLayout read = CurrentLayout.read(json, name, scenario);
            for (String note : read.notes()) {
                layoutNotes.add(name + ": " + SafeText.oneLine(note));
            }
            return read.layout();
        } catch (ScenarioException e) {
            throw CliException.input(e.getMessage());
        }
    }

    /** The layout keyword for the scenario's current branches. */
    static final String CURRENT = "current";

    /**
     * The leg times of the command's scenario: each courier type's time-of-day tables, built once
     * (a road network's hierarchy is the slow part of start-up) and shared by stationing
     * ({@code --layout station}) and every set-up simulated; a sweep changes counts and budgets,
     * never the points or the courier types.
     */
    /**
     * Solves stationing for {@code scenario} (expected response, {@code --station-steps}, {@code --seed})
     * on the command's tables ({@link #legs}).
     *
     * @throws IllegalArgumentException when the scenario has no courier type
     */
    Layout station(Scenario scenario, ScenarioSource source) {
        if (scenario.courierTypes().isEmpty()) {
            throw new IllegalArgumentException("The scenario '" + scenario.name()
                    + "' has no courier type; add one to station couriers.");
        }
        return Layouts.station(scenario, StationingObjective.EXPECTED_RESPONSE, seed, stationSteps, legs(source).tables());
    }

    LegTimes legs(ScenarioSource source) {
        if (legs == null) {
            legs = source.scenario().courierTypes().isEmpty() ? new TableLegTimes(List.of())
                    : new TimeOfDayLegTimes(source.tables());
        }
        return legs;
    }

    /** Runs the replications with a progress bar when asked and worth it. */
    List<RunKpis> run(Simulator simulator, String task) {
        if (noProgress || replications * days < 2) {
            return Replications.run(simulator, seed, replications, days, threads, null);
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(replications)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(500).build()) {
            return Replications.run(simulator, seed, replications, days, threads, r -> bar.step());
        }
    }

    /**
     * Like {@link #run}, also tracing what report.html draws (the KPIs are the same: both go through
     * {@code Simulator.replication}).
     */
    SetupRun runTraced(Simulator simulator, String task, String name) {
        if (noProgress || replications * days < 2) {
            return SetupRun.simulate(name, simulator, seed, replications, days, threads, null);
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(replications)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(500).build()) {
            return SetupRun.simulate(name, simulator, seed, replications, days, threads, r -> bar.step());
        }
    }

    /** The report's assumption rows for these options. */
    List<String[]> assumptions(ScenarioSource source) {
        return HtmlReport.assumptions(source.scenario(), source.label(), fleet(), replications, days, seed);
    }

    /** Refuses to overwrite existing outputs without --force, before any work is done. */
    void checkOutputs(List<String> layouts, String... names) {
        List<Path> inputs = new ArrayList<>();
        inputs.add(file);
        inputs.add(requests);
        for (String l : layouts) {
            if (l != null && !l.equals("hub") && !l.equals("station") && !l.equals(CURRENT)) {
                inputs.add(Path.of(l));
            }
        }
        OutputFiles.checkFolder(out, "--out", force, inputs, names);
    }

    /** The run's output folder: its files appear in {@code --out} together at the commit, or not at all. */
    OutputFolder outputs() {
        return OutputFolder.open(out, "--out");
    }
}
