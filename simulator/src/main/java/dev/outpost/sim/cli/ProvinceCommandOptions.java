package dev.outpost.sim.cli;

import dev.outpost.sim.policy.DispatchPolicies;
import dev.outpost.sim.province.ProvinceFile;
import dev.outpost.sim.province.ProvinceOptions;
import dev.outpost.sim.province.ProvinceSweep;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The options {@code outpost province} and {@code outpost-spark province} share (a picocli
 * {@code @Mixin}): the province file, the job's options (each from the command line, else from the
 * province file's {@code defaults}, else {@link ProvinceOptions#DEFAULTS}), the what-if sweep, the
 * output folder and the progress switch, with the same names, defaults, descriptions and checks. Each
 * command adds its own {@code --threads} (the local engine's pool, or Spark's {@code local[N]}).
 */
public final class ProvinceCommandOptions {

    @Parameters(index = "0", paramLabel = "PROVINCE.json", description = "The province file (its units' scenario files).")
    Path provinceFile;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "province-out",
            description = "Folder for the outputs, created if missing (default ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--force", description = "Replace existing output files (without it, existing files are kept).")
    boolean force;

    @Option(names = "--replications", paramLabel = "R",
            description = "Simulated days per set-up and unit, 2 to 10000 (default: the province file's, else 100).")
    Integer replications;

    @Option(names = "--pilot", paramLabel = "N",
            description = "Pilot days per relocation policy, on another seed, 0 to 10000; 0 = no relocation (default: the"
                    + " province file's, else 10).")
    Integer pilot;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: the province file's, else 1).")
    Long seed;

    @Option(names = "--steps", paramLabel = "N",
            description = "Stationing local-search steps, 1 to 100000000 (default: the province file's, else 2000).")
    Integer steps;

    @Option(names = "--refine", paramLabel = "K", defaultValue = "3",
            description = "Stationing chosen by simulation among K candidates on the pilot days, 1 to 1000; 1 = the"
                    + " analytic plan (default ${DEFAULT-VALUE}).")
    int refine;

    @Option(names = "--dispatch", paramLabel = "P", defaultValue = "cheapest-insertion",
            description = "Dispatch policy of the optimised set-up (default ${DEFAULT-VALUE}).")
    String dispatch;

    @Option(names = "--growth", paramLabel = "G", defaultValue = "1.0",
            description = "What-if across units: every unit's demand times G in the simulated days, more than 0, at most"
                    + " 20; the stationing plans the scenarios' own demand (default ${DEFAULT-VALUE}).")
    double growth;

    @Option(names = "--over", paramLabel = "PARAMETER",
            description = "What-if sweep across units: the parameter to vary; growth (demand multiplier of the simulated"
                    + " days) is the one supported. Needs --values.")
    String over;

    @Option(names = "--values", paramLabel = "V", split = ",",
            description = "The values of --over, comma-separated, e.g. 1,1.25,1.5, each more than 0, at most 20; each"
                    + " value's files go into a subfolder (growth-1.25/) and sweep.csv has one row per unit and value.")
    List<Double> values;

    @Option(names = "--no-progress", description = "Do not show progress on standard error.")
    boolean noProgress;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** {@return the province file} */
    public Path provinceFile() {
        return provinceFile;
    }

    /** {@return the output folder} */
    public Path outDir() {
        return outDir;
    }

    /** {@return whether existing output files may be replaced} */
    public boolean force() {
        return force;
    }

    /** {@return whether progress is off} */
    public boolean noProgress() {
        return noProgress;
    }

    /** {@return the swept parameter, or null for one run} */
    public String over() {
        return over;
    }

    /** {@return the swept values, or null} */
    public List<Double> values() {
        return values;
    }

    /**
     * The first problem of the options that needs no input file (a number out of its range, an unknown
     * dispatch policy, a sweep without values...), as a usage message, or null.
     *
     * @return the message, or null
     */
    public String problem() {
        String range = firstOutOfRange("--replications", replications, "--pilot", pilot, "--steps", steps,
                "--refine", refine, "--growth", growth);
        if (range != null) {
            return range;
        }
        if (!DispatchPolicies.DISPATCH.contains(dispatch)) {
            return "The --dispatch (" + SafeText.oneLine(dispatch) + ") is unknown; use one of "
                    + DispatchPolicies.DISPATCH + ".";
        }
        return ProvinceSweep.problem(over, values, mixee.commandLine().getParseResult().hasMatchedOption("--growth"));
    }

    /**
     * The job's options: each from the command line, else from the province file's defaults, else the
     * default.
     *
     * @param province the province file
     * @return the options
     * @throws IllegalArgumentException when {@code --refine} was given with fewer than 2 pilot days
     */
    public ProvinceOptions options(ProvinceFile province) {
        ProvinceFile.Defaults file = province.defaults() == null ? ProvinceFile.Defaults.NONE : province.defaults();
        ProvinceOptions d = ProvinceOptions.DEFAULTS;
        int pilotDays = pick(pilot, file.pilot(), d.pilot());
        if (refine > 1 && pilotDays < 2 && mixee.commandLine().getParseResult().hasMatchedOption("--refine")) {
            throw new IllegalArgumentException("The --refine (" + refine + ") simulates candidates on the pilot days;"
                    + " give --pilot of at least 2, or --refine 1.");
        }
        return new ProvinceOptions(pick(replications, file.replications(), d.replications()), pilotDays,
                seed != null ? seed : file.seed() != null ? file.seed() : d.seed(),
                pick(steps, file.steps(), d.steps()), refine, dispatch, growth);
    }

    /** The message of the first of the (name, value) pairs out of its range, or null; a null value is not given. */
    private static String firstOutOfRange(Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String option = (String) namesAndValues[i];
            if (namesAndValues[i + 1] instanceof Number value) {
                OptionRanges.Range range = OptionRanges.of("province", option);
                if (!range.contains(value.doubleValue())) {
                    return outOfRange(option, value.doubleValue(), range);
                }
            }
        }
        return null;
    }

    private static String outOfRange(String option, double value, OptionRanges.Range range) {
        String shown = range.whole() ? Long.toString((long) value) : Double.toString(value);
        return "The " + option + " value (" + shown + ") is out of range; give " + range.text() + ".";
    }

    private static int pick(Integer option, Integer fromFile, int fallback) {
        return option != null ? option : fromFile != null ? fromFile : fallback;
    }
}
