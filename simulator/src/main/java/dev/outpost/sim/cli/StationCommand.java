package dev.outpost.sim.cli;

import dev.outpost.check.StationingChecker;
import dev.outpost.model.Client;
import dev.outpost.model.ClientKind;
import dev.outpost.model.Scenario;
import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingOptions;
import dev.outpost.stationing.StationingPlan;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.stationing.StationingSolver;
import dev.outpost.io.Times;
import dev.outpost.model.CourierType;
import dev.outpost.stationing.StationingTravel;
import dev.outpost.travel.TravelTables;
import dev.outpost.sim.experiment.Layouts;
import dev.outpost.sim.experiment.SimSetup;
import dev.outpost.sim.experiment.StationingRefiner;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.fleet.TimeOfDayLegTimes;
import dev.outpost.sim.policy.DispatchPolicies;
import dev.outpost.sim.report.StationingReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outpost station [FILE]}: decides which sites become outposts, how many couriers each
 * gets and which clients each serves, for the scenario (the default city when no file is given),
 * then re-checks the plan with the independent {@link StationingChecker}. The run ends on a step
 * count, so the same scenario, objective and seed print the same plan. With {@code --out DIR} it
 * also writes {@code station.json} and {@code station.geojson} ({@link StationingReport}); the
 * output paths are checked before the solve. Exit 0 feasible, 3 infeasible, 4 when the checker
 * and the solver disagree (nothing is written then).
 *
 * <p>Travel: the static table of one courier type (the one with the most couriers, or
 * {@code --courier-type}) at one time of day ({@code --hour}: the peak of the service day by
 * default, an HH:MM, or free flow), see {@link StationingTravel}; the choice is printed and
 * written into {@code station.json} ({@code travel}).
 *
 * <p>With {@code --refine K} the plan is chosen by simulation ({@link StationingRefiner}): the plan
 * found and its K - 1 best neighbours by the analytic value are simulated on the same pilot days
 * (seed S + 1) with {@code --dispatch} and {@code --relocation}, each candidate's analytic value and
 * simulated figures are printed, and the one with the lowest mean response is kept; every candidate
 * is re-checked by the checker, which never rejects the plan kept.
 *
 * <p>Run: {@code java -jar simulator/target/outpost.jar station --objective expected-response --out day}
 */
@Command(
        name = "station",
        mixinStandardHelpOptions = true,
        description = {
            "Chooses outposts, couriers per outpost and the clients each serves (the default city when",
            "FILE is omitted), checks the plan independently and prints it; with --out, also writes",
            "station.json and station.geojson."
        })
public final class StationCommand implements Callable<Integer> {

    /** The plan file written into {@code --out}. */
    static final String STATION_JSON = "station.json";

    /** The map file written into {@code --out}. */
    static final String STATION_GEOJSON = "station.geojson";

    @Mixin
    ScenarioArguments input;

