package dev.outpost.sim.kpi;

/**
 * One named figure of a run.
 *
 * @param group {@code all}, {@code class:<CLIENT_KIND>} or {@code outpost:<siteId>}
 * @param name  the metric's name, e.g. {@code responseP90}
 * @param unit  its unit
 * @param value its value; NaN when undefined (no request in the group)
 */
public record Metric(String group, String name, Unit unit, double value) {

    /** {@return {@code group/name}, the metric's key across replications} */
    public String key() {
        return group + "/" + name;
    }
}
