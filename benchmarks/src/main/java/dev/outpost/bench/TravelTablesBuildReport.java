package dev.outpost.bench;

import dev.outpost.travel.TravelTables;
import dev.outpost.travel.road.ContractionHierarchy;
import dev.outpost.travel.road.CustomizableHierarchy;
import dev.outpost.travel.road.RoadNetwork;
import dev.outpost.travel.road.RoadTravelModel;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * One short run: build time and memory of the travel tables (and of the customizable hierarchy
 * they are customised from) for 2 courier profiles x 48 half-hour
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
            CustomizableHierarchy cch = model.customizable();
            long cchStarted = System.nanoTime();
            ContractionHierarchy customised = cch.customize();
            long customiseMillis = (System.nanoTime() - cchStarted) / 1_000_000;
            long hierarchyBytes = 12L * (customised.upwardEdgeCount() + customised.downwardEdgeCount());
            System.out.printf(Locale.ROOT, "%s: %d nodes, %d edges, classes %s; %d points, 2 profiles x %d slices:"
                    + " %d distinct tables (%s), %.1f MB of tables, built in %d ms (plus %d ms for the base"
                    + " hierarchy); customizable hierarchy %d arcs, %.1f MB, one customisation %d ms and %.1f MB;"
                    + " peak heap %.0f MB%n", name, network.nodeCount(), network.edgeCount(),
                    network.roadClasses().size(), size, tables.sliceCount(), tables.tableCount(),
                    tables.distinctTables(0) + " + " + tables.distinctTables(1), tables.bytes() / 1e6,
                    tables.buildMillis(), base, cch.arcCount(), cch.bytes() / 1e6, customiseMillis,
                    hierarchyBytes / 1e6, peakHeapBytes() / 1e6);
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak use since the start or the last reset, bytes (an upper bound on the live peak). */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
