package dev.outpost.sim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The one place where the range of every numeric option of every command is declared.
 *
 * <ul>
 *   <li>{@link #describe} appends each option's range to its {@code --help} description (unless the
 *       description already states it), so the help and the check cannot drift apart;</li>
 *   <li>{@link #check} runs after parsing and before the command does any work (see
 *       {@link OutpostCommand#commandLine()}): a value outside its range is a usage error, exit 2,
 *       naming the option, the value and the range.</li>
 * </ul>
 * The upper bounds keep every run finite in time and memory: a bound that a realistic study never
 * needs, well below where a value would exhaust memory or run for days.
 */
final class OptionRanges {

    /** Stationing and routing local-search steps: at most one hundred million. */
    static final long MAX_STEPS = 100_000_000;
    /** Simulated days per replication: at most a year. */
    static final int MAX_DAYS = 365;
    /** Replications (simulated days per set-up in {@code demo}). */
    static final int MAX_REPLICATIONS = 10_000;
    /** Worker threads. */
    static final int MAX_THREADS = 256;
    /** Demand multiplier ({@code --growth}, {@code sweep --over growth}). */
    static final double MAX_GROWTH = 20;
    /** Fleet scale factor ({@code sweep --over couriers}). */
    static final double MAX_FLEET_SCALE = 20;
    /** Sigma of the lognormal travel-time factor: 2 already spreads a leg over a factor of 50. */
    static final double MAX_NOISE = 2;
    /** Breakdowns per courier-hour on duty. */
    static final double MAX_BREAKDOWNS = 10;
    /** Outposts ({@code sweep --over outposts}) and candidate sites ({@code generate --sites}). */
    static final int MAX_SITES = 10_000;
    /**
     * Clients of {@code generate --clients}: the most a generated town may have so that every
     * command still runs on it within a 1 GiB heap (measured: {@code route} on 1,000 generated clients,
     * about 3,100 pickups, takes 0.5 GB; on 2,500 it runs out of 1 GiB; {@code route} plans at most
     * {@link dev.outpost.routing.ScenarioDay#MAX_PICKUPS} pickups a day).
     */
    static final int MAX_GENERATED_CLIENTS = 1_000;
    /** Stationing plans simulated by {@code --refine}. */
    static final int MAX_REFINE = 1_000;
    /** A time limit in seconds: at most one day. */
    static final double MAX_SECONDS = 86_400;

    /**
     * An inclusive range of whole numbers, or of decimals (then the minimum may be exclusive).
     *
     * @param min          the smallest value
     * @param minExclusive whether {@code min} itself is refused
     * @param max          the largest value
     * @param whole        whether the option takes whole numbers
     */
    record Range(double min, boolean minExclusive, double max, boolean whole) {

        static Range whole(long min, long max) {
            return new Range(min, false, max, true);
        }

        static Range decimal(double min, double max) {
            return new Range(min, false, max, false);
        }

        static Range positive(double max) {
            return new Range(0, true, max, false);
        }

        boolean contains(double value) {
            return (minExclusive ? value > min : value >= min) && value <= max;
        }

        /** The range as the help and the messages say it: "1 to 365", "more than 0, at most 20". */
        String text() {
            return minExclusive ? "more than " + number(min) + ", at most " + number(max)
                    : number(min) + " to " + number(max);
        }

        private static String number(double value) {
            if (value == Math.rint(value) && Math.abs(value) < 1e18) {
                return Long.toString((long) value);
            }
            if (value == Long.MIN_VALUE || value == Long.MAX_VALUE) {
                return value < 0 ? Long.toString(Long.MIN_VALUE) : Long.toString(Long.MAX_VALUE);
            }
            return String.format(Locale.ROOT, "%s", value);
        }
    }

    /** Every seed is a 64-bit whole number; the converter refuses anything else. */
    private static final Range SEED = new Range(Long.MIN_VALUE, false, Long.MAX_VALUE, true);
    private static final Range STEPS = Range.whole(1, MAX_STEPS);
    /** Population phase size of route and bench-literature: 0 (none) or 2 to 1000 (1 is refused by the command). */
    private static final Range POPULATION_SIZE = Range.whole(0, 1_000);
    private static final Range THREADS = Range.whole(1, MAX_THREADS);
    /** Interval-reporting commands need two replications: one gives no confidence interval. */
    private static final Range REPLICATIONS = Range.whole(2, MAX_REPLICATIONS);
    private static final Range SECONDS = Range.positive(MAX_SECONDS);

    /** The demand multiplier of {@code --growth} and {@code sweep --over growth}. */
    static final Range GROWTH = Range.positive(MAX_GROWTH);
    /** The fleet scale factor of {@code sweep --over couriers}. */
    static final Range FLEET_SCALE = Range.positive(MAX_FLEET_SCALE);
    /** The most outposts of {@code sweep --over outposts}. */
    static final Range OUTPOSTS = Range.whole(1, MAX_SITES);

    /** [command name][option name] the range. */
    private static final Map<String, Map<String, Range>> RANGES = new LinkedHashMap<>();

    static {
        Map<String, Range> simulation = new LinkedHashMap<>();
        simulation.put("--days", Range.whole(1, MAX_DAYS));
        simulation.put("--replications", REPLICATIONS);
        simulation.put("--seed", SEED);
        simulation.put("--threads", THREADS);
        simulation.put("--growth", GROWTH);
        simulation.put("--noise", Range.decimal(0, MAX_NOISE));
        simulation.put("--breakdowns", Range.decimal(0, MAX_BREAKDOWNS));
        simulation.put("--steps", STEPS);
        for (String command : List.of("simulate", "compare", "sweep")) {
            RANGES.put(command, simulation);
        }
        RANGES.put("station", Map.of("--steps", STEPS, "--seed", SEED, "--refine", Range.whole(1, MAX_REFINE),
                "--pilot", REPLICATIONS, "--threads", THREADS));
        RANGES.put("route", Map.of("--steps", STEPS, "--seconds", SECONDS, "--seed", SEED,
                "--population-size", POPULATION_SIZE));
        RANGES.put("demo", Map.of("--replications", REPLICATIONS, "--pilot", Range.whole(0, MAX_REPLICATIONS),
                "--steps", STEPS, "--threads", THREADS, "--seed", SEED, "--refine", Range.whole(1, MAX_REFINE),
                "--attribution-days", Range.whole(0, MAX_REPLICATIONS)));
        RANGES.put("generate", Map.of("--clients", Range.whole(1, MAX_GENERATED_CLIENTS),
                "--sites", Range.whole(1, MAX_SITES), "--seed", SEED));
        RANGES.put("province", Map.of("--replications", REPLICATIONS, "--pilot", Range.whole(0, MAX_REPLICATIONS),
                "--steps", STEPS, "--threads", THREADS, "--seed", SEED, "--refine", Range.whole(1, MAX_REFINE),
                "--growth", GROWTH, "--values", GROWTH));
        RANGES.put("generate-province", Map.of("--counties", Range.whole(1, dev.outpost.city.ProvinceGenerator.MAX_COUNTIES),
                "--seed", SEED));
        RANGES.put("travel", Map.of("--max-unreachable", Range.whole(0, 1_000_000)));
        Map<String, Range> literature = Map.of("--seconds", Range.positive(LiteratureOptions.MAX_SECONDS),
                "--seeds", Range.whole(1, LiteratureOptions.MAX_SEEDS),
                "--threads", Range.whole(1, LiteratureOptions.MAX_THREADS));
        RANGES.put("pmed", literature);
        Map<String, Range> vrp = new java.util.HashMap<>(literature);
        vrp.put("--population-size", POPULATION_SIZE);
        for (String command : List.of("solomon", "cvrp")) {
            RANGES.put(command, Map.copyOf(vrp));
        }
    }

    private OptionRanges() {
    }

    /**
     * The range of {@code option} of {@code command}, or null when it has none.
     *
     * @param command the subcommand's own name ("simulate", "pmed")
     * @param option  the option's longest name ("--days")
     */
    static Range of(String command, String option) {
        Map<String, Range> options = RANGES.get(command);
        return options == null ? null : options.get(option);
    }

    /** Whether {@code type} is a number type an option may have. */
    static boolean numeric(Class<?> type) {
        return type == int.class || type == long.class || type == double.class || Number.class.isAssignableFrom(type);
    }

    /**
     * Appends each ranged option's range to its description in {@code spec} (and its
     * subcommands), unless the description states it already.
     */
    static void describe(CommandLine cli) {
        CommandSpec spec = cli.getCommandSpec();
        for (OptionSpec option : new ArrayList<>(spec.options())) {
            Range range = of(spec.name(), option.longestName());
            if (range == null) {
                continue;
            }
            String[] description = option.description();
            String all = String.join(" ", description);
            if (all.contains(range.text())) {
                continue;
            }
            String[] updated = description.length == 0 ? new String[] {""} : description.clone();
            int last = updated.length - 1;
            updated[last] = (updated[last] + " Range: " + range.text() + ".").strip();
            spec.remove(option);
            spec.addOption(option.toBuilder().description(updated).build());
        }
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getParent() == cli) {
                describe(sub);
            }
        }
    }

    /**
     * Checks every ranged option of the command that runs, given or defaulted.
     *
     * @throws CommandLine.ParameterException (exit 2) naming the option, the value and the range
     */
    static void check(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult leaf = parseResult;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        CommandSpec spec = leaf.commandSpec();
        for (OptionSpec option : spec.options()) {
            Range range = of(spec.name(), option.longestName());
            Object value = option.getValue();
            if (range != null && value instanceof Number number) {
                check(leaf.commandSpec().commandLine(), option.longestName(), number.doubleValue(), range);
            }
        }
    }

    /**
     * Checks one value of {@code option} against {@code range}.
     *
     * @throws CommandLine.ParameterException (exit 2) naming the option, the value and the range
     */
    static void check(CommandLine command, String option, double value, Range range) {
        if (!range.contains(value)) {
            throw new CommandLine.ParameterException(command, "The " + option + " value (" + shown(value, range)
                    + ") is out of range; give " + range.text() + ".");
        }
    }

    private static String shown(double value, Range range) {
        return range.whole() && Math.abs(value) < 1e18 ? Long.toString((long) value) : Double.toString(value);
    }
}
