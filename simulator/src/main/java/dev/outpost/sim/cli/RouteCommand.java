package dev.outpost.sim.cli;

import dev.outpost.check.PlanChecker;
import dev.outpost.model.Scenario;
import dev.outpost.routing.PopulationOptions;
import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.RoutingSolver;
import dev.outpost.routing.ScenarioDay;
import dev.outpost.sim.report.RouteReport;
import dev.outpost.sim.report.StationingPlanReader;
import dev.outpost.stationing.StationingPlan;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelModels;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.io.PrintWriter;
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
 * {@code outpost route [FILE] [--plan station.json] --out DIR}: builds the day's scheduled pickups
 * of the scenario ({@link ScenarioDay}: each client's pickups spread over its window, couriers at
 * the plan's outposts or at the hub, the hub cut-off, shifts), solves them with the routing solver
 * (a step limit by default, so the same scenario, plan and seed give the same bytes), re-checks the
 * plan with the independent {@link PlanChecker}, prints a summary and writes {@code routes.json} and
 * {@code routes.geojson}. Exit 3 when the checker rejects the plan (nothing is written then).
 *
 * <p>Travel ({@code --travel}): by default every courier drives by its courier type's profile,
 * each leg timed from its departure second with the scenario's congestion
 * ({@link TravelModels#tables}, {@link ScenarioDay#build(Scenario, TravelTables, List)});
 * {@code free-flow} and {@code peak} give each type one static table (without congestion, or at
 * its peak slice of the service day); {@code one-table} is one static table for everyone, that of
 * {@code --courier-type} (the first type by default), without congestion.
 *
 * <p>Run: {@code java -jar simulator/target/outpost.jar station --out out && java -jar
 * simulator/target/outpost.jar route --plan out/station.json --out out}
 */
@Command(
        name = "route",
        mixinStandardHelpOptions = true,
        description = {
            "Routes one day of scheduled pickups of the scenario (the default city when FILE is omitted),",
            "couriers starting at the outposts of --plan (at the hub without it), checks the plan",
            "independently and writes routes.json and routes.geojson into --out."
        })
public final class RouteCommand implements Callable<Integer> {

    /** The plan file written into {@code --out}. */
    static final String ROUTES_JSON = "routes.json";

    /** The map file written into {@code --out}. */
    static final String ROUTES_GEOJSON = "routes.geojson";

    @Mixin
    ScenarioArguments input;

    @Option(names = "--plan", paramLabel = "FILE",
            description = "A station.json written by 'outpost station --out'; couriers start at its outposts.")
    Path planFile;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder for routes.json and routes.geojson (created if missing).")
    Path outDir;

    @Option(names = "--force", description = "Replace existing output files (without it, existing files are kept).")
    boolean force;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "2000",
            description = "Local-search steps, 1 to 100000000 (default ${DEFAULT-VALUE}); the run is reproducible.")
    long steps;

    @Option(names = "--seconds", paramLabel = "T",
            description = "Wall-time limit in seconds instead of the step limit (then not reproducible).")
    Double seconds;

    @Option(names = "--travel", paramLabel = "MODE", defaultValue = "time-dependent",
            description = "time-dependent (default: each courier type's profile, legs timed from their departure"
                    + " with the congestion), free-flow or peak (each type one static table: no congestion, or its"
                    + " peak slice), one-table (the --courier-type's table for everyone).")
    String travel;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--population-size", paramLabel = "N", defaultValue = "0",
            description = "Run the population phase (hybrid genetic search: crossover of giant tours, split,"
                    + " education by the local search, broken-pairs diversity) with N solutions, 2 to 1000, before"
                    + " the local search; 0 (default) for none. With --steps it takes at most 2 x N children.")
    int populationSize;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("time-dependent", "free-flow", "peak", "one-table").contains(travel)) {
            throw CliException.usage("The --travel mode (" + SafeText.oneLine(travel)
                    + ") is not known; use time-dependent, free-flow, peak or one-table.");
        }
        if (populationSize == 1) {
            throw CliException.usage("The --population-size (1) must be 0 (none) or 2 to 1000.");
        }
        OutputFiles.checkFolder(outDir, "--out", force, Arrays.asList(input.file, planFile), ROUTES_JSON, ROUTES_GEOJSON);
        ScenarioSource source = input.load();
        Scenario scenario = source.scenario();
        StationingPlan plan = null;
        if (planFile != null) {
            plan = StationingPlanReader.read(InputFiles.readText(planFile, "plan file"), planFile.toString(), scenario);
        }
        List<ScenarioDay.Station> stations = plan == null ? null
                : plan.outposts().stream().map(o -> new ScenarioDay.Station(o.siteId(), o.couriers())).toList();
        RoutingProblem problem = problem(source, stations);
        if (plan != null && plan.courierCount() != problem.couriers().size()) {
            err.printf(Locale.ROOT, "Note: the plan stations %d couriers and the scenario's fleet has %d; %s%n",
                    plan.courierCount(), problem.couriers().size(), plan.courierCount() > problem.couriers().size()
                            ? "the last outpost places stay empty." : "the couriers left over start at the hub.");
        }
        RoutingOptions options = RoutingOptions.defaults().withSeed(seed)
                .withTimeLimit(seconds == null ? null : java.time.Duration.ofMillis(Math.round(seconds * 1000)))
                .withStepLimit(seconds == null ? steps : 0);
        RoutePlan routes = RoutingSolver.create(options, population()).solve(problem);
        PlanChecker.Result check = PlanChecker.check(problem, options, routes);

        int used = (int) routes.routes().stream().filter(r -> !r.stops().isEmpty()).count();
        out.printf(Locale.ROOT, "scenario: %s (%s)%n", scenario.name(), source.label());
        out.printf(Locale.ROOT, "travel: %s%n", describe(problem));
        out.printf(Locale.ROOT, "couriers: %d (%s); pickups: %d%n", problem.couriers().size(),
                plan == null ? "all at the hub" : "at the outposts of " + planFile, problem.pickups().size());
        out.printf(Locale.ROOT, "routed: %d pickups on %d couriers; unassigned: %d; driving %.1f h, %.1f km%n",
                problem.pickups().size() - routes.unassigned().size(), used, routes.unassigned().size(),
                check.travelSeconds() / 3600.0, check.metres() / 1000.0);
        out.printf(Locale.ROOT, "checked independently: %s%n", check.valid() ? "valid"
                : "REJECTED: " + String.join("; ", check.violations()) + " " + String.join("; ", check.inconsistencies()));
        OutputFiles.finish(out);
        if (!check.valid()) {
            err.println("The checker rejects the route plan; nothing was written.");
            err.flush();
            return ExitCode.INFEASIBLE;
        }
        RouteReport.Verdict verdict = new RouteReport.Verdict(check.valid(), check.violations(), check.inconsistencies());
        try (OutputFolder files = OutputFolder.open(outDir, "--out")) {
            files.write(ROUTES_JSON, RouteReport.json(scenario, problem, routes, verdict));
            files.write(ROUTES_GEOJSON, RouteReport.geoJson(scenario, problem, routes));
            files.commit();
        }
        err.println("Wrote " + SafeText.oneLine(outDir.resolve(ROUTES_JSON).toString()) + " and "
                + SafeText.oneLine(outDir.resolve(ROUTES_GEOJSON).toString()) + ".");
        err.flush();
        return ExitCode.OK;
    }

    /** The day's problem with the travel of {@code --travel}. */
    /**
     * The population phase's settings, or null without {@code --population-size}. Under a step
     * limit the phase makes at most twice the size in children, so the run stays reproducible.
     */
    private PopulationOptions population() {
        if (populationSize == 0) {
            return null;
        }
        PopulationOptions population = PopulationOptions.defaults().withSize(populationSize, populationSize);
        return seconds == null ? population.withMaxChildren(2 * populationSize) : population;
    }

    private RoutingProblem problem(ScenarioSource source, List<ScenarioDay.Station> stations) {
        Scenario scenario = source.scenario();
        ScenarioPoints points = ScenarioPoints.of(scenario);
        if (travel.equals("one-table")) {
            return ScenarioDay.build(scenario, points.table(source.travelModel(input.courierType(source))), stations);
        }
        if (scenario.courierTypes().isEmpty()) {
            return ScenarioDay.build(scenario, points.table(source.travelModel(null)), stations);
        }
        TravelTables tables = source.tables();
        if (!travel.equals("time-dependent")) {
            int dayStart = scenario.horizon().serviceDay().startSeconds();
            int dayEnd = Math.max(dayStart + 1, scenario.horizon().serviceDay().endSeconds());
            List<TravelTimes> perType = new ArrayList<>();
            for (int p = 0; p < tables.profileCount(); p++) {
                perType.add(travel.equals("free-flow") ? tables.freeFlow(p)
                        : tables.timesAt(p, tables.peakSecond(p, dayStart, Math.min(dayEnd, TravelTables.DAY_SECONDS))));
            }
            tables = TravelTables.ofStatic(tables.profileIds(), perType, tables.buildMillis());
        }
        return ScenarioDay.build(scenario, tables, stations);
    }

    private String describe(RoutingProblem problem) {
        if (problem.tables() == null) {
            return "one static table for every courier";
        }
        TravelTables t = problem.tables();
        String kind = travel.equals("time-dependent")
                ? (problem.isTimeDependent() ? "time-dependent, " + t.sliceCount() + " slices of " + t.sliceSeconds() / 60
                        + " min" : problem.couriers().isEmpty() ? "time-dependent (the scenario has no couriers: no leg"
                        + " is driven)" : "time-dependent (the scenario has no congestion: static)")
                : travel.equals("free-flow") ? "free-flow, static" : "peak slice, static";
        return kind + "; profiles " + t.profileIds() + " (" + t.tableCount() + " tables)";
    }
}
