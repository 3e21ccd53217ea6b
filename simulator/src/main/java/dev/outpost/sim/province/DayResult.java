package dev.outpost.sim.province;

import dev.outpost.sim.kpi.Metric;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.sim.kpi.Unit;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 2's result: one simulated day of one set-up of one unit, its KPIs (as {@code demo}'s, in the
 * same order) and, per service centre of the scenario (scenario order), its requests and those
 * reached within target.
 *
 * @param unitIndex   the unit's index in the province file
 * @param arm         {@link DayTask#TODAY} or {@link DayTask#OPTIMISED}
 * @param replication the day, from 0
 * @param kpis        the day's KPIs
 * @param centres     per service centre, scenario order: requests and within target
 */
public record DayResult(int unitIndex, int arm, int replication, List<KpiValue> kpis, List<CentreDay> centres)
        implements TaskResult {

    private static final long serialVersionUID = 1L;

    /**
     * Copies the lists.
     *
     * @param unitIndex   the unit's index
     * @param arm         the set-up
     * @param replication the day
     * @param kpis        the day's KPIs
     * @param centres     per service centre: requests and within target
     */
    public DayResult {
        kpis = List.copyOf(kpis);
        centres = List.copyOf(centres);
    }

    /**
     * The day's KPIs as values.
     *
     * @param run the KPIs
     * @return the values, same order
     */
    public static List<KpiValue> values(RunKpis run) {
        List<KpiValue> out = new ArrayList<>();
        for (Metric m : run.metrics()) {
            out.add(new KpiValue(m.group(), m.name(), m.unit().name(), m.value()));
        }
        return out;
    }

    /** {@return the day's KPIs as the simulator gives them} */
    public RunKpis runKpis() {
        List<Metric> metrics = new ArrayList<>();
        for (KpiValue v : kpis) {
            metrics.add(new Metric(v.group(), v.name(), Unit.valueOf(v.unit()), v.value()));
        }
        return new RunKpis(metrics);
    }

    /**
     * One KPI of the day, serialisable.
     *
     * @param group the metric's group
     * @param name  its name
     * @param unit  the name of its {@link Unit}
     * @param value its value (NaN when undefined)
     */
    public record KpiValue(String group, String name, String unit, double value) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /**
     * One service centre's day.
     *
     * @param requests requests that arrived
     * @param within   requests reached within the centre's target
     */
    public record CentreDay(int requests, int within) implements Serializable {

        private static final long serialVersionUID = 1L;
    }
}
