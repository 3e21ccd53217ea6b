package dev.outpost.sim.cli;

import dev.outpost.check.StationingChecker;
import dev.outpost.model.CourierType;
import dev.outpost.model.Scenario;
import dev.outpost.model.ScenarioException;
import dev.outpost.sim.experiment.Attribution;
import dev.outpost.sim.experiment.Estimate;
import dev.outpost.sim.experiment.Layouts;
import dev.outpost.sim.experiment.StationingRefiner;
import dev.outpost.sim.report.AttributionReport;
import dev.outpost.sim.report.CurrentLayout;
import dev.outpost.sim.experiment.KpiTable;
import dev.outpost.sim.experiment.Layout;
import dev.outpost.sim.experiment.Layouts;
import dev.outpost.sim.experiment.SimSetup;
import dev.outpost.sim.experiment.Simulator;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.fleet.LegTimes;
import dev.outpost.sim.fleet.TimeOfDayLegTimes;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.sim.policy.DispatchPolicies;
import dev.outpost.sim.report.HtmlReport;
import dev.outpost.sim.report.KpiReport;
import dev.outpost.sim.report.SetupRun;
import dev.outpost.sim.report.StationingReport;
import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingOptions;
import dev.outpost.stationing.StationingPlan;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.stationing.StationingSolver;
import dev.outpost.stationing.StationingTravel;
import dev.outpost.travel.TravelTables;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outpost demo}: the main job in one command. It solves stationing for the fleet (a fixed
 * number of steps, so the run is reproducible), chooses the relocation policy of the optimised
 * set-up by measurement on pilot days (another seed than the reported days), refines the stationing
 * by simulating the plan and its best neighbours on the same pilot days ({@code --refine K},
 * {@link dev.outpost.sim.experiment.StationingRefiner}), then simulates the same R days (common
 * random numbers) under today's practice and under the optimised set-up (the stationing plan, the
 * dispatch policy of {@code --dispatch}, cheapest insertion by default, and the chosen relocation).
 *
 * <p>Today's practice is the operator's layout: {@code --today station.json} (checked against the
 * scenario, {@link CurrentLayout}), else the scenario's sites marked {@code current}, else every
 * courier at the hub; always with the nearest idle courier and no relocation. The summary says which
 * "today" it used. What each change is worth is the factorial of the three changes (layout,
 * dispatch, relocation: eight set-ups) on the first {@code --attribution-days} of the reported days
 * ({@link dev.outpost.sim.experiment.Attribution}); today and the optimised set-up are not simulated
 * again for it.
 *
 * <p>It prints the comparison with 95% confidence intervals and the paired differences, the
 * attribution table with its findings and the refine candidates, and writes {@code kpis.json}
 * ({@code a} today, {@code b} optimised), CSV tables ({@code attribution.csv},
 * {@code stationing-refine.csv}, ...), the stationing plan as JSON and GeoJSON and a self-contained
 * {@code report.html} into {@code --out}.
 *
 * <p>Run: {@code java -jar simulator/target/outpost.jar demo}
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Today's practice against an optimised set-up on the same simulated days",
            "(the default city unless --scenario is given): prints the comparison and",
            "writes kpis.json, CSV tables, the stationing plan (JSON, GeoJSON) and",
            "report.html into --out."
        })
public final class DemoCommand implements Callable<Integer> {

    /** Files written into {@code --out}. */
    static final String KPIS_JSON = "kpis.json";
    static final String TODAY_CSV = "kpis-today.csv";
    static final String OPTIMISED_CSV = "kpis-optimised.csv";
    static final String DIFFERENCE_CSV = "kpis-difference.csv";
    static final String RELOCATION_CSV = "relocation-pilot.csv";
    static final String REPORT_HTML = "report.html";
    static final String REFINE_CSV = "stationing-refine.csv";
    static final String[] FILES = {KPIS_JSON, TODAY_CSV, OPTIMISED_CSV, DIFFERENCE_CSV, RELOCATION_CSV,
        AttributionReport.CSV, REFINE_CSV, StationCommand.STATION_JSON, StationCommand.STATION_GEOJSON, REPORT_HTML};

    /** The names of the two set-ups in the output. */
    static final String TODAY = "today's practice";
    static final String OPTIMISED = "optimised";


    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Your scenario JSON file (default: the built-in default city).")
    Path scenarioFile;

