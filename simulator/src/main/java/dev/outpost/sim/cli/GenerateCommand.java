package dev.outpost.sim.cli;

import dev.outpost.city.CityGenerator;
import dev.outpost.city.CityParameters;
import dev.outpost.io.ScenarioIo;
import dev.outpost.model.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outpost generate}: writes a synthetic provincial town as a scenario JSON, the built-in
 * default city unless a size or seed is given. The same options give a byte-identical file.
 *
 * <p>Run: {@code java -jar simulator/target/outpost.jar generate -o city.json}, or
 * {@code generate --clients 600 --sites 60 --seed 7} for a larger town on standard output.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a synthetic provincial town (road network with a river and few bridges, districts,",
            "service centres, government offices, candidate sites, hub, fleet) as scenario JSON.",
            "Without options: the built-in default city."
        })
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = {"-o", "--out", "--output"}, paramLabel = "FILE",
            description = "Where to write the scenario (atomically); standard output when omitted.")
    Path output;

    @Option(names = "--force", description = "Replace an existing output file (without it, an existing file is kept).")
    boolean force;

    @Option(names = "--clients", paramLabel = "N",
            description = "Total clients (offices and service centres); the town and fleet scale with it.")
    Integer clients;

    @Option(names = "--sites", paramLabel = "N", description = "Candidate sites (default 40).")
    Integer sites;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).",
            defaultValue = "" + CityParameters.DEFAULT_SEED)
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (output != null) {
            OutputFiles.checkFile(output, "--out", force, List.of());
        }
        CityParameters defaults = CityParameters.defaults();
        CityParameters parameters = clients == null && sites == null
                ? defaults.withSeed(seed)
                : CityParameters.ofSize(clients == null ? defaults.clients() : clients,
                        sites == null ? defaults.candidateSites() : sites, seed);
        Scenario scenario = CityGenerator.generate(parameters);
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(ScenarioIo.write(scenario));
            OutputFiles.finish(out);
            return ExitCode.OK;
        }
        OutputFiles.write(output, ScenarioIo.write(scenario));
        PrintWriter err = spec.commandLine().getErr();
        err.println("Wrote " + SafeText.oneLine(output.toString()) + ": " + scenario.clients().size() + " clients, "
                + scenario.sites().size() + " sites, hub '" + SafeText.oneLine(scenario.hub().id()) + "'.");
        err.flush();
        return ExitCode.OK;
    }
}
