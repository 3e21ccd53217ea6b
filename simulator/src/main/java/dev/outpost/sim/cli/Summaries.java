package dev.outpost.sim.cli;

import dev.outpost.sim.experiment.Estimate;
import dev.outpost.sim.experiment.KpiTable;
import dev.outpost.sim.kpi.RunKpis;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints the headline KPIs of a table as a Markdown table. */
final class Summaries {

    /** The headline metrics: group/name. */
    static final List<String> HEADLINE = List.of("all/requests", "all/responseMean", "all/responseP90", "all/responseP95",
            "all/withinTarget", "class:SERVICE_CENTRE/withinTarget", "all/unserved", "fleet/utilisation",
            "fleet/distance", "fleet/itemsAfterCutoff");

    private Summaries() {
    }

    /** The KPI of each administrative level's service centres that is shown beside the headline (its group is {@code level:<name>}). */
    static final String LEVEL_METRIC = "withinTarget";

    /**
     * The headline metrics, then the share within target of each administrative level the runs give
     * (scenarios whose service centres carry a level; none otherwise, so a scenario without levels
     * keeps the plain headline).
     *
     * @param runs one set-up's runs
     * @return group/name metrics
     */
    static List<String> headline(List<RunKpis> runs) {
        List<String> metrics = new ArrayList<>(HEADLINE);
        for (KpiTable.Row row : KpiTable.of(KpiTable.sharedGroups(runs)).rows()) {
            if (isLevelHeadline(row)) {
                metrics.add(row.group() + "/" + row.name());
            }
        }
        return metrics;
    }

    private static boolean isLevelHeadline(KpiTable.Row row) {
        return row.group().startsWith("level:") && row.name().equals(LEVEL_METRIC);
    }

    static void print(KpiTable table, PrintWriter out) {
        out.println("| metric | unit | mean | 95% CI |");
        out.println("|---|---|---:|---|");
        for (KpiTable.Row row : table.rows()) {
            if (HEADLINE.contains(row.group() + "/" + row.name()) || isLevelHeadline(row)) {
                Estimate e = row.estimate();
                out.printf(Locale.ROOT, "| %s/%s | %s | %.2f | [%.2f, %.2f] |%n", row.group(), row.name(),
                        row.unit().name().toLowerCase(Locale.ROOT), e.mean(), e.low(), e.high());
            }
        }
    }
}
