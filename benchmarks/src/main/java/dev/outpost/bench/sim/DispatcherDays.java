package dev.outpost.bench.sim;

import dev.outpost.city.DefaultCity;
import dev.outpost.dispatch.DispatchPlan;
import dev.outpost.model.Scenario;
import dev.outpost.sim.experiment.Layout;
import dev.outpost.sim.experiment.SimSetup;
import dev.outpost.sim.experiment.Simulator;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.sim.policy.ReoptimisingPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every simulated day as a test of the dispatcher, at scale: the default city (its own travel,
 * everyone at the hub, default fleet options, demand times GROWTH) simulated DAYS days (one
 * replication) through the {@code reoptimise} policy, counting the events its day's dispatcher
 * refused or failed ({@link ReoptimisingPolicy#refusals()}), the days whose final plan the
 * independent checker rejects ({@link ReoptimisingPolicy#finalPlan()}), requests, served, rounds and
 * overrides, and the wall and process CPU time per day. Prints one Markdown table row and the
 * first refusals, if any.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.outpost.bench.sim.DispatcherDays 200 1 1.0}
 * (days, seed, growth).
 */
public final class DispatcherDays {

    private DispatcherDays() {
    }

    /** @param args days (default 200), seed (default 1), demand growth (default 1.0) */
    public static void main(String[] args) {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        double growth = args.length > 2 ? Double.parseDouble(args[2]) : 1.0;
        Scenario city = DefaultCity.scenario();
        SimSetup setup = new SimSetup(city, Layout.hub(), "reoptimise", "stay", FleetOptions.defaults().withGrowth(growth), null);
        Simulator simulator = Simulator.prepare(setup, null);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        List<ReoptimisingPolicy> policies = new ArrayList<>();
        long start = System.nanoTime();
        long cpuStart = os.getProcessCpuTime();
        RunKpis k = simulator.replicationWithPolicies(seed, 0, days, d -> {
            ReoptimisingPolicy p = new ReoptimisingPolicy();
            policies.add(p);
            return p;
        });
        double wallMs = (System.nanoTime() - start) / 1e6 / days;
        double cpuMs = (os.getProcessCpuTime() - cpuStart) / 1e6 / days;
        List<String> refused = new ArrayList<>();
        int invalid = 0;
        int noPlan = 0;
        long rounds = 0;
        long overrides = 0;
        for (int d = 0; d < policies.size(); d++) {
            ReoptimisingPolicy p = policies.get(d);
            for (String r : p.refusals()) {
                refused.add("day " + (d + 1) + ": " + r);
            }
            DispatchPlan plan = p.finalPlan();
            if (plan == null) {
                noPlan++;
            } else if (!plan.check().valid()) {
                invalid++;
            }
            rounds += p.rounds();
            overrides += p.overrides();
        }
        System.out.println("| days | requests | served | refused events | invalid final plans | days without a plan | rounds"
                + " | overrides | wall ms per day | CPU ms per day |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        System.out.printf(Locale.ROOT, "| %d | %.0f | %.0f | %d | %d | %d | %d | %d | %.0f | %.0f |%n", policies.size(),
                k.value("all", "requests"), k.value("all", "served"), refused.size(), invalid, noPlan, rounds, overrides,
                wallMs, cpuMs);
        refused.stream().limit(20).forEach(System.out::println);
    }
}
