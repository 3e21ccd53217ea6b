package dev.outpost.sim.cli;

import dev.outpost.sim.literature.LiteratureSet;
import dev.outpost.sim.literature.io.VrpObjective;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code outpost bench-literature}: solves a literature benchmark folder and reports the gap to
 * the best-known values. One subcommand per family; to add a family, write a subcommand class in
 * this package (mix in {@link LiteratureOptions}; write rows with
 * {@link dev.outpost.sim.literature.LiteratureReport} so that the CSV header and the last line stay
 * the same) and list it in {@code subcommands} below.
 *
 * <p>Example:
 * {@code java -jar simulator/target/outpost.jar bench-literature solomon --dir ../shared/data/solomon
 * --seconds 10 --threads 1 --csv solomon.csv}
 *
 * <p>CSV header: {@code instance,vehicles,distance,best_known,gap_percent,seconds,valid,best_vehicles,vehicle_difference}, one row
 * per instance in instance-name order (with {@code --seeds K} the best seed's row). Standard output:
 * a Markdown table, the mean gap per family and, on the last line, the mean gap over the valid rows.
 */
@Command(
        name = "bench-literature",
        mixinStandardHelpOptions = true,
        description = "Solve literature benchmark instances and report gaps to best-known values.",
        subcommands = {
            BenchLiteratureCommand.Solomon.class,
            BenchLiteratureCommand.Cvrp.class,
            BenchPmedCommand.class,
        })
public final class BenchLiteratureCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code bench-literature solomon}: Solomon VRPTW, distance-only (default) or hierarchical. */
    @Command(name = "solomon", mixinStandardHelpOptions = true,
            description = "Solomon VRPTW: distance (arcs truncated to 0.1, bks_distance.csv) or hierarchical "
                    + "(vehicles then distance, exact arcs, bks.csv).")
    static final class Solomon extends AbstractBenchVrpCommand {

        @Option(names = "--objective", defaultValue = "distance", paramLabel = "distance|hierarchical",
                description = "Published table to compare with (default: ${DEFAULT-VALUE}).",
                converter = ObjectiveConverter.class)
        VrpObjective objective;

        @Override
        LiteratureSet literatureSet() {
            return LiteratureSet.solomon(objective);
        }
    }

    /** {@code bench-literature cvrp}: Augerat CVRP (TSPLIB EUC_2D, rounded arcs, optima.csv). */
    @Command(name = "cvrp", mixinStandardHelpOptions = true,
            description = "Augerat CVRP in TSPLIB format: arcs rounded to integers, compared with optima.csv.")
    static final class Cvrp extends AbstractBenchVrpCommand {
        @Override
        LiteratureSet literatureSet() {
            return LiteratureSet.cvrp();
        }
    }

    /** Parses {@code distance} or {@code hierarchical} (case-insensitive). */
    static final class ObjectiveConverter implements CommandLine.ITypeConverter<VrpObjective> {
        @Override
        public VrpObjective convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "distance" -> VrpObjective.DISTANCE;
                case "hierarchical" -> VrpObjective.HIERARCHICAL;
                default -> throw new CommandLine.TypeConversionException("The objective (" + value
                        + ") is unknown; use distance or hierarchical.");
            };
        }
    }
}
