package dev.outpost.sim.literature;

import dev.outpost.sim.literature.io.ArcConvention;
import dev.outpost.sim.literature.io.SolomonReader;
import dev.outpost.sim.literature.io.TsplibCvrpReader;
import dev.outpost.sim.literature.io.VrpInstance;
import dev.outpost.sim.literature.io.VrpObjective;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A family of literature VRP files and the conventions of its published table: which files in a
 * folder are instances, how to read them, how arcs are measured, what is ranked and which CSV holds
 * the best-known values.
 *
 * @param name          short name used in messages and the progress bar ({@code solomon}, {@code cvrp})
 * @param extension     file name suffix of the instances, e.g. {@code .txt}
 * @param reader        reads one instance file
 * @param convention    arc convention of the published table
 * @param objective     what the table ranks by
 * @param bestKnownFile the table's file name in the data folder
 */
public record LiteratureSet(String name, String extension, Function<Path, VrpInstance> reader,
        ArcConvention convention, VrpObjective objective, String bestKnownFile) {

    /**
     * The Solomon VRPTW set: distance-only uses arcs truncated to one decimal and
     * {@code bks_distance.csv}; hierarchical (vehicles, then distance) uses exact arcs and
     * {@code bks.csv}.
     *
     * @param objective what the table ranks by
     * @return the Solomon VRPTW set: distance-only uses arcs truncated to one decimal and {@code bks_distance.csv}; hierarchical (vehicles, then distance) uses exact arcs and {@code bks.csv}
     */
    public static LiteratureSet solomon(VrpObjective objective) {
        return objective == VrpObjective.DISTANCE
                ? new LiteratureSet("solomon", ".txt", SolomonReader::read, ArcConvention.TRUNCATED_ONE_DECIMAL,
                        VrpObjective.DISTANCE, "bks_distance.csv")
                : new LiteratureSet("solomon", ".txt", SolomonReader::read, ArcConvention.EXACT,
                        VrpObjective.HIERARCHICAL, "bks.csv");
    }

    /**
     * The CVRP sets in TSPLIB files (arcs rounded to integers, {@code optima.csv}): Augerat A with
     * the published fleet of {@code k} vehicles, Uchoa X with an unlimited fleet (the reader applies
     * each set's fleet convention, see {@link TsplibCvrpReader}).
     *
     * @return the CVRP sets in TSPLIB files (arcs rounded to integers, {@code optima.csv}): Augerat A with the published fleet of {@code k} vehicles, Uchoa X with an unlimited fleet (the reader applies each set's fleet convention, see {@link TsplibCvrpReader})
     */
    public static LiteratureSet cvrp() {
        return new LiteratureSet("cvrp", ".vrp", TsplibCvrpReader::read, ArcConvention.ROUNDED_INTEGER,
                VrpObjective.DISTANCE, "optima.csv");
    }

    /**
     * Decimals used to print distances under this set's convention (1, 2 or 0).
     *
     * @return decimals used to print distances under this set's convention (1, 2 or 0)
     */
    public int distanceDecimals() {
        return switch (convention) {
            case TRUNCATED_ONE_DECIMAL -> 1;
            case EXACT -> 2;
            case ROUNDED_INTEGER -> 0;
        };
    }
}
