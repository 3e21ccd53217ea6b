package dev.outpost.sim.kpi;

import java.util.List;

/**
 * The KPIs of one simulated day, in a fixed order (groups: all, classes, administrative levels when the scenario gives them, outposts; then metrics).
 *
 * @param metrics the figures
 */
public record RunKpis(List<Metric> metrics) {

    /**
     * Copies the list.
     *
     * @param metrics the figures
     */
    public RunKpis {
        metrics = List.copyOf(metrics);
    }

    /**
     * The value of {@code group/name}.
     *
     * @param group the metric's group
     * @param name the metric's name
     * @throws IllegalArgumentException when there is no such metric
     * @return the value of {@code group/name}
     */
    public double value(String group, String name) {
        for (Metric m : metrics) {
            if (m.group().equals(group) && m.name().equals(name)) {
                return m.value();
            }
        }
        throw new IllegalArgumentException("The metric (" + group + "/" + name + ") is not among the run's KPIs.");
    }
}
