package dev.outpost.sim.experiment;

import dev.outpost.sim.kpi.Metric;
import dev.outpost.sim.kpi.RunKpis;
import dev.outpost.sim.kpi.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * Replications summarised: per metric (in the runs' order) its estimate; for a paired comparison
 * the estimate of the per-replication difference (second minus first).
 *
 * @param rows one row per metric
 */
public record KpiTable(List<Row> rows) {

    /**
     * @param group    the metric's group
     * @param name     the metric's name
     * @param unit     its unit
     * @param estimate the mean and 95% interval
     */
    public record Row(String group, String name, Unit unit, Estimate estimate) {
    }

    /**
     * Copies the list.
     *
     * @param rows one row per metric
     */
    public KpiTable {
        rows = List.copyOf(rows);
    }

    /**
     * The summary of {@code runs} (all with the same metrics in the same order).
     *
     * @param runs the replications' KPIs, all with the same metrics in the same order
     * @return the summary of {@code runs} (all with the same metrics in the same order)
     */
    public static KpiTable of(List<RunKpis> runs) {
        return combine(runs, null);
    }

    /**
     * The paired differences {@code b[r] - a[r]} of two set-ups simulated on the same seeds and
     * replications (common random numbers).
     *
     * @param a the first set-up's replications
     * @param b the second set-up's replications, paired by index with {@code a}
     * @throws IllegalArgumentException when the lists differ in length or metrics
     * @return the paired differences {@code b[r] - a[r]} of two set-ups simulated on the same seeds and replications (common random numbers)
     */
    public static KpiTable paired(List<RunKpis> a, List<RunKpis> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("The paired runs differ in count (" + a.size() + " and " + b.size() + ").");
        }
        return combine(b, a);
    }

    private static KpiTable combine(List<RunKpis> runs, List<RunKpis> minus) {
        List<Row> rows = new ArrayList<>();
        List<Metric> first = runs.get(0).metrics();
        for (int m = 0; m < first.size(); m++) {
            Metric metric = first.get(m);
            List<Double> values = new ArrayList<>();
            for (int r = 0; r < runs.size(); r++) {
                double v = at(runs.get(r), m, metric);
                if (minus != null) {
                    v -= at(minus.get(r), m, metric);
                }
                values.add(v);
            }
            rows.add(new Row(metric.group(), metric.name(), metric.unit(), Estimate.of(values)));
        }
        return new KpiTable(rows);
    }

    private static double at(RunKpis run, int m, Metric like) {
        Metric metric = run.metrics().get(m);
        if (!metric.key().equals(like.key())) {
            throw new IllegalArgumentException("The runs' metrics differ (" + metric.key() + " against " + like.key()
                    + "); compare set-ups with the same outposts, or compare the 'all' and 'fleet' groups only.");
        }
        return metric.value();
    }

    /**
     * The row of {@code group/name}.
     *
     * @param group the metric's group
     * @param name the metric's name
     * @throws IllegalArgumentException when absent
     * @return the row of {@code group/name}
     */
    public Row row(String group, String name) {
        return rows.stream().filter(r -> r.group().equals(group) && r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The metric (" + group + "/" + name + ") is not in the table."));
    }

    /**
     * Only the rows of the groups {@code all}, {@code class:*} and {@code fleet} (shared by any two layouts).
     *
     * @param runs the replications' KPIs, all with the same metrics in the same order
     * @return only the rows of the groups {@code all}, {@code class:*} and {@code fleet} (shared by any two layouts)
     */
    public static List<RunKpis> sharedGroups(List<RunKpis> runs) {
        return runs.stream().map(r -> new RunKpis(r.metrics().stream()
                .filter(m -> !m.group().startsWith("outpost:")).toList())).toList();
    }
}
