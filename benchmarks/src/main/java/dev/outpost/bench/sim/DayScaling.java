package dev.outpost.bench.sim;

import dev.outpost.city.DefaultCity;
import dev.outpost.model.Scenario;
import dev.outpost.model.TravelSpec;
import dev.outpost.sim.experiment.Layout;
import dev.outpost.sim.experiment.Layouts;
import dev.outpost.sim.experiment.SimSetup;
import dev.outpost.sim.experiment.Simulator;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.kpi.KpiCollector;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.sim.engine.RandomStreams;
import java.util.Locale;

/**
 * Wall time of one simulated day as requests and couriers grow: the default city's clients and
 * sites on straight-line travel (detour 1.3), demand scaled to the target request count, fleet
 * scaled to the target courier count, everyone starting at the hub. One warm-up day per size, then
 * the mean of three days (replications 1-3). Prints a Markdown table with wall time and the
 * process's CPU time per day (all threads, the solver's included: the fairer figure on a shared
 * machine).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.outpost.bench.sim.DayScaling cheapest-insertion}
 * (requests 5k, 10k, 20k at 300 couriers; 20k at 75 and 150 couriers), or {@code ... DayScaling reoptimise}
 * (re-optimisation is far slower per request: 1k, 2k, 4k requests at 60 couriers; 2k at 30 and 120
 * couriers, three request sizes and three fleet sizes in a few minutes).
 */
public final class DayScaling {

    private DayScaling() {
    }

    /** @param args dispatch policy (default cheapest-insertion), then optional "requests:couriers" pairs */
    public static void main(String[] args) {
        String policy = args.length > 0 ? args[0] : "cheapest-insertion";
        String[] sizes = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length)
                : policy.equals("reoptimise") ? new String[] {"1000:60", "2000:60", "4000:60", "2000:30", "2000:120"}
                : new String[] {"5000:300", "10000:300", "20000:300", "20000:75", "20000:150"};
        Scenario city = DefaultCity.scenario();
        Scenario straight = city.withTravel(new TravelSpec.StraightLine(1.3));
        double basePerDay = straight.clients().stream().mapToDouble(c -> c.pickupsPerDay()).sum();
        int baseCouriers = straight.courierTypes().stream().mapToInt(t -> t.count()).sum();
        System.out.println("| policy | requests (target) | couriers | requests simulated | events | served | wall ms per day | CPU ms per day |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        Simulator tables = null;
        for (String size : sizes) {
            String[] parts = size.split(":");
            int requests = Integer.parseInt(parts[0]);
            int couriers = Integer.parseInt(parts[1]);
            Scenario scenario = Layouts.withFleetScaled(straight, couriers / (double) baseCouriers);
            SimSetup setup = new SimSetup(scenario, Layout.hub(), policy, "stay",
                    FleetOptions.defaults().withGrowth(requests / basePerDay), null);
            Simulator simulator = tables == null ? Simulator.prepare(setup, null) : new Simulator(setup, tables.legs());
            tables = simulator;
            simulator.day(1, 0);
            long events = 0;
            double served = 0;
            double simulated = 0;
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            for (int r = 1; r <= 3; r++) {
                KpiCollector collector = simulator.collector();
                events += simulator.runDay(new RandomStreams(1, r), collector);
                RunKpis k = collector.kpis();
                served += k.value("all", "served");
                simulated += k.value("all", "requests");
            }
            double ms = (System.nanoTime() - start) / 1e6 / 3;
            double cpuMs = (os.getProcessCpuTime() - cpuStart) / 1e6 / 3;
            int fleet = scenario.courierTypes().stream().mapToInt(t -> t.count()).sum();
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f | %d | %.0f | %.0f | %.0f |%n", policy, requests, fleet,
                    simulated / 3, events / 3, served / 3, ms, cpuMs);
        }
    }
}
