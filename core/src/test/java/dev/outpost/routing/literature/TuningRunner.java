package dev.outpost.routing.literature;

import dev.outpost.io.literature.ArcConvention;
import dev.outpost.io.literature.VrpInstance;
import dev.outpost.io.literature.VrpObjective;
import dev.outpost.io.literature.VrpSolution;
import dev.outpost.routing.RoutingOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Tuning runner (test scope), until {@code outpost bench-literature} lands: {@code TuningRunner solomon|cvrp DIR SECONDS [ACCEPTOR|default SIZE] [name,name,...]}
 * prints one line per instance (distance, gap) and the mean gap. Distances are recomputed here
 * from the solution and the node coordinates, and {@code valid} re-checks every customer served
 * once, windows, depot due time, capacity and the vehicle limit. {@code default} uses the
 * adapter's literature defaults. Example (classpath = core classes, test classes, dependencies):
 * {@code java -cp ... dev.outpost.routing.literature.TuningRunner solomon ../shared/data/solomon 10 default 0 r101,r102}.
 */
public final class TuningRunner {

    private TuningRunner() {
    }

    public static void main(String[] args) throws Exception {
        String family = args[0];
        Path dir = Path.of(args[1]);
        double seconds = Double.parseDouble(args[2]);
        RoutingOptions options = null;
        if (args.length > 4 && !args[3].equals("default")) {
            options = RoutingOptions.defaults().withAcceptor(RoutingOptions.Acceptor.valueOf(args[3]), Integer.parseInt(args[4]))
                    .withRuinRecreateWeight(Double.parseDouble(System.getProperty("rr", "3")));
        }
        String filter = args.length > 5 ? args[5] : "";
        boolean solomon = family.equals("solomon");
        ArcConvention convention = solomon ? ArcConvention.TRUNCATED_ONE_DECIMAL : ArcConvention.ROUNDED_INTEGER;
        Map<String, Double> bks = solomon ? LiteratureFiles.bestKnown(dir.resolve("bks_distance.csv"), 1)
                : LiteratureFiles.bestKnown(dir.resolve("optima.csv"), 4);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(solomon ? ".txt" : ".vrp"))
                    .filter(p -> filter.isEmpty() || java.util.Arrays.stream(filter.split(","))
                            .anyMatch(f -> p.getFileName().toString().startsWith(f + "."))).sorted().toList();
        }
        OutpostVrpSolver solver = new OutpostVrpSolver(options);
        double gapSum = 0;
        int count = 0;
        for (Path file : files) {
            VrpInstance instance = solomon ? LiteratureFiles.solomon(file) : LiteratureFiles.cvrp(file);
            VrpSolution solution = solver.solve(instance, convention, VrpObjective.DISTANCE, seconds, 0);
            long scaled = 0;
            int violations = 0;
            java.util.Set<Integer> served = new java.util.HashSet<>();
            for (List<Integer> route : solution.routes()) {
                int prev = 0;
                long time = convention.scaled(instance.depot().readyTime());
                int load = 0;
                for (int node : route) {
                    var n = instance.nodes().get(node);
                    int arc = convention.scaledArc(instance.nodes().get(prev), n);
                    scaled += arc;
                    time = Math.max(time + arc, convention.scaled(n.readyTime()));
                    if (Double.isFinite(n.dueTime()) && time > convention.scaled(n.dueTime())) {
                        violations++;
                    }
                    time += convention.scaled(n.serviceTime());
                    load += n.demand();
                    served.add(node);
                    prev = node;
                }
                int back = convention.scaledArc(instance.nodes().get(prev), instance.nodes().get(0));
                scaled += back;
                if (Double.isFinite(instance.depot().dueTime()) && time + back > convention.scaled(instance.depot().dueTime())) {
                    violations++;
                }
                if (load > instance.capacity()) {
                    violations++;
                }
            }
            violations += instance.customerCount() - served.size();
            if (solution.routes().size() > instance.vehicleLimit()) {
                violations++;
            }
            double distance = (double) scaled / convention.scale();
            double best = bks.get(instance.name());
            double gap = 100 * (distance - best) / best;
            gapSum += gap;
            count++;
            System.out.printf("%s vehicles=%d distance=%.1f bks=%.1f gap=%.2f%% unassigned=%d valid=%b%n", instance.name(),
                    solution.routes().size(), distance, best, gap, solution.unassigned().size(), violations == 0);
        }
        System.out.printf("mean gap %.3f%% over %d instances%n", gapSum / count, count);
    }
}
