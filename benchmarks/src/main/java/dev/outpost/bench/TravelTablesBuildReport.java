package dev.outpost.bench;

import dev.outpost.travel.TravelTables;
import dev.outpost.travel.road.RoadNetwork;
import dev.outpost.travel.road.RoadTravelModel;
import java.util.Locale;

/**
 * One short run: build time and memory of the travel tables for 2 courier profiles x 48 half-hour
 * slices ({@link TravelProfilesSetup}) on each graph named on the command line (default
 * {@code GRID_100K ANDORRA}), between {@code -Dpoints=N} random points (default 1000).
 *
 * <p>Run (from the project root, after {@code mvn -B -q -o -pl benchmarks -am package -DskipTests}):
 * <pre>
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.outpost.bench.TravelTablesBuildReport GRID_100K ANDORRA
 * </pre>
 */
public final class TravelTablesBuildReport {

    private TravelTablesBuildReport() {
    }

    public static void main(String[] args) {
        int size = Integer.getInteger("points", 1000);
        String[] graphs = args.length == 0 ? new String[] {"GRID_100K", "ANDORRA"} : args;
        for (String name : graphs) {
            RoadNetwork network = RoadGraph.valueOf(name).load();
            long started = System.nanoTime();
            RoadTravelModel model = RoadTravelModel.of(network);
            long base = (System.nanoTime() - started) / 1_000_000;
            TravelTables tables = model.tables(TravelProfilesSetup.ids(size), TravelProfilesSetup.points(network, size),
                    TravelProfilesSetup.courierTypes(network), TravelProfilesSetup.congestion(network));
            System.out.printf(Locale.ROOT, "%s: %d nodes, %d edges, classes %s; %d points, 2 profiles x %d slices:"
                    + " %d distinct tables (%s), %.1f MB of tables, built in %d ms (plus %d ms for the base"
                    + " hierarchy)%n", name, network.nodeCount(), network.edgeCount(), network.roadClasses().size(),
                    size, tables.sliceCount(), tables.tableCount(),
                    tables.distinctTables(0) + " + " + tables.distinctTables(1), tables.bytes() / 1e6,
                    tables.buildMillis(), base);
        }
    }
}
