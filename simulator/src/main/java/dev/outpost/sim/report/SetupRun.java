package dev.outpost.sim.report;

import dev.outpost.sim.experiment.Replications;
import dev.outpost.sim.experiment.SimSetup;
import dev.outpost.sim.experiment.Simulator;
import dev.outpost.sim.kpi.RunKpis;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * One set-up's replications as the report needs them: the KPIs of each day, the trace of all days
 * added up, and replication 0's trace with the couriers' stops (the sample day on the map). The
 * replications run through {@link Replications#each}, the simulator's one runner, so the KPIs are
 * those of {@link Replications#run} and the result is the same on any thread count.
 *
 * @param name   the set-up's name in the report, e.g. "today's practice"
 * @param setup  what was simulated
 * @param runs   the KPIs, replication order
 * @param trace  all days' traces added in replication order
 * @param sample replication 0's trace, with stops
 */
public record SetupRun(String name, SimSetup setup, List<RunKpis> runs, DayTrace trace, DayTrace sample) {

    /**
     * Copies the list.
     *
     * @param name   the set-up's name in the report
     * @param setup  what was simulated
     * @param runs   the KPIs, replication order
     * @param trace  all days' traces added
     * @param sample replication 0's trace, with stops
     */
    public SetupRun {
        runs = List.copyOf(runs);
    }

    /**
     * Simulates replications 0..count-1 of {@code seed}, one day each.
     *
     * @param name      the set-up's name in the report
     * @param simulator the prepared set-up
     * @param seed      the random seed
     * @param count     replications, at least 1
     * @param threads  threads to use, at least 1
     * @param progress told each finished replication's number (any thread), or null
     * @return the runs
     * @throws IllegalArgumentException when count or threads is below 1
     */
    public static SetupRun simulate(String name, Simulator simulator, long seed, int count, int threads,
            IntConsumer progress) {
        return simulate(name, simulator, seed, count, 1, threads, progress);
    }

    /**
     * Simulates replications 0..count-1 of {@code seed}, each of {@code days} days, with the KPIs of
     * {@link Simulator#replication} (so the same as {@link Replications#run} with the same arguments);
     * the sample is the first day of replication 0.
     *
     * @param name      the set-up's name in the report
     * @param simulator the prepared set-up
     * @param seed      the random seed
     * @param count     replications, at least 1
     * @param days     days per replication, at least 1
     * @param threads  threads to use, at least 1
     * @param progress told each finished replication's number (any thread), or null
     * @return the runs
     * @throws IllegalArgumentException when count, days or threads is below 1
     */
    public static SetupRun simulate(String name, Simulator simulator, long seed, int count, int days, int threads,
            IntConsumer progress) {
        record Done(RunKpis kpis, DayTrace trace) {
        }
        List<Done> done = Replications.each(count, threads, progress, replication -> {
            DayTrace trace = new DayTrace(replication == 0);
            RunKpis kpis = simulator.replication(seed, replication, days, trace);
            trace.endReplication();
            return new Done(kpis, trace);
        });
        DayTrace total = new DayTrace(false);
        List<RunKpis> runs = new ArrayList<>();
        for (Done d : done) {
            total.add(d.trace());
            runs.add(d.kpis());
        }
        return new SetupRun(name, simulator.setup(), runs, total, done.get(0).trace());
    }
}