    @Option(names = "--today", paramLabel = "FILE",
            description = "Today's stationing, a station.json (outposts with siteId and couriers), checked against the"
                    + " scenario (default: the scenario's sites marked \"current\", else every courier at the hub).")
    Path todayFile;

    @Option(names = "--attribution-days", paramLabel = "N", defaultValue = "50",
            description = "What each change is worth: every combination of the changes (layout, dispatch, relocation)"
                    + " on the first N of the reported days (at most --replications); 0 = skip (default ${DEFAULT-VALUE}).")
    int attributionDays;

    @Option(names = "--refine", paramLabel = "K", defaultValue = "3",
            description = "Stationing chosen by simulation: the plan and its K-1 best neighbours simulated on the pilot"
                    + " days, the best kept; 1 = the analytic plan as is (default ${DEFAULT-VALUE}).")
    int refine;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Folder for the outputs, created if missing (default ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--force", description = "Replace existing output files (without it, existing files are kept).")
    boolean force;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "200",
            description = "Simulated days per set-up, 2 to 10000 (default ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--pilot", paramLabel = "N", defaultValue = "20",
            description = "Pilot days per relocation policy, on another seed, to choose it; 0 = no relocation"
                    + " (default ${DEFAULT-VALUE}).")
    int pilot;

    @Option(names = "--dispatch", paramLabel = "P", defaultValue = "cheapest-insertion",
            description = "Dispatch policy of the optimised set-up, one the simulator offers (default ${DEFAULT-VALUE}).")
    String dispatch;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "3000",
            description = "Stationing local-search steps, 1 to 100000000 (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--threads", paramLabel = "N",
            description = "Days simulated at once, 1 to 256 (default: the processors, here ${DEFAULT-VALUE});"
                    + " results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-progress", description = "Do not show progress on standard error.")
    boolean noProgress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (attributionDays == 1) {
            throw CliException.usage("The --attribution-days (1) gives no confidence interval; give 0 (none) or at"
                    + " least 2.");
        }
        int factorialDays = Math.min(attributionDays, replications);
        if (refine > 1 && pilot < 2) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--refine")) {
                throw CliException.usage("The --refine (" + refine + ") simulates candidates on the pilot days; give"
                        + " --pilot of at least 2, or --refine 1.");
            }
            refine = 1; // the default refine needs pilot days: without them the analytic plan is kept
        }
        if (!DispatchPolicies.DISPATCH.contains(dispatch)) {
            throw CliException.usage("The --dispatch (" + SafeText.oneLine(dispatch) + ") is unknown; use one of "
                    + DispatchPolicies.DISPATCH + ".");
        }
        OutputFiles.checkFolder(outDir, "--out", force, java.util.Arrays.asList(scenarioFile, todayFile), FILES);
        long started = System.nanoTime();

        ScenarioSource source = ScenarioSource.load(scenarioFile);
        Scenario scenario = source.scenario();
        if (scenario.courierTypes().isEmpty() || scenario.courierTypes().stream().mapToInt(CourierType::count).sum() == 0) {
            throw CliException.input("The scenario (" + SafeText.oneLine(scenario.name()) + ") has no couriers;"
                    + " add a courier type with a count of at least 1.");
        }
        CurrentLayout current = current(scenario);
        TravelTables tables = source.tables();
        LegTimes legs = new TimeOfDayLegTimes(tables);

        progress(err, "Stationing " + scenario.courierTypes().stream().mapToInt(CourierType::count).sum()
                + " couriers (" + steps + " steps)...");
        StationingTravel travel = StationingTravel.of(scenario, tables, StationingTravel.mostNumerous(scenario).id(),
                StationingTravel.Basis.PEAK, 0);
        StationingProblem problem = StationingProblem.fromScenario(scenario, travel.times(),
                StationingObjective.EXPECTED_RESPONSE);
        String nothingToStation = StationCommand.nothingToStation(scenario, problem);
        if (nothingToStation != null) {
            err.println(nothingToStation + " Nothing was written.");
            err.flush();
            return ExitCode.INFEASIBLE;
        }
        StationingPlan plan = StationingSolver.create(StationingOptions.defaults().withSeed(seed).withStepLimit(steps))
                .solve(problem);
        StationingChecker.StationingCheck check = StationingChecker.check(problem, plan);
        if (!check.agreesWith(plan)) {
            err.println("The checker disagrees with the solver: checker value " + check.objectiveValue()
                    + ", solver value " + plan.objectiveValue() + ". This is a solver bug, please report it;"
                    + " nothing was written.");
            err.flush();
            return ExitCode.INTERNAL;
        }
        Layout layout = Layouts.of(plan, "stationing plan");

        FleetOptions fleet = FleetOptions.defaults();
        SimSetup today = new SimSetup(scenario, current.layout(), "nearest-idle", "stay", fleet, null);

        List<String[]> pilotRows = new ArrayList<>();
        String relocation = "stay";
        if (pilot > 0) {
            double best = Double.POSITIVE_INFINITY;
            for (String candidate : DispatchPolicies.RELOCATION) {
                SimSetup setup = new SimSetup(scenario, layout, dispatch, candidate, fleet, null);
                progress(err, "Pilot: relocation '" + candidate + "' on " + pilot + " days (seed " + pilotSeed() + ")...");
                SetupRun run = SetupRun.simulate(candidate, new Simulator(setup, legs), pilotSeed(), pilot, threads, null);
                KpiTable table = KpiTable.of(run.runs());
                Estimate mean = table.row("all", "responseMean").estimate();
                Estimate within = table.row("all", "withinTarget").estimate();
                pilotRows.add(new String[] {candidate, cell(mean.mean()), cell(mean.halfWidth()), cell(within.mean()),
                    cell(within.halfWidth())});
                if (mean.mean() < best) {
                    best = mean.mean();
                    relocation = candidate;
                }
            }
        }
        StationingRefiner.Result refined = null;
        if (refine > 1 && check.feasible()) {
            progress(err, "Refining the stationing: the plan and its " + (refine - 1) + " best neighbours on " + pilot
                    + " pilot days each (seed " + pilotSeed() + ")...");
            refined = StationingRefiner.refine(problem, plan, refine, new SimSetup(scenario, layout, dispatch, relocation,
                    fleet, null), legs, pilotSeed(), pilot, threads, null);
            if (!refined.keptAnalytic()) {
                plan = refined.plan();
                check = StationingChecker.check(problem, plan);
                layout = Layouts.of(plan, "refined stationing plan");
            }
        }
        SimSetup optimised = new SimSetup(scenario, layout, dispatch, relocation, fleet, null);

        SetupRun todayRun = simulate(TODAY, today, legs, err);
        SetupRun optimisedRun = simulate(OPTIMISED, optimised, legs, err);
        Attribution.Result attribution = null;
        if (factorialDays > 0) {
            progress(err, "What each change is worth: every combination of the changes on the first " + factorialDays
                    + " days...");
            attribution = Attribution.run(today, optimised, legs, seed, factorialDays, 1, threads,
                    List.of(new Attribution.Known(today, todayRun.runs()), new Attribution.Known(optimised,
                            optimisedRun.runs())), null);
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        List<RunKpis> sharedToday = KpiTable.sharedGroups(todayRun.runs());
        List<RunKpis> sharedOptimised = KpiTable.sharedGroups(optimisedRun.runs());
        KpiTable difference = KpiTable.paired(sharedToday, sharedOptimised);

        out.printf(Locale.ROOT, "scenario: %s (%s)%n", scenario.name(), source.label());
        out.printf(Locale.ROOT, "fleet: %d couriers; stationing: %d outposts (expected-response, %d steps, checked %s)%n",
                scenario.courierTypes().stream().mapToInt(CourierType::count).sum(), plan.outposts().size(), steps,
                check.feasible() ? "feasible" : "INFEASIBLE");
        out.printf(Locale.ROOT, "today: %s%n", current.describe());
        for (String note : current.notes()) {
            out.printf(Locale.ROOT, "  note: %s%n", note);
        }
        out.printf(Locale.ROOT, "today's practice: %s%n", today.label());
        out.printf(Locale.ROOT, "optimised:        %s%s%n", optimised.label(), pilot > 0
                ? " (relocation '" + relocation + "' chosen on " + pilot + " pilot days per policy, seed " + pilotSeed() + ")"
                : "");
        out.printf(Locale.ROOT, "dispatch: %s (offered: %s)%n", dispatch, String.join(", ", DispatchPolicies.DISPATCH));
        out.printf(Locale.ROOT, "%d days per set-up, paired (same requests), seed %d; 95%% confidence intervals%n",
                replications, seed);
        out.println();
        for (String line : HtmlReport.summaryLines(List.of(todayRun, optimisedRun), difference)) {
            out.println(line);
        }
        out.println();
        if (attribution != null) {
            for (String line : AttributionReport.lines(attribution, seed)) {
                out.println(line);
            }
            out.println();
        }
        if (refined != null) {
            for (String line : refineLines(refined, problem)) {
                out.println(line);
            }
            out.println();
        } else if (refine > 1) {
            out.println("Stationing chosen by simulation: skipped, the plan breaks a limit (only a feasible plan is"
                    + " refined).");
            out.println();
        }
        out.printf(Locale.ROOT, "wall time: %.1f s on %d threads%n", seconds, threads);
        OutputFiles.finish(out);

        try (OutputFolder files = OutputFolder.open(outDir, "--out")) {
            StationingReport.Verdict verdict = new StationingReport.Verdict(check.feasible(), check.objectiveValue(),
                    check.violations());
            files.write(KPIS_JSON, KpiReport.pairedJson(today, optimised, seed, todayRun.runs(),
                    optimisedRun.runs()));
            files.write(TODAY_CSV, KpiReport.csv(KpiTable.of(todayRun.runs())));
            files.write(OPTIMISED_CSV, KpiReport.csv(KpiTable.of(optimisedRun.runs())));
            files.write(DIFFERENCE_CSV, KpiReport.csv(difference));
            StringBuilder pilotCsv = new StringBuilder("relocation,response_mean_s,response_mean_half_width_s,"
                    + "within_target_percent,within_target_half_width\n");
            for (String[] row : pilotRows) {
                pilotCsv.append(String.join(",", row)).append('\n');
            }
            files.write(RELOCATION_CSV, pilotCsv.toString());
            files.write(AttributionReport.CSV, attribution == null
                    ? "layout,dispatch,relocation,changes,days\n" : AttributionReport.csv(attribution));
            files.write(REFINE_CSV, refineCsv(refined));
            files.write(StationCommand.STATION_JSON, StationingReport.json(scenario, problem, plan, verdict,
                    StationingReport.Travel.of(travel)));
            files.write(StationCommand.STATION_GEOJSON, StationingReport.geoJson(scenario, plan));
            List<String[]> assumptions = HtmlReport.assumptions(scenario, source.label(), fleet, replications, 1, seed);
            assumptions.add(new String[] {"Stationing", plan.outposts().size() + " outposts chosen by the expected-response"
                + " objective (" + steps + " local-search steps, seed " + seed + "), on the " + travel.courierTypeId()
                + " travel table at " + travel.hour() + (travel.basis() == StationingTravel.Basis.PEAK ? " (the peak)" : "")
                + "; the simulated days travel on each courier type's own time-of-day tables"});
            assumptions.add(0, new String[] {"Today", current.describe() + (current.notes().isEmpty() ? ""
                : "; " + String.join("; ", current.notes())) + "; nearest idle courier, idle couriers stay"});
            if (refined != null) {
                assumptions.add(new String[] {"Stationing refined by simulation", refined.candidates().size()
                    + " candidates (the analytic plan and its best neighbours by the analytic value) simulated on " + pilot
                    + " pilot days each (seed " + pilotSeed() + "); kept: "
                    + refined.candidates().get(refined.chosen()).origin()});
            }
            if (attribution != null) {
                assumptions.add(new String[] {"What each change is worth", attribution.rows().size()
                    + " set-ups on the first " + factorialDays + " of the reported days (the same days for all)"});
            }
            assumptions.add(new String[] {"Relocation choice", pilot == 0 ? "none (stay)" : "'" + relocation
                + "' had the lowest mean response on " + pilot + " pilot days per policy (seed " + pilotSeed() + ", not the"
                + " reported days): " + pilotSummary(pilotRows)});
            String html = HtmlReport.html(new HtmlReport.Input("Outpost demo: " + scenario.name(), scenario, legs,
                    List.of(todayRun, optimisedRun), difference, assumptions, attribution));
            files.write(REPORT_HTML, html);
            files.commit();
        }
        err.println("Wrote " + FILES.length + " files into " + SafeText.oneLine(outDir.toString()) + " (open "
                + SafeText.oneLine(outDir.resolve(REPORT_HTML).toString()) + ").");
        if (!check.feasible()) {
            // As outpost station: a plan the checker rejects is written for inspection and exits 3.
            err.println("The stationing plan is INFEASIBLE (checked independently): "
                    + SafeText.oneLine(String.join("; ", check.violations())));
            err.flush();
            return ExitCode.INFEASIBLE;
        }
        err.flush();
        return ExitCode.OK;
    }

    /** Today's layout: --today, else the scenario's current branches, else the hub. */
    private CurrentLayout current(Scenario scenario) {
        if (todayFile != null) {
            String name = SafeText.oneLine(String.valueOf(todayFile.getFileName()));
            String json = InputFiles.readText(todayFile, "today's layout (--today)");
            try {
                return CurrentLayout.read(json, name, scenario);
            } catch (ScenarioException e) {
                throw CliException.input(e.getMessage());
            }
        }
        CurrentLayout fromScenario = CurrentLayout.ofScenario(scenario);
        return fromScenario != null ? fromScenario : CurrentLayout.hub();
    }

    /** The refine step as summary lines: each candidate's analytic value and simulated figures. */
    static List<String> refineLines(StationingRefiner.Result refined, StationingProblem problem) {
        List<String> lines = new ArrayList<>();
        lines.add("Stationing chosen by simulation (" + refined.candidates().size() + " candidates on " + refined.days()
                + " pilot days, seed " + refined.seed() + "; kept: " + refined.candidates().get(refined.chosen()).origin()
                + "):");
        lines.add("");
        lines.add("| candidate | analytic value | mean response (min) | within target (%) | vs analytic plan (min) |");
        lines.add("|---|---:|---:|---:|---:|");
        for (int i = 0; i < refined.candidates().size(); i++) {
            StationingRefiner.Candidate c = refined.candidates().get(i);
            lines.add("| " + (i == refined.chosen() ? "**" + c.origin() + "**" : c.origin()) + " | "
                    + problem.formatObjective(c.analyticValue()) + " | " + minutes(c.response()) + " | "
                    + String.format(Locale.ROOT, "%.1f", c.within().mean()) + " | "
                    + (i == 0 ? "-" : signedMinutes(c.responseVsAnalytic())) + " |");
        }
        return lines;
    }

    private static String minutes(Estimate e) {
        return String.format(Locale.ROOT, "%.2f \u00b1 %.2f", e.mean() / 60, e.halfWidth() / 60);
    }

    private static String signedMinutes(Estimate e) {
        return String.format(Locale.ROOT, "%+.2f [%.2f, %.2f]", e.mean() / 60, e.low() / 60, e.high() / 60);
    }

    private static String refineCsv(StationingRefiner.Result refined) {
        StringBuilder csv = new StringBuilder("candidate,kept,analytic_value,outposts,response_mean_s,response_half_width_s,"
                + "within_target_percent,within_target_half_width,response_vs_analytic_s,vs_analytic_ci_low_s,"
                + "vs_analytic_ci_high_s\n");
        if (refined == null) {
            return csv.toString();
        }
        for (int i = 0; i < refined.candidates().size(); i++) {
            StationingRefiner.Candidate c = refined.candidates().get(i);
            csv.append('"').append(c.origin().replace("\"", "\"\"")).append("\",").append(i == refined.chosen())
                    .append(',').append(c.analyticValue()).append(',').append(c.plan().outposts().size()).append(',')
                    .append(cell(c.response().mean())).append(',').append(cell(c.response().halfWidth())).append(',')
                    .append(cell(c.within().mean())).append(',').append(cell(c.within().halfWidth())).append(',')
                    .append(i == 0 ? "" : cell(c.responseVsAnalytic().mean())).append(',')
                    .append(i == 0 ? "" : cell(c.responseVsAnalytic().low())).append(',')
                    .append(i == 0 ? "" : cell(c.responseVsAnalytic().high())).append('\n');
        }
        return csv.toString();
    }

    private long pilotSeed() {
        return seed + 1;
    }

    private SetupRun simulate(String name, SimSetup setup, LegTimes legs, PrintWriter err) {
        progress(err, "Simulating " + replications + " days: " + name + " (" + setup.label() + ")...");
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, replications / 4);
        return SetupRun.simulate(name, new Simulator(setup, legs), seed, replications, threads, r -> {
            int n = done.incrementAndGet();
            if (!noProgress && (n % step == 0 || n == replications)) {
                synchronized (err) {
                    err.println("  " + n + "/" + replications + " days");
                    err.flush();
                }
            }
        });
    }

    private void progress(PrintWriter err, String message) {
        if (!noProgress) {
            err.println(message);
            err.flush();
        }
    }

    private static String pilotSummary(List<String[]> rows) {
        List<String> parts = new ArrayList<>();
        for (String[] r : rows) {
            parts.add(r[0] + " " + r[1] + " s");
        }
        return String.join(", ", parts);
    }

    private static String cell(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.1f", value);
    }
}
