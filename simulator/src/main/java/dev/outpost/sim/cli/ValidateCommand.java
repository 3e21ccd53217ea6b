package dev.outpost.sim.cli;

import dev.outpost.io.ScenarioIo;
import dev.outpost.model.CourierType;
import dev.outpost.model.Problem;
import dev.outpost.model.Scenario;
import dev.outpost.model.ScenarioException;
import dev.outpost.model.TravelSpec;
import dev.outpost.travel.Reachability;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelTimes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code outpost validate FILE}: reads a scenario, checks it once, and prints every problem, one
 * per line as {@code path: reason}, on standard output. Exit code 0 with a one-line summary when
 * the scenario is valid, 1 on any problem.
 *
 * <p>Besides the checks of {@link ScenarioIo#read(Path)}, it builds the travel tables the commands
 * build (straight line, matrix or road; each courier type's profile and each congestion slice) and
 * reports, with the JSON path, tables that cannot be built, every site and client cut off from the
 * hub for some courier type, and legs longer than the routing model holds ({@link TravelCheck}).
 *
 * <p>With {@code --clients-csv} and {@code --sites-csv}, the clients and sites come from CSV
 * files (a spreadsheet export) and their problems name the CSV line and column.
 *
 * <p>Run: {@code java -jar simulator/target/outpost.jar validate scenario.json}
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks a scenario file and prints every problem, one per line, with its JSON path.",
            "Exit code 0 when the scenario is valid, 1 when it has any problem."
        })
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario JSON file.")
    Path file;

    @Option(names = "--clients-csv", paramLabel = "CSV",
            description = {"Take the clients from this CSV file instead of the scenario's list. Header row; columns id, name,",
                "kind, lat, lon (or x, y), pickups_per_day, service_minutes, response_target_minutes, window_start,",
                "window_end, priority, required_skills (';'-separated), pickup_size, hourly_profile (24 ';'-separated)."})
    Path clientsCsv;

    @Option(names = "--sites-csv", paramLabel = "CSV",
            description = {"Take the sites from this CSV file instead of the scenario's list. Header row; columns id, name,",
                "lat, lon (or x, y), status (candidate, fixed-open, closed), opening_cost, max_couriers."})
    Path sitesCsv;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text = InputFiles.readText(file, "scenario file");
        if (clientsCsv != null) {
            InputFiles.readText(clientsCsv, "clients CSV file");
        }
        if (sitesCsv != null) {
            InputFiles.readText(sitesCsv, "sites CSV file");
        }
        Scenario scenario;
        try {
            scenario = clientsCsv == null && sitesCsv == null ? ScenarioIo.read(text, file.toString())
                    : ScenarioIo.read(file, clientsCsv, sitesCsv);
        } catch (ScenarioException e) {
            return report(e.problems(), out, err);
        }
        MemoryEstimate.check(scenario, file.toString());
        List<Problem> problems;
        List<String> walks = List.of();
        try {
            if (scenario.courierTypes().isEmpty()) {
                TravelTimes times = ScenarioPoints.of(scenario).table(ScenarioSource.travelModel(scenario, file, null));
                problems = Reachability.problems(scenario, times);
            } else {
                // The tables the commands build: each courier type's profile, each congestion slice.
                TravelCheck.Built built = TravelCheck.build(scenario, file);
                problems = new java.util.ArrayList<>(built.problems());
                if (built.tables() != null) {
                    problems.addAll(TravelCheck.problems(scenario, built.tables()));
                }
                walks = built.walks();
            }
        } catch (CliException e) {
            return report(List.of(new Problem("$.travel", e.getMessage())), out, err);
        }
        if (!problems.isEmpty()) {
            return report(problems, out, err);
        }
        String reachability = "every point connected to the hub";
        int couriers = scenario.courierTypes().stream().mapToInt(CourierType::count).sum();
        out.println(SafeText.oneLine(file.toString()) + ": valid: " + count(scenario.clients().size(), "client") + ", "
                + count(scenario.sites().size(), "site") + ", " + count(scenario.courierTypes().size(), "courier type")
                + " (" + count(couriers, "courier") + "), hub '"
                + SafeText.oneLine(scenario.hub().id()) + "', " + model(scenario.travel()) + " travel, " + reachability + ".");
        for (String walk : walks) {
            // Couriers park at the nearest road they may drive and walk: say how far, per courier type.
            out.println("  " + SafeText.oneLine(walk) + ".");
        }
        OutputFiles.finish(out);
        return ExitCode.OK;
    }

    private int report(List<Problem> problems, PrintWriter out, PrintWriter err) {
        for (Problem problem : problems) {
            out.println(SafeText.oneLine(IoMessages.plain(problem.toString())));
        }
        OutputFiles.finish(out);
        err.println(SafeText.oneLine(file.toString()) + ": " + problems.size() + (problems.size() == 1 ? " problem." : " problems."));
        err.flush();
        return ExitCode.INVALID_INPUT;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String model(TravelSpec travel) {
        if (travel instanceof TravelSpec.StraightLine) {
            return "straight-line";
        }
        return travel instanceof TravelSpec.Matrix ? "matrix" : "road";
    }
}