    @Option(names = "--objective", paramLabel = "NAME", defaultValue = "expected-response",
            description = "p-median, max-covering, set-covering, p-center or expected-response"
                    + " (default ${DEFAULT-VALUE}).")
    String objectiveName;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "3000",
            description = "Local-search steps, 1 to 100000000 (default ${DEFAULT-VALUE}); the run is reproducible.")
    int steps;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write station.json and station.geojson into DIR (created if missing).")
    Path outDir;

    @Option(names = "--force", description = "Replace existing output files (without it, existing files are kept).")
    boolean force;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--hour", paramLabel = "HH:MM", defaultValue = "peak",
            description = "Time of day whose travel times the plan is built on: HH:MM, 'peak' (the slowest slice of"
                    + " the service day, the default) or 'free-flow' (no congestion). The courier type is"
                    + " --courier-type, by default the type with the most couriers.")
    String hour;

    @Option(names = "--refine", paramLabel = "K", defaultValue = "1",
            description = "Choose the plan by simulation: the plan found and its K-1 best neighbours (a courier moved,"
                    + " an outpost swapped) are simulated on the same --pilot days with --dispatch and --relocation,"
                    + " and the lowest mean response is kept (default ${DEFAULT-VALUE}: the plan found, not simulated).")
    int refine;

    @Option(names = "--pilot", paramLabel = "N", defaultValue = "20",
            description = "Pilot days per candidate for --refine, 2 to 10000, seed S+1 (default ${DEFAULT-VALUE}).")
    int pilot;

    @Option(names = "--dispatch", paramLabel = "P", defaultValue = "cheapest-insertion",
            description = "Dispatch simulated for --refine (default ${DEFAULT-VALUE}).")
    String dispatch;

    @Option(names = "--relocation", paramLabel = "R", defaultValue = "home",
            description = "Relocation simulated for --refine (default ${DEFAULT-VALUE}).")
    String relocation;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Days simulated at once for --refine, 1 to 256 (default ${DEFAULT-VALUE}); results do not depend on it.")
    int threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StationingObjective objective;
        try {
            objective = StationingObjective.valueOf(objectiveName.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw CliException.usage("The objective (" + objectiveName + ") is unknown; use p-median, max-covering,"
                    + " set-covering, p-center or expected-response.");
        }
        if (!DispatchPolicies.DISPATCH.contains(dispatch)) {
            throw CliException.usage("The --dispatch (" + SafeText.oneLine(dispatch) + ") is unknown; use one of "
                    + DispatchPolicies.DISPATCH + ".");
        }
        if (!DispatchPolicies.RELOCATION.contains(relocation)) {
            throw CliException.usage("The --relocation (" + SafeText.oneLine(relocation) + ") is unknown; use one of "
                    + DispatchPolicies.RELOCATION + ".");
        }
        if (outDir != null) {
            OutputFiles.checkFolder(outDir, "--out", force, Collections.singletonList(input.file), STATION_JSON,
                    STATION_GEOJSON);
        }
        StationingTravel.Basis basis = basis();
        int second = basis == StationingTravel.Basis.HOUR ? hourSecond() : 0;
        ScenarioSource source = input.load();
        Scenario scenario = source.scenario();
        CourierType type = input.courierTypeId == null ? mostNumerous(scenario) : input.courierType(source);
        // The tables every command builds (each courier type's profile and slice), checked as validate checks them.
        StationingTravel travel = StationingTravel.of(scenario, source.tables(), type.id(), basis, second);
        StationingProblem problem = StationingProblem.fromScenario(scenario, travel.times(), objective);
        String nothingToStation = nothingToStation(scenario, problem);
        if (nothingToStation != null) {
            err.println(nothingToStation + " Nothing was written.");
            err.flush();
            return ExitCode.INFEASIBLE;
        }
        StationingPlan plan = StationingSolver.create(StationingOptions.defaults().withSeed(seed).withStepLimit(steps)).solve(problem);
        StationingChecker.StationingCheck check = StationingChecker.check(problem, plan);
        if (refine > 1 && check.agreesWith(plan)) {
            if (!check.feasible()) {
                throw CliException.input("The plan found breaks a limit (" + String.join("; ", check.violations())
                        + "); --refine needs a feasible plan. Run without --refine to see it.");
            }
            StationingRefiner.Result refined;
            try {
                SimSetup base = new SimSetup(scenario, Layouts.of(plan, "stationing plan"), dispatch, relocation,
                        FleetOptions.defaults(), null);
                refined = StationingRefiner.refine(problem, plan, refine, base, new TimeOfDayLegTimes(source.tables()),
                        seed + 1, pilot, threads, null);
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
            for (String line : DemoCommand.refineLines(refined, problem)) {
                out.println(line);
            }
            out.println();
            plan = refined.plan();
            check = StationingChecker.check(problem, plan);
        }
        print(source, scenario, problem, plan, check, out);
        out.printf(Locale.ROOT, "travel: courier type %s at %s (%s)%n", travel.courierTypeId(), travel.hour(),
                describe(travel));
        OutputFiles.finish(out);
        if (!check.agreesWith(plan)) {
            err.println("The checker disagrees with the solver: checker value " + check.objectiveValue()
                    + ", feasible " + check.feasible() + "; solver value " + plan.objectiveValue() + ", feasible "
                    + plan.feasible() + ". This is a solver bug, please report it; nothing was written.");
            err.flush();
            return ExitCode.INTERNAL;
        }
        if (outDir != null) {
            StationingReport.Verdict verdict = new StationingReport.Verdict(check.feasible(), check.objectiveValue(),
                    check.violations());
            try (OutputFolder files = OutputFolder.open(outDir, "--out")) {
                files.write(STATION_JSON, StationingReport.json(scenario, problem, plan, verdict,
                        StationingReport.Travel.of(travel)));
                files.write(STATION_GEOJSON, StationingReport.geoJson(scenario, plan));
                files.commit();
            }
            err.println("Wrote " + SafeText.oneLine(outDir.resolve(STATION_JSON).toString()) + " and "
                    + SafeText.oneLine(outDir.resolve(STATION_GEOJSON).toString()) + ".");
            err.flush();
        }
        return plan.feasible() ? ExitCode.OK : ExitCode.INFEASIBLE;
    }

    /**
     * Why no stationing plan can serve anyone (every site closed, or no site that is not closed
     * reaches any client), or {@code null} when some client can be served. A plan of no outposts
     * passes the checker (it breaks no limit), so this is said instead of "feasible".
     */
    static String nothingToStation(Scenario scenario, StationingProblem problem) {
        for (int c = 0; c < problem.clientCount(); c++) {
            if (problem.servable(c)) {
                return null;
            }
        }
        boolean allClosed = scenario.sites().stream().allMatch(s -> s.status() == dev.outpost.model.SiteStatus.CLOSED);
        return "INFEASIBLE: no outpost can serve any of the " + problem.clientCount() + " clients: " + (allClosed
                ? "every site of the scenario is closed ($.sites[*].status); make a site a candidate or fixed-open."
                : "no site that is not closed reaches any client with this travel ($.sites, $.travel).");
    }

    /** The {@code --hour} choice; exit 2 when it is neither a time nor a keyword. */
    private StationingTravel.Basis basis() {
        if (hour.equals("peak")) {
            return StationingTravel.Basis.PEAK;
        }
        if (hour.equals("free-flow")) {
            return StationingTravel.Basis.FREE_FLOW;
        }
        hourSecond();
        return StationingTravel.Basis.HOUR;
    }

    private int hourSecond() {
        int seconds = Times.parseOrMinusOne(hour);
        if (seconds < 0 || seconds >= TravelTables.DAY_SECONDS) {
            throw CliException.usage("The hour (" + SafeText.oneLine(hour) + ") is not a time of day; give HH:MM from"
                    + " 00:00 to 23:59, 'peak' or 'free-flow', for example --hour 08:30.");
        }
        return seconds;
    }

    /** The courier type with the most couriers; exit 1 for a scenario without courier types. */
    private static CourierType mostNumerous(Scenario scenario) {
        try {
            return StationingTravel.mostNumerous(scenario);
        } catch (IllegalArgumentException e) {
            throw CliException.input(e.getMessage());
        }
    }

    private static String describe(StationingTravel travel) {
        if (!travel.timeDependent()) {
            return "the scenario's travel does not depend on the time of day";
        }
        return switch (travel.basis()) {
            case PEAK -> "the peak of the service day";
            case HOUR -> "the chosen hour's slice";
            case FREE_FLOW -> "no congestion";
        };
    }

    private static void print(ScenarioSource source, Scenario scenario, StationingProblem problem,
            StationingPlan plan, StationingChecker.StationingCheck check, PrintWriter out) {
        out.printf(Locale.ROOT, "scenario: %s (%s)%n", scenario.name(), source.label());
        out.printf(Locale.ROOT, "objective: %s = %s%n", StationingReport.name(problem.objective()),
                problem.formatObjective(plan.objectiveValue()));
        for (var violation : plan.violations()) {
            out.printf(Locale.ROOT, "limit violated: %s%n", violation.describe());
        }
        out.printf(Locale.ROOT, "checked independently: %s, value %d%s%n", check.feasible() ? "feasible" : "INFEASIBLE",
                check.objectiveValue(), check.violations().isEmpty() ? "" : ", violations: " + check.violations());
        out.printf(Locale.ROOT, "outposts: %d, couriers: %d%n", plan.outposts().size(), plan.courierCount());
        out.println("| outpost | couriers | clients | offered load (erlangs) | expected wait (s) |");
        out.println("|---|---:|---:|---:|---:|");
        for (StationingPlan.Outpost o : plan.outposts()) {
            out.printf(Locale.ROOT, "| %s | %d | %d | %.2f | %s |%n", o.siteId(), o.couriers(), o.clientIndices().size(),
                    o.offeredLoadErlangs(), o.expectedWaitSeconds() < 0 ? "unstable" : o.expectedWaitSeconds());
        }
        double demand = 0;
        double demandWithin = 0;
        long travelSum = 0;
        int served = 0;
        int worst = 0;
        int centres = 0;
        int centresWithin = 0;
        for (StationingPlan.ClientAssignment a : plan.clients()) {
            Client client = scenario.clients().get(a.clientIndex());
            demand += client.pickupsPerDay();
            if (a.siteIndex() < 0) {
                continue;
            }
            served++;
            travelSum += a.travelSeconds();
            worst = Math.max(worst, a.travelSeconds());
            if (a.withinTarget()) {
                demandWithin += client.pickupsPerDay();
            }
            if (client.kind() == ClientKind.SERVICE_CENTRE) {
                centres++;
                centresWithin += a.withinTarget() ? 1 : 0;
            }
        }
        out.printf(Locale.ROOT, "clients served: %d of %d; mean travel %.1f min, worst %.1f min%n", served,
                plan.clients().size(), served == 0 ? 0.0 : travelSum / 60.0 / served, worst / 60.0);
        out.printf(Locale.ROOT, "demand within target (travel only): %.1f%%%n", demand == 0 ? 100.0 : 100 * demandWithin / demand);
        out.printf(Locale.ROOT, "service centres within target: %d of %d%n", centresWithin, centres);
        out.printf(Locale.ROOT, "clients no site reaches: %s%n", plan.unreachableClientIds());
        out.printf(Locale.ROOT, "clients no site reaches within target: %s%n", plan.uncoverableClientIds());
    }
}
