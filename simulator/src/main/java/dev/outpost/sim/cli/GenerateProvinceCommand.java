package dev.outpost.sim.cli;

import dev.outpost.city.ProvinceGenerator;
import dev.outpost.io.ScenarioIo;
import dev.outpost.sim.province.ProvinceFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outpost generate-province}: writes a plausible synthetic province into a folder: one capital
 * (the largest town, with the province-level service centre), a few prefecture cities and the county
 * towns of varied size and demand ({@link ProvinceGenerator}), as {@code province.json} and one
 * scenario file per unit beside it ({@code capital.json}, {@code prefecture-a.json}, {@code county-01.json}, ...). The same options give byte-identical files.
 *
 * <p>Run: {@code java -jar simulator/target/outpost.jar generate-province --out province}, then
 * {@code outpost province province/province.json}.
 */
@Command(
        name = "generate-province",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a synthetic province (a capital, prefecture cities, county towns; service centres at",
            "province, prefecture, county and township level) as province.json and one scenario file per",
            "unit into --out."
        })
public final class GenerateProvinceCommand implements Callable<Integer> {

    /** The province file written into {@code --out}. */
    static final String PROVINCE_JSON = "province.json";

    @Option(names = "--counties", paramLabel = "N", defaultValue = "" + ProvinceGenerator.DEFAULT_COUNTIES,
            description = "County towns; prefecture cities are one per three counties (default ${DEFAULT-VALUE}).")
    int counties;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + ProvinceGenerator.DEFAULT_SEED,
            description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder for province.json and the units' scenario files, created if missing.")
    Path outDir;

    @Option(names = "--force", description = "Replace existing files (without it, existing files are kept).")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OutputFiles.checkFolder(outDir, "--out", force, List.of(), PROVINCE_JSON);
        List<ProvinceGenerator.Unit> units = ProvinceGenerator.generate(counties, seed);
        OutputFiles.checkFolder(outDir, "--out", force, List.of(),
                units.stream().map(ProvinceGenerator.Unit::file).toArray(String[]::new));
        List<ProvinceFile.Entry> entries = new ArrayList<>();
        try (OutputFolder files = OutputFolder.open(outDir, "--out")) {
            for (ProvinceGenerator.Unit u : units) {
                String path = u.file();
                files.write(path, ScenarioIo.write(u.scenario()));
                entries.add(new ProvinceFile.Entry(u.name(), u.parent(), path));
            }
            String name = "Generated province (" + counties + " counties, seed " + seed + ")";
            files.write(PROVINCE_JSON, ProvinceFile.toJson(name, ProvinceFile.Defaults.NONE, entries));
            files.commit();
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("Wrote " + SafeText.oneLine(outDir.resolve(PROVINCE_JSON).toString()) + ": " + units.size()
                + " units (1 capital, " + (units.size() - 1 - counties) + (units.size() - 1 - counties == 1 ? " prefecture city, " : " prefecture cities, ") + counties
                + " counties), one scenario file each beside it.");
        err.flush();
        return ExitCode.OK;
    }
}
